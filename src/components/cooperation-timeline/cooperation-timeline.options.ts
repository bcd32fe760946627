/** The attribute contract of `<cooperation-timeline>`: the allowed values of its enumerated attributes. */
import { choice, headingLevels } from '../../base/attribute-contract.js';

export const TIMELINE_LAYOUTS = ['vertical', 'horizontal', 'auto'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];
export const UNDATED_MODES = ['end', 'hide'] as const;
export type UndatedMode = (typeof UNDATED_MODES)[number];

export const cooperationTimelineAttributes = {
  layout: choice(TIMELINE_LAYOUTS, 'vertical'),
  undated: choice(UNDATED_MODES, 'end'),
  // Event titles sit under the page's own heading: never level 1.
  'heading-level': headingLevels(3, 2),
};
