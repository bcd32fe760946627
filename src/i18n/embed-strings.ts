/**
 * The embed page's strings, one file per UI locale (`locales/<locale>.embed.ts`): English's at
 * hand, the others loaded when a refusal is shown in their language.
 */
import type { UiLocale } from '../data/locales.js';
import { embed as en } from './locales/en.embed.js';

export type EmbedStrings = typeof en;

/** A locale of UI_LOCALES without a line here is a type error. */
const TABLES: Record<Exclude<UiLocale, 'en'>, () => Promise<{ embed: EmbedStrings }>> = {
  id: () => import('./locales/id.embed.js'),
  ja: () => import('./locales/ja.embed.js'),
  ko: () => import('./locales/ko.embed.js'),
};

/** The embed strings of `locale`; English's when it is English or its file cannot load. */
export async function embedStrings(locale: UiLocale): Promise<{ strings: EmbedStrings; fallback: boolean }> {
  if (locale === 'en' || !Object.hasOwn(TABLES, locale)) return { strings: en, fallback: locale !== 'en' };
  try {
    return { strings: (await TABLES[locale as Exclude<UiLocale, 'en'>]()).embed, fallback: false };
  } catch {
    return { strings: en, fallback: true };
  }
}
