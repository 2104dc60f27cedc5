/**
 * What the compare page loads on demand, in one module so its script has one import() (CompareTable: on first focus
 * on a box, on a URL that holds free text, and once the table is drawn, for its CSV): the place boxes as ARIA comboboxes (WAI-ARIA APG "combobox with listbox popup": typing shows the places
 * placeMatch finds, with no diacritics, old names or abbreviations; arrows move, Enter or a click takes one, Escape
 * closes; the box shows the place's name, which the page resolves to its id), and the resolution of free text in
 * the URL ("my xuyen") to a place, or to a message in the page's language with links to the closest or equally good places.
 */
import { matchPlaces, resolvePlace, type CompareOption } from "../metrics/placeMatch";
import { say, type CompareWords } from "../presentation/compareView";

export { comparisonCsv } from "../presentation/compareCsv";

export interface Resolved {
  /** [URL key, place] of every value that names one place, in the order chosen. */
  found: [string, CompareOption][];
  /** One paragraph per value that does not, with the places it may mean as links. */
  messages: HTMLElement[];
}

/** A paragraph with a link per candidate: the current URL with this key's value replaced by the candidate's id. */
function suggest(message: string, key: string, candidates: CompareOption[]): HTMLElement {
  const p = document.createElement("p");
  p.className = "check-bad";
  p.textContent = message;
  candidates.forEach((option, i) => {
    const query = new URLSearchParams(location.search);
    query.set(key, option.id);
    query.delete("nam");
    const link = document.createElement("a");
    link.href = `?${query}`;
    link.textContent = option.label;
    p.append(i ? "; " : " ", link);
  });
  if (candidates.length) p.append(".");
  return p;
}

/** Each [key, value] of the URL resolved against the picker's list; messages in the page's words. */
export function resolveValues(values: [string, string][], all: CompareOption[], words: CompareWords): Resolved {
  const out: Resolved = { found: [], messages: [] };
  for (const [key, value] of values) {
    const result = resolvePlace(value, all);
    if (result.status === "found") out.found.push([key, result.option]);
    else if (result.status === "ambiguous") out.messages.push(suggest(say(words, "compare.resolve.ambiguous", { value }), key, result.candidates));
    else {
      const hint = say(words, result.closest.length ? "compare.resolve.closest" : "compare.resolve.retry");
      out.messages.push(suggest(`${say(words, "compare.resolve.unknown", { value, count: String(all.length) })}${hint}`, key, result.closest));
    }
  }
  return out;
}

/** Wires the boxes to the shared listbox (#goi-y-noi, moved under the box in use); `all` is the picker's list. */
export function attachPicker(inputs: HTMLInputElement[], all: CompareOption[]): void {
  const listbox = document.getElementById("goi-y-noi") as HTMLUListElement;
  let shown: CompareOption[] = [];
  let active = -1;
  let owner: HTMLInputElement | null = null;

  const close = () => {
    listbox.hidden = true;
    listbox.replaceChildren();
    owner?.setAttribute("aria-expanded", "false");
    owner?.removeAttribute("aria-activedescendant");
    shown = [];
    active = -1;
  };

  const highlight = (i: number) => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    const li = listbox.children[i];
    if (li && owner) {
      owner.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    }
  };

  const choose = (option: CompareOption) => {
    if (owner) owner.value = option.label;
    close();
  };

  const open = (input: HTMLInputElement) => {
    owner = input;
    shown = matchPlaces(input.value, all);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.replaceChildren(...shown.map((option, i) => {
      const li = document.createElement("li");
      li.id = `goi-y-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = option.label;
      // mousedown, not click: the box keeps focus, so it is not closed by blur first.
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(option);
      });
      return li;
    }));
    input.parentElement?.append(listbox);
    listbox.hidden = shown.length === 0;
    input.setAttribute("aria-expanded", String(shown.length > 0));
  };

  for (const input of inputs) {
    input.addEventListener("input", () => open(input));
    input.addEventListener("blur", close);
    input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (owner !== input || listbox.hidden) open(input);
        if (!shown.length) return;
        e.preventDefault();
        const step = e.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + shown.length) % shown.length);
      } else if (e.key === "Enter" && !listbox.hidden && shown[active]) {
        e.preventDefault();
        choose(shown[active] as CompareOption);
      } else if (e.key === "Escape" && !listbox.hidden) {
        e.preventDefault();
        close();
      }
    });
  }
  const focused = inputs.find((i) => i === document.activeElement);
  // Text typed before the list arrived gets its suggestions now.
  if (focused?.value && !all.some((o) => o.label === focused.value)) open(focused);
}
