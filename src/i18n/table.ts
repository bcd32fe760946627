/**
 * The shape of a locale's string table (src/i18n/locales/<locale>.ts), taken from English: a
 * table that lacks a key, or has one of the wrong kind, is a type error.
 */
import type * as En from './locales/en.js';

export type VocabularyStrings = typeof En.vocabulary;
export type UiOnlyStrings = typeof En.ui;
export type FlowOnlyStrings = typeof En.flow;

/** A locale's module: its parts, as named exports. */
export interface LocaleTable {
  vocabulary: VocabularyStrings;
  ui: UiOnlyStrings;
  flow: FlowOnlyStrings;
}
