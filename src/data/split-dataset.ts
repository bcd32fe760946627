/**
 * Cuts a dataset into shards (shards.ts): by the data build, a server render, `kerjasama data
 * build --shards`; and the fields of each layer, which a hosted dataset's shards are checked
 * against (validate-shards.ts). Apart from shards.ts, which every element carries: none of this
 * runs in a page that loads shards.
 */
import { forEachLocalized, shownText } from './localized.js';
import { datasetLanguages } from './locales.js';
import { DEFAULT_CITATION_STYLE } from './citation-styles.js';
import { COLLECTIONS, LAYERS, hasLayer, shardKey, type Collection, type Layer, type ShardData, type ShardKey } from './shards.js';

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fields of the core layer, per collection; everything else is detail. Evidence keeps its
 * `source` in core (filters and "cited by" links need it) and its quotes in detail; an event's
 * evidence and citations are all detail (only its opened details and a `source` filter read them,
 * and a timeline's first render is mostly event titles).
 */
export const CORE_FIELDS: Record<Collection, readonly string[]> = {
  sources: ['id', 'file', 'title', 'titleTranslated', 'authors', 'kind', 'languages', 'license', 'date', 'citation', 'evidence'],
  actors: ['id', 'name', 'altNames', 'kind', 'country', 'role', 'evidence'],
  events: ['id', 'date', 'title', 'countries', 'sector', 'actors'],
  flows: ['id', 'from', 'to', 'via', 'kind', 'amount', 'date', 'status', 'relatedTo', 'citations', 'evidence'],
  citations: ['id', 'type', 'citedBy', 'inBibliography', 'isSource', 'relatedTo', 'formatted', 'evidence'],
};

/**
 * One record with every localized text (the paths of localized.ts) cut to `lang`, or to the
 * default language where the text lacks `lang`: `{ en, id }` → `{ id }`, `{ ja }` → `{ ja }` for
 * an `en` shard of a `ja`-default dataset. A copy; the record is left as it is.
 */
function pickLanguage(collection: Collection, record: Plain, lang: string, fallback: string): Plain {
  const copy = structuredClone(record);
  forEachLocalized(collection, copy, (map) => {
    const shown = shownText(map, lang, fallback);
    return shown ? { [shown.lang]: shown.text } : {};
  });
  return copy;
}

/** One record's fields of one layer (already in one locale). */
function layerOf(collection: Collection, record: Plain, layer: Layer): Plain {
  const core = CORE_FIELDS[collection];
  const out: Plain = {};
  if (layer === 'styles') {
    out.id = record.id;
    if (isPlain(record.formatted)) out.formatted = inTextLabels(record.formatted, (style) => style !== DEFAULT_CITATION_STYLE);
    return out;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id') out.id = value;
    else if (key === 'evidence' && Array.isArray(value) && core.includes(key))
      out.evidence = layer === 'core' ? value.map((e: Plain) => ({ source: e.source })) : value;
    else if (key === 'date' && isPlain(value) && isPlain(value.inferred) && core.includes(key))
      // That a date is inferred shows with it ("c. 2015 (inferred)", an open mark): core keeps an
      // empty reasoning; the reasoning itself, read in opened details, is detail (a kilobyte of
      // the timeline's first render). Merged, the two make the date again.
      out.date = layer === 'core' ? { ...value, inferred: {} } : { inferred: value.inferred };
    else if (key === 'formatted' && collection === 'citations' && isPlain(value))
      // In-text labels (with their italics) are core in the default style (the others' are
      // `styles`, above); bibliography entries are detail.
      out.formatted = layer === 'detail' ? mapStyles(value, ['bibliography']) : inTextLabels(value, (style) => style === DEFAULT_CITATION_STYLE);
    else if (core.includes(key) === (layer === 'core')) out[key] = value;
  }
  return out;
}
const mapStyles = (formatted: Plain, fields: string[]): Plain =>
  Object.fromEntries(
    Object.entries(formatted).map(([style, byLocale]) => [
      style,
      Object.fromEntries(
        Object.entries(byLocale as Plain).map(([loc, entry]) => [loc, Object.fromEntries(fields.filter((f) => f in (entry as Plain)).map((f) => [f, (entry as Plain)[f]]))]),
      ),
    ]),
  );
/** The in-text labels (with their italics) of the styles `keep` accepts. */
const inTextLabels = (formatted: Plain, keep: (style: string) => boolean): Plain =>
  mapStyles(Object.fromEntries(Object.entries(formatted).filter(([style]) => keep(style))), ['citation', 'citationSegments']);

/**
 * Cuts a dataset into shards: every collection × layer × language the dataset declares (`en`
 * and `id` for a dataset that declares none). A text that lacks a language is in that
 * language's shard in the default language, so that a shard always has every record's text.
 */
export function splitDataset(dataset: Plain, languages: readonly string[] = datasetLanguages(dataset).languages): Map<ShardKey, ShardData> {
  const shards = new Map<ShardKey, ShardData>();
  const fallback = datasetLanguages(dataset).defaultLanguage;
  for (const collection of COLLECTIONS) {
    const records = (dataset[collection] as Plain[] | undefined) ?? [];
    for (const locale of languages) {
      const picked = records.map((r) => pickLanguage(collection, r, locale, fallback));
      for (const layer of LAYERS) if (hasLayer(collection, layer)) shards.set(shardKey(collection, layer, locale), picked.map((r) => layerOf(collection, r, layer)));
    }
  }
  return shards;
}
