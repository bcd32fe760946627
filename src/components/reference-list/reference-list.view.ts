/** Pure view-model of a reference list. */
import { formattedIn, langOf, textLanguage, type TextLanguage } from '../../data/localized.js';
import type { CitationStyle, CitationT, DatasetT, Locale, SegmentT } from '../../data/schema.js';
import { bibliography, getCitation } from '../../data/lookups.js';
import { safeLink, segmentsToText } from '../../data/citation-text.js';

export interface ReferenceItem {
  id: string;
  number?: number;
  segments: SegmentT[];
  /** `lang` of the entry when it is not in the page's language (a fallback). */
  lang?: string;
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
  /** The language of the dataset's text for the page (default: the one for `locale`). */
  text?: TextLanguage;
  /** Cited ids in order of first appearance. */
  cited: readonly string[];
}

const collators = new Map<string, Intl.Collator>();
/**
 * The locale's collator, made once: the first one a page makes loads the collation data (tens of
 * ms), which a list waiting for its data does meanwhile (see `ReferenceList.updated`).
 */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
  return collator;
}

/** Numeric lists follow citation order; author-date and full bibliographies are alphabetical. */
export function buildReferenceItems(ds: DatasetT, o: ReferenceListOptions): ReferenceItem[] {
  const citations = o.all ? bibliography(ds, o.source) : o.cited.map((id) => getCitation(ds, id)).filter((c): c is CitationT => !!c);
  const items = citations.map((c) => ({
    id: c.id,
    number: o.all ? undefined : o.cited.indexOf(c.id) + 1,
    segments: formattedIn(c.formatted[o.style], o.text ?? textLanguage(ds, o.locale)).bibliography,
    lang: langOf(c.formatted[o.style], o.text ?? textLanguage(ds, o.locale)),
    link: safeLink(c),
    citation: c,
  }));
  if (o.all || !o.numeric) {
    const collator = collatorFor(o.locale);
    items.sort((a, b) => collator.compare(segmentsToText(a.segments), segmentsToText(b.segments)));
  }
  return items;
}
