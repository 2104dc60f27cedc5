/**
 * Browser side of search: waits for Pagefind's Component UI and configures an instance (ranking, see
 * SEARCH_RANKING) before it loads the index. Imported by the <script> of SearchBox.astro and tim-kiem.astro.
 */
import { SEARCH_RANKING } from "../metrics/search";
import { exactMatch, splitNames, type PlaceOption, type ResultRecord } from "./searchMatch";

/** A search's answer as the Component UI passes it to "results" listeners; `data()` is cached by Pagefind. */
export interface PagefindResults {
  results: { data(): Promise<ResultRecord> }[];
}

/** The part of a Component UI instance this site uses. */
export interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: "search", callback: (term: string) => void): void;
  on(event: "results", callback: (results: PagefindResults) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}

/**
 * Configures the named instance once the Component UI script has run; undefined if it never loaded
 * (e.g. the page is opened from the dev server before the first build wrote the Pagefind bundle).
 */
export async function configurePagefind(instance: string, element: string, options: { filters?: boolean } = {}): Promise<PagefindInstance | undefined> {
  await customElements.whenDefined(element);
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  // Options apply until the instance loads the index, which happens on first focus or search.
  const configured = components?.configureInstance(instance, { ranking: SEARCH_RANKING });
  if (configured && options.filters === false) skipFilterCounts(configured);
  return configured;
}

/**
 * For an instance that shows no filters (the header box): keeps Pagefind 1.6's Component UI from fetching every
 * filter file when it loads. It asks for all filter counts as soon as an instance loads (`filters()` in its
 * `__doLoad__`), and each filter file lists every indexed page (19 KB for the whole country, docs/performance.md);
 * a search without filters needs none of them. Hooks the instance's `__pagefind__` field, an internal: if a
 * Pagefind upgrade renames it, nothing breaks but the saving, and the first-query budget test in
 * tests/browser/pages.test.ts says so.
 */
function skipFilterCounts(instance: object): void {
  type Engine = { filters(): Promise<object> } | null;
  let engine = (instance as { __pagefind__?: Engine }).__pagefind__ ?? null;
  Object.defineProperty(instance, "__pagefind__", {
    configurable: true,
    get: () => engine,
    set: (value: Engine) => {
      if (value) value.filters = async () => ({});
      engine = value;
    },
  });
}

/** Vietnamese for the screen-reader labels Pagefind 1.6's filter dropdown writes in English whatever the page language. */
export function localizeFilterLabel(label: string): string {
  return label
    .replace(/^(.*), (\d+) results?$/s, "$1, $2 kết quả")
    .replace(/^(.*), (\d+) filters? selected$/s, "$1, đã chọn $2");
}

/**
 * Works around Pagefind 1.6's filter dropdown: its trigger is a button with role="combobox", which takes no
 * name from its text, and Pagefind removes the trigger's aria-label whenever no option is selected (axe:
 * button-name); and its option and trigger labels are hard-coded English ("Tỉnh, 3 results"). Gives each
 * trigger its label back whenever it is left without one and, on a Vietnamese page, puts every such label into
 * Vietnamese (an English page keeps Pagefind's English).
 */
export function nameFilterTriggers(root: ParentNode, vietnamese = document.documentElement.lang === "vi"): void {
  const fix = (el: Element) => {
    const current = el.getAttribute("aria-label");
    if (current === null) {
      const label = el.matches(".pf-dropdown-trigger") ? el.closest("pagefind-filter-dropdown")?.getAttribute("label") : null;
      if (label) el.setAttribute("aria-label", label);
      return;
    }
    const localized = vietnamese ? localizeFilterLabel(current) : current;
    if (localized !== current) el.setAttribute("aria-label", localized);
  };
  const selector = ".pf-dropdown-trigger, pagefind-filter-dropdown [role=option]";
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (el.matches?.(selector)) fix(el);
      el.querySelectorAll?.(selector).forEach(fix);
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
  root.querySelectorAll(selector).forEach(fix);
}

/** Loads Pagefind's Component UI (script and stylesheet) from the bundle folder once per page. */
export function loadComponentUi(bundle: string): Promise<unknown> {
  if (!document.querySelector(`link[href="${bundle}pagefind-component-ui.css"]`)) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(css);
  }
  return import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`);
}

/**
 * Swaps the header's plain search form for Pagefind's searchbox the first time the form is focused or
 * hovered; what was typed so far, and the focus, move into the searchbox.
 */
export function enhanceHeaderSearch(): void {
  const box = document.querySelector<HTMLElement>(".search-box");
  const form = box?.querySelector<HTMLFormElement>(".search-fallback");
  const field = form?.querySelector<HTMLInputElement>("input");
  const searchbox = box?.querySelector<HTMLElement>("pagefind-searchbox");
  if (!box || !form || !field || !searchbox) return;
  let started = false;
  const enhance = async () => {
    if (started) return;
    started = true;
    await loadComponentUi(box.dataset.bundle ?? "/pagefind/");
    await configurePagefind("header", "pagefind-searchbox", { filters: false });
    searchbox.hidden = false;
    const inner = await waitForElement<HTMLInputElement>(searchbox, "input");
    const hadFocus = document.activeElement === field;
    form.hidden = true;
    if (field.value) {
      inner.value = field.value;
      inner.dispatchEvent(new Event("input", { bubbles: true }));
    }
    if (hadFocus) {
      inner.focus();
      inner.setSelectionRange(inner.value.length, inner.value.length);
    }
  };
  field.addEventListener("focus", () => void enhance());
  box.addEventListener("pointerenter", () => void enhance());
  enterGoesToMatchOrSearch(searchbox, form.getAttribute("action") ?? "/tim-kiem/");
}

/** The options a Pagefind searchbox or results list shows, with the names each is indexed under. */
export function shownOptions(root: ParentNode, selector: string): (PlaceOption & { el: Element })[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].map((el) => {
    const holder = el.closest<HTMLElement>("[data-names]") ?? el;
    return {
      el,
      href: el.getAttribute("href") ?? el.querySelector("a[href]")?.getAttribute("href") ?? "",
      names: splitNames(holder.dataset.names),
      lineage: splitNames(holder.dataset.lineage),
    };
  });
}

/**
 * Enter in the header box without an option picked by arrow keys: opens the place whose name is exactly what
 * was typed, otherwise the search page with the query (Pagefind would open its first result, a look-alike:
 * "thu duc" -> Thái Nguyên). Runs in the capture phase, before Pagefind's own key handler.
 */
function enterGoesToMatchOrSearch(searchbox: HTMLElement, searchPage: string): void {
  let picked = false;
  searchbox.addEventListener("input", () => (picked = false), true);
  searchbox.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") picked = true;
    const input = e.target as HTMLElement;
    if (e.key !== "Enter" || e.isComposing || picked || !(input instanceof HTMLInputElement)) return;
    const query = input.value.trim();
    if (!query) return;
    e.preventDefault();
    e.stopPropagation();
    const hit = exactMatch(query, shownOptions(searchbox, "[role=option][href]"));
    location.assign(hit ? hit.href : `${searchPage}?q=${encodeURIComponent(query)}`);
  }, true);
}

function waitForElement<T extends Element>(root: Element, selector: string): Promise<T> {
  const found = root.querySelector<T>(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = root.querySelector<T>(selector);
      if (el) {
        observer.disconnect();
        resolve(el);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
