/** ISO dates of any precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). Apart from schema.ts so that queries need no validator library. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `s` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar day/month. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  // Year 0000 is 1 BC in ISO 8601: never a date of this research, almost certainly a mistake.
  if (!m || m[1] === '0000') return false;
  const [, , month, day] = m;
  if (month === undefined) return true;
  const mo = Number(month);
  if (mo < 1 || mo > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(m[1]), mo);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Earliest and latest calendar day covered by an ISO date of any precision. */
export function isoBounds(s: string): [string, string] {
  const [y, m, d] = s.split('-');
  if (d) return [s, s];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${daysInMonth(Number(y), Number(m))}`];
  return [`${y}-01-01`, `${y}-12-31`];
}
