/** Removes Vietnamese diacritics, including đ/Đ which Unicode decomposition does not fold. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** ASCII kebab-case slug used in ids and URLs: "Mỹ Xuyên" -> "my-xuyen", "Đà Nẵng" -> "da-nang". */
export function toSlug(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A name or query folded for comparison: no diacritics, đ -> d, lower case, punctuation and runs of spaces as one space. */
export function foldQuery(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
