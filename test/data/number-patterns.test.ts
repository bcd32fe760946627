/**
 * Amounts are written without Intl in the shipped UI locales (a page's first Intl object costs
 * 20–50 ms, most of a chart's first draw beyond Chart.js's own): the text must be what the
 * browser's Intl.NumberFormat writes for the same options, in full and in compact long form, on
 * values around every unit and rounding boundary.
 */
import { expect } from '@open-wc/testing';
import { formatAmount, formatCount, type NumberStyle } from '../../src/i18n/format-amounts.js';
import { formatWords } from '../../src/i18n/format-words.js';
import { formatShare } from '../../src/i18n/number-style.js';
import { UI_LOCALES } from '../../src/data/ui-locale.js';

// What format-amounts.ts wrote through Intl before it had symbols of its own.
function viaIntl(value: number, tag: string, compact: boolean, digits: number): string {
  const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits } : { maximumFractionDigits: digits };
  return new Intl.NumberFormat(tag, options).format(value);
}

// A deterministic list: exact and inexact values at every magnitude, the edges of each unit, and
// halves that round (1.005 is 1.00499… in binary: Intl rounds the decimal 1.005, up).
function values(): number[] {
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const out = [0, 1, 2.5, 0.125, 1.005, 12_345.675, 999.995, 1_000, 10_000, 99_999.999];
  for (let e = 0; e <= 18; e++) {
    const p = 10 ** e;
    out.push(p, p - 1, p + 1, 9.995 * p, 9.9949 * p, 9.9951 * p, 4.5 * p, 2.998 * p, 7.14 * p, 1.23456 * p);
    for (let i = 0; i < 40; i++) out.push(next(1000) * p + next(1000), Math.round((next(100_000) / 100) * p), next(2 ** 30) / 1000);
  }
  return out.filter((v) => Number.isFinite(v) && v >= 0 && !/e/.test(String(v)));
}

function withoutIntl<T>(run: () => T): T {
  const { NumberFormat } = Intl;
  Object.assign(Intl, {
    NumberFormat: function () {
      throw new Error('Intl was called');
    },
  });
  try {
    return run();
  } finally {
    Object.assign(Intl, { NumberFormat });
  }
}

describe('amounts without Intl', () => {
  const styles: (NumberStyle | undefined)[] = [undefined, { compact: false, digits: 0 }, ...[0, 1, 2, 3].map((digits) => ({ compact: true, digits }))];

  for (const locale of UI_LOCALES) {
    const tag = formatWords(locale).intl;
    it(`writes numbers as Intl does in ${tag}, in full and compact`, () => {
      const list = values();
      const differ: string[] = [];
      for (const style of styles) {
        const expected = list.map((v) => {
          const exact = (() => {
            if (!(v >= 1e6) || v >= 1e15 || !Number.isInteger(v)) return false;
            const unit = 10 ** (3 * Math.floor(Math.log10(v) / 3));
            return v % (unit / 100) === 0;
          })();
          const compact = (style ? style.compact : exact) && v >= 1e6 && v < 1e15;
          return viaIntl(v, tag, compact, compact ? (style?.digits ?? 2) : 2);
        });
        const actual = withoutIntl(() =>
          list.map((v) => {
            try {
              return formatCount(v, locale, style);
            } catch {
              return '(asked Intl)';
            }
          }),
        );
        list.forEach((v, i) => actual[i] !== expected[i] && differ.push(`${v} ${JSON.stringify(style)}: ${actual[i]} ≠ ${expected[i]}`));
      }
      expect(list.length).to.be.above(2000);
      expect(differ.slice(0, 5), `${differ.length} differ`).to.deep.equal([]);
    });

    it(`writes shares as Intl's percent does in ${tag}`, () => {
      const shares = [0.03, 0.07, 0.0015, 0.00149, 0.125, 0.9995, 1, 12.345, 0, 0.5, 0.0005, 0.00051, ...values().slice(0, 400).map((v) => v / 1e4)];
      const expected = shares.map((v) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(v));
      const actual = withoutIntl(() => shares.map((v) => formatShare(v, locale)));
      const differ = shares.flatMap((v, i) => (actual[i] === expected[i] ? [] : [`${v}: ${actual[i]} ≠ ${expected[i]}`]));
      expect(differ.slice(0, 5), `${differ.length} differ`).to.deep.equal([]);
    });

    it(`writes amounts with their units in ${tag}`, () => {
      const amounts = [
        { value: 473_000_000, unit: 'USD' },
        { value: 7_140_000_000_000, unit: 'IDR' },
        { value: 2_722_930, unit: 'doses' },
        { value: 1, unit: 'doses' },
      ] as const;
      const withIntl = amounts.map((a) => formatAmount(a, locale));
      expect(withoutIntl(() => amounts.map((a) => formatAmount(a, locale)))).to.deep.equal(withIntl);
      expect(withIntl[0]).to.contain(viaIntl(473_000_000, tag, true, 2));
    });
  }

  it('leaves to Intl what it does not write itself', () => {
    for (const v of [-1_500_000, 1e21, 1e-7, 1234.5e20]) expect(formatCount(v, 'en')).to.equal(viaIntl(v, 'en-GB', false, 2));
    expect(formatCount(999_999_999_999_999, 'en', { compact: true, digits: 0 })).to.equal(viaIntl(999_999_999_999_999, 'en-GB', true, 0));
  });
});
