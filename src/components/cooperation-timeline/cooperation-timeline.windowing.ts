/** The windowing a long timeline uses (over VIRTUALIZE_THRESHOLD events): loaded only then. */
import { useFrameResizeObserver } from '../../internal/frame-resize-observer.js';

// Before the first virtualizer starts: its resize callbacks run a frame later (no loop errors).
useFrameResizeObserver();

export { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
