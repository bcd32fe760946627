/**
 * The dataset context: `<kerjasama-data>` provides it; every element consumes it with
 * `subscribe: true`. Keyed by `Symbol.for` so two copies of the library on a page interoperate.
 */
import { createContext } from '@lit/context';
import type { DatasetT } from '../data/schema.js';
import type { CitationScope } from './citation-scope.js';

export type DatasetState =
  | { status: 'loading'; scope: CitationScope }
  | { status: 'ready'; dataset: DatasetT; scope: CitationScope }
  | { status: 'error'; message: string; scope: CitationScope };

export const datasetContext = createContext<DatasetState>(Symbol.for('kerjasama.dataset-context'));
