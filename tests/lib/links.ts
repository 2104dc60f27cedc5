/** Static link checker over a built site: every internal href/src resolves to a file, every #anchor to an id. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** All .html files below dir, as paths relative to it. */
export function htmlFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) {
      if (rel !== "pagefind") out.push(...htmlFiles(dir, rel));
    } else if (name.endsWith(".html")) out.push(rel);
  }
  return out;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? "")));
    ids.set(file, set);
  }
  return set;
}

function decodeEntities(s: string): string {
  // Astro writes "&" inside attributes as "&#38;"; numeric references are decoded like the named ones.
  return s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** Checks every internal link of every page of a site built for `base` (e.g. "/" or "/cchc/"). */
export function checkLinks(dist: string, base: string): { pages: number; links: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = htmlFiles(dist);
  for (const page of pages) {
    // Template bodies (<template>, <script type="text/pagefind-template">) are not links until rendered.
    const html = readFileSync(join(dist, page), "utf8")
      .replace(/<template[\s\S]*?<\/template>/g, "")
      .replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
    const pageUrl = `${base}${page.replace(/index\.html$/, "")}`;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(m[1] ?? "");
      if (/^(https?:|mailto:|data:|javascript:)/i.test(raw) || raw.startsWith("//")) continue;
      links++;
      const [pathPart = "", hash] = raw.split("#");
      const resolved = pathPart === "" ? pageUrl : pathPart.startsWith("/") ? pathPart : posix.join(posix.dirname(`${pageUrl}x`), pathPart);
      const clean = decodeURIComponent(resolved.split("?")[0] ?? "");
      if (!clean.startsWith(base)) {
        broken.push({ page, link: raw, reason: `outside the base ${base}` });
        continue;
      }
      let file = join(dist, clean.slice(base.length));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) {
        broken.push({ page, link: raw, reason: "no such file" });
        continue;
      }
      if (hash && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(hash))) broken.push({ page, link: raw, reason: `no id "${hash}"` });
    }
  }
  return { pages: pages.length, links, broken };
}
