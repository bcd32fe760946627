/**
 * Watches or breaks the loading of the bundled dataset's shards, through the generated loader
 * table (an internal module, not public API): each test page starts cold.
 */
import { bundledShards } from '../../src/data/generated/shards.js';
import type { ShardKey } from '../../src/data/shards.js';
import { resetLazyModules } from '../../src/controllers/lazy-module-controller.js';
import { bundledStore } from '../../src/data/bundled.js';

type Loader = NonNullable<(typeof bundledShards)[ShardKey]>;

/** Wraps every shard loader; `restore()` puts the originals back. */
export function interceptShards(wrap: (key: ShardKey, load: Loader) => ReturnType<Loader>) {
  const originals = { ...bundledShards };
  const loaded: ShardKey[] = [];
  for (const [key, load] of Object.entries(originals) as [ShardKey, Loader][]) {
    bundledShards[key] = () => {
      loaded.push(key);
      return wrap(key, load);
    };
  }
  return {
    /** The shard keys loaded (requested) so far, in order. */
    loaded,
    restore: () => Object.assign(bundledShards, originals),
  };
}

/** Counts shard loads; they still load. */
export const countShards = () => interceptShards((_, load) => load());

/** Makes every shard load fail, as offline. */
export const failShards = () => interceptShards(() => Promise.reject(new Error('offline')));

/** Holds back the shards `held` matches until `release()`: what a reader sees on a slow network. */
export function holdShards(held: (key: ShardKey) => boolean) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const intercepted = interceptShards((key, load) => (held(key) ? gate.then(load) : load()));
  return { ...intercepted, release };
}

/** Starts the next fixtures on a cold page: no module or shard loaded yet. */
export function coldPage(): void {
  resetLazyModules();
  bundledStore.reset();
}
