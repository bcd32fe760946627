/**
 * Amounts and counts in every UI locale, through Intl (the Intl locale and the words around them
 * are in format-words.ts). Apart from format.ts, which also writes dates from the string tables:
 * the chart's Chart.js part writes only amounts.
 */
import type { AmountT } from '../data/schema.js';
import type { UiLocale as Locale } from '../data/locales.js';
import { formatWords } from './format-words.js';

const formatters = new Map<string, Intl.NumberFormat>();

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
  const key = `${locale}:${compact}:${style.digits}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: style.digits } : { maximumFractionDigits: 2 };
    formatters.set(key, (f = new Intl.NumberFormat(formatWords(locale).intl, options)));
  }
  return f.format(value);
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
