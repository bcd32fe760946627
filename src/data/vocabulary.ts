/**
 * The dataset's closed vocabularies, declared once (`as const`) with the unions derived from
 * them. Apart from schema.ts so that elements and attribute contracts that only need the values
 * carry no validator library.
 */
export { LOCALES, type Locale } from './locales.js';
export { CITATION_STYLES, DEFAULT_CITATION_STYLE, type CitationStyle } from './citation-styles.js';

export const ACTOR_KINDS = [
  'state',
  'government-body',
  'international-organisation',
  'company',
  'person',
  'forum',
  'media',
  'academic',
  'initiative',
] as const;
export const SECTORS = ['health', 'defense', 'economy', 'labour', 'diplomacy', 'research', 'culture'] as const;
export const FLOW_KINDS = [
  'loan',
  'grant',
  'loan-and-grant',
  'vaccine-doses',
  'equipment',
  'technology-transfer',
  'oda',
  'funding',
] as const;
export const UNITS = ['USD', 'IDR', 'doses'] as const;
export const FLOW_STATUSES = ['delivered', 'pledged', 'planned'] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const SOURCE_KINDS = ['article', 'abstract', 'news', 'thesis', 'report', 'other'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type FlowKind = (typeof FLOW_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type FlowStatus = (typeof FLOW_STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];

/** Largest dataset text accepted at run time (bytes of JSON). */
export const MAX_DATASET_BYTES = 8 * 1024 * 1024;
