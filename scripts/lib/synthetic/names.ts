/**
 * Made-up Vietnamese place names with full diacritics, composed from common name syllables (not taken from any
 * list of real places, so a synthetic place is never mistaken for a real one by its whole id). Names carry no
 * kind word: units.csv keeps "Mỹ Xuyên" and the kind (huyện, quận, thị xã, thành phố; xã, phường, thị trấn)
 * in its own column, and the site adds the word when it displays the name.
 */
import { toSlug } from "../../../src/lib/slug";
import { pick, type Random } from "./random";

/** Syllables that often open a name. */
const FIRST = [
  "An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Phước", "Mỹ", "Vĩnh", "Hưng", "Thuận", "Xuân", "Hồng",
  "Kim", "Ngọc", "Đức", "Quang", "Minh", "Khánh", "Yên", "Cẩm", "Lạc", "Thịnh", "Thạch", "Quỳnh", "Nghĩa",
  "Đại", "Tiên", "Lương", "Trà", "Vân", "Hải", "Sơn", "Gia", "Hiệp", "Định", "Hoàng", "Kiến", "Phong",
];
/** Syllables that often close a name. */
const SECOND = [
  "An", "Bình", "Lộc", "Lợi", "Thành", "Hiệp", "Hải", "Sơn", "Lâm", "Hà", "Giang", "Châu", "Thủy", "Phong",
  "Điền", "Tường", "Hậu", "Thắng", "Tiến", "Phúc", "Hạnh", "Hội", "Xương", "Trạch", "Quới", "Đông", "Tây",
  "Trung", "Mỹ", "Hòa", "Thới", "Nhơn", "Khương", "Cường", "Vượng", "Dương", "Linh", "Tài", "Ninh", "Uyên",
];
/** A third syllable some names add to tell two places apart. */
const THIRD = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ"];

/** A name, and the id segment made from it. */
export interface PlaceName {
  name: string;
  slug: string;
}

/** One made-up name: two syllables, sometimes three. */
export function composeName(rnd: Random): string {
  const first = pick(rnd, FIRST);
  let second = pick(rnd, SECOND);
  while (second === first) second = pick(rnd, SECOND);
  return rnd() < 0.12 ? `${first} ${second} ${pick(rnd, THIRD)}` : `${first} ${second}`;
}

/**
 * The names of the children of one parent: each new name has an id segment no sibling has (real siblings
 * included), as ids are `<parent>/<segment>` and must be unique. After a few clashes a number is added
 * ("Hòa Tú 2"), as real places do.
 */
export class NameBook {
  private readonly taken: Set<string>;
  private numbered = 0;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** A fresh name; `suffix` is appended to the id segment ("-2025" for units formed on 1 July 2025). */
  next(rnd: Random, suffix = ""): PlaceName {
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = composeName(rnd);
      const found = this.claim(name, `${toSlug(name)}${suffix}`);
      if (found) return found;
    }
    for (let n = 2; ; n++) {
      const name = `${composeName(rnd)} ${n}`;
      const found = this.claim(name, `${toSlug(name)}${suffix}`);
      if (found) return found;
    }
  }

  /** A numbered ward ("1", id segment "phuong-1"), as cities number some of theirs. */
  nextNumbered(suffix = ""): PlaceName {
    for (;;) {
      this.numbered++;
      const found = this.claim(String(this.numbered), `phuong-${this.numbered}${suffix}`);
      if (found) return found;
    }
  }

  private claim(name: string, slug: string): PlaceName | null {
    if (this.taken.has(slug)) return null;
    this.taken.add(slug);
    return { name, slug };
  }
}
