/**
 * Number styles for numbers shown together (one unit on one chart), apart from format.ts so that
 * only the aid-flow chart's lazy view carries them.
 */
import type { UiLocale as Locale } from '../data/locales.js';
import { writeDigits, type NumberStyle } from './format-amounts.js';
import { formatWords } from './format-words.js';

const intlLocale = (locale: Locale) => formatWords(locale).intl;

/**
 * Decimals `value` needs in compact form, or -1 if too many: up to three of a million, billion…
 * ("2.998 billion"); in ja and ko, whose units go by 10⁴ (万, 億), up to two, as people write them
 * ("272.293万" is not how anyone writes 2,722,930).
 */
function compactDigits(value: number, locale: Locale): number {
  if (!(value >= 1e6) || value >= 1e15 || !Number.isInteger(value)) return -1;
  const group = /^(ja|ko)/.test(intlLocale(locale)) ? 4 : 3;
  const unit = 10 ** (group * Math.floor(Math.log10(value) / group));
  for (let d = 0; d <= (group === 4 ? 2 : 3); d++) if (value % (unit / 10 ** d) === 0) return d;
  return -1;
}

/**
 * The one style for `values` shown together: compact when every value of a million or more is
 * exact in it with at most three decimals, else full digits for all (never invent or lose
 * precision). Values under a million are written in full in either style.
 */
export function numberStyleFor(values: readonly number[], locale: Locale): NumberStyle {
  let digits = 0;
  for (const v of values) {
    if (!(Math.abs(v) >= 1e6)) continue;
    const d = compactDigits(v, locale);
    if (d < 0) return { compact: false, digits: 0 };
    digits = Math.max(digits, d);
  }
  return { compact: true, digits };
}

/**
 * A share as a percentage with at most one decimal: "3%", "2,5%", "3 %" as the locale writes it.
 * Without Intl where format-amounts.ts writes the digits: it was one of the two Intl objects the
 * chart made before its first draw (a page's first costs ~30 ms). The point moves two places as
 * text, as Intl moves it: 0.07 × 100 is 7.000000000000001.
 */
export function formatShare(share: number, locale: Locale): string {
  const m = /^(\d+)\.?(\d*)$/.exec(String(share));
  const written = m ? writeDigits(Number(`${m[1]}${m[2].slice(0, 2).padEnd(2, '0')}.${m[2].slice(2)}`), locale, 1) : undefined;
  return written !== undefined ? `${written}%` : new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

