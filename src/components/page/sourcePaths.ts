/** The pages of sources, one per row of sources.csv: the same ids in both editions. */
import { getTables } from "../../tables/tables";

/** getStaticPaths of the source pages (nguon/[id].astro and en/sources/[id].astro). */
export async function sourcePaths() {
  const tables = await getTables();
  return tables.sources.map((r) => ({ params: { id: r.row.source_id }, props: { id: r.row.source_id } }));
}
