/**
 * Checks for a large dataset: in slices, by a chunk that only such a dataset loads
 * (`validate-in-slices.ts`); in one piece when that chunk cannot load (offline) or rejects (a
 * value that is not a dataset object, a hostile getter), which says what is wrong.
 */
import { loadModule } from '../controllers/lazy-module-controller.js';
import { parseDataset, validateDataset, type ValidationResult } from './validate.js';

const slicing = () => loadModule('validate-in-slices', () => import('./validate-in-slices.js'));

/** `validateDataset` for a dataset of thousands of records. */
export const validateLarge = (input: unknown): Promise<ValidationResult> =>
  slicing()
    .then((m) => m.validateDatasetInSlices(input as object))
    .catch(() => validateDataset(input));

/** `parseDataset` for text of a megabyte or more, already within its size limit. */
export const parseLarge = (text: string, options: { maxBytes: number }): Promise<ValidationResult> =>
  slicing()
    .then((m) => m.parseDatasetInSlices(text, options))
    .catch(() => parseDataset(text, options));
