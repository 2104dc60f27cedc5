/** Prefixes a site path with the configured base, so the site works under a sub-path such as /cchc/. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  if (/^[a-z]+:/i.test(path) || path.startsWith("#")) return path;
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
