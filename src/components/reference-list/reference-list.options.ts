/** The attribute contract of `<reference-list>`: the allowed values of its enumerated attributes. */
import { choice, headingLevels, type Keywords } from '../../base/attribute-contract.js';
import { CITATION_STYLES } from '../../data/citation-styles.js';
import { BADGE_FORMATS } from '../citation-badge/citation-badge.options.js';

// The same formats as the badges it lists: numbered in citation order, or alphabetical.
export const REFERENCE_FORMATS = BADGE_FORMATS;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

export const referenceListAttributes = {
  format: choice(REFERENCE_FORMATS, 'author-date'),
  'citation-style': choice(CITATION_STYLES, 'apa'),
  'heading-level': headingLevels(2),
  // Free text, but `none` (like an empty value) leaves the heading out: the page has its own.
  heading: { keywords: ['none'] } as Keywords<'none'>,
};
