/**
 * A provider's dataset hosted in shards: `<kerjasama-data src>` naming the `shards.json` that
 * `kerjasama data build --shards` writes. Its elements then load it as they load the bundled
 * dataset (a store, shard-store.ts): the core layer of what they show, in the page's language,
 * before they render; the detail layer on intent. Each shard is fetched as safely as a whole
 * dataset (load-dataset.ts) and checked when it arrives (validate-shards.ts); cross-references
 * are checked among the collections loaded so far. A chunk of its own: only such a page loads it.
 */
import * as v from 'valibot';
import { shardStore, type ShardStore, type ShardMeta } from './shard-store.js';
import { COLLECTIONS, LAYERS, type Collection, type Layer, type ShardData, type ShardKey } from './shards.js';
import { loadModule } from '../controllers/lazy-module-controller.js';
import type { fetchJsonText } from './load-dataset.js';
import { checkShard } from './validate-shards.js';
import { nextTask } from '../internal/next-task.js';
import { checkReferences, describeProblem } from './validate.js';
import { DatasetLicense, LanguageTag, PlainText } from './schema.js';

const Count = v.pipe(v.number(), v.check((n) => Number.isInteger(n) && n >= 0, 'must be a whole number'));
const Manifest = v.looseObject({
  version: PlainText,
  license: DatasetLicense,
  locales: v.pipe(v.array(LanguageTag), v.minLength(1, 'needs at least one language')),
  defaultLanguage: LanguageTag,
  /** Records per collection (the `kj-data-load` event's counts). */
  counts: v.strictObject(Object.fromEntries(COLLECTIONS.map((c) => [c, Count])) as Record<Collection, typeof Count>),
  /** Shard key → its file, relative to the manifest. */
  shards: v.record(v.pipe(v.string(), v.regex(new RegExp(`^(${COLLECTIONS.join('|')})\\.(${LAYERS.join('|')})\\.[A-Za-z0-9-]+$`), 'is not a shard key such as "events.core.en"')), PlainText),
});

/** Stores opened on this page: each caches its own shards. */
let opened = 0;

export type HostedShards =
  | { ok: true; store: ShardStore; counts: Record<Collection, number> }
  | { ok: false; message: string };

/**
 * A store for the manifest at `url` (already fetched and parsed), or what is wrong with it.
 * `fetchText` is the provider's `fetchJsonText` with its limits (passed in, so that this chunk
 * shares no module with the provider's own code but the common ones).
 */
export function openHostedShards(manifest: unknown, url: string, fetchText: (href: string) => ReturnType<typeof fetchJsonText>): HostedShards {
  const parsed = v.safeParse(Manifest, manifest);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, message: `shards.json: ${issue.path?.map((p) => String(p.key)).join('.') ?? '$'}: ${issue.message}` };
  }
  const m = parsed.output;
  if (!m.locales.includes(m.defaultLanguage)) return { ok: false, message: `shards.json: defaultLanguage "${m.defaultLanguage}" is not one of its locales` };
  const meta = { version: m.version, license: m.license, languages: m.locales, defaultLanguage: m.defaultLanguage } as ShardMeta;
  // Once per store, through the page's module cache (a failed load is forgotten: the next element
  // that asks tries again); said once per failed attempt.
  const site = `shards ${++opened} `;
  const fetchShard = (key: ShardKey): Promise<ShardData> =>
    loadModule(site + key, () =>
      fetchOne(key).catch((error: unknown) => {
        console.warn(`[kerjasama] <kerjasama-data>: ${String((error as Error).message ?? error)}`);
        throw error;
      }),
    );

  const fetchOne = async (key: ShardKey): Promise<ShardData> => {
    const file = Object.prototype.hasOwnProperty.call(m.shards, key) ? m.shards[key] : undefined;
    if (file === undefined) throw new Error(`shard ${key}: not listed in shards.json`);
    let href: string;
    try {
      href = new URL(file, url).href;
    } catch {
      throw new Error(`shard ${key}: "${file.slice(0, 80)}" is not a URL`);
    }
    const fetched = await fetchText(href);
    if (!fetched.ok) throw new Error(`shard ${key}: ${fetched.message}`);
    // A large shard (thousands of records) is parsed in a task of its own and checked in slices:
    // with its reading, that was one task of over 100 ms.
    if (fetched.text.length > 1e6) await nextTask();
    let data: unknown;
    try {
      data = JSON.parse(fetched.text);
    } catch (error) {
      throw new Error(`shard ${key}: is not valid JSON (${(error as Error).message})`);
    }
    const [collection, layer, locale] = key.split('.') as [Collection, Layer, string];
    const { errors, warnings } = await checkShard(collection, layer, locale, m.defaultLanguage, data);
    if (errors.length) throw new Error(`shard ${key}: ${errors.slice(0, 3).map(describeProblem).join('; ')}`);
    if (warnings.length)
      console.warn(`[kerjasama] <kerjasama-data>: shard ${key}: ${warnings.length} field(s) hold markup, control characters or a non-http(s) URL; shown as plain text, never linked. First: ${describeProblem(warnings[0])}`);
    return data as ShardData;
  };

  // Each shard is parsed for this store alone: its records are merged as they are, not copied.
  const base = shardStore(meta, fetchShard, () => undefined, false);
  // References into the collections whose core has arrived (in any language), checked after each
  // load that brought a shard; the others are checked when they arrive. A dataset found wrong is
  // unusable from then on: its records are not shown.
  const loaded = new Set<Collection>();
  let failure: Error | undefined;
  const store: ShardStore = {
    ...base,
    has: (collections, layer, locale) => !failure && base.has(collections, layer, locale),
    async load(collections, layer, locale) {
      const fresh = !base.has(collections, layer, locale);
      const snapshot = await base.load(collections, layer, locale);
      if (!failure && fresh) {
        if (layer === 'core') collections.forEach((c) => loaded.add(c));
        const problems = checkReferences(snapshot, loaded);
        if (problems.length) {
          failure = new Error(problems.slice(0, 3).map(describeProblem).join('; '));
          console.warn(`[kerjasama] <kerjasama-data>: dataset not used: ${failure.message}`);
        }
      }
      if (failure) throw failure;
      return snapshot;
    },
  };
  return { ok: true, store, counts: m.counts };
}
