/**
 * The units the report-checking page's place resolver knows (/kiem-tra-bao-cao/don-vi.json), built from units.csv
 * and packed small (src/metrics/placeRecords.ts). The page fetches it on first use, so its HTML names no place.
 */
import type { APIRoute } from "astro";
import { getTables } from "../../tables/tables";
import { packPlaces, toPlaceRecord } from "../../metrics/placeRecords";

export const GET: APIRoute = async () => {
  const { units } = await getTables();
  return new Response(JSON.stringify(packPlaces(units.map(({ row }) => toPlaceRecord(row)))));
};
