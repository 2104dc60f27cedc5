/**
 * Tier words: where in a paragraph "cấp xã", "Toàn huyện", "các sở, ban, ngành", "Thị xã đã ..." stand, so the engine
 * can give each figure its level.
 */
import { LEVEL_CUES, SUBJECT_DISTRICT } from "./grammar/vi";
import type { ExtractLevel } from "./types";

/** One tier phrase and its span; `subject` for "Huyện đã ...". */
export interface LevelCue { level: ExtractLevel; at: number; end: number; subject: boolean }

/**
 * Tier words of a paragraph with their spans. A longer cue hides the shorter ones inside it ("thị xã và xã, phường"
 * is both tiers, not the communes), and "trên địa bàn huyện" right after "cấp xã" says where the communes are,
 * not that the figure is the district's total.
 */
export function levelCues(folded: string): LevelCue[] {
  const cues: LevelCue[] = [];
  for (const c of LEVEL_CUES) for (const m of folded.matchAll(c.pattern)) cues.push({ level: c.level, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, subject: false });
  for (const m of folded.matchAll(SUBJECT_DISTRICT)) cues.push({ level: "district", at: (m.index ?? 0) + m[0].length - 3, end: (m.index ?? 0) + m[0].length, subject: true });
  const kept = cues.filter((c) => !cues.some((o) => o !== c && o.at <= c.at && o.end >= c.end && o.end - o.at > c.end - c.at));
  const sorted = kept.sort((a, b) => a.at - b.at);
  return sorted.filter((c, i) => !(c.level === "total" && i > 0 && sorted[i - 1]!.level !== "total" && c.at - sorted[i - 1]!.end < 15 && /^tren dia ban/.test(folded.slice(c.at, c.end))));
}

/** Sentences that open a new topic ("Trong năm 2023, ...", "Ngoài ra ...") end the tier named before them. */
export const TOPIC_START = /^\s*(?:[-+•]\s*)?(?:trong nam|nam \d{4}|ngoai ra|dong thoi|rieng|ben canh do|tinh den|qua do|ket qua trong nam)/;

