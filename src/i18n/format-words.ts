/**
 * How each UI locale formats dates and amounts: the Intl locale, and the words around them. A
 * module of its own (read by format.ts only), so that it loads with the code that formats.
 */
import type { UiLocale } from '../data/locales.js';

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
