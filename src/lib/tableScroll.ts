/**
 * Marks every `.table-scroll` box whose table is wider than the box with `data-overflow`, so the stylesheet can
 * say in words that it scrolls sideways (the edge shadows say it without JS). Re-checked when the box resizes.
 */
export function markWideTables(root: ParentNode = document): void {
  const boxes = [...root.querySelectorAll<HTMLElement>(".table-scroll")];
  const mark = (box: HTMLElement) => box.toggleAttribute("data-overflow", box.scrollWidth > box.clientWidth + 1);
  boxes.forEach(mark);
  if (typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
  boxes.forEach((box) => observer.observe(box));
}
