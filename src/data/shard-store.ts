/**
 * A dataset held in shards (src/data/shards.ts), loaded on demand and merged into one dataset:
 * the bundled dataset (src/data/bundled.ts) and a provider's hosted one (`<kerjasama-data src>`
 * pointing at the `shards.json` that `kerjasama data build --shards` writes). A snapshot holds
 * only what has been loaded: read a collection's detail fields (evidence quotes, notes,
 * bibliography entries) only after `load` for that layer has resolved.
 */
import { COLLECTIONS, mergeInto, shardKeys, type Collection, type Layer, type ShardData, type ShardKey } from './shards.js';
import type { DatasetT } from './schema.js';
import { bestLanguage, datasetLanguages } from './locales.js';

type Rec = Record<string, unknown>;

/** What a store says about its dataset besides its records (version, licence, languages). */
export type ShardMeta = Omit<DatasetT, Collection> & { languages?: string[]; defaultLanguage?: string };

export interface ShardStore {
  /** The dataset's language for a page in `pageLang`: the best match, else its default. */
  language(pageLang: string | null | undefined): string;
  /** Merges a shard at hand (a server render splits the whole dataset itself: nothing to load there). */
  provide(key: ShardKey, data: ShardData): void;
  /** Every shard of `collections` × `layer` × `locale` has arrived (merging any that arrived). */
  has(collections: readonly Collection[], layer: Layer, locale: string): boolean;
  /** Loads those shards (once per page); resolves with the snapshot, rejects when one fails. */
  load(collections: readonly Collection[], layer: Layer, locale: string): Promise<DatasetT>;
  /**
   * The dataset with what has loaded so far. A new object after each merge, so that views
   * memoised on the dataset recompute; the same object otherwise.
   */
  snapshot(): DatasetT;
  /** Forgets the merged shards (tests only, with resetLazyModules). */
  reset(): void;
}

/**
 * A store of `meta`'s dataset. Closures rather than a class: every element carries this code,
 * and a minifier shortens local names, not property names.
 */
export function shardStore(
  meta: ShardMeta,
  /** Loads one shard (once per page: the caller's cache); rejects when it cannot be used. */
  fetchShard: (key: ShardKey) => Promise<ShardData>,
  /** A shard that has already arrived, else `undefined` (synchronous: renders read it). */
  arrived: (key: ShardKey) => ShardData | undefined,
  /** Whether records are merged as copies: a module's objects stay as loaded; freshly parsed JSON needs no copy. */
  copies = true,
): ShardStore {
  const own = (r: Rec) => (copies ? structuredClone(r) : r);
  const { languages, defaultLanguage } = datasetLanguages(meta);
  // Every element asks on each update: a page has one or two languages.
  const bestFor = new Map<string | null | undefined, string>();
  let records: Map<Collection, Map<string, Rec>>;
  let merged: Set<ShardKey>;
  // Records a core shard has brought (in any locale): only those are listed. A record that only a
  // detail shard has touched so far lacks the fields every query reads (names, ids, dates).
  let withCore: Map<Collection, Set<string>>;
  // Every element asks on every read of its state (200 badges: thousands of times before they
  // render), with the same few arrays of collections: a yes is remembered, since merged shards stay.
  let present: WeakMap<readonly Collection[], string>;
  let snap: DatasetT | undefined;

  const store: ShardStore = {
    language(pageLang) {
      let best = bestFor.get(pageLang);
      if (best === undefined) bestFor.set(pageLang, (best = bestLanguage(pageLang, languages, defaultLanguage)));
      return best;
    },
    provide(key, data) {
      if (merged.has(key)) return;
      merged.add(key);
      const [collection, layer] = key.split('.') as [Collection, string];
      const byId = records.get(collection)!;
      if (layer === 'core') for (const r of data) withCore.get(collection)!.add(r.id as string);
      for (const r of data) {
        const had = byId.get(r.id as string);
        if (had) mergeInto(had, own(r));
        else byId.set(r.id as string, own(r));
      }
      snap = undefined;
    },
    has(collections, layer, locale) {
      if (!collections.length) return true;
      const here = `${layer} ${locale}`;
      if (present.get(collections) === here) return true;
      const all = shardKeys(collections, layer, locale).every((key) => {
        const data = arrived(key);
        if (data) store.provide(key, data);
        return merged.has(key);
      });
      if (all) present.set(collections, here);
      return all;
    },
    async load(collections, layer, locale) {
      await Promise.all(shardKeys(collections, layer, locale).map((key) => fetchShard(key).then((data) => store.provide(key, data))));
      return store.snapshot();
    },
    snapshot() {
      if (!snap) {
        const list = (c: Collection) => [...records.get(c)!.values()].filter((r) => withCore.get(c)!.has(r.id as string));
        snap = { ...meta, ...Object.fromEntries(COLLECTIONS.map((c) => [c, list(c)])) } as unknown as DatasetT;
      }
      return snap;
    },
    reset() {
      records = new Map(COLLECTIONS.map((c) => [c, new Map()]));
      withCore = new Map(COLLECTIONS.map((c) => [c, new Set()]));
      merged = new Set();
      present = new WeakMap();
      snap = undefined;
    },
  };
  store.reset();
  return store;
}
