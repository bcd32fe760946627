/**
 * The browser dataset builder's pure parts: which dropped file is what, where each verified quote
 * is in its document's lines, and the embed code for each element. No DOM, no `node:` imports.
 */
import type { DocumentLine } from '../build/quote-match.js';
import type { QuoteFound } from '../data/verify.js';
import type { DatasetT } from '../data/schema.js';
import { documentKind } from '../build/document-text.js';
import { escapeHtml, DROP_IN_SCRIPT_URL } from '../embed/embed-code-builder.js';

/** A record file's name, exactly as `kerjasama data build` reads it from `records/`. */
const RECORD_FILE = /^(dataset|sources|actors|events|flows|citations)\.(yaml|csv|tsv)$/;

export type FileRole = { role: 'record' } | { role: 'document' } | { role: 'refused'; reason: 'record-name' | 'kind' };

/** What the builder does with a dropped file, by its name (as the CLI does with a folder's files). */
export function fileRole(name: string): FileRole {
  if (RECORD_FILE.test(name)) return { role: 'record' };
  // `actors.yml`, `Actors.CSV`: a record file by another spelling, refused with the right name.
  if (/^(dataset|sources|actors|events|flows|citations)\.(ya?ml|csv|tsv)$/i.test(name)) return { role: 'refused', reason: 'record-name' };
  if (documentKind(name)) return { role: 'document' };
  return { role: 'refused', reason: 'kind' };
}

/** A stretch of one line, marked when a verified quote covers it. */
export interface LinePart {
  text: string;
  mark?: boolean;
}
export interface MarkedLine {
  line: number;
  page?: number;
  parts: LinePart[];
}

const place = (page: number | undefined, line: number) => (page ?? 0) * 1e7 + line;

/**
 * A document's lines with its verified quotes marked. A quote on one line whose text occurs there
 * as written is marked exactly; otherwise (across lines, or normalised: curly quotes, hyphens) its
 * whole lines are, since the match was made on normalised text.
 */
export function markQuotes(lines: readonly DocumentLine[], quotes: readonly Pick<QuoteFound, 'quote' | 'location'>[]): MarkedLine[] {
  const spans = new Map<number, [number, number][]>();
  const add = (i: number, from: number, to: number) => {
    const list = spans.get(i) ?? [];
    list.push([from, to]);
    spans.set(i, list);
  };
  // Lines are in document order: find a quote's first line by its place, then walk to its last
  // (a document of 10 000 quoted lines must not cost 10 000 × 10 000 steps).
  const indexOf = new Map<number, number>();
  lines.forEach((l, i) => {
    if (!indexOf.has(place(l.page, l.line))) indexOf.set(place(l.page, l.line), i);
  });
  for (const { quote, location } of quotes) {
    const first = place(location.page, location.line);
    const last = place(location.endPage ?? location.page, location.endLine);
    for (let i = indexOf.get(first) ?? lines.length; i < lines.length && place(lines[i].page, lines[i].line) <= last; i++) {
      const exact = first === last ? lines[i].text.indexOf(quote.trim()) : -1;
      if (exact >= 0) add(i, exact, exact + quote.trim().length);
      else add(i, 0, lines[i].text.length);
    }
  }
  return lines.map((l, i) => {
    const marked = (spans.get(i) ?? []).sort((a, b) => a[0] - b[0]);
    const parts: LinePart[] = [];
    let at = 0;
    for (const [from, to] of marked) {
      if (to <= at) continue;
      if (from > at) parts.push({ text: l.text.slice(at, from) });
      parts.push({ text: l.text.slice(Math.max(from, at), to), mark: true });
      at = to;
    }
    if (at < l.text.length || parts.length === 0) parts.push({ text: l.text.slice(at) });
    return { line: l.line, ...(l.page === undefined ? {} : { page: l.page }), parts: parts.filter((p, k) => p.text || k === 0) };
  });
}

/** An element shown in the preview, with the attributes its embed code carries. */
export interface PreviewElement {
  tag: 'citation-badge' | 'actor-card' | 'cooperation-timeline' | 'aid-flow-chart' | 'reference-list';
  attributes: [string, string][];
}

/** One of each element, on the dataset's first records (those an element needs an id of). */
export function previewElements(dataset: DatasetT): PreviewElement[] {
  const out: PreviewElement[] = [];
  const citation = dataset.citations[0];
  if (citation) out.push({ tag: 'citation-badge', attributes: [['cite', citation.id]] });
  const actor = dataset.actors[0];
  if (actor) out.push({ tag: 'actor-card', attributes: [['actor', actor.id]] });
  if (dataset.events.length) out.push({ tag: 'cooperation-timeline', attributes: [['controls', '']] });
  const flow = dataset.flows.find((f) => f.amount) ?? dataset.flows[0];
  if (flow) out.push({ tag: 'aid-flow-chart', attributes: [['unit', flow.amount?.unit ?? 'none']] });
  if (dataset.citations.length) out.push({ tag: 'reference-list', attributes: [['all', '']] });
  return out;
}

/** The embed code of one element on a dataset served beside the page. */
export function embedCode(element: PreviewElement, datasetUrl = 'kerjasama.dataset.json', lang?: string): string {
  const attrs = element.attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  return (
    `<script type="module" src="${DROP_IN_SCRIPT_URL}"></script>\n` +
    `<kerjasama-data src="${escapeHtml(datasetUrl)}"${langAttr}>\n` +
    `  <${element.tag}${attrs}></${element.tag}>\n` +
    `</kerjasama-data>`
  );
}

/** A whole page with every previewed element, to download beside the dataset. */
export function embedPage(elements: readonly PreviewElement[], lang: string, datasetUrl = 'kerjasama.dataset.json'): string {
  const body = elements
    .map((e) => `    <${e.tag}${e.attributes.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`)).join('')}></${e.tag}>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kerjasama</title>
  <script type="module" src="${DROP_IN_SCRIPT_URL}"></script>
</head>
<body>
  <kerjasama-data src="${escapeHtml(datasetUrl)}">
${body}
  </kerjasama-data>
</body>
</html>
`;
}
