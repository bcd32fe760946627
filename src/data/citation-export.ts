/**
 * Citation exports for the copy buttons: formatted text, BibTeX, RIS and CSL-JSON.
 * Pure functions of a citation record; plain text only. Loaded when a reference's copy buttons
 * may be used (a popover opens); what a rendered reference needs is in citation-text.ts.
 */
import type { CitationStyle, CitationT, Locale } from './schema.js';
import { safeHttpUrl, segmentsToText, type ExportFormat } from './citation-text.js';

export { EXPORT_FORMATS, EXPORT_LABELS, safeHttpUrl, safeLink, segmentsToText, type ExportFormat } from './citation-text.js';

type Name = { family?: string; given?: string; literal?: string; suffix?: string };
type DateParts = { 'date-parts'?: (number | string)[][] };

const OWN_FIELDS = new Set(['citedBy', 'inBibliography', 'isSource', 'relatedTo', 'note', 'evidence', 'formatted']);

export function formattedReference(c: CitationT, style: CitationStyle, locale: Locale): string {
  return segmentsToText(c.formatted[style][locale].bibliography);
}

/** The URL as the dataset writes it, when it is http(s): a reference manager makes it a link. */
const httpUrlAsWritten = (c: CitationT) => (safeHttpUrl(c.URL) ? c.URL : undefined);

/** The CSL-JSON item alone, without our provenance fields (and without a URL that is not http(s)). */
export function toCslJson(c: CitationT): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c).filter(([k]) => !OWN_FIELDS.has(k) && (k !== 'URL' || httpUrlAsWritten(c))));
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
    ['url', httpUrlAsWritten(c)],
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
  add('UR', httpUrlAsWritten(c) ?? (c.DOI ? `https://doi.org/${c.DOI}` : undefined));
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
