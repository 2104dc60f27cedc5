import { describe, expect, it } from "vitest";
import { vietnameseRuns } from "./vietnameseRuns";

describe("vietnameseRuns", () => {
  it("marks neighbouring Vietnamese words as one run, the English around them as text", () => {
    expect(vietnameseRuns("ministry = Bộ Nội vụ's national PAR INDEX")).toEqual([
      { text: "ministry = ", vi: false },
      { text: "Bộ Nội vụ's", vi: true },
      { text: " national PAR INDEX", vi: false },
    ]);
  });
  it("keeps punctuation with its word and English text whole", () => {
    expect(vietnameseRuns("as stated (Tốt, Khá, ...).")).toEqual([
      { text: "as stated ", vi: false },
      { text: "(Tốt, Khá,", vi: true },
      { text: " ...).", vi: false },
    ]);
    expect(vietnameseRuns("Score out of max_score.")).toEqual([{ text: "Score out of max_score.", vi: false }]);
  });
});
