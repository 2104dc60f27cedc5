/**
 * Browser side of search: waits for Pagefind's Component UI and configures an instance (ranking, see
 * SEARCH_RANKING) before it loads the index. Imported by the <script> of SearchBox.astro and tim-kiem.astro.
 */
import { SEARCH_RANKING } from "../metrics/search";

/** The part of a Component UI instance this site uses. */
export interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: "search", callback: (term: string) => void): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: object): PagefindInstance;
}

/**
 * Configures the named instance once the Component UI script has run; undefined if it never loaded
 * (e.g. the page is opened from the dev server before the first build wrote the Pagefind bundle).
 */
export async function configurePagefind(instance: string, element: string): Promise<PagefindInstance | undefined> {
  await customElements.whenDefined(element);
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  // Options apply until the instance loads the index, which happens on first focus or search.
  return components?.configureInstance(instance, { ranking: SEARCH_RANKING });
}

/**
 * Works around Pagefind 1.6's filter dropdown: its trigger is a button with role="combobox", which takes no
 * name from its text, and Pagefind removes the trigger's aria-label whenever no option is selected (axe:
 * button-name). Gives each trigger its label back whenever it is left without one.
 */
export function nameFilterTriggers(root: ParentNode): void {
  const name = (trigger: Element) => {
    if (trigger.hasAttribute("aria-label")) return;
    const label = trigger.closest("pagefind-filter-dropdown")?.getAttribute("label");
    if (label) trigger.setAttribute("aria-label", label);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (el.matches?.(".pf-dropdown-trigger")) name(el);
      el.querySelectorAll?.(".pf-dropdown-trigger").forEach(name);
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
  root.querySelectorAll(".pf-dropdown-trigger").forEach(name);
}
