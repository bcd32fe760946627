/** Pure view-model of a citation badge: what the marker says and what the popover lists. */
import type { CitationStyle, CitationT, DatasetT, Locale, SegmentT } from '../../data/schema.js';
import { getCitation, getSource } from '../../data/queries.js';
import { safeLink } from '../../data/citation-text.js';

import type { BadgeFormat } from './citation-badge.options.js';

export { BADGE_FORMATS, type BadgeFormat } from './citation-badge.options.js';

export interface BadgeReference {
  id: string;
  citation: CitationT;
  number?: number;
  /** In-text form without brackets, e.g. "Hotez, 2014". */
  inText: string;
  bibliography: SegmentT[];
  link?: string;
  /** Verbatim quotes from the source documents, with the source title. */
  quotes: { source: string; sourceTitle: string; quote: string }[];
}

export interface BadgeView {
  references: BadgeReference[];
  unknown: string[];
  /** The visible marker: "(Hotez, 2014; Panda, 2022)" or "[1, 3]", "[?]" for unknown ids. */
  marker: string;
}

/** Splits a `ref` attribute value into unique ids. */
export function parseRefs(ref: string | null | undefined): string[] {
  return [...new Set((ref ?? '').split(/[\s,]+/).filter(Boolean))];
}

const stripBrackets = (s: string) => s.trim().replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');

export function buildBadgeView(
  ds: DatasetT,
  ids: readonly string[],
  options: { format: BadgeFormat; style: CitationStyle; locale: Locale; numberOf: (id: string) => number | undefined },
): BadgeView {
  const references: BadgeReference[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const citation = getCitation(ds, id);
    if (!citation) {
      unknown.push(id);
      continue;
    }
    const formatted = citation.formatted[options.style][options.locale];
    references.push({
      id,
      citation,
      // Only numeric markers need numbers; asking costs a renumbering while badges are still arriving.
      number: options.format === 'numeric' ? options.numberOf(id) : undefined,
      inText: stripBrackets(formatted.citation),
      bibliography: formatted.bibliography,
      link: safeLink(citation),
      quotes: citation.evidence.map((e) => ({ source: e.source, sourceTitle: getSource(ds, e.source)?.title[options.locale] ?? e.source, quote: e.quote })),
    });
  }
  let marker: string;
  if (options.format === 'numeric') {
    references.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
    const parts = [...references.map((r) => String(r.number ?? '…')), ...unknown.map(() => '?')];
    marker = `[${parts.join(', ')}]`;
  } else {
    const parts = [...references.map((r) => r.inText), ...unknown.map(() => '?')];
    marker = unknown.length && !references.length ? '[?]' : `(${parts.join('; ')})`;
  }
  return { references, unknown, marker };
}
