/**
 * Telling Vietnamese text from English by its letters, for the tests that keep Vietnamese out of the English
 * edition (the catalogue in messages.test.ts, the built English pages in tests/english.test.ts).
 */

/** Letters English never needs: đ and every base letter carrying a Vietnamese mark (ă â ê ô ơ ư, tones). */
export function vietnameseLetters(text: string): string[] {
  return [...text].filter((ch) => /[đĐ]/.test(ch) || /[\u0300-\u036f]/.test(ch.normalize("NFD")));
}
