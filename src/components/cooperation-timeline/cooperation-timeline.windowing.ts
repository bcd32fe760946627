/** The windowing a long timeline uses (over VIRTUALIZE_THRESHOLD events): loaded only then. */
export { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
