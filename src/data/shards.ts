/**
 * A dataset cut into the pieces views need: per collection, per locale, and per layer — `core`,
 * what a first render shows (names, titles, dates, amounts, in-text citation labels in the
 * default style, APA), `styles`, the in-text labels in the other styles (citations only: a page
 * of APA markers does not carry them), apart from `detail`, what opens on interaction (evidence
 * quotes, notes, summaries, bibliography entries, the fields of a reference export). A shard is a partial dataset of the same shape, so shards
 * merge back into records that the queries and view-models read as usual. Pure: used by the data
 * build (`splitDataset`) and at run time (`mergeShard`).
 */
import { forEachLocalized, shownText } from './localized.js';
import { datasetLanguages } from './locales.js';
import { DEFAULT_CITATION_STYLE } from './citation-styles.js';

export const COLLECTIONS = ['sources', 'actors', 'events', 'flows', 'citations'] as const;
export const LAYERS = ['core', 'styles', 'detail'] as const;

export type Collection = (typeof COLLECTIONS)[number];
export type Layer = (typeof LAYERS)[number];
/** `<collection>.<layer>.<locale>`, e.g. `citations.core.en`. */
export type ShardKey = `${Collection}.${Layer}.${string}`;
/** Records of one collection, each with the fields of one layer in one locale. */
export type ShardData = Record<string, unknown>[];

/** What an element needs before it renders: collections of one layer (the locale is the page's). */
export type ShardNeed = readonly Collection[];

export const shardKey = (collection: Collection, layer: Layer, locale: string): ShardKey => `${collection}.${layer}.${locale}`;

/** Whether `collection` has a shard of `layer`: only citations have in-text labels, so only they have `styles`. */
export const hasLayer = (collection: Collection, layer: Layer): boolean => layer !== 'styles' || collection === 'citations';

/** The keys of the shards of `collections` in `layer` and `locale` (asking for a layer a collection lacks asks for nothing). */
export const shardKeys = (collections: readonly Collection[], layer: Layer, locale: string): ShardKey[] =>
  collections.filter((c) => hasLayer(c, layer)).map((c) => shardKey(c, layer, locale));

/**
 * Fields of the core layer, per collection; everything else is detail. Evidence keeps its
 * `source` in core (filters and "cited by" links need it) and its quotes in detail; an event's
 * evidence and citations are all detail (only its opened details and a `source` filter read them,
 * and a timeline's first render is mostly event titles).
 */
const CORE_FIELDS: Record<Collection, readonly string[]> = {
  sources: ['id', 'file', 'title', 'titleTranslated', 'authors', 'kind', 'languages', 'license', 'date', 'citation', 'evidence'],
  actors: ['id', 'name', 'altNames', 'kind', 'country', 'role', 'evidence'],
  events: ['id', 'date', 'title', 'countries', 'sector', 'actors'],
  flows: ['id', 'from', 'to', 'via', 'kind', 'amount', 'date', 'status', 'relatedTo', 'citations', 'evidence'],
  citations: ['id', 'type', 'citedBy', 'inBibliography', 'isSource', 'relatedTo', 'formatted', 'evidence'],
};

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/**
 * Merges `from` into `into` in place: objects field by field, arrays of the same length item by
 * item (a core record's evidence sources meet their detail quotes), anything else replaced.
 */
export function mergeInto(into: Plain, from: Plain): Plain {
  for (const [key, value] of Object.entries(from)) {
    const had = into[key];
    if (isPlain(had) && isPlain(value)) mergeInto(had, value);
    else if (Array.isArray(had) && Array.isArray(value) && had.length === value.length && value.every(isPlain) && had.every(isPlain))
      value.forEach((v, i) => mergeInto(had[i] as Plain, v as Plain));
    else into[key] = value;
  }
  return into;
}
