/** Site paths of a chart's kit: embed page, CSV and SVG downloads (before the base prefix). */

/** /nhung/<chart>/<unit-id>/ : the standalone embed page. */
export function embedPath(chartId: string, unitId: string): string {
  return `/nhung/${chartId}/${unitId}/`;
}

/** /bieu-do/<chart>/<unit-id>.csv or .svg : the static downloads. */
export function downloadPath(chartId: string, unitId: string, ext: "csv" | "svg"): string {
  return `/bieu-do/${chartId}/${unitId}.${ext}`;
}
