/**
 * Dates and country names are written without Intl in the shipped UI locales (a page's first
 * Intl object costs 20–50 ms): the text must be what the browser's Intl writes for the same
 * options, on a grid of dates at every precision, single and ranged, in every shipped locale.
 */
import { expect } from '@open-wc/testing';
import { countryName, formatFuzzyDate } from '../../src/i18n/format.js';
import { loadedTable, loadStrings } from '../../src/i18n/string-tables.js';
import * as en from '../../src/i18n/locales/en.dates.js';
import { UI_LOCALES } from '../../src/data/ui-locale.js';
import { formatWords } from '../../src/i18n/format-words.js';
import type { FuzzyDateT, Precision } from '../../src/data/schema.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// What format.ts wrote through Intl before it had patterns of its own.
function viaIntl(date: FuzzyDateT, tag: string): string {
  const f = new Intl.DateTimeFormat(tag, OPTIONS[date.precision]);
  const at = (iso: string) => new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  const text = date.end && date.end !== date.start ? f.formatRange(at(date.start), at(date.end)) : f.format(at(date.start));
  return text.replace(/(\d)\s+–\s+(\d)/g, '$1–$2');
}

// A small deterministic generator: the same grid on every run.
function* grid(): Generator<FuzzyDateT> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const day = 86_400_000;
  for (let i = 0; i < 150; i++) {
    const start = Date.UTC(i % 10 === 0 ? 1000 + next(900) : 1900 + next(130), next(12), 1 + next(28));
    const s = iso(start);
    yield { start: s, precision: 'day' };
    yield { start: s.slice(0, 7), precision: 'month' };
    yield { start: s.slice(0, 4), precision: 'year' };
    // Ends a few days, some weeks, some months and some years on: same month, other month, other year.
    for (const later of [1 + next(3), 20 + next(20), 60 + next(200), 400 + next(2000)]) {
      const e = iso(start + later * day);
      yield { start: s, end: e, precision: 'day' };
      yield { start: s.slice(0, 7), end: e.slice(0, 7), precision: 'month' };
      yield { start: s.slice(0, 4), end: e.slice(0, 4), precision: 'year' };
    }
  }
  // Every month's names, and the turn of a year.
  for (let m = 1; m <= 12; m++) yield { start: `2022-${String(m).padStart(2, '0')}-09`, precision: 'day' };
  for (let m = 1; m < 12; m++) yield { start: `2022-${String(m).padStart(2, '0')}`, end: `2022-${String(m + 1).padStart(2, '0')}`, precision: 'month' };
  yield { start: '2021-12-30', end: '2022-01-02', precision: 'day' };
}

function withoutIntl<T>(run: () => T): T {
  const { DateTimeFormat, DisplayNames } = Intl;
  const refuse = function () {
    throw new Error('Intl was called');
  };
  Object.assign(Intl, { DateTimeFormat: refuse, DisplayNames: refuse });
  try {
    return run();
  } finally {
    Object.assign(Intl, { DateTimeFormat, DisplayNames });
  }
}

const written = (locale: string) => (locale === 'en' ? en : loadedTable(locale as never)!);

describe('dates and country names without Intl', () => {
  before(() => Promise.all(UI_LOCALES.map((locale) => loadStrings(locale))));

  it('has patterns and names in the locales shipped with them', () => {
    for (const locale of ['en', 'id', 'ja', 'ko']) {
      expect(written(locale).dates, locale).to.be.an('object');
      expect(Object.keys(written(locale).countries!), locale).to.deep.equal(['ID', 'JP', 'KR', 'CN']);
    }
  });

  // Every UI locale's table may have them (README: adding a UI locale); those that do are checked.
  for (const locale of UI_LOCALES) {
    const tag = formatWords(locale).intl;
    it(`writes dates as Intl does in ${tag}`, function () {
      if (!written(locale).dates) this.skip();
      const dates = [...grid()];
      const expected = dates.map((d) => viaIntl(d, tag));
      // Written without Intl: a call to it would throw.
      const actual = withoutIntl(() =>
        dates.map((d) => {
          try {
            return formatFuzzyDate(d, locale as never);
          } catch {
            return '(asked Intl)';
          }
        }),
      );
      const differ = dates.flatMap((d, i) => (actual[i] === expected[i] ? [] : [`${JSON.stringify(d)}: ${actual[i]} ≠ ${expected[i]}`]));
      expect(dates.length).to.be.above(2000);
      expect(differ.slice(0, 5), `${differ.length} differ`).to.deep.equal([]);
    });

    it(`names the dataset's countries as Intl does in ${tag}`, function () {
      if (!written(locale).countries) this.skip();
      const names = new Intl.DisplayNames([tag], { type: 'region' });
      const codes = Object.keys(written(locale).countries!);
      expect(withoutIntl(() => codes.map((code) => countryName(code, locale as never)))).to.deep.equal(codes.map((code) => names.of(code)));
      // Others still come from Intl.
      expect(countryName('BR', locale as never)).to.equal(names.of('BR'));
    });
  }

  it('never takes a name from the table’s prototype', () => {
    expect(countryName('constructor', 'en')).to.equal('constructor');
  });
});
