/** ISO dates of any precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Apart from schema.ts so that queries need no validator library. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `s` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day/month. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  // Year 0000 is 1 BC in ISO 8601: never a date of this research, almost certainly a mistake.
  if (!m || m[1] === '0000') return false;
  const month = +(m[2] ?? 1);
  const day = +(m[3] ?? 1);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(+m[1], month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Earliest and latest calendar day covered by an ISO date of any precision. */
export function isoBounds(s: string): [string, string] {
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
  const year = +s.slice(0, 4);
  const month = s.length >= 7 ? +s.slice(5, 7) : last ? 12 : 1;
  const day = s.length >= 10 ? +s.slice(8, 10) : last ? daysInMonth(year, month) : 1;
  return year * 10000 + month * 100 + day;
}
