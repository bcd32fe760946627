/**
 * The bundled dataset as elements see it: its shards (src/data/shards.ts), generated at build
 * time, loaded on demand through the page-wide module cache into one store (shard-store.ts).
 * `reset()` is for tests only (with resetLazyModules): not in the public API.
 */
import { loadedModule, loadModule } from '../controllers/lazy-module-controller.js';
import { bundledMeta, bundledShards } from './generated/shards.js';
import { shardStore, type ShardMeta } from './shard-store.js';
import type { ShardData } from './shards.js';

export const bundledStore = shardStore(
  bundledMeta as unknown as ShardMeta,
  // Every key asked for exists: the store's language is one of the bundled dataset's.
  (key) => loadModule(`data:${key}`, bundledShards[key]!).then((m) => m.default),
  (key) => loadedModule<{ default: ShardData }>(`data:${key}`)?.default,
);
