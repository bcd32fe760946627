/**
 * Pre-formats references with citeproc-js and the official CSL styles at build time, so that no
 * formatting engine ships to the browser. citeproc's HTML output is turned into structured
 * segments (plain text plus an italic flag) here; it is never shipped as HTML.
 */
import { createRequire } from 'node:module';
import type { CitationRecordT, FormattedT, SegmentT } from '../data/schema.js';

const require = createRequire(import.meta.url);

interface CslEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
  makeCitationCluster(items: { id: string }[]): string;
}
interface CslModule {
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
 */
export function formatCitations(citations: CitationRecordT[], readCsl: (file: string) => string): Map<string, FormattedT> {
  const CSL = require('citeproc') as CslModule;
  const items = new Map(
    citations.map((c) => [c.id, Object.fromEntries(Object.entries(c).filter(([k]) => !OWN_FIELDS.includes(k)))]),
  );
  const ids = [...items.keys()];
  const out = new Map<string, Record<string, Record<string, unknown>>>();
  for (const [style, file] of Object.entries(STYLE_FILES)) {
    const styleXml = readCsl(file);
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
        formatted[style][locale] = {
          bibliography: htmlToSegments(html),
          citation: decodeEntities(engine.makeCitationCluster([{ id }]).replace(/<[^>]+>/g, '')),
        };
        out.set(id, formatted);
      });
    }
  }
  return out as unknown as Map<string, FormattedT>;
}
