/**
 * The words a reader meets on a built page, for checks on its language: text content and the attributes that
 * are shown or read aloud (title, aria-label and -description, placeholder, alt, label, the description meta tags),
 * including the text and <title> of inline SVG charts, outside <script>,
 * <style> and <template>, and outside any element marked with another language (`lang="vi"` inside an English
 * page: a quoted Vietnamese term, a chart not yet built in English, the "Tiếng Việt" switch).
 */

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RAW = new Set(["script", "style", "template", "textarea"]);
/** Attributes shown or read aloud: tooltips, accessible names and descriptions, placeholders, image text, labels. */
const READ_ATTRIBUTES = ["title", "aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "placeholder", "alt", "label"];

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&nbsp;/g, " ").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1] ?? "") : undefined;
}

/** The pieces of text a reader meets in `html` outside elements whose lang is `otherLang`, in document order. */
export function readerText(html: string, otherLang: string): string[] {
  const source = html.replace(/<!--[\s\S]*?-->/g, "");
  const out: string[] = [];
  const stack: string[] = [];
  /** Depth of the element marked with the other language that we are inside, or -1. */
  let skipFrom = -1;
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(source))) {
    const [, closing, rawName, attrs = "", text] = m;
    if (text !== undefined) {
      if (skipFrom < 0 && text.trim()) out.push(decode(text).trim());
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (skipFrom >= 0 && stack.length < skipFrom) skipFrom = -1;
      continue;
    }
    if (RAW.has(name)) {
      const end = source.indexOf(`</${name}>`, token.lastIndex);
      token.lastIndex = end < 0 ? source.length : end + name.length + 3;
      continue;
    }
    const selfClosing = VOID.has(name) || attrs.trimEnd().endsWith("/");
    if (!selfClosing) stack.push(name);
    if (skipFrom < 0 && attribute(attrs, "lang") === otherLang) {
      if (!selfClosing) skipFrom = stack.length;
      continue;
    }
    if (skipFrom >= 0) continue;
    for (const a of READ_ATTRIBUTES) {
      const value = attribute(attrs, a);
      if (value?.trim()) out.push(value.trim());
    }
    const meta = attribute(attrs, "name") ?? attribute(attrs, "property");
    if (name === "meta" && meta && /^(description|og:title|og:description)$/.test(meta)) out.push(attribute(attrs, "content") ?? "");
  }
  return out;
}
