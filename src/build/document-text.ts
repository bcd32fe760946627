/**
 * The text of a source document, line by line, from plain text, Markdown, HTML or PDF. Browser-safe
 * (no `node:` imports): the CLI and the browser builder read documents with this same code. PDF
 * text comes from pdf.js, which the caller passes in (the CLI imports `pdfjs-dist` on demand; a
 * page loads its own build with its worker), so nothing here pulls pdf.js into a bundle.
 */
import { decodeHTML } from 'entities';
import { textLines, type DocumentLine } from './quote-match.js';

export type DocumentKind = 'text' | 'markdown' | 'html' | 'pdf';

/** File endings the build reads, and as what. */
export const DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** Largest document read (bytes): past it, the build asks for the text alone. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export function documentKind(file: string): DocumentKind | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : DOCUMENT_KINDS[file.slice(dot).toLowerCase()];
}

/** Why a document cannot be read; the message completes "<file> …". */
export class DocumentError extends Error {}

/** UTF-8 text without its byte-order mark; refuses other encodings rather than guess. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError('is not UTF-8 text: save it as UTF-8 (in most editors: "Save as…", encoding UTF-8)');
  }
}

/**
 * A record file's text (YAML, CSV, TSV), or why it cannot be read: not UTF-8, or binary. Messages
 * complete "<file> …". The CLI and the builder page read record files with it alike.
 */
export function recordFileText(bytes: Uint8Array): string | { error: string } {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    // Where: the first byte the lenient decoder had to replace.
    const loose = new TextDecoder().decode(bytes);
    const before = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD'))).split('\n');
    return { error: `${error.message.replace(/^is not UTF-8 text/, `is not UTF-8 text (line ${before.length}, column ${before.at(-1)!.length + 1})`)}` };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const before = text.slice(0, nul).split('\n');
    return { error: `holds binary data (a NUL byte at line ${before.length}, column ${before.at(-1)!.length + 1}): give records as YAML, CSV or TSV text` };
  }
  return text;
}

// Markdown escapes are kept aside as private-use characters while markup is stripped.
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g;
const hide = (s: string) => s.replace(ESCAPABLE, (_, c: string) => String.fromCharCode(0xe100 + c.charCodeAt(0)));
const unhide = (s: string) => s.replace(/[\uE100-\uE17F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe100));

/**
 * The text a reader sees of a Markdown document, line for line (so line numbers stay those of the
 * file): headings, quote and list markers, emphasis, code spans, links (their text), images
 * (their alt text) and HTML tags are stripped; fenced code is kept as it is.
 */
export function markdownLines(source: string): DocumentLine[] {
  let fence: string | undefined;
  return textLines(source).map(({ text, line }) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      return { text: fence ? text : '', line };
    }
    if (opening) {
      fence = opening;
      return { text: '', line };
    }
    let t = hide(text);
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(t) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(t) || /^\s{0,3}(=+|-+)\s*$/.test(t)) t = '';
    t = t
      .replace(/^\s{0,3}(?:>\s?)+/, '')
      .replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/(`+)([^`]|[^`].*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => code.trim())
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
    return { text: unhide(t), line };
  });
}

const HIDDEN_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAGS = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section summary table tbody td tfoot th thead title tr ul'.split(' '),
);
// A tag, with quoted attribute values that may hold ">".
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const keepLineBreaks = (s: string) => s.replace(/[^\n]/g, '');

/**
 * The text content of an HTML document, line for line as in the file: comments, scripts, styles
 * and templates are dropped, tags removed (a block-level tag or `<br>` becomes a
 * space), character references decoded. The head's only text is its title.
 */
export function htmlLines(source: string): DocumentLine[] {
  const text = source
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, keepLineBreaks)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>/g, keepLineBreaks)
    .replace(HIDDEN_ELEMENTS, keepLineBreaks)
    .replace(TAG, (m: string, _close: string, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : '') + keepLineBreaks(m));
  return textLines(text).map(({ text: t, line }) => ({ text: decodeHTML(t), line }));
}

/** What the build uses of pdf.js (`pdfjs-dist`): `getDocument` and text content. */
export interface PdfJs {
  getDocument(source: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; verbosity?: number; useSystemFonts?: boolean }): {
    promise: Promise<PdfDocument>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ({ str: string; hasEOL?: boolean } | object)[] }> }>;
  destroy(): Promise<void>;
}

/**
 * A PDF's text with pdf.js, page by page, numbering the lines of each page from 1 as pdf.js
 * breaks them (`hasEOL`). Throws DocumentError for a PDF without a text layer (a scan).
 */
export async function pdfLines(bytes: Uint8Array, pdfjs: PdfJs): Promise<DocumentLine[]> {
  let doc: PdfDocument;
  try {
    // A copy: pdf.js may transfer the buffer to its worker.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new DocumentError(`cannot be read as a PDF: ${(error as Error).message}`);
  }
  const lines: DocumentLine[] = [];
  try {
    for (let page = 1; page <= doc.numPages; page++) {
      const content = await (await doc.getPage(page)).getTextContent();
      let line = 1;
      let current = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        current += item.str;
        if (item.hasEOL) {
          lines.push({ text: current, line: line++, page });
          current = '';
        }
      }
      if (current) lines.push({ text: current, line, page });
    }
  } finally {
    await doc.destroy();
  }
  if (!lines.some((l) => /\S/.test(l.text))) {
    throw new DocumentError('has no text layer (a scanned image?): run text recognition (OCR) on it, or give its text as a .txt file and name that file instead');
  }
  return lines;
}

/**
 * The lines of a document that is not a PDF, by its kind.
 * @throws DocumentError when it is not UTF-8
 */
export function documentLines(kind: Exclude<DocumentKind, 'pdf'>, bytes: Uint8Array): DocumentLine[] {
  const text = decodeUtf8(bytes);
  if (kind === 'markdown') return markdownLines(text);
  if (kind === 'html') return htmlLines(text);
  return textLines(text);
}
