/**
 * What a rendered reference needs: its text from formatted segments, its safe link, and the
 * names of the formats it can be copied as (the exports themselves load with citation-export.ts).
 */
import type { CitationT, SegmentT } from './schema.js';

export const EXPORT_FORMATS = ['text', 'bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LABELS: Record<Exclude<ExportFormat, 'text'>, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

export function segmentsToText(segments: readonly SegmentT[]): string {
  return segments.map((s) => s.text).join('');
}

/** The reference's link: its DOI as a URL, else its URL when http(s); never another scheme. */
export function safeLink(c: Pick<CitationT, 'DOI' | 'URL'>): string | undefined {
  if (c.DOI && /^10\.\d{4,9}\/\S+$/.test(c.DOI)) return `https://doi.org/${c.DOI.split('/').map(encodeURIComponent).join('/')}`;
  return safeHttpUrl(c.URL);
}

export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
