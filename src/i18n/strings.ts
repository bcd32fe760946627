/**
 * The UI strings: one table per locale (src/i18n/locales/<locale>.ts), each with the same keys
 * (a missing one is a type error, see table.ts). English loads with the elements; the other
 * tables load on demand, once per page, like the dataset's shards: an element's first render
 * waits for its page's table (DatasetController), and shows its placeholders, which every
 * locale has at hand (placeholder-strings.ts), meanwhile.
 */
import type { UiLocale } from '../data/locales.js';
import { loadedModule, loadModule, provideModule } from '../controllers/lazy-module-controller.js';
import { placeholderStrings, type PlaceholderStrings } from './placeholder-strings.js';
import { ui as uiEn, vocabulary as vocabularyEn } from './locales/en.js';
import type { LocaleTable, UiOnlyStrings, VocabularyStrings } from './table.js';

export type { LocaleTable } from './table.js';

/** What every element but the chart reads: placeholders, its own strings and the vocabulary labels. */
export type Strings = PlaceholderStrings & UiOnlyStrings & VocabularyStrings;

/** The tables that load on demand; English is at hand. A locale of UI_LOCALES without a line here is a type error. */
const TABLES: Record<Exclude<UiLocale, 'en'>, () => Promise<LocaleTable>> = {
  id: () => import('./locales/id.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
};

const key = (locale: UiLocale) => `strings:${locale}`;

/** The table of `locale` if it is at hand (English always is). */
export function stringTable(locale: UiLocale): Pick<LocaleTable, 'ui' | 'vocabulary'> | LocaleTable | undefined {
  if (locale === 'en' || !(locale in TABLES)) return { ui: uiEn, vocabulary: vocabularyEn };
  return loadedModule<LocaleTable>(key(locale));
}

/** Whether the table of `locale` is at hand. */
export function hasStrings(locale: UiLocale): boolean {
  return !!stringTable(locale);
}

/** Loads the table of `locale` (once per page). */
export function loadStrings(locale: UiLocale): Promise<unknown> {
  if (hasStrings(locale)) return Promise.resolve();
  return loadModule(key(locale), TABLES[locale as Exclude<UiLocale, 'en'>]);
}

/** Puts a table at hand without loading it (a server render has them all). */
export function provideStrings(locale: Exclude<UiLocale, 'en'>, table: LocaleTable): void {
  provideModule(key(locale), table);
}

/** The full table of `locale`, once loaded (the chart reads its `flow` part; English's is in flow-strings.ts). */
export function loadedTable(locale: UiLocale): LocaleTable | undefined {
  return locale === 'en' ? undefined : loadedModule<LocaleTable>(key(locale));
}

const merged = new Map<UiLocale, Strings>();

/**
 * The strings of `locale`: its table once loaded, else English (with the locale's own
 * placeholders, which are all an element shows before its table arrives).
 */
export function t(locale: UiLocale): Strings {
  const cached = merged.get(locale);
  if (cached) return cached;
  const table = stringTable(locale);
  const strings = { ...placeholderStrings(locale), ...(table ?? stringTable('en')!).ui, ...(table ?? stringTable('en')!).vocabulary };
  if (table) merged.set(locale, strings);
  return strings;
}
