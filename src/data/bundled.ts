/**
 * The bundled dataset as elements see it: shards (src/data/shards.ts) loaded on demand through
 * the page-wide module cache and merged into one dataset. A snapshot holds only what has been
 * loaded: read a collection's detail fields (evidence quotes, notes, bibliography entries) only
 * after `loadBundled` for that layer has resolved.
 */
import { loadedModule, loadModule } from '../controllers/lazy-module-controller.js';
import { bundledMeta, bundledShards } from './generated/shards.js';
import { COLLECTIONS, mergeInto, shardKeys, type Collection, type Layer, type ShardData, type ShardKey } from './shards.js';
import type { DatasetT } from './schema.js';
import { bestLanguage, datasetLanguages } from './locales.js';

const { languages, defaultLanguage } = datasetLanguages(bundledMeta as { languages?: string[]; defaultLanguage?: string });

/** The bundled dataset's language for a page in `pageLang`: the best match, else its default. */
export function bundledLanguage(pageLang: string | null | undefined): string {
  let best = bestFor.get(pageLang);
  if (best === undefined) bestFor.set(pageLang, (best = bestLanguage(pageLang, languages, defaultLanguage)));
  return best;
}
// Every element asks on each update: a page has one or two languages.
const bestFor = new Map<string | null | undefined, string>();

type Rec = Record<string, unknown>;
const records = new Map<Collection, Map<string, Rec>>(COLLECTIONS.map((c) => [c, new Map()]));
const merged = new Set<ShardKey>();
// Records a core shard has brought (in any locale): only those are listed. A record that only a
// detail shard has touched so far lacks the fields every query reads (names, ids, dates).
const withCore = new Map<Collection, Set<string>>(COLLECTIONS.map((c) => [c, new Set()]));
let snapshot: DatasetT | undefined;


function merge(key: ShardKey, data: ShardData): void {
  if (merged.has(key)) return;
  merged.add(key);
  const [collection, layer] = key.split('.') as [Collection, string];
  const byId = records.get(collection)!;
  if (layer === 'core') for (const r of data) withCore.get(collection)!.add(r.id as string);
  for (const r of data) {
    const had = byId.get(r.id as string);
    // A copy: the shard module's own objects stay as loaded.
    if (had) mergeInto(had, structuredClone(r));
    else byId.set(r.id as string, structuredClone(r));
  }
  snapshot = undefined;
}

/** Merges a shard at hand (a server render splits the whole dataset itself: nothing to load there). */
export function provideShard(key: ShardKey, data: ShardData): void {
  merge(key, data);
}

// Every element asks on every read of its state (200 badges: thousands of times before they
// render), with the same few arrays of collections: a yes is remembered, since merged shards stay.
let present = new WeakMap<readonly Collection[], string>();

/** Every shard of `collections` × `layer` × `locale` has arrived (merging any that arrived). */
export function hasBundled(collections: readonly Collection[], layer: Layer, locale: string): boolean {
  if (!collections.length) return true;
  const here = `${layer} ${locale}`;
  if (present.get(collections) === here) return true;
  const all = shardKeys(collections, layer, locale).every((key) => {
    const m = loadedModule<{ default: ShardData }>(`data:${key}`);
    if (m) merge(key, m.default);
    return merged.has(key);
  });
  if (all) present.set(collections, here);
  return all;
}

/** Loads those shards (once per page); resolves with the snapshot, rejects when one fails. */
export async function loadBundled(collections: readonly Collection[], layer: Layer, locale: string): Promise<DatasetT> {
  await Promise.all(
    shardKeys(collections, layer, locale).map((key) => {
      const load = bundledShards[key];
      if (!load) return Promise.reject(new Error(`no bundled shard ${key}`));
      return loadModule(`data:${key}`, load).then((m) => merge(key, m.default));
    }),
  );
  return bundledSnapshot();
}

/**
 * The bundled dataset with what has loaded so far. A new object after each merge, so that views
 * memoised on the dataset recompute; the same object otherwise.
 */
export function bundledSnapshot(): DatasetT {
  if (!snapshot) {
    const list = (c: Collection) => [...records.get(c)!.values()].filter((r) => withCore.get(c)!.has(r.id as string));
    snapshot = { ...bundledMeta, sources: list('sources'), actors: list('actors'), events: list('events'), flows: list('flows'), citations: list('citations') } as unknown as DatasetT;
  }
  return snapshot;
}

/** Forgets the merged shards (tests only, with resetLazyModules). Not in the public API. */
export function resetBundled(): void {
  for (const m of records.values()) m.clear();
  for (const ids of withCore.values()) ids.clear();
  merged.clear();
  present = new WeakMap();
  snapshot = undefined;
}
