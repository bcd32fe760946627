/**
 * Languages. Two different things, kept apart:
 *
 * - the languages a dataset declares (`languages`, `defaultLanguage`: any BCP 47 tags; a dataset
 *   without them is in `en` and `id`, `en` first), which its text fields are maps over;
 * - the UI locales, for which the library ships string tables (`UI_LOCALES`).
 *
 * Apart from schema.ts so that eager code needs no validator library.
 */

/** The languages of a dataset that does not declare its own (every dataset before they could). */
export const DEFAULT_DATASET_LANGUAGES = ['en', 'id'] as const;
export const DEFAULT_DATASET_LANGUAGE = 'en';

/** The bundled dataset's languages (kept for code that asks for "every shipped language"). */
export const LOCALES = DEFAULT_DATASET_LANGUAGES;

/**
 * The UI locales the library ships a string table for (src/i18n/locales/<locale>.ts). The first
 * is the fallback for a page in any other language.
 */
export const UI_LOCALES = ['en', 'id', 'ja', 'ko'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** A UI locale (kept under its old name: every element's `locale`). */
export type Locale = UiLocale;

/** A dataset language: a BCP 47 tag such as `en`, `id`, `ja`, `pt-BR` or `zh-Hant`. */
export type Language = string;

/** What a dataset says about its languages, with the defaults filled in. */
export interface DatasetLanguages {
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
}

/** The languages a dataset declares; a dataset that declares none is in `en` and `id`, `en` by default. */
export function datasetLanguages(ds: { languages?: readonly string[]; defaultLanguage?: string } | undefined): DatasetLanguages {
  const languages = ds?.languages?.length ? ds.languages : DEFAULT_DATASET_LANGUAGES;
  const defaultLanguage = ds?.defaultLanguage ?? (ds?.languages?.length ? languages[0] : DEFAULT_DATASET_LANGUAGE);
  return { languages, defaultLanguage };
}

// Lowercase subtags; `in`, the old code for Indonesian that CMSs still write, becomes `id`.
const subtags = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-').replace(/^in\b/, 'id').split('-').filter(Boolean);

/**
 * The best of `available` for a page in `pageLang` (BCP 47 lookup, RFC 4647 §3.4): the page's
 * tag, else the tag with its last subtag cut off, again and again (`ja-JP` → `ja`,
 * `zh-Hant-TW` → `zh-Hant` → `zh`); else `fallback`. Case-insensitive; returns the spelling of
 * `available`.
 */
export function bestLanguage(pageLang: string | null | undefined, available: readonly string[], fallback: string): string {
  const wanted = subtags(pageLang ?? '');
  for (let n = wanted.length; n > 0; n--) {
    const prefix = wanted.slice(0, n).join('-');
    const hit = available.find((tag) => subtags(tag).join('-') === prefix);
    if (hit) return hit;
  }
  return fallback;
}

/** The UI locale for a page language: `id-ID` → `id`, `ja-JP` → `ja`, `in` → `id`; any other → `en`. */
export function toUiLocale(pageLang: string | null | undefined): UiLocale {
  return bestLanguage(pageLang, UI_LOCALES, UI_LOCALES[0]) as UiLocale;
}

/** Whether two language tags name the same language (`ja` and `ja-JP` do; `en` and `ja` do not). */
export function sameLanguage(a: string, b: string): boolean {
  return subtags(a)[0] === subtags(b)[0];
}
