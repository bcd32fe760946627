/**
 * The UI locales and the BCP 47 lookup that picks one for a page: apart from locales.ts (which
 * re-exports them) so that an element's eager entry, which only needs a page's UI locale, does
 * not carry the dataset-language helpers its lazy chunks use.
 */

/**
 * The UI locales the library ships a string table for (src/i18n/locales/<locale>.ts). The first
 * is the fallback for a page in any other language.
 */
export const UI_LOCALES = ['en', 'id', 'ja', 'ko'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
// Lowercase subtags; `in`, the old code for Indonesian that CMSs still write, becomes `id`.
export const subtags = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-').replace(/^in\b/, 'id').split('-').filter(Boolean);

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
