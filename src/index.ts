/**
 * Kerjasama: element classes (side-effect free — register them with `Class.define(tag)` or
 * import `kerjasama/define/<tag>.js`), typed events, and the data layer.
 */
export * from './components/index.js';
// The data layer, less the whole bundled dataset (import it from `kerjasama/data`): elements load it in shards.
export * from './data/schema.js';
export * from './data/queries.js';
export { validateDataset, parseDataset, checkReferences, describeProblem } from './data/validate.js';
export type { DataProblem, ValidationResult, ValidateOptions } from './data/validate.js';
export * from './i18n/format.js';
export { toBibTeX, toRIS, toCslJson, exportCitation, safeLink } from './data/citation-export.js';
export { loadDataset, type LoadResult } from './data/load-dataset.js';
