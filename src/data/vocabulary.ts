/**
 * Closed vocabularies that elements' attributes also take (a chart's `kind`, a list's
 * `citation-style`). Apart from schema.ts so that eager code needs no validator library.
 */
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
export const FLOW_STATUSES = ['delivered', 'pledged', 'planned'] as const;
export const CITATION_STYLES = ['apa', 'chicago', 'mla'] as const;
