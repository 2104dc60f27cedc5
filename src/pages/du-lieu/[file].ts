/** Downloads generated from the validated data: /du-lieu/<dataset>.csv and /du-lieu/<dataset>.json. */
import type { APIRoute } from "astro";
import { getTables } from "../../lib/data";
import { toCsv } from "../../lib/csvOut";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../../schemas/index";
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
  const tables = await getTables();
  const rows = tables[name as DatasetName].map((r) => r.row as Record<string, unknown>);
  if (ext === "csv") return new Response(toCsv(Object.keys(DATASETS[name as DatasetName].columns), rows));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`);
};
