import { describe, expect, it } from "vitest";
import { diacriticShare, foldForMatch } from "./fold";

describe("foldForMatch", () => {
  it.each([
    ["Đã tiếp nhận 21.686 hồ sơ", "da tiep nhan 21.686 ho so"],
    ["chiếm 0,07%¹¹¹", "chiem 0,07%^^^"],
    ["“một cửa” – liên thông", '"mot cua" - lien thong'],
  ])("foldForMatch(%j) is %j", (input, folded) => {
    expect(foldForMatch(input)).toBe(folded);
    expect(foldForMatch(input)).toHaveLength(input.length);
  });
});

describe("diacriticShare", () => {
  it("is high for Vietnamese and near zero for OCR that lost the marks", () => {
    expect(diacriticShare("Thị xã đã tiếp nhận hồ sơ")).toBeGreaterThan(0.3);
    expect(diacriticShare("Bo phan tiep nhan va tra ket qua cua huyen da tiep nhan la 4858 hd so")).toBeLessThan(0.05);
  });
});
