/**
 * A compare slice (numbers and codes, one file for both editions) made into what a reader sees, in the page's
 * language: each figure's label, period, display, caveats, basis and source link, and each place's name and
 * page. Pure and catalogue-free, so the compare page's script runs it in the browser with the words the page
 * hands it (compareWords.ts builds them from the catalogue at build time); the static lists run it at build.
 */
import type { Basis, Fact, PlaceName, PlaceSlice, Term } from "../metrics/compareFacts";
import type { UnitKind } from "../schemas/units";
import { formatDate, formatNumber, formatPercent, formatPeriod } from "../lib/format";
import { fill, type ParamValue } from "../i18n/template";
import type { Locale } from "../i18n/locale";

/** The words one edition's compare page needs, from the catalogue: sentences, labels, name templates, links. */
export interface CompareWords {
  locale: Locale;
  /** compare.* messages by key, plural-free. */
  messages: Readonly<Record<string, string>>;
  /** A figure's label by its key ("received:district"), and a measure's bare label as "measure:<code>". */
  labels: Readonly<Record<string, string>>;
  /** A place's name with its kind word, per kind ("huyện {name}" / "{name} district"). */
  names: Readonly<Record<UnitKind, string>>;
  /** Address templates with "{id}": a place's page per kind, a source's page. */
  links: { place: Readonly<Record<UnitKind, string>>; source: string };
}

/** A figure as shown: Fact's numbers with its words. */
export interface FactView extends Omit<Fact, "caveats" | "basis" | "period_start" | "period_end" | "line"> {
  label: string;
  period: string;
  display: string;
  caveats: string[];
  basis: { [K in keyof Basis]: string };
  /** Link to the source line (or, for a recomputed rate, to the place's figures it is computed from). */
  source: string;
}

/** A place as a compared column. */
export interface SliceView {
  unit_id: string;
  name: string;
  kind: UnitKind;
  url: string;
  valid_to: string | null;
  facts: FactView[];
}

/** A compare.* message with its placeholders filled (numbers in the edition's format). */
export function say(words: CompareWords, key: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  const template = words.messages[key];
  if (template === undefined) throw new Error(`compare words lack "${key}"`);
  return fill(template, params, (v) => (typeof v === "number" ? formatNumber(v, undefined, words.locale) : v));
}

/** "huyện Mỹ Xuyên" / "Mỹ Xuyên district"; a name that already says its kind ("TP. Hồ Chí Minh") stays as it is. */
export function placeName(place: PlaceName, words: CompareWords): string {
  return /^TP\.?\s/.test(place.name) ? place.name : words.names[place.kind].replace("{name}", place.name);
}

/** "hạng 3/63" / "rank 3 of 63", or without "of" when the number ranked is not stated; "" without a rank. */
function rankText(fact: Pick<Fact, "rank" | "rank_of">, words: CompareWords): string {
  if (fact.rank === null) return "";
  return fact.rank_of === null ? say(words, "compare.rank", { rank: String(fact.rank) }) : say(words, "compare.rankOf", { rank: String(fact.rank), of: String(fact.rank_of) });
}

/**
 * The figure as printed: a PAR score with its maximum and percentage ("72,63/96 (75,66%)"), another score with its
 * maximum, a percentage or a count; then its rank ("86,50%, hạng 11/63").
 */
export function displayFact(fact: Fact, words: CompareWords): string {
  const locale = words.locale;
  const n = (v: number) => formatNumber(v, undefined, locale);
  const { stated, max } = fact;
  const value = stated === null ? null
    : max !== null ? (fact.key.startsWith("par:") ? `${n(stated)}/${n(max)} (${formatPercent(fact.value, 2, locale)})` : `${n(stated)}/${n(max)}`)
    : fact.unit === "percent" ? formatPercent(stated, 2, locale) : n(stated);
  return [value, rankText(fact, words)].filter(Boolean).join(", ") || formatPercent(null, 2, locale);
}

/** A parameter of a caveat in words: a date, a place of the slice, a figure of a conflict, a measure's label. */
function paramText(name: string, value: string | number, term: Term, slice: PlaceSlice, words: CompareWords): ParamValue {
  if (name === "date") return formatDate(String(value), words.locale);
  if (value === "@place") return placeName(slice, words);
  if (value === "@province") return slice.province ? placeName(slice.province, words) : "";
  if (name === "measure") return (words.labels[`measure:${value}`] ?? String(value)).replace(" (theo báo cáo)", "").toLowerCase();
  if ((name === "first" || name === "second") && typeof value === "number") {
    return term.params?.["unit"] === "percent" ? formatPercent(value, 2, words.locale) : formatNumber(value, undefined, words.locale);
  }
  return value;
}

/** A caveat's sentence. */
export function termText(term: Term, slice: PlaceSlice, words: CompareWords): string {
  const params = Object.fromEntries(Object.entries(term.params ?? {}).map(([k, v]) => [k, paramText(k, v, term, slice, words)]));
  return say(words, term.key, params);
}

/** A method era code ("<2022", ">=2024", "2022", "2022-2023") in words. */
function eraText(code: string, words: CompareWords): string {
  if (code.startsWith("<")) return say(words, "compare.era.before", { year: code.slice(1) });
  if (code.startsWith(">=")) return say(words, "compare.era.since", { year: code.slice(2) });
  const [from, to] = code.split("-");
  return to ? `${from}–${to}` : say(words, "compare.era.one", { year: code });
}

/** A method code in words ("par:2022-2023" -> "bộ tiêu chí 2022–2023", "criteria:soc-trang" -> "bộ tiêu chí của tỉnh Sóc Trăng"). */
function methodText(code: string, slice: PlaceSlice, words: CompareWords): string {
  const cut = code.indexOf(":");
  const [kind, arg] = [code.slice(0, cut), code.slice(cut + 1)];
  if (kind === "par" || kind === "sipas") return say(words, `compare.basis.method.${kind}`, { era: eraText(arg, words) });
  if (kind === "criteria") return slice.province && arg ? say(words, "compare.basis.method.criteria", { place: placeName(slice.province, words) }) : say(words, "compare.basis.method.criteriaUnknown");
  if (kind === "survey-province") return say(words, "compare.basis.method.surveyProvince", { place: slice.province ? placeName(slice.province, words) : "" });
  return say(words, "compare.basis.method.surveyOwn", { place: placeName(slice, words) });
}

/** A basis in words, for the row's note on what differs. */
function basisText(basis: Basis, slice: PlaceSlice, words: CompareWords): FactView["basis"] {
  const out: FactView["basis"] = {};
  if (basis.scale !== undefined) out.scale = formatNumber(Number(basis.scale), undefined, words.locale);
  if (basis.assessor !== undefined) out.assessor = say(words, `compare.basis.assessor.${basis.assessor}`);
  if (basis.method !== undefined) out.method = methodText(basis.method, slice, words);
  if (basis.scope !== undefined) out.scope = say(words, `compare.basis.scope.${basis.scope.replace(/:/g, ".")}`);
  return out;
}

/** The address of a place's page in this edition. */
export function placeUrl(place: { unit_id: string; kind: UnitKind }, words: CompareWords): string {
  return words.links.place[place.kind].replace("{id}", place.unit_id);
}

/** A slice as shown in the page's language. */
export function viewSlice(slice: PlaceSlice, words: CompareWords): SliceView {
  const url = placeUrl(slice, words);
  const facts = slice.facts.map((fact): FactView => {
    const { caveats, basis, period_start, period_end, line, ...numbers } = fact;
    return {
      ...numbers, label: words.labels[fact.key] ?? fact.key, period: formatPeriod(period_start, period_end, words.locale),
      display: displayFact(fact, words), caveats: caveats.map((c) => termText(c, slice, words)), basis: basisText(basis, slice, words),
      source: fact.source_id === null ? `${url}#ho-so` : `${words.links.source.replace("{id}", fact.source_id)}${line ? `#dong-${line}` : ""}`,
    };
  });
  return { unit_id: slice.unit_id, name: placeName(slice, words), kind: slice.kind, url, valid_to: slice.valid_to, facts };
}
