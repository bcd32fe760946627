/**
 * The elements' API: their classes (side-effect free), typed events and context. The drop-in
 * script exports this and registers every class in it; the package's main entry adds the data layer.
 */
export { KerjasamaBase, KerjasamaElement, ensureContextRoot, THEMES, type Theme } from '../base/kerjasama-element.js';
export { CitationBadge } from './citation-badge/citation-badge.js';
export { ReferenceList } from './reference-list/reference-list.js';
export { ActorCard } from './actor-card/actor-card.js';
export { KerjasamaData } from './kerjasama-data/kerjasama-data.js';
export { CooperationTimeline } from './cooperation-timeline/cooperation-timeline.js';
export { AidFlowChart, preloadAidFlowChart } from './aid-flow-chart/aid-flow-chart.js';
export { KjSelectEvent, KjDataErrorEvent, KjDataLoadEvent, type DataErrorReason, type SelectableType } from '../events.js';
export { datasetContext, type DatasetState } from '../context/dataset-context.js';
export { CitationScope } from '../context/citation-scope.js';
