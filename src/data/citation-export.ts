/**
 * Citation exports for the copy buttons: formatted text, BibTeX, RIS and CSL-JSON.
 * Pure functions of a citation record; plain text only. Loaded when a reference's copy buttons
 * may be used (a popover opens); what a rendered reference needs is in citation-text.ts.
 */
import type { CitationStyle, CitationT, Locale } from './schema.js';
import { formattedIn } from './localized.js';
import { safeHttpUrl, segmentsToText, type ExportFormat } from './citation-text.js';

export { EXPORT_FORMATS, EXPORT_LABELS, safeHttpUrl, safeLink, segmentsToText, type ExportFormat } from './citation-text.js';

type Name = { family?: string; given?: string; literal?: string; suffix?: string };
type DateParts = { 'date-parts'?: (number | string)[][] };

const OWN_FIELDS = new Set(['citedBy', 'inBibliography', 'isSource', 'relatedTo', 'note', 'evidence', 'formatted']);

export function formattedReference(c: CitationT, style: CitationStyle, locale: Locale): string {
  return segmentsToText(formattedIn(c.formatted[style], locale).bibliography);
}

/** The URL as the dataset writes it, when it is http(s): a reference manager makes it a link. */
const httpUrlAsWritten = (c: CitationT) => (safeHttpUrl(c.URL) ? c.URL : undefined);

/** The CSL-JSON item alone, without our provenance fields (and without a URL that is not http(s)). */
export function toCslJson(c: CitationT): Record<string, unknown> {
  return Object.fromEntries(Object.entries(c).filter(([k]) => !OWN_FIELDS.has(k) && (k !== 'URL' || httpUrlAsWritten(c))));
}

const names = (c: CitationT) => ((c.author as Name[] | undefined) ?? []);

/** The first date of a CSL date as numbers: `[year, month?, day?]`; none for a literal or missing date. */
function dateParts(d: unknown): number[] | undefined {
  const parts = (d as DateParts | undefined)?.['date-parts']?.[0]?.map(Number);
  return parts?.length && parts.every(Number.isFinite) ? parts : undefined;
}
const pad = (n: number) => String(n).padStart(2, '0');
/** `2019-08-07`, `2019-08` or `2019` (ISO 8601, as BibLaTeX's `date` and `urldate` take it). */
const isoDate = (d: unknown) => dateParts(d)?.map((n, i) => (i ? pad(n) : String(n))).join('-');

/**
 * BibLaTeX entry types (Zotero with Better BibTeX, JabRef, biber and citation-js read them); the
 * kind of article goes in `entrysubtype`, as biblatex-apa and citation-js expect.
 */
const BIBLATEX_TYPES: Record<string, [type: string, subtype?: string]> = {
  'article-journal': ['article'],
  'article-newspaper': ['article', 'newspaper'],
  'article-magazine': ['article', 'magazine'],
  webpage: ['online'],
  'post-weblog': ['online', 'weblog'],
  book: ['book'],
  chapter: ['incollection'],
  thesis: ['thesis'],
  report: ['report'],
  'paper-conference': ['inproceedings'],
  document: ['misc'],
};

/** TeX's special characters as commands, so that any text reads back as written. */
function texEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (ch) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[ch] ?? `\\${ch}`);
}

/**
 * A title with every word that has a capital letter in braces: BibTeX styles and reference
 * managers (Better BibTeX converts titles to sentence case on import) keep braced words as written,
 * so proper nouns and all-caps titles survive.
 */
function protectCase(title: string): string {
  const protectedTitle = title
    .split(/(\s+)/)
    .map((word) => (/\s/.test(word) || !/\p{Lu}/u.test(word) ? texEscape(word) : `{${texEscape(word)}}`))
    .join('');
  // One braced word is the whole value: parsers take a single outer pair as mere delimiters.
  return /^\{[^\s]*\}$/.test(protectedTitle) ? `{${protectedTitle}}` : protectedTitle;
}

/**
 * A person as `Family, Suffix, Given`, a family name of several words braced (BibTeX would read
 * "de" in "Pires de Campos" as a particle); an organisation (a literal name) braced whole, so it
 * is never split into first and last names.
 */
function bibtexName(n: Name): string {
  if (n.literal !== undefined) return `{${texEscape(n.literal)}}`;
  const family = n.family && (/\s/.test(n.family.trim()) ? `{${texEscape(n.family)}}` : texEscape(n.family));
  return [family, n.suffix && texEscape(n.suffix), n.given && texEscape(n.given)].filter(Boolean).join(', ');
}

/** The reference as a BibLaTeX entry: full dates, access date, container, entry type and title case kept. */
export function toBibTeX(c: CitationT): string {
  const [type, subtype] = BIBLATEX_TYPES[c.type] ?? ['misc'];
  const container = c['container-title'];
  const fields: [string, string | undefined][] = [
    ['entrysubtype', subtype],
    ['author', names(c).map(bibtexName).join(' and ') || undefined],
    ['title', c.title && protectCase(c.title)],
    // `journaltitle` for an article; `booktitle` is what holds a web page's or a document's site or series.
    [type === 'article' ? 'journaltitle' : 'booktitle', container && protectCase(container)],
    ['publisher', c.publisher && texEscape(c.publisher)],
    ['date', isoDate(c.issued)],
    ['volume', c.volume && texEscape(c.volume)],
    ['number', c.issue && texEscape(c.issue)],
    ['pages', c.page && texEscape(c.page.replace(/\s*[–-]+\s*/, '--'))],
    ['doi', c.DOI],
    ['url', httpUrlAsWritten(c)],
    ['urldate', isoDate(c.accessed)],
  ];
  const body = fields
    .filter((field): field is [string, string] => !!field[1])
    .map(([k, value]) => `  ${k} = {${value}}`)
    .join(',\n');
  return `@${type}{${c.id},\n${body}\n}`;
}

const RIS_TYPES: Record<string, string> = {
  'article-journal': 'JOUR',
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  book: 'BOOK',
  chapter: 'CHAP',
  report: 'RPRT',
  thesis: 'THES',
  webpage: 'ELEC',
  'post-weblog': 'BLOG',
  'paper-conference': 'CPAPER',
};

/** `2019/08/07/`, `2019/08//` or `2019///`: RIS dates keep the parts they have. */
const risDate = (d: unknown) => {
  const parts = dateParts(d);
  return parts && `${parts[0]}/${parts[1] ? pad(parts[1]) : ''}/${parts[2] ? pad(parts[2]) : ''}/`;
};

/** The reference as RIS: full date (`DA`) beside the year, access date (`Y2`), container (`T2`). */
export function toRIS(c: CitationT): string {
  const lines: string[] = [`TY  - ${RIS_TYPES[c.type] ?? 'GEN'}`];
  // `Family, Given, Suffix`, the RIS form; an organisation as written.
  for (const n of names(c)) lines.push(`AU  - ${n.literal ?? [n.family, n.given, n.suffix].filter(Boolean).join(', ')}`);
  // One line each: RIS has no continuation lines, so line breaks in a value become spaces.
  const add = (tag: string, value: unknown) => value !== undefined && value !== '' && lines.push(`${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`);
  add('TI', c.title);
  add('T2', c['container-title']);
  add('PY', dateParts(c.issued)?.[0]);
  add('DA', risDate(c.issued));
  add('VL', c.volume);
  add('IS', c.issue);
  if (c.page) {
    const [sp, ep] = c.page.split(/\s*[–-]+\s*/);
    add('SP', sp);
    add('EP', ep);
  }
  add('PB', c.publisher);
  add('DO', c.DOI);
  add('UR', httpUrlAsWritten(c) ?? (c.DOI ? `https://doi.org/${c.DOI}` : undefined));
  add('Y2', risDate(c.accessed));
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
