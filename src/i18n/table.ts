/**
 * The shape of a locale's string table (src/i18n/locales/<locale>.ts), taken from English: a
 * table that lacks a key, or has one of the wrong kind, is a type error.
 */
import type * as En from './locales/en.js';
import type * as EnFlow from './locales/en.flow.js';
import type * as EnVocabulary from './locales/en.vocabulary.js';
import type { PlaceholderStrings } from './placeholder-strings.js';
import type { MarkerStrings } from './marker-strings.js';
import type { DatePatterns } from './date-patterns.js';

export type VocabularyStrings = typeof EnVocabulary.vocabulary;
export type UiOnlyStrings = typeof En.ui;
export type FlowOnlyStrings = typeof EnFlow.flow;

/** A locale's module: its parts, as named exports. */
export interface LocaleTable {
  placeholder: PlaceholderStrings;
  marker: MarkerStrings;
  vocabulary: VocabularyStrings;
  ui: UiOnlyStrings;
  flow: FlowOnlyStrings;
  /** How it writes dates, and names the countries of the bundled dataset (src/i18n/format.ts); without them, Intl does. */
  dates?: DatePatterns;
  countries?: Record<string, string>;
}
