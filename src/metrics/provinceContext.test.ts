import { describe, expect, it } from "vitest";
import { versusMean } from "./provinceContext";

describe("versusMean", () => {
  it.each([
    [89.28, 86.98, "cả nước", "cao hơn trung bình cả nước 2,30 điểm"],
    [81.7, 86.98, "cả nước", "thấp hơn trung bình cả nước 5,28 điểm"],
    [86.98, 86.98, "vùng", "bằng trung bình vùng"],
  ])("versusMean(%s, %s) reads %s", (value, mean, what, text) => expect(versusMean(value, mean, what)).toBe(text));
  it("is null when the mean is missing", () => expect(versusMean(80, null, "cả nước")).toBeNull());
});
