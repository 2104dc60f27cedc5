import { describe, expect, it } from "vitest";
import { frameSize } from "./frameSize";
import type { PlaceChart } from "../../presentation/placeCharts";
import { rankedBarsExcerpt } from "../../charts/fixtures";

const chart: PlaceChart = {
  chartId: "par-xep-hang", unitId: "t10", locale: "vi", heading: "PAR INDEX 2023: tỉnh T10 và các tỉnh xếp liền kề",
  spec: { type: "rankedBars", data: rankedBarsExcerpt }, sources: [], note: "Trích vị trí 6–12 trên 12 tỉnh.",
};
const cite = "Số liệu do Bộ Nội vụ công bố. Biểu đồ: CCHC Mở, /tinh/t10/";

describe("frameSize", () => {
  it("sizes a chart's iframe once per chart and citation (the place page and the embed page ask for the same)", () => {
    expect(frameSize(chart, cite)).toBe(frameSize(chart, cite));
    expect(frameSize(chart, cite)).toMatchObject({ title: rankedBarsExcerpt.title, maxWidth: 480 + 48 });
  });
  it("leaves room for the link to the full ranking under an excerpt", () => {
    const withLink = { ...chart, more: { path: "/xep-hang/par-index/2023/", text: "Xem bảng xếp hạng đầy đủ 12 tỉnh (PAR INDEX 2023)" } };
    expect(frameSize(withLink, cite).height).toBeGreaterThan(frameSize(chart, cite).height);
  });
});
