/** The attribute contract of `<citation-badge>`: the allowed values of its enumerated attributes. */
import { choice } from '../../base/attribute-contract.js';
import { CITATION_STYLES } from '../../data/citation-styles.js';

export const BADGE_FORMATS = ['author-date', 'numeric'] as const;
export type BadgeFormat = (typeof BADGE_FORMATS)[number];

export const citationBadgeAttributes = {
  format: choice(BADGE_FORMATS, 'author-date'),
  'citation-style': choice(CITATION_STYLES, 'apa'),
};
