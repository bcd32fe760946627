/** Pure view-model of a reference list. */
import type { CitationStyle, CitationT, DatasetT, Locale, SegmentT } from '../../data/schema.js';
import { bibliography, getCitation } from '../../data/queries.js';
import { safeLink, segmentsToText } from '../../data/citation-text.js';

export interface ReferenceItem {
  id: string;
  number?: number;
  segments: SegmentT[];
  link?: string;
  citation: CitationT;
}

export interface ReferenceListOptions {
  /** List the whole bibliography rather than the references cited in scope. */
  all: boolean;
  source?: string;
  numeric: boolean;
  style: CitationStyle;
  locale: Locale;
  /** Cited ids in order of first appearance. */
  cited: readonly string[];
}

/** Numeric lists follow citation order; author-date and full bibliographies are alphabetical. */
export function buildReferenceItems(ds: DatasetT, o: ReferenceListOptions): ReferenceItem[] {
  const citations = o.all ? bibliography(ds, o.source) : o.cited.map((id) => getCitation(ds, id)).filter((c): c is CitationT => !!c);
  const items = citations.map((c) => ({
    id: c.id,
    number: o.all ? undefined : o.cited.indexOf(c.id) + 1,
    segments: c.formatted[o.style][o.locale].bibliography,
    link: safeLink(c),
    citation: c,
  }));
  if (o.all || !o.numeric) {
    const collator = new Intl.Collator(o.locale, { sensitivity: 'base' });
    items.sort((a, b) => collator.compare(segmentsToText(a.segments), segmentsToText(b.segments)));
  }
  return items;
}
