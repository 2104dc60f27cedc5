/** English chart downloads: /en/charts/<chart>/<unit-id>.csv, .svg, .hep.svg (components/chart/chartFiles.ts). */
import type { APIRoute } from "astro";
import { getTables } from "../../../tables/tables";
import { siteData } from "../../../metrics/placeView";
import { chartFileParams, chartFileResponse } from "../../../components/chart/chartFiles";

export async function getStaticPaths() {
  return chartFileParams(siteData(await getTables()), "en");
}

export const GET: APIRoute = async ({ params }) => chartFileResponse(siteData(await getTables()), params.file ?? "", "en");
