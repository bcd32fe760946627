/**
 * Intl-based formatting of dates (at their precision), amounts and counts, in every UI locale
 * (the Intl locale and the words around each are in format-words.ts).
 * Everything takes the locale explicitly and formats in UTC so output never depends on the
 * reader's machine.
 */
import type { AmountT, FuzzyDateT, Precision } from '../data/schema.js';
import type { UiLocale as Locale } from '../data/locales.js';
import { formatWords } from './format-words.js';

const intlLocale = (locale: Locale) => formatWords(locale).intl;

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}

function toUtcDate(iso: string): Date {
  const [y, m = '1', d = '1'] = iso.split('-');
  const date = new Date(Date.UTC(0, Number(m) - 1, Number(d)));
  date.setUTCFullYear(Number(y));
  return date;
}

function dateFormat(locale: Locale, precision: Precision): Intl.DateTimeFormat {
  return cached(`d:${locale}:${precision}`, () => new Intl.DateTimeFormat(intlLocale(locale), DATE_OPTIONS[precision]));
}

/**
 * A fuzzy date as people write it: "5–7 Oct 2022", "2020–2022", "c. 2015 (inferred)",
 * "Undated" for null.
 */
export function formatFuzzyDate(date: FuzzyDateT | null | undefined, locale: Locale): string {
  const w = formatWords(locale);
  if (!date) return w.undated;
  const format = dateFormat(locale, date.precision);
  let text =
    date.end && date.end !== date.start
      ? // ICU spaces every range ("5 – 7 Oct"); between bare numbers the dash stays closed up.
        format.formatRange(toUtcDate(date.start), toUtcDate(date.end)).replace(/(\d)\s+–\s+(\d)/g, '$1–$2')
      : format.format(toUtcDate(date.start));
  if (date.approximate || date.inferred) text = w.approximate(text, w.circa);
  if (date.inferred) text = w.inferredDate(text, w.inferred);
  return text;
}

/** Value for a `<time datetime>` attribute: `2022-10-05/2022-10-07` for ranges. */
export function isoDatetime(date: FuzzyDateT): string {
  return date.end && date.end !== date.start ? `${date.start}/${date.end}` : date.start;
}

/** Whether `value` is a whole number of hundredths of its compact unit (million, billion, …). */
function isExactWhenCompact(value: number): boolean {
  if (!(value >= 1e6) || value >= 1e15 || !Number.isInteger(value)) return false;
  const unit = 10 ** (3 * Math.floor(Math.log10(value) / 3));
  return value % (unit / 100) === 0;
}

/**
 * A number in readable form: "473 million", "479.9 million", "7.14 trillion", but "2,722,930"
 * when compacting would round it (never invent or lose precision).
 */
export function formatCount(value: number, locale: Locale): string {
  const compact = isExactWhenCompact(value);
  return cached(`n:${locale}:${compact}`, () =>
    new Intl.NumberFormat(intlLocale(locale), compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 }),
  ).format(value);
}

const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', IDR: 'Rp' };

/** An amount: "US$473 million", "Rp7.14 trillion" / "Rp7,14 triliun", "4.15 million doses". */
export function formatAmount(amount: AmountT | null, locale: Locale): string {
  const w = formatWords(locale);
  if (!amount) return w.noAmount;
  const n = formatCount(amount.value, locale);
  if (amount.unit === 'doses') return amount.value === 1 ? w.dose(n) : w.doses(n);
  return `${CURRENCY_PREFIX[amount.unit] ?? amount.unit + ' '}${n}`;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the UI language, falling back to its code. */
export function countryName(code: string, locale: Locale): string {
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
