/**
 * English text that quotes Vietnamese terms ("ministry = Bộ Nội vụ's national PAR INDEX", "as stated (Tốt, Khá,
 * ...)"), cut into runs so a page can mark the Vietnamese words lang="vi": the dataset descriptions of
 * datapackage.json are written that way and shared with it, so they are marked, not reworded.
 */
import { vietnameseLetters } from "../i18n/letters";

export interface Run {
  text: string;
  vi: boolean;
}

/** Runs of `text`: stretches of English, and of Vietnamese words (neighbours joined by the spaces between them). */
export function vietnameseRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  // A Vietnamese word is one with a Vietnamese letter; a run is such words separated by spaces only.
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    if (vietnameseLetters(w[0]).length === 0) continue;
    let end = (w.index as number) + w[0].length;
    while (i + 1 < words.length && vietnameseLetters((words[i + 1] as RegExpMatchArray)[0]).length > 0) {
      i++;
      const next = words[i] as RegExpMatchArray;
      end = (next.index as number) + next[0].length;
    }
    const start = w.index as number;
    if (start > at) runs.push({ text: text.slice(at, start), vi: false });
    runs.push({ text: text.slice(start, end), vi: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), vi: false });
  return runs;
}
