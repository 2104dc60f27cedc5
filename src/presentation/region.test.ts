import { describe, expect, it } from "vitest";
import { regionName } from "./region";

describe("regionName", () => {
  it("keeps the data's Vietnamese name in Vietnamese and names the region in English", () => {
    expect(regionName("Đồng bằng sông Cửu Long", "vi")).toBe("Đồng bằng sông Cửu Long");
    expect(regionName("Đồng bằng sông Cửu Long", "en")).toBe("Mekong River Delta");
  });
  it("returns an unknown region as given", () => {
    expect(regionName("Vùng X", "en")).toBe("Vùng X");
  });
});
