/**
 * `validateDataset` in slices, for a large dataset (a chunk of its own: only such a dataset
 * loads it). Checking 10 000 records takes about 80 ms; in one piece it would block input and
 * rendering for that long, on top of the page's own parsing of the JSON. Here the schema's
 * fast check gives the page its main thread back whenever it has worked for about 8 ms, and the
 * languages and references (about a third of the time) run in a task of their own.
 */
import { compileCheck, type Check } from './fast-check.js';
import { Dataset } from './schema.js';
import { validateChecked, type ValidateOptions, type ValidationResult } from './validate.js';
import { COLLECTIONS } from './shards.js';
import { nextTask, SLICE_MS } from '../internal/next-task.js';

/** The schema's check in pieces: the dataset's own fields (each collection only a list), and each collection's records. */
let checks: { shell: Check; records: Check[] } | undefined;

function compileChecks(): { shell: Check; records: Check[] } {
  const { entries } = Dataset;
  const keys = Object.keys(entries);
  const fields = keys.filter((k) => !(COLLECTIONS as readonly string[]).includes(k)).map((k) => [k, compileCheck(entries[k as keyof typeof entries])] as const);
  return {
    // As the strict object's own check: no other key (inherited ones too), every field valid (an
    // optional one may be missing), every collection a list.
    shell: (x) => {
      const record = x as Record<string, unknown>;
      for (const key in record) if (!keys.includes(key)) return false;
      return fields.every(([k, check]) => check(record[k])) && COLLECTIONS.every((c) => Array.isArray(record[c]));
    },
    records: COLLECTIONS.map((c) => compileCheck(entries[c].item)),
  };
}

/**
 * The same result as `validateDataset` for a dataset object; the dataset must not change until
 * it resolves. Rejects on anything else (a list, a string) and on hostile input (a getter that
 * throws): `validateDataset` says what is wrong with those.
 */
export async function validateDatasetInSlices(input: object, options: ValidateOptions = {}): Promise<ValidationResult> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new TypeError('not a dataset object');
  const { shell, records } = (checks ??= compileChecks());
  let fast = shell(input);
  let deadline = performance.now() + SLICE_MS;
  for (let c = 0; fast && c < COLLECTIONS.length; c++) {
    // The shell check has made sure that each collection is a list.
    const list = (input as Record<string, unknown[]>)[COLLECTIONS[c]];
    for (let i = 0; fast && i < list.length; i++) {
      fast = records[c](list[i]);
      // The clock is read every 64 records: reading it for each costs more than the record.
      if (i % 64 === 63 && performance.now() > deadline) {
        await nextTask();
        deadline = performance.now() + SLICE_MS;
      }
    }
  }
  await nextTask();
  return validateChecked(input, fast, options);
}

/**
 * `validateDatasetInSlices` for JSON text already within its size limit (`loadDataset` reads no
 * more). Rejects as it does, and on text that is not JSON: `parseDataset` says what is wrong.
 */
export const parseDatasetInSlices = (text: string, options: ValidateOptions = {}): Promise<ValidationResult> =>
  validateDatasetInSlices(JSON.parse(text), options);

