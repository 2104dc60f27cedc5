/**
 * Static downloads of every chart: /bieu-do/<chart>/<unit-id>.csv (the drawn data) and .svg (the drawing), and for a
 * chart with a narrow layout .hep.svg (that layout, which embed pages show in narrow iframes).
 */
import type { APIRoute } from "astro";
import { getTables } from "../../tables/tables";
import { siteData } from "../../metrics/placeView";
import { allPlaceCharts, placeChart } from "../../presentation/placeCharts";
import { layoutOf, narrowSpec, tableOf } from "../../charts/spec";
import { tableToCsv } from "../../charts/table";
import { toSvg } from "../../charts/svg";
import { svgCss } from "../../charts/svgStyle";
import { csvResponse } from "../../lib/csvOut";
import tokens from "../../styles/tokens.css?raw";
import chartCss from "../../charts/chart.css?raw";

const EXTENSIONS = ["csv", "svg", "hep.svg"] as const;

export async function getStaticPaths() {
  const site = siteData(await getTables());
  return allPlaceCharts(site).flatMap((c) =>
    EXTENSIONS.filter((ext) => ext !== "hep.svg" || narrowSpec(c.spec)).map((ext) => ({ params: { file: `${c.chartId}/${c.unitId}.${ext}` } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? "";
  const ext = file.endsWith(".hep.svg") ? "hep.svg" : file.slice(file.lastIndexOf(".") + 1);
  const [chartId = "", ...rest] = file.slice(0, file.length - ext.length - 1).split("/");
  const chart = placeChart(siteData(await getTables()), chartId, rest.join("/"));
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
};
