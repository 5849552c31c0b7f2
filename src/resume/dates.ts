export interface YearMonth {
  year: number;
  /** null when only the year was written. */
  month: number | null;
}

export interface DateRange {
  start: YearMonth;
  end: YearMonth | null;
  isCurrent: boolean;
  /** The matched text, to be cut out of the line it was found in. */
  matched: string;
}

const MONTHS: [RegExp, number][] = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12],
];
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
const MONTH_NUMBER = String.raw`(?:0?[1-9]|1[0-2])`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
export const DATE = [
  // Full dates keep their month: "2024-03-01" (ISO, as JSON Resume themes print them), "01.03.2024".
  String.raw`${YEAR}-${MONTH_NUMBER}-${DAY}(?!\d)`,
  String.raw`${DAY}\.${MONTH_NUMBER}\.${YEAR}`,
  String.raw`${MONTH_NAME},?\s*${YEAR}`,
  String.raw`${MONTH_NAME}\s*'\d\d`,
  String.raw`${YEAR}[-/.]${MONTH_NUMBER}(?!\d)`,
  String.raw`${MONTH_NUMBER}[-/.]${YEAR}`,
  YEAR,
].join('|');
export const PRESENT = String.raw`present|current(?:ly)?|now|today|to date|till date|ongoing|date`;
const SEPARATOR = String.raw`\s*(?:[-–—~→‐‑]+|to|until|till|through|thru)\s*`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\d])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d])`;

const RANGE = new RegExp(`${EDGE_BEFORE}(${DATE})${SEPARATOR}(?:(${DATE})|(${PRESENT}))${EDGE_AFTER}`, 'iu');
const OPEN_RANGE = new RegExp(`${EDGE_BEFORE}(?:(?:since|from)\\s+(${DATE})|(${DATE})\\s*[-–—]\\s*$)`, 'iu');
const SINGLE = new RegExp(`${EDGE_BEFORE}(${DATE})${EDGE_AFTER}`, 'iu');
const SINGLE_GLOBAL = new RegExp(SINGLE.source, 'giu');

export function parseDate(text: string): YearMonth | null {
  const trimmed = text.trim().replace(/\.$/, '');
  let match = /^(\p{L}+)\.?,?\s*(\d{4}|'\d\d)$/u.exec(trimmed);
  if (match) {
    const month = MONTHS.find(([pattern]) => pattern.test(match![1] ?? ''))?.[1];
    const yearText = match[2] ?? '';
    const year = yearText.startsWith("'") ? 2000 + Number(yearText.slice(1)) : Number(yearText);
    // Two-digit years from the future century mean the 1900s ('98).
    const fullYear = yearText.startsWith("'") && year > new Date().getFullYear() + 1 ? year - 100 : year;
    return month ? { year: fullYear, month } : null;
  }
  match = /^(\d{4})-(\d{1,2})-\d{1,2}$/.exec(trimmed) ?? /^(\d{4})[-/.](\d{1,2})$/.exec(trimmed);
  if (match) return validMonth(Number(match[1]), Number(match[2]));
  match = /^\d{1,2}\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (match) return validMonth(Number(match[2]), Number(match[1]));
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(trimmed);
  if (match) return validMonth(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (match) return validMonth(Number(match[2]), Number(match[1]));
  match = /^(\d{4})$/.exec(trimmed);
  return match ? { year: Number(match[1]), month: null } : null;
}

function validMonth(year: number, month: number): YearMonth | null {
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** The first date range in the text ("Jan 2020 – Present", "2019-03 - 2021-02", "since 2018"). */
export function findDateRange(text: string): DateRange | null {
  const range = RANGE.exec(text);
  if (range) {
    const start = parseDate(range[1] ?? '');
    const end = range[2] ? parseDate(range[2]) : null;
    if (start && (end || range[3])) return { start, end, isCurrent: !end, matched: range[0] };
  }
  const open = OPEN_RANGE.exec(text);
  const openStart = open ? parseDate(open[1] ?? open[2] ?? '') : null;
  return open && openStart ? { start: openStart, end: null, isCurrent: true, matched: open[0] } : null;
}

/** Every standalone date in the text, in order. */
export function findDates(text: string): { date: YearMonth; matched: string }[] {
  const found: { date: YearMonth; matched: string }[] = [];
  for (const match of text.matchAll(SINGLE_GLOBAL)) {
    const date = parseDate(match[1] ?? '');
    if (date) found.push({ date, matched: match[0] });
  }
  return found;
}

/** YYYY-MM; a year written alone is taken as January of that year. */
export function formatYearMonth(date: YearMonth): string {
  return `${date.year}-${String(date.month ?? 1).padStart(2, '0')}`;
}

/** Removes a matched date (and separators left dangling around it) from a line. */
export function removeMatched(text: string, matched: string): string {
  return tidySeparators(text.replace(matched, ' '));
}

function tidySeparators(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\(\s*\d+\s*(?:yrs?|years?|mos?|months?)(?:\s*\d+\s*(?:mos?|months?))?\s*\)/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|,;:·•–—-]+|[\s|,;:·•–—-]+$/g, '')
    .trim();
}
