/**
 * What each UI locale needs before (or without) its string table: the few strings an element
 * shows while its code, data and table load (placeholders, the chart's toolbar), the Intl locale
 * its dates and numbers are formatted in, and the words around them. Every locale is here, so
 * that a page in any of them never shows a placeholder in another language; the tables
 * themselves (src/i18n/locales/) load on demand.
 */
import type { UiLocale } from '../data/locales.js';

export const placeholderEn = {
  loading: 'Loading data…',
  dataUnavailable: 'Data unavailable',
  flowChartLoading: 'Loading chart…',
  flowShowAsTable: 'Show as table',
  flowDownloadPng: 'Download PNG',
  flowDownloadCsv: 'Download CSV',
};

export type PlaceholderStrings = typeof placeholderEn;

const PLACEHOLDERS: Record<UiLocale, PlaceholderStrings> = {
  en: placeholderEn,
  id: {
    loading: 'Memuat data…',
    dataUnavailable: 'Data tidak tersedia',
    flowChartLoading: 'Memuat grafik…',
    flowShowAsTable: 'Tampilkan sebagai tabel',
    flowDownloadPng: 'Unduh PNG',
    flowDownloadCsv: 'Unduh CSV',
  },
  ja: {
    loading: 'データを読み込んでいます…',
    dataUnavailable: 'データを利用できません',
    flowChartLoading: 'グラフを読み込んでいます…',
    flowShowAsTable: '表で表示',
    flowDownloadPng: 'PNG をダウンロード',
    flowDownloadCsv: 'CSV をダウンロード',
  },
  ko: {
    loading: '데이터를 불러오는 중…',
    dataUnavailable: '데이터를 사용할 수 없음',
    flowChartLoading: '차트를 불러오는 중…',
    flowShowAsTable: '표로 보기',
    flowDownloadPng: 'PNG 다운로드',
    flowDownloadCsv: 'CSV 다운로드',
  },
};

export function placeholderStrings(locale: UiLocale): PlaceholderStrings {
  return PLACEHOLDERS[locale] ?? placeholderEn;
}

/** How a locale formats: its Intl locale and the words around dates and amounts (src/i18n/format.ts). */
export interface FormatWords {
  /**
   * The BCP 47 tag given to Intl. `en-GB` writes day-month-year ("5–7 Oct 2022"); `ja-JP` and
   * `ko-KR` use the Gregorian calendar unless `-u-ca-japanese` asks for eras, so dates carry no era.
   */
  intl: string;
  circa: string;
  inferred: string;
  undated: string;
  noAmount: string;
  doses: (n: string) => string;
  dose: (n: string) => string;
  /** How "c." and "(inferred)" sit around a date. */
  approximate: (date: string, circa: string) => string;
  inferredDate: (date: string, inferred: string) => string;
}

const spaced = {
  approximate: (date: string, circa: string) => `${circa} ${date}`,
  inferredDate: (date: string, inferred: string) => `${date} (${inferred})`,
};

const FORMAT_WORDS: Record<UiLocale, FormatWords> = {
  en: { intl: 'en-GB', circa: 'c.', inferred: 'inferred', undated: 'Undated', noAmount: 'no amount', doses: (n) => `${n} doses`, dose: (n) => `${n} dose`, ...spaced },
  id: { intl: 'id-ID', circa: 'sekitar', inferred: 'disimpulkan', undated: 'Tanpa tanggal', noAmount: 'tanpa jumlah', doses: (n) => `${n} dosis`, dose: (n) => `${n} dosis`, ...spaced },
  ja: {
    intl: 'ja-JP',
    circa: '頃',
    inferred: '推定',
    undated: '日付不明',
    noAmount: '金額なし',
    doses: (n) => `${n}回分`,
    dose: (n) => `${n}回分`,
    approximate: (date, circa) => `${date}${circa}`,
    inferredDate: (date, inferred) => `${date}（${inferred}）`,
  },
  ko: {
    intl: 'ko-KR',
    circa: '경',
    inferred: '추정',
    undated: '날짜 미상',
    noAmount: '금액 없음',
    doses: (n) => `${n}회분`,
    dose: (n) => `${n}회분`,
    approximate: (date, circa) => `${date} ${circa}`,
    inferredDate: (date, inferred) => `${date} (${inferred})`,
  },
};

export function formatWords(locale: UiLocale): FormatWords {
  return FORMAT_WORDS[locale] ?? FORMAT_WORDS.en;
}
