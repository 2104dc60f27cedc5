/**
 * Periods as reports state them: "năm 2021", "6 tháng đầu năm 2020", "quý I năm 2024", "9 tháng năm 2023",
 * "tháng 10 năm 2024", "từ ngày 15/12/2022 đến ngày 15/12/2023", and the cut-off "tính đến ngày 15/12/2023".
 * Reads folded text; returns ISO dates.
 */

export interface Period {
  start: string;
  end: string;
  /** How it was read, in English, for the row's note. */
  note: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number, note: string): Period => ({
  start: `${y}-${pad(m1)}-01`, end: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`, note,
});
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d), month = Number(m), year = Number(y);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1990 && year <= 2100)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The period a (folded) phrase names, or null. The first match in the text wins. */
export function findPeriod(folded: string): Period | null {
  const range = /\btu ngay (\d{1,2})\/(\d{1,2})\/(\d{4}) den (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(folded);
  if (range) {
    const start = isoDate(range[1]!, range[2]!, range[3]!);
    const end = isoDate(range[4]!, range[5]!, range[6]!);
    if (start && end) return { start, end, note: "period from the stated dates" };
  }
  const half = /\b6 thang (dau|cuoi) nam (\d{4})/.exec(folded);
  if (half) return half[1] === "dau" ? span(Number(half[2]), 1, 6, "first half of the year (6 tháng đầu năm)") : span(Number(half[2]), 7, 12, "second half of the year (6 tháng cuối năm)");
  const nine = /\b(9|chin) thang (?:dau )?nam (\d{4})/.exec(folded);
  if (nine) return span(Number(nine[2]), 1, 9, "first nine months (9 tháng)");
  const quarter = /\bquy (iv|iii|ii|i|[1-4])(?:\/| nam )(\d{4})/.exec(folded);
  if (quarter) {
    const q = ROMAN[quarter[1]!] ?? 1;
    return span(Number(quarter[2]), q * 3 - 2, q * 3, `quarter ${q} (quý)`);
  }
  const month = /\bthang (\d{1,2})(?:\/| nam )(\d{4})/.exec(folded);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return span(Number(month[2]), Number(month[1]), Number(month[1]), "one month");
  const year = /\bnam (\d{4})\b/.exec(folded);
  if (year) return span(Number(year[1]), 1, 12, "calendar year");
  return null;
}

/** A data cut-off date ("tính đến ngày 15/12/2023", "số liệu đến 15/12/2023"), or null. */
export function findCutoff(folded: string): string | null {
  // The latest such date: a report also dates the progress of single tasks ("tính đến ngày 15/9").
  const dates = [...folded.matchAll(/\b(?:tinh den|so lieu (?:tinh )?den|chot so lieu)\s*(?:ngay\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/g)]
    .map((m) => isoDate(m[1]!, m[2]!, m[3]!)).filter((d): d is string => d !== null).sort();
  return dates[dates.length - 1] ?? null;
}
