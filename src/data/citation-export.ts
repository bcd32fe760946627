/**
 * Citation exports for the copy buttons: formatted text, BibTeX, RIS and CSL-JSON.
 * Pure functions of a citation record; plain text only.
 */
import type { CitationStyle, CitationT, Locale, SegmentT } from './schema.js';

export const EXPORT_FORMATS = ['text', 'bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LABELS: Record<Exclude<ExportFormat, 'text'>, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

type Name = { family?: string; given?: string; literal?: string; suffix?: string };
type DateParts = { 'date-parts'?: (number | string)[][] };

const OWN_FIELDS = new Set(['citedBy', 'inBibliography', 'isSource', 'relatedTo', 'note', 'evidence', 'formatted']);

export function segmentsToText(segments: readonly SegmentT[]): string {
  return segments.map((s) => s.text).join('');
}

export function formattedReference(c: CitationT, style: CitationStyle, locale: Locale): string {
  return segmentsToText(c.formatted[style][locale].bibliography);
}

/** The CSL-JSON item alone, without our provenance fields. */
export function toCslJson(c: CitationT): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c).filter(([k]) => !OWN_FIELDS.has(k)));
}

const names = (c: CitationT) => ((c.author as Name[] | undefined) ?? []);
const year = (d: unknown) => (d as DateParts | undefined)?.['date-parts']?.[0]?.[0];
const nameText = (n: Name, sep = ', ') => n.literal ?? [n.family, [n.given, n.suffix].filter(Boolean).join(' ')].filter(Boolean).join(sep);

const BIBTEX_TYPES: Record<string, string> = {
  'article-journal': 'article',
  book: 'book',
  chapter: 'incollection',
  thesis: 'phdthesis',
  report: 'techreport',
  'paper-conference': 'inproceedings',
};

function bibtexEscape(s: string): string {
  return s.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`);
}

export function toBibTeX(c: CitationT): string {
  const fields: [string, string | undefined][] = [
    ['author', names(c).map((n) => (n.literal ? `{${n.literal}}` : nameText(n))).join(' and ') || undefined],
    ['title', c.title],
    [c.type === 'article-journal' ? 'journal' : 'howpublished', c['container-title']],
    ['publisher', c.publisher],
    ['year', year(c.issued)?.toString()],
    ['volume', c.volume],
    ['number', c.issue],
    ['pages', c.page?.replace(/[–-]/, '--')],
    ['doi', c.DOI],
    ['url', c.URL],
  ];
  const body = fields
    .filter(([, value]) => value)
    .map(([k, value]) => `  ${k} = {${k === 'url' || k === 'doi' ? value : bibtexEscape(value as string)}}`)
    .join(',\n');
  return `@${BIBTEX_TYPES[c.type] ?? 'misc'}{${c.id},\n${body}\n}`;
}

const RIS_TYPES: Record<string, string> = {
  'article-journal': 'JOUR',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  report: 'RPRT',
  thesis: 'THES',
  webpage: 'ELEC',
  'post-weblog': 'BLOG',
};

export function toRIS(c: CitationT): string {
  const lines: string[] = [`TY  - ${RIS_TYPES[c.type] ?? 'GEN'}`];
  for (const n of names(c)) lines.push(`AU  - ${nameText(n)}`);
  const add = (tag: string, value: unknown) => value !== undefined && value !== '' && lines.push(`${tag}  - ${String(value)}`);
  add('TI', c.title);
  add('T2', c['container-title']);
  add('PY', year(c.issued));
  add('VL', c.volume);
  add('IS', c.issue);
  if (c.page) {
    const [sp, ep] = c.page.split(/[–-]/);
    add('SP', sp);
    add('EP', ep);
  }
  add('PB', c.publisher);
  add('DO', c.DOI);
  add('UR', c.URL ?? (c.DOI ? `https://doi.org/${c.DOI}` : undefined));
  add('ID', c.id);
  lines.push('ER  - ');
  return lines.join('\n');
}

export function exportCitation(c: CitationT, format: ExportFormat, style: CitationStyle, locale: Locale): string {
  switch (format) {
    case 'bibtex':
      return toBibTeX(c);
    case 'ris':
      return toRIS(c);
    case 'csl-json':
      return JSON.stringify([toCslJson(c)], null, 2);
    default:
      return formattedReference(c, style, locale);
  }
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
