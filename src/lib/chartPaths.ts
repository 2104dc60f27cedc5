/** Site paths of a chart's kit: embed page, CSV and SVG downloads (before the base prefix), from the route table. */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { pathTo } from "../i18n/routes";
import { linkTo, type EditionLink } from "../i18n/editions";

/** /nhung/<chart>/<unit-id>/ (/en/embed/… in English): the standalone embed page. */
export function embedPath(chartId: string, unitId: string, locale: Locale = DEFAULT_LOCALE): string {
  return pathTo("embed", { chart: chartId, unit: unitId }, locale);
}

/**
 * /bieu-do/<chart>/<unit-id>.csv or .svg (/en/charts/… in English): the static downloads; .hep.svg is the narrow
 * drawing (embed pages).
 */
export function downloadPath(chartId: string, unitId: string, ext: "csv" | "svg" | "hep.svg", locale: Locale = DEFAULT_LOCALE): string {
  return pathTo("chartFile", { chart: chartId, unit: unitId, format: ext }, locale);
}

/**
 * The kit of a chart as a page in `locale` links to it: that edition's embed page and files once they are built
 * (BILINGUAL_ROUTES), the Vietnamese ones until then, each with the language it is in.
 */
export function chartLinks(chartId: string, unitId: string, locale: Locale = DEFAULT_LOCALE): Record<"embed" | "csv" | "svg" | "narrowSvg", EditionLink> {
  const file = (format: "csv" | "svg" | "hep.svg") => linkTo("chartFile", { chart: chartId, unit: unitId, format }, locale);
  return { embed: linkTo("embed", { chart: chartId, unit: unitId }, locale), csv: file("csv"), svg: file("svg"), narrowSvg: file("hep.svg") };
}
