/**
 * Amounts and counts in every UI locale, through Intl (the Intl locale and the words around them
 * are in format-words.ts). Apart from format.ts, which also writes dates from the string tables:
 * the chart's Chart.js part writes only amounts.
 */
import type { AmountT } from '../data/schema.js';
import type { UiLocale as Locale } from '../data/locales.js';
import { formatWords } from './format-words.js';

/**
 * A locale's digits, as its Intl locale (format-words.ts) writes them: the group and decimal
 * separators, then the long compact units: the power of ten of the first, the step between them
 * (ja and ko go by 10⁴: 万, 億) and each one's suffix. Here, not in format-words.ts, so that only
 * code that writes amounts carries them.
 */
type NumberSymbols = readonly [group: string, decimal: string, first: number, step: number, ...suffixes: string[]];
const SYMBOLS: Partial<Record<Locale, NumberSymbols>> = {
  en: [',', '.', 6, 3, ' million', ' billion', ' trillion'],
  id: ['.', ',', 6, 3, ' juta', ' miliar', ' triliun'],
  ja: [',', '.', 4, 4, '万', '億', '兆'],
  ko: [',', '.', 4, 4, '만', '억', '조'],
};

const formatters = new Map<string, Intl.NumberFormat>();

/** `value` in full with at most `digits` decimals, if `locale` writes its digits here without Intl (there a percentage is that and "%"). */
export const writeDigits = (value: number, locale: Locale, digits: number): string | undefined => SYMBOLS[locale] && writeNumber(value, SYMBOLS[locale], false, digits);

/**
 * How the numbers shown together (one unit on one chart) are written: all compact with up to
 * `digits` decimals ("US$2.998 billion" beside "US$759 million"), or all in full digits
 * ("2,722,930 doses" beside "4,150,000 doses") — never a mix of the two.
 */
export interface NumberStyle {
  compact: boolean;
  digits: number;
}

/** Whether `value` alone is a whole number of hundredths of its compact unit (million, billion, …). */
function isExactWhenCompact(value: number): boolean {
  if (!(value >= 1e6) || value >= 1e15 || !Number.isInteger(value)) return false;
  const unit = 10 ** (3 * Math.floor(Math.log10(value) / 3));
  return value % (unit / 100) === 0;
}

/**
 * A number in readable form: "473 million", "479.9 million", "7.14 trillion", but "2,722,930"
 * when compacting would round it. With a `style` (numberStyleFor: numbers shown together), in that style.
 */
export function formatCount(value: number, locale: Locale, style: NumberStyle = { compact: isExactWhenCompact(value), digits: 2 }): string {
  const compact = style.compact && value >= 1e6 && value < 1e15;
  const digits = compact ? style.digits : 2;
  const symbols = SYMBOLS[locale];
  const written = symbols && writeNumber(value, symbols, compact, digits);
  if (written !== undefined) return written;
  const key = `${locale}:${compact}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits } : { maximumFractionDigits: digits };
    formatters.set(key, (f = new Intl.NumberFormat(formatWords(locale).intl, options)));
  }
  return f.format(value);
}

/**
 * `value` as Intl.NumberFormat writes it in the locale of `symbols` (full, or compact long), with
 * at most `digits` decimals; `undefined` for what it leaves to Intl (negative, exponent form,
 * past the largest unit). Intl is not used for the common case because a page's first Intl
 * object costs 20–65 ms (a chart's first draw made one for its amounts).
 * Like Intl, it rounds the shortest decimal that reads back as `value` (String(value)), half
 * away from zero, and shifts the decimal point for a unit without dividing.
 */
function writeNumber(value: number, [group, point, first, step, ...suffixes]: NumberSymbols, compact: boolean, digits: number): string | undefined {
  const text = String(value);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return undefined;
  const [int, frac = ''] = text.split('.');
  const write = ([whole, decimals]: string[]) => whole + (decimals ? point + decimals : '');
  if (!compact) {
    const [whole, decimals] = rounded(int, frac, 0, digits);
    return write([whole.replace(/\B(?=(?:\d{3})+$)/g, group), decimals]);
  }
  // The largest unit the number reaches, or the next one if rounding carries into it (999.996 million → 1 billion).
  for (let u = Math.max(0, Math.min(suffixes.length - 1, Math.floor((int.length - 1 - first) / step))); u < suffixes.length; u++) {
    const n = rounded(int, frac, first + u * step, digits);
    if (u < suffixes.length - 1 && n[0].length > step) continue;
    // Compact numbers group only from five digits (Intl's min2): more is left to Intl.
    return n[0].length > 4 ? undefined : write(n) + suffixes[u];
  }
}

/** `int.frac` with its point moved `shift` places left, rounded half up to `digits` decimals, without trailing zeros. */
function rounded(int: string, frac: string, shift: number, digits: number): [whole: string, decimals: string] {
  const padded = int.padStart(shift + 1, '0');
  const whole = padded.slice(0, padded.length - shift);
  const all = padded.slice(padded.length - shift) + frac;
  let kept = BigInt(whole + all.slice(0, digits).padEnd(digits, '0'));
  if (all.charCodeAt(digits) >= 53) kept += 1n; // '5' or more: half away from zero
  const out = kept.toString().padStart(digits + 1, '0');
  return [out.slice(0, out.length - digits), out.slice(out.length - digits).replace(/0+$/, '')];
}

const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', IDR: 'Rp' };

/** An amount: "US$473 million", "Rp7.14 trillion" / "Rp7,14 triliun", "4.15 million doses" (in `style`, if given). */
export function formatAmount(amount: AmountT | null, locale: Locale, style?: NumberStyle): string {
  const w = formatWords(locale);
  if (!amount) return w.noAmount;
  const n = formatCount(amount.value, locale, style);
  if (amount.unit === 'doses') return amount.value === 1 ? w.dose(n) : w.doses(n);
  return `${CURRENCY_PREFIX[amount.unit] ?? amount.unit + ' '}${n}`;
}
