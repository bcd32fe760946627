/**
 * The few strings an element shows while its code, data and table load (placeholders, the
 * chart's toolbar). English's are at hand; another locale's come with its table
 * (src/i18n/locales/<locale>.ts), and until it arrives a placeholder shows no text rather
 * than text in another language (the table loads alongside the data the placeholder waits for).
 */
import type { UiLocale } from '../data/locales.js';
import { loadedTable } from './string-tables.js';

export const placeholderEn = {
  loading: 'Loading data…',
  dataUnavailable: 'Data unavailable',
  flowChartLoading: 'Loading chart…',
  flowShowAsTable: 'Show as table',
  flowDownloadPng: 'Download PNG',
  flowDownloadCsv: 'Download CSV',
};

export type PlaceholderStrings = typeof placeholderEn;

const blank: PlaceholderStrings = { loading: '', dataUnavailable: '', flowChartLoading: '', flowShowAsTable: '', flowDownloadPng: '', flowDownloadCsv: '' };

export function placeholderStrings(locale: UiLocale): PlaceholderStrings {
  return locale === 'en' ? placeholderEn : (loadedTable(locale)?.placeholder ?? blank);
}
