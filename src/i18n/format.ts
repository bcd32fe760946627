/**
 * Dates (at their precision) and country names in every UI locale, through the locale's own
 * patterns (date-patterns.ts) or Intl. Amounts and counts are in format-amounts.ts, so that code
 * which writes only amounts (the chart's Chart.js part) does not depend on the string tables; the
 * Intl locale and the words around each are in format-words.ts. Everything takes the locale explicitly and formats in UTC so output never depends on the
 * reader's machine.
 */
import type { FuzzyDateT, Precision } from '../data/schema.js';
import type { UiLocale as Locale } from '../data/locales.js';
import { formatWords } from './format-words.js';
import { fillDate, type DateParts, type DatePatterns, type Differs } from './date-patterns.js';
import { countries, dates } from './locales/en.dates.js';
import { loadedTable } from './string-tables.js';

// (Named imports, not a namespace: a bundler would add a helper to every entry for that.)
const english = { dates, countries };
// A locale's own way of writing dates and country names: English's is at hand, the others' come
// with their string tables (which a first render waits for); until then, or without them, Intl.
const written = (locale: Locale): { dates?: DatePatterns; countries?: Record<string, string> } | undefined => (locale === 'en' ? english : loadedTable(locale));

const intlLocale = (locale: Locale) => formatWords(locale).intl;

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function toUtcDate(iso: string): Date {
  const [y, m = '1', d = '1'] = iso.split('-');
  const date = new Date(Date.UTC(0, Number(m) - 1, Number(d)));
  date.setUTCFullYear(Number(y));
  return date;
}

function dateFormat(locale: Locale, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), DATE_OPTIONS[precision])));
  return f;
}

const parts = (iso: string): DateParts => {
  const [y, m = '1', d = '1'] = iso.split('-');
  return { y: Number(y), m: Number(m), d: Number(d) };
};

/**
 * A date through the locale's own patterns (date-patterns.ts), or undefined for Intl to write:
 * a locale without patterns, a year outside 1000–9999 (or no date), a range that ends before it starts.
 */
function patterned(date: FuzzyDateT, locale: Locale): string | undefined {
  const pattern = written(locale)?.dates;
  const p = date.precision;
  const a = parts(date.start);
  const b = parts(date.end ?? date.start);
  if (!pattern || ![a, b].every(({ y, m, d }) => Number.isInteger(y + m + d) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const differs: Differs | undefined = a.y !== b.y ? 'y' : p !== 'year' && a.m !== b.m ? 'm' : p === 'day' && a.d !== b.d ? 'd' : undefined;
  if (!differs) return fillDate(pattern.one[p], pattern, a);
  const range = pattern.range;
  return (b.y - a.y || b.m - a.m || b.d - a.d) > 0 ? fillDate(p === 'year' ? range.year : p === 'month' ? range.month[differs as 'y' | 'm'] : range.day[differs], pattern, a, b) : undefined;
}

/**
 * A fuzzy date as people write it: "5–7 Oct 2022", "2020–2022", "c. 2015 (inferred)",
 * "Undated" for null.
 */
export function formatFuzzyDate(date: FuzzyDateT | null | undefined, locale: Locale): string {
  const w = formatWords(locale);
  if (!date) return w.undated;
  const ranged = date.end && date.end !== date.start;
  const format = () => dateFormat(locale, date.precision);
  let text = (
    patterned(date, locale) ??
    (ranged ? format().formatRange(toUtcDate(date.start), toUtcDate(date.end!)) : format().format(toUtcDate(date.start)))
  )
    // ICU spaces every range ("5 – 7 Oct"); between bare numbers the dash stays closed up.
    .replace(/(\d)\s+–\s+(\d)/g, '$1–$2');
  if (date.approximate || date.inferred) text = w.approximate(text, w.circa);
  if (date.inferred) text = w.inferredDate(text, w.inferred);
  return text;
}

/** Value for a `<time datetime>` attribute: `2022-10-05/2022-10-07` for ranges. */
export function isoDatetime(date: FuzzyDateT): string {
  return date.end && date.end !== date.start ? `${date.start}/${date.end}` : date.start;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the UI language, falling back to its code. */
export function countryName(code: string, locale: Locale): string {
  // Own keys only: a dataset's code may be "constructor".
  const names = written(locale)?.countries;
  if (names && Object.hasOwn(names, code)) return names[code];
  try {
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * An actor's name as the reader's language writes it: a state's from Intl (so "Japan" reads
 * "Jepang" on an Indonesian page, as the timeline's country names do); others as recorded.
 */
export function actorName(actor: { name: string; kind: string; country: string | null }, locale: Locale): string {
  return actor.kind === 'state' && actor.country ? countryName(actor.country, locale) : actor.name;
}
