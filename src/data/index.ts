/**
 * The data layer: types and schema, runtime validation, pure queries, and the bundled dataset.
 * Importing this entry pulls in the bundled dataset; import `kerjasama/data/schema`-level
 * modules directly when you only need types or validation.
 */
export * from './schema.js';
export * from './queries.js';
export { validateDataset, parseDataset, checkReferences, describeProblem } from './validate.js';
export type { DataProblem, ValidationResult, ValidateOptions } from './validate.js';
export { bundledDataset } from './generated/dataset.js';
export * from '../i18n/format.js';
export * from '../i18n/format-amounts.js';
