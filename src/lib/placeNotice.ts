/**
 * The search page's word on a typed place name: when no place in the data has exactly that name, it says so
 * (the results below only look alike) and suggests a place the query names inside it or the list of provinces;
 * when the name is a merged unit's, it names the unit it went into; when it is an abolished commune's, found
 * through the commune it went into, it links that old commune's own page. Updates as results render. Its words
 * are the catalogue's "place.notice." messages for the page's language, handed over by the page as JSON
 * (noticeWords), so the script carries no catalogue.
 */
import { exactMatch, formerUnitsNamed, namedInside, successorName, type FormerUnit } from "./searchMatch";
import { shownOptions, type PagefindResults } from "./pagefindClient";
import { fill, parts } from "../i18n/template";

// Records read for former units: the first results, whose records the list has loaded already.
const RECORDS_READ = 10;

/** The notice's messages, by key without the "place.notice." prefix (strings, no plurals). */
export type NoticeWords = Readonly<Record<string, string>>;

/** The prefix of the catalogue keys the notice reads. */
export const NOTICE_PREFIX = "place.notice.";

/** The notice's slice of a catalogue (the search page calls it with MESSAGES[locale]). */
export function noticeWords(messages: Readonly<Record<string, unknown>>): NoticeWords {
  return Object.fromEntries(Object.entries(messages).filter(([k, v]) => k.startsWith(NOTICE_PREFIX) && typeof v === "string").map(([k, v]) => [k.slice(NOTICE_PREFIX.length), v as string]));
}

/**
 * Keeps `notice` in step with the query and the results rendered inside `results`. Returns the function to call
 * when a search has returned (Pagefind's "results" event); the notice is written once the list stops changing.
 * `provinces` is the address of the list of provinces in the page's edition.
 */
export function showPlaceNotice(notice: HTMLElement, query: () => string, results: Element, base: string, words: NoticeWords, provinces: string): (answer?: PagefindResults) => void {
  let timer: number | undefined;
  let searched = false;
  let answer: PagefindResults | undefined;
  let generation = 0;
  const say = (key: string, params: Record<string, string> = {}) => fill(words[key] ?? "", params);
  /** A message with elements in its slots ({link}, {links}, {list}). */
  const sayWith = (key: string, params: Record<string, string>, slots: Record<string, (string | Node)[]>) =>
    parts(words[key] ?? "", params).flatMap((p) => (typeof p === "string" ? [p] : slots[p.slot] ?? []));
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
      if (successor) notice.append(paragraph(...sayWith("merged", { query: q, successor }, { link: [link(hit.href, say("oldPage"))] })));
      if (former.length > 0) notice.append(...formerList(say("sameName"), former, base, say, sayWith));
    } else if (former.length > 0) {
      notice.append(...formerList(say("formerOnly", { query: q }), former, base, say, sayWith));
    } else {
      notice.append(paragraph(say("none", { query: q })));
      const inside = namedInside(q, options).slice(0, 3);
      const links = inside.flatMap((o, i) => [...(i > 0 ? [", "] : []), link(o.href, o.el.querySelector("a")?.textContent?.trim() || o.names[0] || o.href)]);
      notice.append(inside.length > 0
        ? paragraph(...sayWith("maybe", {}, { links }))
        : paragraph(...sayWith("tryProvince", {}, { list: [link(provinces, say("provinceList"))] })));
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

type SayWith = (key: string, params: Record<string, string>, slots: Record<string, (string | Node)[]>) => (string | Node)[];

/** A lead sentence and one line per former unit: its own page (its figures) and the unit it is part of now. */
function formerList(lead: string, former: FormerUnit[], base: string, say: (key: string, params?: Record<string, string>) => string, sayWith: SayWith): HTMLElement[] {
  const list = document.createElement("ul");
  for (const f of former) {
    const item = document.createElement("li");
    const name = f.name.charAt(0).toUpperCase() + f.name.slice(1);
    item.append(...sayWith("nowPartOf", {}, {
      former: [link(`${base}${f.path.replace(/^\//, "")}`, say("former", { name }))],
      successor: [link(f.successor.url, f.successor.title)],
    }), f.successor.province ? `, ${f.successor.province}` : "");
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
