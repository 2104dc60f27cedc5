/**
 * Downloads generated from the validated data: /du-lieu/<dataset>.csv (each cell as written in data/, formulas
 * neutralised, with a BOM for Excel) and /du-lieu/<dataset>.json.
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
  // getTables() first: the collections are only built from files that passed validation.
  const tables = await getTables();
  if (ext === "csv") return csvResponse(cellsToCsv(rawCells(name as DatasetName)));
  const rows = tables[name as DatasetName].map((r) => r.row as Record<string, unknown>);
  return new Response(`${JSON.stringify(rows, null, 1)}\n`);
};
