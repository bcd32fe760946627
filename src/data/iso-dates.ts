/** ISO dates of any precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Apart from schema.ts so that queries need no validator library. */
/**
 * The number written by `len` ASCII digits of `s` from `at`, or -1 when one is not a digit.
 * Dates are read by character codes, not a regular expression: a timeline of 10 000 events
 * checks each date when its data is validated, and a match array per date was a measurable
 * share of that.
 */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** True when `s` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day/month. */
export function isValidIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const year = digits(s, 0, 4);
  // Year 0000 is 1 BC in ISO 8601: never a date of this research, almost certainly a mistake.
  if (year <= 0) return false;
  if (n === 4) return true;
  const month = s.charCodeAt(4) === 45 ? digits(s, 5, 2) : -1;
  if (month < 1 || month > 12) return false;
  if (n === 7) return true;
  const day = s.charCodeAt(7) === 45 ? digits(s, 8, 2) : -1;
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Earliest and latest calendar day covered by an ISO date of any precision. */
export function isoBounds(s: string): [string, string] {
  // A day is its own bounds (the common case: no split, no new strings).
  if (s.length === 10 && s.charCodeAt(7) === 45) return [s, s];
  const [y, m, d] = s.split('-');
  if (d) return [s, s];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${daysInMonth(Number(y), Number(m))}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * The first (or, with `last`, the final) day an ISO date of any precision covers, as the number
 * YYYYMMDD: ordering by it is ordering by `isoBounds`, with no string made per date.
 */
export function isoDayNumber(s: string, last = false): number {
  const year = digits(s, 0, 4);
  const month = s.length >= 7 ? digits(s, 5, 2) : last ? 12 : 1;
  const day = s.length >= 10 ? digits(s, 8, 2) : last ? daysInMonth(year, month) : 1;
  return year * 10000 + month * 100 + day;
}
