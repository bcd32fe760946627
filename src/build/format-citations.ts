/**
 * Pre-formats references with citeproc-js and the official CSL styles at build time, so that no
 * formatting engine ships with the elements. Browser-safe (no `node:` imports): the browser builder
 * page formats with this same code, citeproc and styles. citeproc's HTML output is turned into structured
 * segments (plain text plus an italic flag) here; it is never shipped as HTML.
 */
import type { CitationRecordT, FormattedT, SegmentT } from '../data/schema.js';
import type { BuildProblem } from '../data/verify.js';

interface CslEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
  makeCitationCluster(items: { id: string }[]): string;
}
/** citeproc-js (npm `citeproc`), passed in: Node requires it, a page imports its own bundle. */
export interface CslModule {
  Engine: new (sys: object, style: string, lang: string, forceLang: boolean) => CslEngine;
}

export const STYLE_FILES = { apa: 'apa.csl', chicago: 'chicago-author-date.csl', mla: 'modern-language-association.csl' } as const;
export const LOCALE_TAGS = { en: 'en-US', id: 'id-ID' } as const;

/** Our provenance fields, which are not CSL variables (`note` would clash with CSL's own). */
const OWN_FIELDS = ['citedBy', 'inBibliography', 'isSource', 'relatedTo', 'note', 'evidence', 'formatted'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Turns citeproc's HTML into text segments; `<i>` and italic spans become `italic: true`. */
export function htmlToSegments(html: string): SegmentT[] {
  const segments: SegmentT[] = [];
  const stack: boolean[] = [false];
  const push = (text: string) => {
    if (!text) return;
    const italic = stack[stack.length - 1];
    const last = segments[segments.length - 1];
    if (last && Boolean(last.italic) === italic) last.text += text;
    else segments.push(italic ? { text, italic: true } : { text });
  };
  for (const token of html.trim().split(/(<[^>]+>)/)) {
    if (!token.startsWith('<')) {
      push(decodeEntities(token));
      continue;
    }
    if (token.startsWith('</')) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (token.endsWith('/>')) continue;
    const current = stack[stack.length - 1];
    if (/^<(i|em)\b/i.test(token) || /font-style:\s*italic/i.test(token)) stack.push(true);
    else if (/font-style:\s*normal/i.test(token)) stack.push(false);
    else stack.push(current);
  }
  const first = segments[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = segments[segments.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return segments.filter((s) => s.text);
}

/**
 * Formats every citation in every style and locale.
 * @param readCsl reads a file of the CSL folder (styles and `locales-xx-XX.xml`)
 * @param CSL citeproc-js
 */
export function formatCitations(citations: CitationRecordT[], readCsl: (file: string) => string, CSL: CslModule): Map<string, FormattedT> {
  const items = new Map(
    citations.map((c) => [c.id, Object.fromEntries(Object.entries(c).filter(([k]) => !OWN_FIELDS.includes(k)))]),
  );
  const ids = [...items.keys()];
  const out = new Map<string, Record<string, Record<string, unknown>>>();
  for (const [style, file] of Object.entries(STYLE_FILES)) {
    // A badge shows one entry alone and a scoped list any subset: a same-author "———" would
    // hide the author, so entries always name their authors.
    const styleXml = readCsl(file).replace(/\s+subsequent-author-substitute="[^"]*"/g, '');
    for (const [locale, tag] of Object.entries(LOCALE_TAGS)) {
      const engine = new CSL.Engine(
        { retrieveLocale: (lang: string) => readCsl(`locales-${lang}.xml`), retrieveItem: (id: string) => items.get(id) },
        styleXml,
        tag,
        true,
      );
      engine.setOutputFormat('html');
      engine.updateItems(ids);
      const [meta, entries] = engine.makeBibliography();
      meta.entry_ids.forEach(([id], i) => {
        const formatted = out.get(id) ?? {};
        formatted[style] ??= {};
        let html = entries[i] ?? '';
        // APA without an access date prints "Retrieved <URL>"; APA 7 then wants the bare URL.
        if (!items.get(id)?.accessed) html = html.replace(/\b(?:Retrieved|Diambil) (?=https?:)/g, '');
        const keep = keepCase(items.get(id) ?? {});
        const cluster = engine.makeCitationCluster([{ id }]);
        const citationSegments = htmlToSegments(cluster).map((seg) => ({ ...seg, text: keep(seg.text) }));
        formatted[style][locale] = {
          bibliography: htmlToSegments(html).map((seg) => ({ ...seg, text: keep(seg.text) })),
          citation: keep(decodeEntities(cluster.replace(/<[^>]+>/g, ''))),
          // Only where the citation has italics (APA cites a work without author by its title in
          // italics); elsewhere the plain `citation` says it all and the dataset stays small.
          ...(citationSegments.some((seg) => seg.italic) ? { citationSegments } : {}),
        };
        out.set(id, formatted);
      });
    }
  }
  return out as unknown as Map<string, FormattedT>;
}

// Host names and URLs, e.g. "Wwww.unicef.org" (sic) or "https://doi.org/10.1/X".
const DOMAIN_PATTERN = /\b(?:https?:\/\/\S+|(?:[A-Za-z0-9-]+\.)+(?:com|org|net|id|go\.jp|jp|int|edu|gov|io|info)\b)/gi;

/** Every URL or domain name in the item's own fields, spelled as the record spells it. */
function domainsOf(item: Record<string, unknown>): string[] {
  const text = Object.values(item).filter((x): x is string => typeof x === 'string').join(' ');
  return [...new Set(text.match(DOMAIN_PATTERN) ?? [])];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** citeproc title-cases "Wwww.unicef.org" into "Wwww.Unicef.Org": put the record's spelling back. */
function keepCase(item: Record<string, unknown>): (text: string) => string {
  const domains = domainsOf(item);
  if (!domains.length) return (text) => text;
  return (text) => domains.reduce((t, d) => t.replace(new RegExp(escapeRegExp(d), 'gi'), d), text);
}

// Function words that mark a title as Indonesian when the item does not state its language.
const INDONESIAN_WORDS = new Set(['dan', 'yang', 'di', 'ke', 'dari', 'melalui', 'dalam', 'antara', 'dengan', 'untuk', 'pada', 'kerja', 'sama', 'tahun', 'periode', 'mengenai', 'upaya']);

function looksIndonesian(title: string): boolean {
  const words = new Set(title.toLowerCase().split(/[^a-z]+/));
  return [...INDONESIAN_WORDS].filter((w) => words.has(w)).length >= 2;
}

/**
 * Reference strings a journal reader would see as errors (issue 12): an entry that opens with a
 * same-author substitute, "Preprint" for a work not recorded as one (CSL type "article" means a
 * preprint), a URL or domain whose case changed, a non-English title re-cased as English.
 */
export function checkFormatted(citations: CitationRecordT[], formatted: ReadonlyMap<string, FormattedT>, file = 'data/records/citations.yaml'): BuildProblem[] {
  const problems: BuildProblem[] = [];
  citations.forEach((c, index) => {
    const f = formatted.get(c.id);
    if (!f) return;
    const item = c as Record<string, unknown>;
    const domains = domainsOf(Object.fromEntries(Object.entries(item).filter(([k]) => !OWN_FIELDS.includes(k))));
    const title = typeof c.title === 'string' ? c.title : '';
    const language = typeof item.language === 'string' ? item.language : undefined;
    const nonEnglish = language ? !/^en\b/i.test(language) : looksIndonesian(title);
    for (const [style, locales] of Object.entries(f)) {
      for (const [locale, entry] of Object.entries(locales as FormattedT['apa'])) {
        const strings: [string, string][] = [
          ['bibliography', entry.bibliography.map((s) => s.text).join('')],
          ['citation', entry.citation],
        ];
        for (const [part, text] of strings) {
          const path = `$.citations[${index}].formatted.${style}.${locale}.${part}`;
          const fail = (message: string) =>
            problems.push({ file, path, collection: 'citations', recordId: c.id, message: `${message}: "${text.slice(0, 100)}"` });
          if (text.includes('CSL STYLE ERROR')) fail('has no printed form in this style (give the item an author or a title)');
          if (/^\s*[—–-]{2,}/.test(text)) fail('starts with a same-author substitute, so the author never appears');
          if (/\b(?:preprint|pracetak)\b/i.test(text) && item.genre !== 'preprint') {
            fail('says "Preprint" but the work is not recorded as a preprint (CSL type "article" is a preprint; use article-journal, report, document…, or genre: preprint)');
          }
          for (const d of domains) {
            const found = text.match(new RegExp(escapeRegExp(d), 'gi')) ?? [];
            if (found.some((m) => m !== d)) fail(`changes the case of "${d}"`);
          }
          if (nonEnglish && title) {
            const found = text.match(new RegExp(escapeRegExp(title).replace(/\s+/g, '\\s+'), 'gi')) ?? [];
            if (found.some((m) => m.replace(/\s+/g, ' ') !== title.replace(/\s+/g, ' '))) {
              fail(`re-cases the title of a non-English item (set its CSL "language", e.g. "id")`);
            }
          }
        }
      }
    }
  });
  return problems;
}
