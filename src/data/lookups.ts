/**
 * Lookups by id, a source's bibliography and its shown title: the part of queries.ts (which
 * re-exports these) that the citation badge and the reference list need, apart so that the
 * per-element builds can put it in the shared `data` chunk without the filters and dates those
 * two pages would otherwise download.
 */
import type { ActorT, CitationT, DatasetT, EventT, FlowT, SourceT } from './schema.js';
import type { Locale } from './locales.js';
import { shownText, textLanguage, type TextLanguage } from './localized.js';

const indexCache = new WeakMap<DatasetT, Map<string, Map<string, unknown>>>();

function indexOf<T extends { id: string }>(ds: DatasetT, key: 'sources' | 'actors' | 'events' | 'flows' | 'citations'): Map<string, T> {
  let byKind = indexCache.get(ds);
  if (!byKind) indexCache.set(ds, (byKind = new Map()));
  let index = byKind.get(key);
  if (!index) {
    index = new Map((ds[key] as unknown as T[]).map((r) => [r.id, r]));
    byKind.set(key, index);
  }
  return index as Map<string, T>;
}

export const getSource = (ds: DatasetT, id: string): SourceT | undefined => indexOf<SourceT>(ds, 'sources').get(id);
export const getActor = (ds: DatasetT, id: string): ActorT | undefined => indexOf<ActorT>(ds, 'actors').get(id);
export const getEvent = (ds: DatasetT, id: string): EventT | undefined => indexOf<EventT>(ds, 'events').get(id);
export const getFlow = (ds: DatasetT, id: string): FlowT | undefined => indexOf<FlowT>(ds, 'flows').get(id);
export const getCitation = (ds: DatasetT, id: string): CitationT | undefined => indexOf<CitationT>(ds, 'citations').get(id);

/** Citations of a source's bibliography (those it cites), or of the whole dataset. */
export function bibliography(ds: DatasetT, sourceId?: string): CitationT[] {
  return sourceId ? ds.citations.filter((c) => c.citedBy?.includes(sourceId)) : ds.citations;
}

/**
 * A source's title as a reader sees it in `locale`: the title, marked with `translatedLabel` when
 * it is the curator's translation rather than the document's own (`titleTranslated`).
 */
export function sourceTitle(ds: DatasetT, sourceId: string, locale: Locale | TextLanguage, translatedLabel: string): string {
  const source = getSource(ds, sourceId);
  if (!source) return sourceId;
  const tl = typeof locale === 'string' ? textLanguage(ds, locale) : locale;
  const shown = shownText(source.title, tl.lang, tl.fallback);
  if (!shown) return sourceId;
  return source.titleTranslated?.includes(shown.lang) ? `${shown.text} [${translatedLabel}]` : shown.text;
}
