/** Pure view-model of a citation badge: what the marker says and what the popover lists. */
import { formattedIn, langOf, textLanguage, type TextLanguage } from '../../data/localized.js';
import type { CitationStyle, CitationT, DatasetT, Locale, SegmentT } from '../../data/schema.js';
import { getCitation, getSource, sourceTitle } from '../../data/lookups.js';

import type { BadgeFormat } from './citation-badge.options.js';

export { BADGE_FORMATS, type BadgeFormat } from './citation-badge.options.js';

export interface BadgeReference {
  id: string;
  citation: CitationT;
  number?: number;
  /** In-text form without brackets, e.g. "Hotez, 2014". */
  inText: string;
  /** The same with the style's italics (a work cited by its title), e.g. *Japan to Loan…*, n.d. */
  inTextSegments: SegmentT[];
  bibliography: SegmentT[];
  /** `lang` of the formatted entry when it is not in the page's language (a fallback). */
  lang?: string;
  /** Verbatim quotes from the source documents, with the source title (only with `details`). */
  quotes: { source: string; sourceTitle: string; sourceTitleLang?: string; quote: string }[];
}

export interface BadgeView {
  references: BadgeReference[];
  unknown: string[];
  /** The visible marker: "(Hotez, 2014; Panda, 2022)" or "[1, 3]", "[?]" for unknown ids. */
  marker: string;
  /** The marker as text segments, with the in-text citations' italics. */
  markerSegments: SegmentT[];
}

/** Splits a `cite` (or old `ref`) attribute value into unique ids. */
export function parseRefs(ref: string | null | undefined): string[] {
  return [...new Set((ref ?? '').split(/[\s,]+/).filter(Boolean))];
}

const stripBrackets = (s: string) => s.trim().replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');

/** Adjacent plain segments as one, so that a marker without italics is one run of text. */
function joinPlain(segments: readonly SegmentT[]): SegmentT[] {
  const out: SegmentT[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && !last.italic && !s.italic) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The bracket-free form as segments: the opening bracket off the first, the closing off the last. */
function stripSegmentBrackets(segments: readonly SegmentT[]): SegmentT[] {
  const out = segments.map((s) => ({ ...s }));
  if (out.length) out[0].text = out[0].text.trimStart().replace(/^[([]\s*/, '');
  if (out.length) out[out.length - 1].text = out[out.length - 1].text.trimEnd().replace(/\s*[)\]]$/, '');
  return out.filter((s) => s.text);
}

export function buildBadgeView(
  ds: DatasetT,
  ids: readonly string[],
  options: {
    format: BadgeFormat;
    style: CitationStyle;
    locale: Locale;
    numberOf: (id: string) => number | undefined;
    translatedLabel: string;
    text?: TextLanguage;
    /** Also what only the open popover shows (the quotes and their sources): a closed marker skips them. */
    details?: boolean;
  },
): BadgeView {
  const references: BadgeReference[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const citation = getCitation(ds, id);
    if (!citation) {
      unknown.push(id);
      continue;
    }
    const tl = options.text ?? textLanguage(ds, options.locale);
    const formatted = formattedIn(citation.formatted[options.style], tl);
    references.push({
      id,
      citation,
      // Only numeric markers need numbers; asking costs a renumbering while badges are still arriving.
      number: options.format === 'numeric' ? options.numberOf(id) : undefined,
      inText: stripBrackets(formatted.citation),
      inTextSegments: stripSegmentBrackets(formatted.citationSegments ?? [{ text: formatted.citation }]),
      bibliography: formatted.bibliography,
      lang: langOf(citation.formatted[options.style], tl),
      quotes: !options.details ? [] : citation.evidence.map((e) => ({
        source: e.source,
        sourceTitle: sourceTitle(ds, e.source, tl, options.translatedLabel),
        sourceTitleLang: langOf(getSource(ds, e.source)?.title, tl),
        quote: e.quote,
      })),
    });
  }
  let marker: string;
  let markerSegments: SegmentT[];
  if (options.format === 'numeric') {
    references.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
    const parts = [...references.map((r) => String(r.number ?? '…')), ...unknown.map(() => '?')];
    marker = `[${parts.join(', ')}]`;
    markerSegments = [{ text: marker }];
  } else if (unknown.length && !references.length) {
    marker = '[?]';
    markerSegments = [{ text: marker }];
  } else {
    const parts: SegmentT[][] = [...references.map((r) => r.inTextSegments), ...unknown.map(() => [{ text: '?' }])];
    markerSegments = [{ text: '(' }, ...parts.flatMap((p, i) => (i ? [{ text: '; ' }, ...p] : p)), { text: ')' }];
    marker = markerSegments.map((s) => s.text).join('');
  }
  return { references, unknown, marker, markerSegments: joinPlain(markerSegments) };
}
