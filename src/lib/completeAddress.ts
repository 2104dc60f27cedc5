/**
 * Completes, in the browser, what the build cannot know: the address the site is served from (when built
 * without CCHC_SITE, links to our own pages are root-relative) and the date a citation is read. Kept free of
 * imports so the client script that uses it stays tiny.
 */

/** Shown where the date goes until the browser fills in today's date (and kept when JavaScript is off). */
export const ACCESS_PLACEHOLDER = "[ngày truy cập]";
/** The English edition's placeholder (the catalogue's "citation.accessPlaceholder"; this module has no imports). */
export const ACCESS_PLACEHOLDER_EN = "[date accessed]";

/** A date as d/m/yyyy, the Vietnamese short form (as lib/format.ts formatDate). */
export function accessDate(now: Date): string {
  return `${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`;
}

/**
 * Text with each root-relative address in `paths` made absolute against `origin`, and the date placeholder
 * replaced: `<iframe src="/nhung/ho-so/x/">` -> `<iframe src="https://host/nhung/ho-so/x/">`. A path is only
 * replaced where it is a whole address (after a quote, a space or the start; before one, an anchor or the end),
 * never inside an absolute URL or another path.
 */
export function completeText(text: string, paths: readonly string[], origin: string, now: Date): string {
  let out = text.split(ACCESS_PLACEHOLDER).join(accessDate(now)).split(ACCESS_PLACEHOLDER_EN).join(accessDate(now));
  for (const path of paths) {
    if (!path.startsWith("/")) continue;
    out = out.replace(new RegExp(`(^|["'\\s(])${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=$|["'\\s#?)<])`, "g"), (_, before: string) => `${before}${origin}${path}`);
  }
  return out;
}
