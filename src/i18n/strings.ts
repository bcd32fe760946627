/**
 * The UI strings: one table per locale (src/i18n/locales/<locale>.ts), each with the same keys
 * (a missing one is a type error, see table.ts). English loads with the elements that import
 * this module (all but the badge, whose marker shows only marker-strings.ts; its popover imports
 * it); the other tables load on demand (string-tables.ts): an element's first render waits for its page's
 * table as for its shards (DatasetController), so no text shows in another language first.
 */
import type { UiLocale } from '../data/locales.js';
import { placeholderStrings, type PlaceholderStrings } from './placeholder-strings.js';
import { markerStrings, type MarkerStrings } from './marker-strings.js';
import { ui as uiEn } from './locales/en.js';
import { vocabulary as vocabularyEn } from './locales/en.vocabulary.js';
import { loadedTable } from './string-tables.js';
import type { UiOnlyStrings, VocabularyStrings } from './table.js';

export type { LocaleTable } from './table.js';
export { hasStrings, loadStrings, provideStrings } from './string-tables.js';

/** What every element but the chart reads: placeholders, its own strings and the vocabulary labels. */
export type Strings = PlaceholderStrings & MarkerStrings & UiOnlyStrings & VocabularyStrings;

const merged = new Map<UiLocale, Strings>();

/** The strings of `locale` once its table is at hand; English (with blank placeholders) until then. */
export function t(locale: UiLocale): Strings {
  const cached = merged.get(locale);
  if (cached) return cached;
  const table = loadedTable(locale);
  const strings = { ...placeholderStrings(locale), ...markerStrings(locale), ...(table?.ui ?? uiEn), ...(table?.vocabulary ?? vocabularyEn) };
  if (table || locale === 'en') merged.set(locale, strings);
  return strings;
}
