/**
 * The strings about aid flows: everything `<aid-flow-chart>` says (with the placeholders in
 * placeholder-strings.ts and the vocabulary labels other elements show too). English's are
 * imported here, so the chart's lazy view carries them and the other elements none; the other
 * locales' come with their tables (strings.ts), which the chart waits for like every element.
 */
import type { UiLocale } from '../data/locales.js';
import { placeholderStrings, type PlaceholderStrings } from './placeholder-strings.js';
import { markerStrings, type MarkerStrings } from './marker-strings.js';
import { vocabulary as vocabularyEn } from './locales/en.vocabulary.js';
import { flow as flowEn } from './locales/en.flow.js';
import { loadedTable } from './string-tables.js';
import type { FlowOnlyStrings, VocabularyStrings } from './table.js';

/** What the chart reads: its own strings, the vocabulary labels and the placeholders. */
export type FlowStrings = FlowOnlyStrings & VocabularyStrings & PlaceholderStrings & MarkerStrings;

const cache = new Map<UiLocale, FlowStrings>();

export function flowStrings(locale: UiLocale): FlowStrings {
  let strings = cache.get(locale);
  if (strings) return strings;
  const table = loadedTable(locale);
  strings = { ...placeholderStrings(locale), ...markerStrings(locale), ...(table?.vocabulary ?? vocabularyEn), ...(table?.flow ?? flowEn) };
  if (table || locale === 'en') cache.set(locale, strings);
  return strings;
}
