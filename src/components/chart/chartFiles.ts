/**
 * The static downloads of every chart, in each edition: <chart>/<unit-id>.csv (the drawn data), .svg (the drawing)
 * and, for a chart with a narrow layout, .hep.svg (that layout, which embed pages show in narrow iframes). The
 * Vietnamese files are under /bieu-do/, the English ones (English headers, labels and text) under /en/charts/.
 */
import { allPlaceCharts, placeChart } from "../../presentation/placeCharts";
import type { SiteData } from "../../metrics/placeView";
import { layoutOf, narrowSpec, tableOf } from "../../charts/spec";
import { tableToCsv } from "../../charts/table";
import { toSvg } from "../../charts/svg";
import { svgCss } from "../../charts/svgStyle";
import { csvResponse } from "../../lib/csvOut";
import type { Locale } from "../../i18n/locale";
import tokens from "../../styles/tokens.css?raw";
import chartCss from "../../charts/chart.css?raw";

const EXTENSIONS = ["csv", "svg", "hep.svg"] as const;

/** The `file` parameter of every download of an edition (getStaticPaths of its route). */
export function chartFileParams(site: SiteData, locale: Locale): { params: { file: string } }[] {
  return allPlaceCharts(site, locale).flatMap((c) =>
    EXTENSIONS.filter((ext) => ext !== "hep.svg" || narrowSpec(c.spec)).map((ext) => ({ params: { file: `${c.chartId}/${c.unitId}.${ext}` } })),
  );
}

/** One download: the CSV or a drawing of the chart named by `file` ("ho-so/soc-trang/vinh-chau.svg"), in `locale`. */
export function chartFileResponse(site: SiteData, file: string, locale: Locale): Response {
  const ext = file.endsWith(".hep.svg") ? "hep.svg" : file.slice(file.lastIndexOf(".") + 1);
  const [chartId = "", ...rest] = file.slice(0, file.length - ext.length - 1).split("/");
  const chart = placeChart(site, chartId, rest.join("/"), locale);
  if (!chart) return new Response("not found", { status: 404 });
  if (ext === "csv") return csvResponse(tableToCsv(tableOf(chart.spec)));
  const spec = ext === "hep.svg" ? narrowSpec(chart.spec) : chart.spec;
  if (!spec) return new Response("not found", { status: 404 });
  const layout = layoutOf(spec);
  // The narrow drawing is shown only as an <img> in embed pages, whose alt text carries the description; an image
  // shows no tooltips.
  const narrow = ext === "hep.svg";
  const svg = toSvg(layout, { id: "chart", css: svgCss(layout, chartCss, tokens), tips: !narrow, desc: !narrow });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
}
