/**
 * Citation exports for the copy buttons: formatted text, BibTeX, RIS and CSL-JSON.
 * Pure functions of a citation record; plain text only. Loaded when a reference's copy buttons
 * may be used (a popover opens); what a rendered reference needs is in citation-text.ts.
 */
import type { CitationStyle, CitationT, Locale } from './schema.js';
import { formattedIn } from './localized.js';
import { safeHttpUrl, safeLink, segmentsToText, type ExportFormat } from './citation-text.js';

export { EXPORT_FORMATS, EXPORT_LABELS, safeHttpUrl, safeLink, segmentsToText, type ExportFormat } from './citation-text.js';

type Name = { family?: string; given?: string; literal?: string; suffix?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string };
type DateParts = { 'date-parts'?: (number | string)[][]; literal?: string };

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

/**
 * The CSL fields beyond the typed core, read defensively: the dataset's citations are loose
 * CSL-JSON objects, so an editor list or an ISBN may be anything a spreadsheet gave.
 */
const text = (c: CitationT, key: string): string | undefined => {
  const value = (c as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
};
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
function namesOf(c: CitationT, key: string): Name[] {
  const list = (c as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return [];
  return list
    .filter((n): n is Record<string, unknown> => !!n && typeof n === 'object')
    .map((n) => ({ family: str(n.family), given: str(n.given), literal: str(n.literal), suffix: str(n.suffix), 'non-dropping-particle': str(n['non-dropping-particle']), 'dropping-particle': str(n['dropping-particle']) }))
    .filter((n) => n.family || n.given || n.literal);
}
const names = (c: CitationT) => namesOf(c, 'author');

/**
 * A person's name in sort order, as RIS and the BibTeX "Last, First" form write it: the particle
 * kept with the family name ("de Campos, Maria") is written before it, the one dropped when sorting
 * ("Beethoven, Ludwig van") after the given name, so that both read back where CSL puts them.
 */
const familyPart = (n: Name) => [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
const givenPart = (n: Name) => [n.given, n['dropping-particle']].filter(Boolean).join(' ');

/** The dates of a CSL date as numbers: `[[year, month?, day?], [end…]?]`; none for a literal or missing date. */
function dateRange(d: unknown): number[][] | undefined {
  const all = (d as DateParts | undefined)?.['date-parts']?.slice(0, 2).map((p) => p.map(Number));
  return all?.[0]?.length && all.every((p) => p.length && p.every(Number.isFinite)) ? all : undefined;
}
const dateParts = (d: unknown) => dateRange(d)?.[0];
/** A literal date ("Spring 2020", "forthcoming"), as written. */
const literalDate = (d: unknown) => (dateRange(d) ? undefined : str((d as DateParts | undefined)?.literal));
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (parts: number[]) => parts.map((n, i) => (i ? pad(n) : String(n))).join('-');
/** `2019-08-07`, `2019-08`, `2019` or a range `2020/2021` (ISO 8601, as BibLaTeX's `date` and `urldate` take it). */
const isoDate = (d: unknown) => dateRange(d)?.map(iso).join('/');

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
 * A person as `von Family, Suffix, Given`, a family name of several words braced (BibTeX would read
 * "de" in "Pires de Campos" as a particle); an organisation (a literal name) braced whole, so it
 * is never split into first and last names.
 */
function bibtexName(n: Name): string {
  if (n.literal !== undefined) return `{${texEscape(n.literal)}}`;
  const family = n.family && (/\s/.test(n.family.trim()) ? `{${texEscape(n.family)}}` : texEscape(n.family));
  const particle = n['non-dropping-particle'];
  const given = givenPart(n);
  const von = [particle && texEscape(particle), family].filter(Boolean).join(' ');
  return [von, n.suffix && texEscape(n.suffix), given && texEscape(given)].filter(Boolean).join(', ');
}
const bibtexNames = (list: Name[]) => list.map(bibtexName).join(' and ') || undefined;
/** A list field (publisher, location, institution) braced whole: BibLaTeX splits one at " and ". */
const literalList = (value: string | undefined) => value && `{${texEscape(value)}}`;

/**
 * A DOI or URL as BibLaTeX's verbatim fields take it: a brace or backslash percent-encoded (the
 * same address), so that no value can close its field and open another.
 */
const verbatim = (value: string) => value.replace(/[{}\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

/** BibLaTeX's `langid` (babel's name) for the languages its users cite most; others as `language`. */
const BABEL: Record<string, string> = { en: 'english', id: 'indonesian', ms: 'malay', ja: 'japanese', ko: 'korean', zh: 'chinese', nl: 'dutch', de: 'ngerman', fr: 'french', es: 'spanish', pt: 'portuguese' };

/** The reference as a BibLaTeX entry: full dates, access date, container, entry type, title case and every CSL field it has a field for. */
export function toBibTeX(c: CitationT): string {
  const [type, subtype] = BIBLATEX_TYPES[c.type] ?? ['misc'];
  const container = c['container-title'];
  const escaped = (key: string) => {
    const value = text(c, key);
    return value && texEscape(value);
  };
  const language = text(c, 'language');
  const babel = language && BABEL[language.toLowerCase().split(/[-_]/)[0]];
  const fields: [string, string | undefined][] = [
    ['entrysubtype', subtype],
    ['author', bibtexNames(names(c))],
    ['editor', bibtexNames(namesOf(c, 'editor'))],
    ['translator', bibtexNames(namesOf(c, 'translator'))],
    ['bookauthor', bibtexNames(namesOf(c, 'container-author'))],
    ['title', c.title && protectCase(c.title)],
    ['origtitle', text(c, 'original-title') && protectCase(text(c, 'original-title')!)],
    // `journaltitle` for an article; `booktitle` is what holds a web page's or a document's site or series.
    [type === 'article' ? 'journaltitle' : 'booktitle', container && protectCase(container)],
    ['series', text(c, 'collection-title') && protectCase(text(c, 'collection-title')!)],
    ['eventtitle', text(c, 'event-title') && protectCase(text(c, 'event-title')!)],
    ['venue', literalList(text(c, 'event-place'))],
    ['type', escaped('genre')],
    ['edition', escaped('edition')],
    // A report's or thesis's publisher is its institution (what BibLaTeX's styles print for them).
    [type === 'report' || type === 'thesis' ? 'institution' : 'publisher', literalList(c.publisher)],
    ['location', literalList(text(c, 'publisher-place'))],
    // BibLaTeX's `year` is a literal field: a date such as "Spring 2020" reads back as written.
    isoDate(c.issued) ? ['date', isoDate(c.issued)] : ['year', literalDate(c.issued) && texEscape(literalDate(c.issued)!)],
    ['volume', c.volume && texEscape(c.volume)],
    // `number` is an article's issue, a report's number, a book's number in its series.
    ['number', type === 'article' ? c.issue && texEscape(c.issue) : (escaped('number') ?? escaped('collection-number'))],
    ['issue', type === 'article' ? undefined : c.issue && texEscape(c.issue)],
    ['pages', c.page && texEscape(c.page.replace(/\s*[–-]+\s*/, '--'))],
    ['pagetotal', escaped('number-of-pages')],
    ['isbn', escaped('ISBN')],
    ['issn', escaped('ISSN')],
    babel ? ['langid', babel] : ['language', language && texEscape(language)],
    ['doi', c.DOI && verbatim(c.DOI)],
    ['url', httpUrlAsWritten(c) && verbatim(httpUrlAsWritten(c)!)],
    ['urldate', isoDate(c.accessed)],
    ['abstract', escaped('abstract')],
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

/**
 * `2019/08/07/`, `2019/08//` or `2019///`: RIS dates keep the parts they have; what a date says
 * beyond its first day (a range's end, a literal such as "Spring 2020") goes in the fourth part,
 * RIS's free text, after the year it names.
 */
const risDate = (d: unknown) => {
  const range = dateRange(d);
  const literal = literalDate(d);
  const [year, month, day] = range?.[0] ?? [Number(literal?.match(/\b\d{4}\b/)?.[0])];
  if (!Number.isFinite(year)) return undefined;
  const more = range?.[1] ? range.map(iso).join('–') : (literal ?? '');
  return `${year}/${month ? pad(month) : ''}/${day ? pad(day) : ''}/${more}`;
};

/** The specification's editor tag where its type has one (elsewhere `ED`, the older tag readers still take). */
const RIS_EDITOR: Record<string, string> = { BOOK: 'A3', CHAP: 'A2', CPAPER: 'A2', BLOG: 'A2' };

/** A person as RIS writes one, `Family, Given, Suffix` (particles as in BibTeX); an organisation as written. */
const risName = (n: Name) => n.literal ?? [familyPart(n), givenPart(n), n.suffix].filter(Boolean).join(', ');

/**
 * The reference as RIS: full date (`DA`) beside the year, access date (`Y2`), container (`T2`),
 * and the other CSL fields under the tags of the RIS 2011 specification for the entry's type (as
 * citation-js reads them back).
 */
export function toRIS(c: CitationT): string {
  const ty = RIS_TYPES[c.type] ?? 'GEN';
  const lines: string[] = [`TY  - ${ty}`];
  // One line each: RIS has no continuation lines, so any line break in a value (CR, LF, a Unicode
  // separator: a reader may split on each) becomes a space, and no value can start a tag line.
  const add = (tag: string, value: unknown) => value !== undefined && value !== '' && lines.push(`${tag}  - ${String(value).replace(/\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g, ' ')}`);
  for (const n of names(c)) add('AU', risName(n));
  for (const n of namesOf(c, 'editor')) add(RIS_EDITOR[ty] ?? 'ED', risName(n));
  for (const n of namesOf(c, 'translator')) add('A4', risName(n));
  add('TI', c.title);
  add('OP', text(c, 'original-title'));
  add('T2', c['container-title']);
  add('T3', text(c, 'collection-title'));
  add('PY', dateParts(c.issued)?.[0] ?? risDate(c.issued)?.split('/')[0]);
  add('DA', risDate(c.issued));
  add('VL', c.volume);
  add('IS', c.issue);
  if (c.page) {
    const [sp, ep] = c.page.split(/\s*[–-]+\s*/);
    add('SP', sp);
    add('EP', ep);
  } else add('SP', text(c, 'number-of-pages'));
  add('ET', text(c, 'edition'));
  add('M3', text(c, 'genre'));
  // A report's number is its `SN` (the specification's "Report Number"); elsewhere `SN` is the ISBN or ISSN.
  if (ty === 'RPRT') add('SN', text(c, 'number') ?? text(c, 'ISBN'));
  else {
    add('M1', text(c, 'number'));
    add('SN', text(c, 'ISBN') ?? text(c, 'ISSN'));
  }
  add('PB', c.publisher);
  // A conference paper's `CY` is where the conference met; where its proceedings were published is `C1`.
  add(ty === 'CPAPER' ? 'C1' : 'CY', text(c, 'publisher-place'));
  if (ty === 'CPAPER') add('CY', text(c, 'event-place'));
  add('LA', text(c, 'language'));
  add('DO', c.DOI);
  add('UR', httpUrlAsWritten(c) ?? safeLink(c));
  add('Y2', risDate(c.accessed));
  add('AB', text(c, 'abstract'));
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
