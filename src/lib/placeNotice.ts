/**
 * The search page's word on a typed place name: when no place in the data has exactly that name, it says so
 * (the results below only look alike) and suggests a place the query names inside it or the list of provinces;
 * when the name is a merged unit's, it names the unit it went into; when it is an abolished commune's, found
 * through the commune it went into, it links that old commune's own page. Updates as results render.
 */
import { exactMatch, formerUnitsNamed, namedInside, successorName, type FormerUnit } from "./searchMatch";
import { shownOptions, type PagefindResults } from "./pagefindClient";

// Records read for former units: the first results, whose records the list has loaded already.
const RECORDS_READ = 10;

/**
 * Keeps `notice` in step with the query and the results rendered inside `results`. Returns the function to call
 * when a search has returned (Pagefind's "results" event); the notice is written once the list stops changing.
 */
export function showPlaceNotice(notice: HTMLElement, query: () => string, results: Element, base: string): (answer?: PagefindResults) => void {
  let timer: number | undefined;
  let searched = false;
  let answer: PagefindResults | undefined;
  let generation = 0;
  const update = async () => {
    const run = ++generation;
    const q = query().trim();
    const options = shownOptions(results, ".search-result");
    const records = q && answer ? await Promise.all(answer.results.slice(0, RECORDS_READ).map((r) => r.data())) : [];
    if (run !== generation) return;
    notice.replaceChildren();
    notice.hidden = true;
    if (!q) return;
    const former = formerUnitsNamed(q, records);
    const hit = exactMatch(q, options);
    if (hit) {
      const successor = successorName(hit);
      if (successor) notice.append(paragraph(`“${q}” là đơn vị đã sáp nhập vào ${successor} từ 1/7/2025. `, link(hit.href, "Xem trang của đơn vị cũ"), ", có liên kết sang đơn vị mới."));
      if (former.length > 0) notice.append(...formerList("Còn có đơn vị cũ cùng tên, nay là một phần của đơn vị mới; số liệu của đơn vị cũ ở trang riêng của nó:", former, base));
    } else if (former.length > 0) {
      notice.append(...formerList(`“${q}” là tên một đơn vị cũ, đã hợp nhất vào đơn vị mới nên không có kết quả riêng. Số liệu của đơn vị cũ ở trang riêng của nó:`, former, base));
    } else {
      notice.append(paragraph(`Không có tỉnh, huyện hay xã nào tên “${q}” trong dữ liệu: trang này có các tỉnh, thành phố và những huyện, xã có báo cáo đã thu thập. Các kết quả dưới đây chỉ gần giống.`));
      const inside = namedInside(q, options).slice(0, 3);
      notice.append(inside.length > 0
        ? paragraph("Có thể bạn tìm: ", ...inside.flatMap((o, i) => [...(i > 0 ? [", "] : []), link(o.href, o.el.querySelector("a")?.textContent?.trim() || o.names[0] || o.href)]), ".")
        : paragraph("Nếu đó là một quận, huyện hay phường, hãy tìm tỉnh, thành phố của nó, hoặc xem ", link(`${base}tinh/`, "danh sách tỉnh, thành phố"), "."));
    }
    notice.hidden = notice.childElementCount === 0;
  };
  const schedule = () => {
    if (!searched) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), 400);
  };
  new MutationObserver(schedule).observe(results, { childList: true, subtree: true, attributes: true, attributeFilter: ["href", "data-names"] });
  return (latest) => {
    searched = true;
    answer = latest;
    schedule();
  };
}

/** A lead sentence and one line per former unit: its own page (its figures) and the unit it is part of now. */
function formerList(lead: string, former: FormerUnit[], base: string): HTMLElement[] {
  const list = document.createElement("ul");
  for (const f of former) {
    const item = document.createElement("li");
    const name = f.name.charAt(0).toUpperCase() + f.name.slice(1);
    item.append(link(`${base}${f.path.replace(/^\//, "")}`, `${name} (đơn vị cũ)`), ", nay thuộc ", link(f.successor.url, f.successor.title), f.successor.province ? `, ${f.successor.province}` : "");
    list.append(item);
  }
  return [paragraph(lead), list];
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
