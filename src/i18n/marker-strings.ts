/**
 * All that a citation marker says besides its placeholders: a page of `<citation-badge>`s carries
 * these and no other strings until a popover opens. The rest of English is in strings.ts, which
 * the badge's popover and the other elements import. Apart from placeholder-strings.ts, which
 * the chart's eager entry carries. Another locale's come with its table, as its placeholders do.
 */
import type { UiLocale } from '../data/locales.js';
import { placeholderStrings, type PlaceholderStrings } from './placeholder-strings.js';
import { loadedTable } from './string-tables.js';

export const markerEn = {
  translatedTitle: 'title translated by the curator',
  unknownReference: (id: string) => `Unknown reference “${id}”`,
  reference: 'Reference',
  references: 'References',
};

export type MarkerStrings = typeof markerEn;

const blank: MarkerStrings = { translatedTitle: '', unknownReference: () => '', reference: '', references: '' };

export function markerStrings(locale: UiLocale): MarkerStrings {
  return locale === 'en' ? markerEn : (loadedTable(locale)?.marker ?? blank);
}

/** What every element that shows data says at least: its placeholders and a marker's labels. */
export type ElementStrings = PlaceholderStrings & MarkerStrings;

const merged = new Map<UiLocale, ElementStrings>();

export function elementStrings(locale: UiLocale): ElementStrings {
  const cached = merged.get(locale);
  if (cached) return cached;
  const strings = { ...placeholderStrings(locale), ...markerStrings(locale) };
  if (locale === 'en' || loadedTable(locale)) merged.set(locale, strings);
  return strings;
}
