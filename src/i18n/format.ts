/**
 * Intl-based formatting of dates (at their precision), amounts and counts, in `en` and `id`.
 * Everything takes the locale explicitly and formats in UTC so output never depends on the
 * reader's machine.
 */
import type { AmountT, FuzzyDateT, Locale, Precision } from '../data/schema.js';

/** BCP 47 tags used for each UI locale: en uses day-month-year ("5–7 Oct 2022"). */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' };

const WORDS = {
  en: { circa: 'c.', inferred: 'inferred', undated: 'Undated', doses: (n: string) => `${n} doses`, dose: (n: string) => `${n} dose` },
  id: { circa: 'sekitar', inferred: 'disimpulkan', undated: 'Tanpa tanggal', doses: (n: string) => `${n} dosis`, dose: (n: string) => `${n} dosis` },
} as const;

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
  return cached(`d:${locale}:${precision}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], DATE_OPTIONS[precision]));
}

/**
 * A fuzzy date as people write it: "5–7 Oct 2022", "2020–2022", "c. 2015 (inferred)",
 * "Undated" for null.
 */
export function formatFuzzyDate(date: FuzzyDateT | null | undefined, locale: Locale): string {
  const w = WORDS[locale] ?? WORDS.en;
  if (!date) return w.undated;
  const format = dateFormat(locale, date.precision);
  let text =
    date.end && date.end !== date.start
      ? // ICU spaces every range ("5 – 7 Oct"); between bare numbers the dash stays closed up.
        format.formatRange(toUtcDate(date.start), toUtcDate(date.end)).replace(/(\d)\s+–\s+(\d)/g, '$1–$2')
      : format.format(toUtcDate(date.start));
  if (date.approximate || date.inferred) text = `${w.circa} ${text}`;
  if (date.inferred) text = `${text} (${w.inferred})`;
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
    new Intl.NumberFormat(INTL_LOCALE[locale], compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 }),
  ).format(value);
}

const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', IDR: 'Rp' };

/** An amount: "US$473 million", "Rp7.14 trillion" / "Rp7,14 triliun", "4.15 million doses". */
export function formatAmount(amount: AmountT | null, locale: Locale): string {
  const w = WORDS[locale] ?? WORDS.en;
  if (!amount) return locale === 'id' ? 'tanpa jumlah' : 'no amount';
  const n = formatCount(amount.value, locale);
  if (amount.unit === 'doses') return amount.value === 1 ? w.dose(n) : w.doses(n);
  return `${CURRENCY_PREFIX[amount.unit] ?? amount.unit + ' '}${n}`;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the UI language, falling back to its code. */
export function countryName(code: string, locale: Locale): string {
  try {
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
