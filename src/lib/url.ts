/** Prefixes a site path with the configured base, so the site works under a sub-path such as /cchc/. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  if (/^[a-z]+:/i.test(path) || path.startsWith("#")) return path;
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * The public address of a site path: absolute when the build knows it (CCHC_SITE), else root-relative, and
 * the browser completes it where the page is served (`[data-abs]`, see components/CiteThis.astro).
 */
export function publicUrl(path: string, site: string | URL | undefined = import.meta.env.SITE): string {
  return site ? new URL(href(path), site).href : href(path);
}

/** A page's path without the base (Astro.url.pathname includes it), to pass to href() or publicUrl(). */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}
