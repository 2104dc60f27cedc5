/**
 * The search page's word on a typed place name: when no place in the data has exactly that name, it says so
 * (the results below only look alike) and suggests a place the query names inside it or the list of provinces;
 * when the name is a merged unit's, it names the unit it went into. Updates as results render.
 */
import { exactMatch, namedInside, successorName } from "./searchMatch";
import { shownOptions } from "./pagefindClient";

/**
 * Keeps `notice` in step with the query and the results rendered inside `results`. Returns the function to call
 * when a search has returned (Pagefind's "results" event); the notice is written once the list stops changing.
 */
export function showPlaceNotice(notice: HTMLElement, query: () => string, results: Element, base: string): () => void {
  let timer: number | undefined;
  let searched = false;
  const update = () => {
    const q = query().trim();
    const options = shownOptions(results, ".search-result");
    notice.replaceChildren();
    notice.hidden = true;
    if (!q) return;
    const hit = exactMatch(q, options);
    if (hit) {
      const successor = successorName(hit);
      if (!successor) return;
      notice.append(paragraph(`“${q}” là đơn vị đã sáp nhập vào ${successor} từ 1/7/2025. `, link(hit.href, "Xem trang của đơn vị cũ"), ", có liên kết sang đơn vị mới."));
    } else {
      notice.append(paragraph(`Không có tỉnh, huyện hay xã nào tên “${q}” trong dữ liệu: trang này có các tỉnh, thành phố và những huyện, xã có báo cáo đã thu thập. Các kết quả dưới đây chỉ gần giống.`));
      const inside = namedInside(q, options).slice(0, 3);
      notice.append(inside.length > 0
        ? paragraph("Có thể bạn tìm: ", ...inside.flatMap((o, i) => [...(i > 0 ? [", "] : []), link(o.href, o.el.querySelector("a")?.textContent?.trim() || o.names[0] || o.href)]), ".")
        : paragraph("Nếu đó là một quận, huyện hay phường, hãy tìm tỉnh, thành phố của nó, hoặc xem ", link(`${base}tinh/`, "danh sách tỉnh, thành phố"), "."));
    }
    notice.hidden = false;
  };
  const schedule = () => {
    if (!searched) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  };
  new MutationObserver(schedule).observe(results, { childList: true, subtree: true, attributes: true, attributeFilter: ["href", "data-names"] });
  return () => {
    searched = true;
    schedule();
  };
}

function paragraph(...parts: (string | Node)[]): HTMLParagraphElement {
  const p = document.createElement("p");
  p.append(...parts);
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}
