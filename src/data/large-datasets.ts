/**
 * The checks of the datasets a page brings (`<kerjasama-data>`'s `.data` and `src`), loaded
 * lazily: the validator is a chunk of its own (validate.ts, with the schema library), which a
 * page showing only the bundled dataset never downloads; a large dataset is checked in slices,
 * by a chunk that only such a dataset loads (`validate-in-slices.ts`), or in one piece when that
 * chunk cannot load (offline) or rejects (a value that is not a dataset object, a hostile
 * getter), which says what is wrong.
 */
import { loadModule } from '../controllers/lazy-module-controller.js';
import type { ValidationResult } from './validate.js';

/** Whether an assigned value is checked in slices: over 2 000 records (and fields); 10 000 events take ~80 ms in one piece. */
export function isLarge(value: unknown): boolean {
  try {
    return Object.values(value as object).flat().length > 2_000;
  } catch {
    return false; // a hostile getter: checked in one piece, which reports it
  }
}

const validator = () => loadModule('validate', () => import('./validate.js'));
const slicing = () => loadModule('validate-in-slices', () => import('./validate-in-slices.js'));
/** The reader of a dataset hosted in shards (`src` naming a shards.json). */
export const hostedShards = () => loadModule('hosted-shards', () => import('./hosted-shards.js'));

/**
 * Starts loading what checking the dataset at `src` will need while it downloads (a failure is
 * met again, and reported, when it is needed): the validator, and the shard reader for a URL
 * that names a shards.json.
 */
export function prefetchChecks(src: string): void {
  const quiet = () => undefined;
  if (/(^|\/)shards\.json([?#]|$)/.test(src)) hostedShards().catch(quiet);
  else validator().catch(quiet);
}

/** `validateDataset` for an assigned value; a large one in slices. Rejects only when the validator cannot load. */
export const validateValue = (input: unknown): Promise<ValidationResult> =>
  validator().then((v) =>
    isLarge(input)
      ? slicing()
          .then((m) => m.validateDatasetInSlices(input as object))
          .catch(() => v.validateDataset(input))
      : v.validateDataset(input),
  );

/** `parseDataset` for text within its size limit; a megabyte or more (thousands of records) in slices. Rejects only when the validator cannot load. */
export const parseText = (text: string, options: { maxBytes: number }): Promise<ValidationResult> =>
  validator().then((v) =>
    text.length < 1e6
      ? v.parseDataset(text, options)
      : slicing()
          .then((m) => m.parseDatasetInSlices(text))
          .catch(() => v.parseDataset(text, options)),
  );
