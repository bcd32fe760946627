/**
 * A dataset cut into the pieces views need: per collection, per locale, and per layer — `core`,
 * what a first render shows (names, titles, dates, amounts, in-text citation labels in the
 * default style, APA), `styles`, the in-text labels in the other styles (citations only: a page
 * of APA markers does not carry them), apart from `detail`, what opens on interaction (evidence
 * quotes, notes, summaries, bibliography entries, the fields of a reference export). A shard is
 * a partial dataset of the same shape, so shards merge back into records that the queries and
 * view-models read as usual. Pure; the cutting itself is in split-dataset.ts.
 */

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

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

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
