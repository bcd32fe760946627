/**
 * Watches or breaks the loading of `<aid-flow-chart>`'s lazy chunks (content, Chart.js, the
 * citation badge) through its internal loader table, as test/support/shards.ts does for the
 * dataset. A chunk already in the page-wide cache does not load again: call `resetLazyModules()`
 * first to see a cold page.
 */
import { flowChartChunks } from '../../src/components/aid-flow-chart/aid-flow-chart.chunks.js';

type Chunks = typeof flowChartChunks;
type Chunk = keyof Chunks;

/** Replaces the loader of `chunk`; `restore()` puts the original back. */
export function interceptChunk<K extends Chunk>(chunk: K, wrap: (load: Chunks[K]) => ReturnType<Chunks[K]>) {
  const original = flowChartChunks[chunk];
  let requests = 0;
  flowChartChunks[chunk] = (() => {
    requests++;
    return wrap(original);
  }) as Chunks[K];
  return {
    /** How many times the chunk was asked for. */
    get requests() {
      return requests;
    },
    restore: () => void (flowChartChunks[chunk] = original),
  };
}

/** Makes `chunk` fail to load, as offline. */
export const failChunk = (chunk: Chunk) => interceptChunk(chunk, () => Promise.reject(new Error('offline')) as never);

/** Holds `chunk` back until `release()`. */
export function gateChunk<K extends Chunk>(chunk: K) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return Object.assign(
    interceptChunk(chunk, (load) => gate.then(() => (load as () => Promise<unknown>)()) as ReturnType<Chunks[K]>),
    { release },
  );
}
