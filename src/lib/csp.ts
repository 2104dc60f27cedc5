/**
 * Content-Security-Policy of the site: only our own scripts (no inline script, no eval; WebAssembly is allowed
 * for Pagefind's search), styles from our pages (Astro inlines page CSS), no plugins, forms only to ourselves.
 * Sent as a <meta> tag on every page and, for hosts that read it, in /_headers with frame-ancestors (which a
 * meta tag cannot carry; written by scripts/build.ts): embed pages may be framed by anyone, other pages only by us.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The /_headers file (Netlify, Cloudflare Pages and others) for a site mounted at `base`. */
export function headersFile(base: string): string {
  const common = ["  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin"];
  return [
    `${base}*`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
    "  X-Frame-Options: SAMEORIGIN",
    ...common,
    "",
    `${base}nhung/*`,
    `  ! X-Frame-Options`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
    ...common,
    "",
  ].join("\n");
}
