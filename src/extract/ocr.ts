/**
 * Repairs common OCR damage in folded text without changing its length (offsets must still point at the
 * original): "hd so" / "hé so" → "ho so", single-letter slips in the words the grammar looks for ("tiép nhén" →
 * "tiep nhan", "ding han" → "dung han"). Used only when a text has lost its diacritics (see diacriticShare).
 */

/** Words the grammar and the period reader look for; OCR slips of one letter are mapped back to them. */
const VOCABULARY = [
  "tiep", "nhan", "giai", "quyet", "dung", "han", "qua", "tre", "dang", "chua", "den", "truoc", "som", "thu", "tuc",
  "hanh", "chinh", "tong", "truc", "tuyen", "tiep", "buu", "cong", "ich", "lien", "thong", "muc", "xa", "huyen",
  "tinh", "cap", "phan", "mem", "cua", "dich", "vu", "chiem", "dat", "hien", "nay", "ap", "dung", "thoi", "gian",
  "trong", "nam", "thang", "ngay", "diem", "chi", "so", "cai", "cach", "linh", "vuc", "phat", "sinh", "khai",
  "loai", "cac", "toan", "tren", "dia", "ban", "mot", "phan", "trinh", "ho", "tra", "ket",
  "dan", "uy", "nhan", "bo", "nganh", "khai", "quyet", "dinh", "van", "thuoc", "tham", "quyen", "cua", "duoc",
  "tai", "dien", "tu", "cho", "nhom", "muc", "tong", "cong", "lien", "voi", "doi", "tinh", "thanh", "pho",
];
const WORDS = new Set(VOCABULARY);
const BY_LENGTH = new Map<number, string[]>();
for (const w of WORDS) BY_LENGTH.set(w.length, [...(BY_LENGTH.get(w.length) ?? []), w]);

/** Letters OCR confuses with each other (folded): a slip between these is preferred when two words are near. */
const CONFUSED = new Set(["iu", "ui", "ea", "ae", "do", "od", "6o", "o6", "0o", "o0", "eo", "oe", "ao", "oa", "1i", "i1", "li", "il", "ce", "ec"]);

function nearWord(token: string): string | null {
  if (token.length < 3 || WORDS.has(token)) return null;
  const candidates: { word: string; confused: boolean }[] = [];
  for (const w of BY_LENGTH.get(token.length) ?? []) {
    let diff = 0;
    let pair = "";
    for (let i = 0; i < w.length; i++) if (w[i] !== token[i]) { diff++; pair = `${token[i]}${w[i]}`; }
    if (diff === 1) candidates.push({ word: w, confused: CONFUSED.has(pair) });
  }
  if (candidates.length === 1) return candidates[0]!.word;
  const likely = candidates.filter((c) => c.confused);
  return likely.length === 1 ? likely[0]!.word : null;
}

/** Same-length repair of a folded OCR line. */
export function repairOcr(folded: string): string {
  return folded
    .replace(/\bh[a-z0-9] s[a-z0-9]\b/g, "ho so")
    .replace(/\b(?:hd|he|h6|ho) (?:so|se|s6|sd)\b/g, "ho so")
    .replace(/(?:¢6|¢o|c6)(?=\s)/g, "co")
    .replace(/\btong s[a-z6]\b/g, "tong so")
    .replace(/[a-z0-9¢]+/g, (token) => nearWord(token) ?? token);
}
