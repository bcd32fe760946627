/**
 * Part of `npm run test:data`: the BibTeX, RIS and CSL-JSON that a badge's copy buttons give, for
 * every bundled citation, read back by the parsers reference managers use — citation-js (BibTeX,
 * RIS, CSL-JSON) and @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero, with
 * its default options, which sentence-case titles that are not case-protected). Nothing the
 * record has may be lost: authors (an organisation stays one name), title with its capitals,
 * container, full publication date, access date, type, volume, issue, pages, DOI, URL.
 *
 * RIS is read by citation-js with the RIS 2011 specification's per-type tags; where that mapping
 * has no tag for a field in a type (a newspaper's authors and full date, a web page's container),
 * the field is checked in the text written, as Zotero's RIS import reads it.
 */
import { createRequire } from 'node:module';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { bundledDataset } from '../src/data/generated/dataset.js';
import { safeLink, toBibTeX, toCslJson, toRIS } from '../src/data/citation-export.js';
import type { CitationT } from '../src/data/schema.js';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: unknown) => { data: Csl[] } };
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

type Name = { family?: string; given?: string; literal?: string; suffix?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string };
type Csl = Record<string, unknown> & { type?: string; genre?: string; author?: Name[] };

let passed = 0;
const failures: string[] = [];
function same(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) passed++;
  else failures.push(`${what}: got ${a}, expected ${e}`);
}

const dateOf = (d: unknown) => (d as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.map(Number);
/** A name as a reader sees it: an organisation's as written, a person's as `Family, Given`. */
const nameOf = (n: Name) =>
  n.literal ?? [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), n.suffix, [n.given, n['dropping-particle']].filter(Boolean).join(' ')].filter(Boolean).join(', ');
/** Page ranges compare by their numbers (BibTeX writes `--`, RIS splits them, CSL uses `–` or `-`). */
const pagesOf = (p: unknown) => (typeof p === 'string' ? p.replace(/\s*[–-]+\s*/, '-') : p);
/** citation-js reads a newspaper or magazine article from BibLaTeX as an article with that subtype; a blog post as a web page with `weblog`. */
function typeOf(csl: Csl): string | undefined {
  if (csl.type === 'article-journal' && (csl.genre === 'newspaper' || csl.genre === 'magazine')) return `article-${csl.genre}`;
  if (csl.type === 'webpage' && csl.genre === 'weblog') return 'post-weblog';
  return csl.type;
}

/** The fields every format must carry, as CSL-JSON. */
function expected(c: CitationT) {
  return {
    type: c.type,
    author: (c.author ?? []).map(nameOf),
    title: c.title,
    container: c['container-title'],
    publisher: c.publisher,
    issued: dateOf(c.issued),
    accessed: dateOf(c.accessed),
    volume: c.volume,
    issue: c.issue,
    page: pagesOf(c.page),
    DOI: c.DOI,
    URL: c.URL,
  };
}

function fromCsl(csl: Csl) {
  return {
    type: typeOf(csl),
    author: (csl.author ?? []).map(nameOf),
    title: csl.title,
    container: csl['container-title'],
    publisher: csl.publisher,
    issued: dateOf(csl.issued),
    accessed: dateOf(csl.accessed),
    volume: csl.volume,
    issue: csl.issue,
    page: pagesOf(csl.page),
    DOI: csl.DOI,
    URL: csl.URL,
  };
}

/** Better BibTeX's parser marks case-protected text as `<span class="nocase">…</span>`: the text a reader sees. */
const shown = (text: string | string[] | undefined) => (Array.isArray(text) ? text.join(' ') : text)?.replace(/<\/?span[^>]*>/g, '');
const creatorName = (n: Creator) => n.name ?? [[n.prefix, n.lastName].filter(Boolean).join(' '), n.suffix, n.firstName].filter(Boolean).join(', ');

/**
 * What no bundled citation has but a student's own dataset may (its spreadsheet has a column for
 * every CSL variable): particles, editors and translators, places, numbers, genres, languages,
 * original titles, series, literal dates and ranges, a publisher with " and " in its name, an
 * organisation, a DOI with characters a URL must encode.
 */
const OWN_RESEARCH = [
  { id: 'particles', type: 'book', title: 'Kerja sama', author: [{ family: 'Campos', 'non-dropping-particle': 'de', given: 'Maria' }, { family: 'Beethoven', 'dropping-particle': 'van', given: 'Ludwig' }, { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }], editor: [{ family: 'Sato', given: 'Kenji' }], translator: [{ family: 'Lee', given: 'Min-ji' }], 'publisher-place': 'Tokyo', publisher: 'Ministry of Environment and Forestry', ISBN: '978-4-00-000000-0', language: 'ja', 'original-title': '協力', edition: '2', 'collection-title': 'Asian Studies', issued: { 'date-parts': [[2020], [2021]] } },
  { id: 'chapter', type: 'chapter', title: 'Vaccines', author: [{ family: 'Jones', given: 'Ann' }], editor: [{ family: 'Smith', given: 'Bea' }], 'container-title': 'The Book', 'publisher-place': 'Oxford', publisher: 'Oxford University Press', page: '1–20', issued: { 'date-parts': [[2019, 5]] } },
  { id: 'report', type: 'report', title: 'Report on Health', author: [{ literal: 'Ministry of Health, Republic of Indonesia' }], number: 'WHO/2020.1', publisher: 'Department of Foreign Affairs and Trade', 'publisher-place': 'Jakarta', issued: { literal: 'Spring 2020' }, DOI: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0' },
  { id: 'thesis', type: 'thesis', title: 'Diplomasi Vaksin', author: [{ family: 'Putri', given: 'Sari' }], genre: 'PhD thesis', publisher: 'Universitas Indonesia', language: 'id', issued: { literal: 'forthcoming' } },
] as unknown as CitationT[];

/** The fields beyond the core that the exports carry, as CSL-JSON (names as a reader sees them). */
const EXTRA_NAMES = ['editor', 'translator'] as const;
const EXTRA_TEXT = ['publisher-place', 'ISBN', 'number', 'genre', 'original-title', 'edition', 'collection-title'] as const;
function extras(csl: Record<string, unknown>) {
  return {
    ...Object.fromEntries(EXTRA_NAMES.map((k) => [k, ((csl[k] as Name[] | undefined) ?? []).map(nameOf)])),
    ...Object.fromEntries(EXTRA_TEXT.map((k) => [k, csl[k]])),
    literalDate: (csl.issued as { literal?: string } | undefined)?.literal,
    range: (csl.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[1]?.map(Number),
  };
}
/** The RIS 2011 tag of each extra field, by the type citation-js reads it for (elsewhere: in the text written). */
const RIS_TAG: Record<string, string> = { translator: 'A4', 'publisher-place': 'CY', ISBN: 'SN', number: 'M1', genre: 'M3', 'original-title': 'OP', edition: 'ET', 'collection-title': 'T3' };

for (const c of OWN_RESEARCH) {
  const want: ReturnType<typeof expected> & Record<string, unknown> = { ...expected(c), ...extras(c as unknown as Record<string, unknown>) };
  const bibtex = toBibTeX(c);
  const [viaBibtex] = new Cite(bibtex).data;
  const back = { ...fromCsl(viaBibtex), ...extras(viaBibtex) };
  // citation-js reads BibLaTeX's `langid` as babel's name ("japanese"): the language is kept, in its words.
  for (const [key, value] of Object.entries(back)) same(`${c.id} BibTeX → citation-js: ${key}`, value, want[key as keyof typeof want]);
  same(`${c.id} BibTeX: language`, (viaBibtex as Csl).language, { ja: 'japanese', id: 'indonesian' }[(c as unknown as { language?: string }).language ?? ''] ?? undefined);
  const library = parseBibtex(bibtex);
  same(`${c.id} BibTeX → bibtex-parser: errors`, library.errors, []);
  const fields = library.entries[0]?.fields ?? {};
  same(`${c.id} BibTeX → bibtex-parser: author`, (fields.author ?? []).map(creatorName), want.author);
  same(`${c.id} BibTeX → bibtex-parser: publisher`, fields.publisher ?? fields.institution, [want.publisher]);

  const ris = toRIS(c);
  const tags = (tag: string) => ris.split('\n').filter((line) => line.startsWith(`${tag}  - `)).map((line) => line.slice(6));
  const risName = (n: Name) => n.literal ?? [[n['non-dropping-particle'], n.family].filter(Boolean).join(' '), [n.given, n['dropping-particle']].filter(Boolean).join(' '), n.suffix].filter(Boolean).join(', ');
  same(`${c.id} RIS: author`, tags('AU'), (c.author as Name[]).map(risName));
  for (const key of [...EXTRA_NAMES, ...EXTRA_TEXT]) {
    // A report's `SN` is its number; a book's editor is `A3`, a chapter's `A2`.
    if (c.type === 'report' && key === 'ISBN') continue;
    const tag = c.type === 'report' && key === 'number' ? 'SN' : key === 'editor' ? ({ book: 'A3', chapter: 'A2' }[c.type] ?? 'ED') : RIS_TAG[key];
    const isList = (EXTRA_NAMES as readonly string[]).includes(key);
    same(`${c.id} RIS: ${key} (${tag})`, isList ? tags(tag) : tags(tag)[0], want[key]);
  }
  const literal = want.literalDate as string | undefined;
  const range = want.range as number[] | undefined;
  same(`${c.id} RIS: DA`, tags('DA')[0], literal ? (/\d{4}/.test(literal) ? `${literal.match(/\d{4}/)![0]}///${literal}` : undefined) : range ? `${want.issued![0]}///${want.issued![0]}–${range[0]}` : tags('DA')[0]);
  // The link is the DOI's address, encoded as the page's link is (never raw "<", ">" or ";").
  same(`${c.id} RIS: UR`, tags('UR')[0], c.URL ?? (c.DOI ? safeLink(c) : undefined));
  const [viaRis] = new Cite(ris).data;
  same(`${c.id} RIS → citation-js: editor`, (((viaRis as Csl).editor as Name[] | undefined) ?? []).map(nameOf), want.editor);
}

// Hostile text a dataset may hold (the schema accepts it): it stays in its field in every export.
const hostile = { id: 'hostile', type: 'article-journal', title: 'A\rUR  - javascript:alert(1)\u2028TY  - JOUR', DOI: '10.1371/x},url={javascript:alert(1)', URL: 'https://example.org/a}b' } as unknown as CitationT;
{
  const fields = parseBibtex(toBibTeX(hostile)).entries[0]?.fields ?? {};
  same('hostile BibTeX → bibtex-parser: fields', Object.keys(fields).sort(), ['doi', 'title', 'url']);
  same('hostile BibTeX → bibtex-parser: doi', fields.doi, '10.1371/x%7D,url=%7Bjavascript:alert(1)');
  same('hostile BibTeX → bibtex-parser: url', fields.url, 'https://example.org/a%7Db');
  const ris = toRIS(hostile);
  same('hostile RIS: lines', ris.split(/\r\n|[\r\n\u2028\u2029]/).map((line) => line.slice(0, 6)), ['TY  - ', 'TI  - ', 'DO  - ', 'UR  - ', 'ID  - ', 'ER  - ']);
}

for (const c of bundledDataset.citations as CitationT[]) {
  const want = expected(c);
  const bibtex = toBibTeX(c);

  // BibTeX → citation-js.
  const [viaCitationJs] = new Cite(bibtex).data;
  for (const [key, value] of Object.entries(fromCsl(viaCitationJs))) same(`${c.id} BibTeX → citation-js: ${key}`, value, want[key as keyof typeof want]);

  // BibTeX → @retorquere/bibtex-parser, with Better BibTeX's default sentence-casing.
  const library = parseBibtex(bibtex);
  same(`${c.id} BibTeX → bibtex-parser: errors`, library.errors, []);
  const entry = library.entries[0];
  const fields = entry?.fields ?? {};
  same(`${c.id} BibTeX → bibtex-parser: key`, entry?.key, c.id);
  same(`${c.id} BibTeX → bibtex-parser: author`, (fields.author ?? []).map(creatorName), want.author);
  same(`${c.id} BibTeX → bibtex-parser: title`, shown(fields.title), want.title);
  same(`${c.id} BibTeX → bibtex-parser: container`, shown(fields.journaltitle ?? fields.booktitle), want.container);
  same(`${c.id} BibTeX → bibtex-parser: date`, fields.date?.split('-').map(Number), want.issued);
  same(`${c.id} BibTeX → bibtex-parser: urldate`, fields.urldate?.split('-').map(Number), want.accessed);
  same(`${c.id} BibTeX → bibtex-parser: url`, fields.url, want.URL);

  // RIS → citation-js; what its per-type mapping has no tag for, in the text written.
  const ris = toRIS(c);
  const [risBack] = new Cite(ris).data;
  const back = fromCsl(risBack);
  const tags = (tag: string) => ris.split('\n').filter((line) => line.startsWith(`${tag}  - `)).map((line) => line.slice(6));
  const risDate = (tag: string) => tags(tag)[0]?.split('/').filter(Boolean).map(Number);
  same(`${c.id} RIS → citation-js: type`, back.type, want.type);
  same(`${c.id} RIS → citation-js: title`, back.title, want.title);
  same(`${c.id} RIS: author`, back.author.length ? back.author : tags('AU'), want.author);
  same(`${c.id} RIS: container`, back.container ?? tags('T2')[0], want.container);
  same(`${c.id} RIS: issued`, back.issued?.length === want.issued?.length ? back.issued : risDate('DA'), want.issued);
  same(`${c.id} RIS: accessed`, back.accessed ?? risDate('Y2'), want.accessed);
  for (const key of ['volume', 'issue', 'page', 'DOI'] as const) same(`${c.id} RIS → citation-js: ${key}`, back[key], want[key]);
  // A work with a DOI and no URL gets the DOI's address as its link.
  same(`${c.id} RIS → citation-js: URL`, back.URL, want.URL ?? (want.DOI && `https://doi.org/${want.DOI}`));

  // CSL-JSON → citation-js.
  const [cslBack] = new Cite(JSON.parse(JSON.stringify([toCslJson(c)]))).data;
  for (const [key, value] of Object.entries(fromCsl(cslBack))) same(`${c.id} CSL-JSON → citation-js: ${key}`, value, want[key as keyof typeof want]);
}

for (const failure of failures) console.log(`  ✗ ${failure}`);
console.log(`citation export round trips (${bundledDataset.citations.length} citations and ${OWN_RESEARCH.length} of a reader's own): ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
