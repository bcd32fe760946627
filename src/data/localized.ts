/**
 * Where a record's text is localized, declared once: the shards (which cut text per language),
 * the language check of validate.ts and the elements read it here, instead of guessing from an
 * object's keys (with open languages, `{ id: "…" }` may be a record or Indonesian text).
 * `test/data/languages.test.ts` checks this list against the schema.
 */
import type { Collection } from './shards.js';
import { bestLanguage, datasetLanguages, sameLanguage } from './locales.js';

/** A path into a record; `*` walks every item of an array or every value of an object. */
export type LocalizedPath = readonly string[];

export const LOCALIZED_PATHS: Record<Collection, readonly LocalizedPath[]> = {
  sources: [['title'], ['notes'], ['date', 'inferred'], ['frameworks', '*', 'name']],
  actors: [['role'], ['note']],
  events: [['title'], ['summary'], ['disputed'], ['note'], ['date', 'inferred']],
  flows: [['viaInferred'], ['statusInferred'], ['disputed'], ['note'], ['date', 'inferred']],
  // A citation's formatted references are per style, then per language. The build makes them
  // (in the languages it has citation locales for), so `checkLanguages` does not require them
  // in the default language: elements show them in the best language they have.
  citations: [['note'], ['formatted', '*']],
};

/** Whether a localized path is made by the build (formatted references), not written by curators. */
export const isBuilt = (path: readonly (string | number)[]) => path[0] === 'formatted';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Calls `visit` with every localized map of `record` (and its path from the record), and
 * replaces it with what `visit` returns, if anything (in place). `path` is one array reused for
 * every call (copy it to keep it): the language check walks every record of a user's dataset
 * before its first render, and a fresh path per step was most of that time (~40 ms on 10 000 events).
 */
export function forEachLocalized(
  collection: Collection,
  record: Plain,
  visit: (map: Plain, path: (string | number)[]) => Plain | void,
): void {
  const path: (string | number)[] = [];
  for (const spec of LOCALIZED_PATHS[collection]) walk(record, spec, 0, path, visit, record, '');
}

function walk(
  node: unknown,
  spec: LocalizedPath,
  depth: number,
  path: (string | number)[],
  visit: (map: Plain, path: (string | number)[]) => Plain | void,
  parent: Plain | unknown[],
  key: string | number,
): void {
  if (depth === spec.length) {
    if (!isPlain(node)) return;
    const replaced = visit(node, path);
    if (replaced) (parent as Plain)[key] = replaced;
    return;
  }
  const head = spec[depth];
  if (head === '*') {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], spec, depth + 1, path, visit, node, i);
        path.pop();
      }
    } else if (isPlain(node)) {
      for (const k of Object.keys(node)) {
        path.push(k);
        walk(node[k], spec, depth + 1, path, visit, node, k);
        path.pop();
      }
    }
  } else if (isPlain(node) && head in node) {
    path.push(head);
    walk(node[head], spec, depth + 1, path, visit, node, head);
    path.pop();
  }
}

/** A text in the language it is shown in. */
export interface ShownText {
  text: string;
  /** The language of `text`: the one asked for, else the dataset's default (a fallback). */
  lang: string;
}

/**
 * The text of `map` in `lang`, else in `fallback` (the dataset's default language), else in any
 * language it has. Tolerates a missing map (optional fields) and returns `undefined` then.
 */
export function shownText<T = string>(map: Readonly<Record<string, T>> | undefined, lang: string, fallback: string): { text: T; lang: string } | undefined {
  if (!map) return undefined;
  if (map[lang] !== undefined) return { text: map[lang], lang };
  if (map[fallback] !== undefined) return { text: map[fallback], lang: fallback };
  const any = Object.keys(map).find((k) => map[k] !== undefined);
  return any === undefined ? undefined : { text: map[any], lang: any };
}

/** The language an element shows a dataset's text in, for its page. */
export interface TextLanguage {
  /** The dataset's language that best matches the page's (`ja` for `ja-JP`), else its default. */
  readonly lang: string;
  /** The dataset's default language: what a text that lacks `lang` is shown in. */
  readonly fallback: string;
  /** The page's language (`en` when the page sets none, as the UI assumes). */
  readonly page: string;
}

/** The language to show `ds`'s text in on a page in `pageLang`. */
export function textLanguage(ds: { languages?: readonly string[]; defaultLanguage?: string } | undefined, pageLang: string | null | undefined): TextLanguage {
  const { languages, defaultLanguage } = datasetLanguages(ds);
  return { lang: bestLanguage(pageLang, languages, defaultLanguage), fallback: defaultLanguage, page: pageLang || 'en' };
}

/** The text of `map` for `tl` ('' when there is none). */
export function pick(map: Readonly<Record<string, string>> | undefined, tl: TextLanguage): string {
  return shownText(map, tl.lang, tl.fallback)?.text ?? '';
}

/**
 * The `lang` attribute a text needs: the language it is shown in, when that is not the page's
 * (a fallback), so that screen readers pronounce it right; `undefined` otherwise.
 */
export function langOf(map: Readonly<Record<string, unknown>> | undefined, tl: TextLanguage): string | undefined {
  const shown = shownText(map, tl.lang, tl.fallback);
  return shown && !sameLanguage(shown.lang, tl.page) ? shown.lang : undefined;
}

/**
 * A citation's formatted entry of one style in the language for `tl` (a TextLanguage, or a
 * language tag), else in the default, else in any it has: the build formats in the languages it
 * has citation locales for, which may not be every language of the dataset.
 */
export function formattedIn<T>(byLanguage: Readonly<Record<string, T>>, tl: TextLanguage | string): T {
  const { lang, fallback } = typeof tl === 'string' ? { lang: tl, fallback: 'en' } : tl;
  return shownText(byLanguage, lang, fallback)!.text;
}
