/**
 * The dataset context: `<kerjasama-data>` provides it; every element consumes it with
 * `subscribe: true`. Keyed by `Symbol.for` so two copies of the library on a page interoperate.
 */
import { createContext } from '@lit/context';
import type { DatasetT } from '../data/schema.js';
import type { CitationScope } from './citation-scope.js';
import type { ShardStore } from '../data/shard-store.js';

/**
 * `scope`: where badges number their citations; a provider's own, or absent for the document's
 * (so elements that cite nothing, whose state has no provider, do not carry the scope's code).
 * `settled`, while loading: a `.data` assignment being checked; the elements' `updateComplete`
 * waits for it.
 */
export type DatasetState = (
  | { status: 'loading' }
  | { status: 'ready'; dataset: DatasetT }
  | { status: 'error'; message: string }
  /** A provider without data of its own: elements load the bundled dataset's shards themselves. */
  | { status: 'bundled' }
  /** A provider's hosted dataset in shards (`src` names a `shards.json`): elements load what they show from its store. */
  | { status: 'shards'; store: ShardStore }
) & { scope?: CitationScope; settled?: Promise<unknown> };

export const datasetContext = createContext<DatasetState>(Symbol.for('kerjasama.dataset-context'));

/** The state an element sees: a dataset in shards (the bundled one, or a provider's) resolves to its shards' state. */
export type ElementDatasetState = Exclude<DatasetState, { status: 'bundled' | 'shards' }>;
