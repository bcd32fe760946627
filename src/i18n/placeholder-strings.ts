/**
 * The few strings an element shows before its lazy code arrives (placeholders, the chart's
 * toolbar): kept apart from the full tables so that eager entries stay small.
 */
import type { Locale } from '../data/schema.js';

export const placeholderEn = {
  loading: 'Loading data…',
  dataUnavailable: 'Data unavailable',
  flowChartLoading: 'Loading chart…',
  flowShowAsTable: 'Show as table',
  flowDownloadPng: 'Download PNG',
  flowDownloadCsv: 'Download CSV',
};

export type PlaceholderStrings = typeof placeholderEn;

export const placeholderId: PlaceholderStrings = {
  loading: 'Memuat data…',
  dataUnavailable: 'Data tidak tersedia',
  flowChartLoading: 'Memuat grafik…',
  flowShowAsTable: 'Tampilkan sebagai tabel',
  flowDownloadPng: 'Unduh PNG',
  flowDownloadCsv: 'Unduh CSV',
};

export function placeholderStrings(locale: Locale): PlaceholderStrings {
  return locale === 'id' ? placeholderId : placeholderEn;
}
