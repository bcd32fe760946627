import { expect } from '@open-wc/testing';
import { formatFuzzyDate, countryName, isoDatetime } from '../../src/i18n/format.js';
import { formatAmount, formatCount } from '../../src/i18n/format-amounts.js';

describe('formatFuzzyDate', () => {
  it('formats each precision in English and Indonesian', () => {
    expect(formatFuzzyDate({ start: '2020-10-12', precision: 'day' }, 'en')).to.equal('12 Oct 2020');
    expect(formatFuzzyDate({ start: '2020-10-12', precision: 'day' }, 'id')).to.equal('12 Okt 2020');
    expect(formatFuzzyDate({ start: '2022-12', precision: 'month' }, 'en')).to.equal('December 2022');
    expect(formatFuzzyDate({ start: '2022-12', precision: 'month' }, 'id')).to.equal('Desember 2022');
    expect(formatFuzzyDate({ start: '2021', precision: 'year' }, 'en')).to.equal('2021');
  });

  it('formats ranges and periods compactly', () => {
    expect(formatFuzzyDate({ start: '2022-10-05', end: '2022-10-07', precision: 'day' }, 'en')).to.equal('5–7 Oct 2022');
    expect(formatFuzzyDate({ start: '2022-10-05', end: '2022-10-07', precision: 'day' }, 'id')).to.equal('5–7 Okt 2022');
    expect(formatFuzzyDate({ start: '2020', end: '2022', precision: 'year' }, 'en')).to.equal('2020–2022');
  });

  it('marks approximate and inferred dates, and never fakes a date', () => {
    const inferred = { start: '2015', precision: 'year' as const, approximate: true, inferred: { en: 'why', id: 'mengapa' } };
    expect(formatFuzzyDate(inferred, 'en')).to.equal('c. 2015 (inferred)');
    expect(formatFuzzyDate(inferred, 'id')).to.equal('sekitar 2015 (disimpulkan)');
    expect(formatFuzzyDate({ start: '1970', precision: 'year', approximate: true }, 'en')).to.equal('c. 1970');
    expect(formatFuzzyDate(null, 'en')).to.equal('Undated');
    expect(formatFuzzyDate(null, 'id')).to.equal('Tanpa tanggal');
  });

  it('gives machine-readable datetimes', () => {
    expect(isoDatetime({ start: '2022-10-05', end: '2022-10-07', precision: 'day' })).to.equal('2022-10-05/2022-10-07');
    expect(isoDatetime({ start: '2021', precision: 'year' })).to.equal('2021');
  });
});

describe('formatAmount', () => {
  it('writes money compactly with its currency', () => {
    expect(formatAmount({ value: 473_000_000, unit: 'USD' }, 'en')).to.equal('US$473 million');
    expect(formatAmount({ value: 473_000_000, unit: 'USD' }, 'id')).to.equal('US$473 juta');
    expect(formatAmount({ value: 6_900_000, unit: 'USD' }, 'en')).to.equal('US$6.9 million');
    expect(formatAmount({ value: 7_140_000_000_000, unit: 'IDR' }, 'en')).to.equal('Rp7.14 trillion');
    expect(formatAmount({ value: 7_140_000_000_000, unit: 'IDR' }, 'id')).to.equal('Rp7,14 triliun');
    // A sum of two such amounts (the chart's totals) stays compact when it is exact.
    expect(formatAmount({ value: 479_900_000, unit: 'USD' }, 'en')).to.equal('US$479.9 million');
    expect(formatAmount({ value: 479_900_000, unit: 'USD' }, 'id')).to.equal('US$479,9 juta');
    expect(formatAmount({ value: 1_234_567_000, unit: 'USD' }, 'en')).to.equal('US$1,234,567,000');
  });

  it('writes doses, keeping exact counts exact', () => {
    expect(formatAmount({ value: 4_150_000, unit: 'doses' }, 'en')).to.equal('4.15 million doses');
    expect(formatAmount({ value: 4_150_000, unit: 'doses' }, 'id')).to.equal('4,15 juta dosis');
    expect(formatAmount({ value: 2_722_930, unit: 'doses' }, 'en')).to.equal('2,722,930 doses');
    expect(formatAmount({ value: 2_722_930, unit: 'doses' }, 'id')).to.equal('2.722.930 dosis');
    expect(formatCount(16_000, 'en')).to.equal('16,000');
  });

  it('says when there is no amount', () => {
    expect(formatAmount(null, 'en')).to.equal('no amount');
    expect(formatAmount(null, 'id')).to.equal('tanpa jumlah');
  });
});

describe('countryName', () => {
  it('names countries in the UI language', () => {
    expect(countryName('JP', 'en')).to.equal('Japan');
    expect(countryName('JP', 'id')).to.equal('Jepang');
    expect(countryName('KR', 'id')).to.equal('Korea Selatan');
  });
});
