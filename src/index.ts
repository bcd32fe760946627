/**
 * Kerjasama: element classes (side-effect free — register them with `Class.define(tag)` or
 * import `kerjasama/define/<tag>.js`), typed events, and the data layer.
 */
export { KerjasamaBase, KerjasamaElement, ensureContextRoot, THEMES, type Theme } from './base/kerjasama-element.js';
export { CitationBadge } from './components/citation-badge/citation-badge.js';
export { ReferenceList } from './components/reference-list/reference-list.js';
export { ActorCard } from './components/actor-card/actor-card.js';
export { KerjasamaData } from './components/kerjasama-data/kerjasama-data.js';
export { CooperationTimeline } from './components/cooperation-timeline/cooperation-timeline.js';
export { AidFlowChart, preloadAidFlowChart } from './components/aid-flow-chart/aid-flow-chart.js';
export { KjSelectEvent, KjDataErrorEvent, KjDataLoadEvent, type DataErrorReason, type SelectableType } from './events.js';
export { datasetContext, type DatasetState } from './context/dataset-context.js';
export { CitationScope } from './context/citation-scope.js';
// The data layer, less the whole bundled dataset (import it from `kerjasama/data`): elements load it in shards.
export * from './data/schema.js';
export * from './data/queries.js';
export { validateDataset, parseDataset, checkReferences, describeProblem } from './data/validate.js';
export type { DataProblem, ValidationResult, ValidateOptions } from './data/validate.js';
export * from './i18n/format.js';
export { toBibTeX, toRIS, toCslJson, exportCitation, safeLink } from './data/citation-export.js';
export { loadDataset, type LoadResult } from './data/load-dataset.js';
