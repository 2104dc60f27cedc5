import { describe, expect, it } from "vitest";
import { localizeFilterLabel } from "./pagefindClient";

describe("localizeFilterLabel", () => {
  it.each([
    ["xã, 1 result", "xã, 1 kết quả"],
    ["Tỉnh Bình Định, 12 results", "Tỉnh Bình Định, 12 kết quả"],
    ["Loại trang, 1 filter selected", "Loại trang, đã chọn 1"],
    ["Loại trang, 2 filters selected", "Loại trang, đã chọn 2"],
    ["Loại trang", "Loại trang"],
  ])("%s -> %s", (english, vietnamese) => {
    expect(localizeFilterLabel(english)).toBe(vietnamese);
  });
});
