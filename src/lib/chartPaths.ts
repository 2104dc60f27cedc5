/** Site paths of a chart's kit: embed page, CSV and SVG downloads (before the base prefix). */

/** /nhung/<chart>/<unit-id>/ : the standalone embed page. */
export function embedPath(chartId: string, unitId: string): string {
  return `/nhung/${chartId}/${unitId}/`;
}

/** /bieu-do/<chart>/<unit-id>.csv or .svg : the static downloads; .hep.svg is the narrow drawing (embed pages). */
export function downloadPath(chartId: string, unitId: string, ext: "csv" | "svg" | "hep.svg"): string {
  return `/bieu-do/${chartId}/${unitId}.${ext}`;
}
