/**
 * Sections of the methodology page that figures link to, by edition: each edition's methodology names its
 * headings in its own language (/phuong-phap/#ty-le-dung-han, /en/methodology/#on-time-rate).
 */
import type { Locale } from "../i18n/locale";

const ANCHORS = {
  onTimeRate: { vi: "#ty-le-dung-han", en: "#on-time-rate" },
  checks: { vi: "#kiem-tra", en: "#checks" },
} as const;

/** "#anchor" of a methodology section for a link from a page in `locale` (the English page where it is built). */
export function methodAnchor(section: keyof typeof ANCHORS, locale: Locale): string {
  return ANCHORS[section][locale];
}
