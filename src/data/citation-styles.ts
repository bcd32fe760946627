/**
 * The citation styles every reference is formatted in, and the default one, whose in-text labels
 * are in a first render's shard (src/data/shards.ts). Apart from vocabulary.ts so that a page of
 * citation markers carries these three words, not every vocabulary.
 */
export const CITATION_STYLES = ['apa', 'chicago', 'mla'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];
export const DEFAULT_CITATION_STYLE: CitationStyle = 'apa';
