/**
 * Downloads generated from the validated data: /du-lieu/<dataset>.csv (each cell as written in data/, formulas
 * neutralised, with a BOM for Excel) and /du-lieu/<dataset>.json (an array, one row per line).
 */
import type { APIRoute } from "astro";
import { getTables } from "../../tables/tables";
import { cellsToCsv, csvResponse } from "../../lib/csvOut";
import { rawCells } from "../../loaders/dataFiles";
import { DATASET_NAMES, type DatasetName } from "../../schemas/index";
import { dataPackage } from "../../schemas/datapackage";

export function getStaticPaths() {
  return [
    ...DATASET_NAMES.flatMap((name) => [{ params: { file: `${name}.csv` } }, { params: { file: `${name}.json` } }]),
    { params: { file: "datapackage.json" } },
  ];
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? "";
  if (file === "datapackage.json") return new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`);
  const [name = "", ext] = file.split(".");
  // getTables() first: it refuses data that does not validate, so no download is made of it.
  const tables = await getTables();
  if (ext === "csv") return csvResponse(cellsToCsv(rawCells(name as DatasetName)));
  // One row per line: valid JSON that diffs and greps well, a third smaller than indented JSON (a country's
  // dossiers are a million rows).
  const rows = tables[name as DatasetName].map((r) => JSON.stringify(r.row));
  return new Response(`[\n${rows.join(",\n")}\n]\n`);
};
