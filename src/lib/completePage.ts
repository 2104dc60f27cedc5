/**
 * Browser side of citations and embed snippets: completes each `[data-abs]` element's addresses and date
 * (see completeAddress.ts) and shows the copy buttons of citations. Idempotent, so every component that
 * needs it can import and run it.
 */
import { completeText } from "./completeAddress";

/** Completes the page once; later calls find nothing left to do. */
export function completePage(): void {
  const now = new Date();
  for (const el of document.querySelectorAll<HTMLElement>("[data-abs]")) {
    const paths = (el.dataset.abs ?? "").split(" ").filter(Boolean);
    el.removeAttribute("data-abs");
    if (el instanceof HTMLTextAreaElement) el.value = completeText(el.value, paths, location.origin, now);
    else el.textContent = completeText(el.textContent ?? "", paths, location.origin, now);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-text]")) {
    const target = document.getElementById(button.dataset.copyText ?? "");
    button.removeAttribute("data-copy-text");
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(target.textContent ?? "").then(() => { button.textContent = button.dataset.copied ?? "Đã sao chép"; }, () => {});
    });
  }
}
