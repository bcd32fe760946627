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
import { toBibTeX, toCslJson, toRIS } from '../src/data/citation-export.js';
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
const creatorName = (n: Creator) => n.name ?? [n.lastName, n.suffix, n.firstName].filter(Boolean).join(', ');

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
console.log(`citation export round trips (${bundledDataset.citations.length} citations): ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
