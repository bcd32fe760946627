/**
 * Languages. Two different things, kept apart:
 *
 * - the languages a dataset declares (`languages`, `defaultLanguage`: any BCP 47 tags; a dataset
 *   without them is in `en` and `id`, `en` first), which its text fields are maps over;
 * - the UI locales, for which the library ships string tables (`UI_LOCALES`).
 *
 * Apart from schema.ts so that eager code needs no validator library. The UI locales and the
 * lookup live in ui-locale.ts (re-exported here), which eager code imports without the rest.
 */
import { subtags, type UiLocale } from './ui-locale.js';

export { UI_LOCALES, bestLanguage, toUiLocale, type UiLocale } from './ui-locale.js';

/** The languages of a dataset that does not declare its own (every dataset before they could). */
export const DEFAULT_DATASET_LANGUAGES = ['en', 'id'] as const;
export const DEFAULT_DATASET_LANGUAGE = 'en';

/** The bundled dataset's languages (kept for code that asks for "every shipped language"). */
export const LOCALES = DEFAULT_DATASET_LANGUAGES;

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

/** Whether two language tags name the same language (`ja` and `ja-JP` do; `en` and `ja` do not). */
export function sameLanguage(a: string, b: string): boolean {
  return subtags(a)[0] === subtags(b)[0];
}
