/**
 * Which datasets are large, and their checks: in slices, by a chunk that only such a dataset
 * loads (`validate-in-slices.ts`); in one piece when that chunk cannot load (offline) or rejects
 * (a value that is not a dataset object, a hostile getter), which says what is wrong.
 */
import { loadModule } from '../controllers/lazy-module-controller.js';
import { parseDataset, validateDataset, type ValidationResult } from './validate.js';

/** Whether an assigned value is checked in slices: over 2 000 records (and fields); 10 000 events take ~80 ms in one piece. */
export function isLarge(value: unknown): boolean {
  try {
    return Object.values(value as object).flat().length > 2_000;
  } catch {
    return false; // a hostile getter: checked in one piece, which reports it
  }
}

const slicing = () => loadModule('validate-in-slices', () => import('./validate-in-slices.js'));

/** `validateDataset` for a large dataset. */
export const validateLarge = (input: unknown): Promise<ValidationResult> =>
  slicing()
    .then((m) => m.validateDatasetInSlices(input as object))
    .catch(() => validateDataset(input));

/** `parseDataset` for text within its size limit; a megabyte or more (thousands of records) in slices. */
export const parseText = (text: string, options: { maxBytes: number }): ValidationResult | Promise<ValidationResult> =>
  text.length < 1e6
    ? parseDataset(text, options)
    : slicing()
        .then((m) => m.parseDatasetInSlices(text))
        .catch(() => parseDataset(text, options));
