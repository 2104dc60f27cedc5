/**
 * The data/ files as downloads, read and written in chunks: every byte is copied as it is, except that a text cell
 * a spreadsheet would run as a formula gets a leading apostrophe, as `neutraliseCell` does. A million-row file is
 * never held whole, nor parsed into cells a second time (the loader has parsed and validated it already).
 */
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const MINUS = 0x2d;
/** = + @ and tab start a formula wherever the cell begins; CR only inside quotes (bare, it ends a line). */
const FORMULA = new Set([0x3d, 0x2b, 0x40, 0x09]);

// Where the scanner stands: before a field's first character, inside an unquoted field, inside a quoted field, or
// just after a quote inside a quoted field (its closing quote, or the first of an escaped pair).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/** A chunked CSV rewriter: `push` each piece of text in order, then `end`; the outputs joined are the download. */
export interface CsvNeutraliser {
  push(chunk: string): string;
  end(): string;
}

/**
 * Rewrites CSV text chunk by chunk so that each cell reads as `neutraliseCell` of the cell: the same quoting, line
 * ends and bytes as the input otherwise. A cell starting with "-" is held until it ends ("-1.58" is a number and
 * stays; "-x" gets its apostrophe), so a chunk may return less than it was given; the rest comes with the next.
 */
export function csvNeutraliser(): CsvNeutraliser {
  let carry = "";
  let state = FIELD_START;
  let valueFirst = false; // the next character is the first of a quoted field's value

  const scan = (text: string, last: boolean): string => {
    const out: string[] = [];
    let from = 0;
    let minusAt = -1; // a field that starts with "-": where, while telling whether it is a number
    let minusQuoted = false; // and whether that field is quoted
    let digits = 0; // of that field: 0 "-" alone, 1 integer digits, 2 "." wanting a digit, 3 decimals, 4 not a number
    const insertAt = (at: number) => {
      out.push(text.slice(from, at), "'");
      from = at;
    };
    const feed = (c: number) => {
      if (minusAt < 0 || digits === 4) return;
      const digit = c >= 0x30 && c <= 0x39;
      if (digit) digits = digits === 0 ? 1 : digits === 2 ? 3 : digits;
      else digits = c === 0x2e && digits === 1 ? 2 : 4;
    };
    const fieldEnd = () => {
      if (minusAt >= 0 && digits !== 1 && digits !== 3) insertAt(minusAt);
      minusAt = -1;
    };
    const startValue = (c: number, at: number, quoted: boolean) => {
      if (c === MINUS) {
        minusAt = at;
        minusQuoted = quoted;
        digits = 0;
      } else if (FORMULA.has(c) || (quoted && c === CR)) insertAt(at);
    };

    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === FIELD_START) {
        if (c === COMMA || c === LF || c === CR) continue; // an empty field, or a line end
        if (c === QUOTE) {
          state = QUOTED;
          valueFirst = true;
          continue;
        }
        state = UNQUOTED;
        startValue(c, i, false);
      } else if (state === UNQUOTED) {
        if (c === COMMA || c === LF || c === CR) {
          fieldEnd();
          state = FIELD_START;
        } else feed(c);
      } else if (state === QUOTED) {
        if (c === QUOTE) {
          state = QUOTE_IN_QUOTED;
          continue;
        }
        if (valueFirst) startValue(c, i, true);
        else feed(c);
        valueFirst = false;
      } else if (c === QUOTE) {
        // An escaped quote: part of the value (so not a number, and never a formula's first character).
        feed(c);
        valueFirst = false;
        state = QUOTED;
      } else {
        // The quote before this character closed the field; this is its delimiter.
        fieldEnd();
        state = FIELD_START;
      }
    }
    if (last) fieldEnd();
    else if (minusAt >= 0) {
      // Undecided at the chunk's end: the value is scanned again from its "-" with the next chunk.
      out.push(text.slice(from, minusAt));
      carry = text.slice(minusAt);
      state = minusQuoted ? QUOTED : FIELD_START;
      valueFirst = minusQuoted;
      return out.join("");
    }
    out.push(text.slice(from));
    return out.join("");
  };

  return {
    push: (chunk) => {
      const text = carry + chunk;
      carry = "";
      return scan(text, false);
    },
    end: () => {
      const text = carry;
      carry = "";
      return scan(text, true);
    },
  };
}
