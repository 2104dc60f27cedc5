/**
 * What people type -> the page that must come first. Shared by the search tests at "/" and under a base path.
 *
 * Choices where two pages share a name: the unit that exists today comes first, the one it replaced second
 * ("da nang" -> Đà Nẵng from 1/7/2025, then Đà Nẵng until 30/6/2025; "hue" -> Huế, then Thừa Thiên Huế).
 * A district comes before its seat town of the same name ("my xuyen" -> huyện, then thị trấn Mỹ Xuyên).
 */
export interface QueryCase {
  query: string;
  /** Site path (without base) of the first result. */
  first: string;
  /** Site path of the second result, where the order of a same-named pair matters. */
  second?: string;
  /** Why this case is here, when it is not obvious. */
  note?: string;
}

export const QUERY_CASES: QueryCase[] = [
  { query: "u minh thuong", first: "/huyen/kien-giang/u-minh-thuong/" },
  { query: "vinh chau", first: "/huyen/soc-trang/vinh-chau/" },
  { query: "my xuyen", first: "/huyen/soc-trang/my-xuyen/", second: "/xa/soc-trang/my-xuyen/my-xuyen/" },
  { query: "tay son", first: "/huyen/binh-dinh/tay-son/" },
  { query: "soc trang", first: "/tinh/soc-trang/" },
  { query: "da nang", first: "/tinh/da-nang-2025/", second: "/tinh/da-nang/", note: "đ is not folded by Pagefind" },
  { query: "dak lak", first: "/tinh/dak-lak-2025/", second: "/tinh/dak-lak/" },
  { query: "ba ria vung tau", first: "/tinh/ba-ria-vung-tau/" },
  { query: "tp hcm", first: "/tinh/tp-ho-chi-minh-2025/", second: "/tinh/tp-ho-chi-minh/" },
  { query: "hue", first: "/tinh/hue-2025/", second: "/tinh/thua-thien-hue/" },
  { query: "huyện Mỹ Xuyên", first: "/huyen/soc-trang/my-xuyen/" },
  { query: "thi xa vinh chau", first: "/huyen/soc-trang/vinh-chau/" },
  { query: "Đà Nẵng", first: "/tinh/da-nang-2025/" },
  { query: "TP.HCM", first: "/tinh/tp-ho-chi-minh-2025/" },
  { query: "tphcm", first: "/tinh/tp-ho-chi-minh-2025/", note: "a news headline spells it TPHCM" },
  { query: "sai gon", first: "/tinh/tp-ho-chi-minh-2025/", note: "only in the aliases, which are hidden" },
  { query: "br-vt", first: "/tinh/ba-ria-vung-tau/", note: "a news headline spells it BR-VT" },
  { query: "thua thien hue", first: "/tinh/thua-thien-hue/" },
];
