import { describe, expect, it } from "vitest";
import { versusText } from "./versusText";

describe("versusText", () => {
  it.each([
    [2.3, null, "cao hơn trung bình cả nước 2,30 điểm", "2.30 points above the national average"],
    [-5.28, null, "thấp hơn trung bình cả nước 5,28 điểm", "5.28 points below the national average"],
    [0, "Đồng bằng sông Cửu Long", "bằng trung bình vùng Đồng bằng sông Cửu Long", "equal to the Mekong River Delta average"],
  ] as const)("versusText(%s, %s) reads %s / %s", (diff, region, vi, en) => {
    expect(versusText(diff, region, "vi")).toBe(vi);
    expect(versusText(diff, region, "en")).toBe(en);
  });
  it("is null without a difference", () => expect(versusText(null, null, "en")).toBeNull());
});
