/**
 * Where each UI locale's string table comes from: English's is at hand (strings.ts imports it);
 * the others load on demand, once per page, like the dataset's shards. Apart from strings.ts so
 * that code which only waits for a table (the chart's eager entry) carries no strings itself.
 */
import type { UiLocale } from '../data/locales.js';
import { loadedModule, loadModule, provideModule } from '../controllers/lazy-module-controller.js';
import type { LocaleTable } from './table.js';

/** A locale of UI_LOCALES without a line here is a type error. */
const TABLES: Record<Exclude<UiLocale, 'en'>, () => Promise<LocaleTable>> = {
  id: () => import('./locales/id.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
};

const key = (locale: UiLocale) => `strings:${locale}`;

/** The table of a locale other than English, once loaded. */
export function loadedTable(locale: UiLocale): LocaleTable | undefined {
  return locale === 'en' ? undefined : loadedModule<LocaleTable>(key(locale));
}

/** Whether the table of `locale` is at hand (English's always is). */
export function hasStrings(locale: UiLocale): boolean {
  return locale === 'en' || !(locale in TABLES) || !!loadedTable(locale);
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
