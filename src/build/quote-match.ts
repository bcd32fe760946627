/**
 * Finding an evidence quote in its document, and where it is. Browser-safe (no `node:` imports):
 * the CLI and the browser builder verify quotes with this same code.
 *
 * Document and quote are normalised alike before they are compared (data/README.md, "How quotes
 * are compared"):
 * 1. Unicode NFKC: ligatures (ﬁ → fi), no-break and other spaces, full-width letters and digits.
 * 2. Curly quotes become straight ones (‘ ’ ‚ ‛ → ', “ ” „ ‟ → ").
 * 3. Soft hyphens and zero-width characters are removed, and so are the text's own backslash
 *    escapes (`\$` → `$`, as Markdown exports write them).
 * 4. Every run of whitespace, line breaks included, is one space; a line break between two
 *    Chinese or Japanese characters is nothing, since these scripts put no space between words.
 * 5. A hyphen at the end of a line, between letters, may or may not be in the quote:
 *    "vac-⏎cine" matches "vaccine", and "cold-⏎chain" matches "cold-chain".
 * Nothing else: case, dashes, punctuation and spelling must be as printed.
 */

/** One line of a document's text, and where it is: the line in the file, or on a PDF's page. */
export interface DocumentLine {
  text: string;
  /** 1-based line number (in the file, or on the page for a PDF). */
  line: number;
  /** 1-based page number, for a PDF. */
  page?: number;
}

/** Where a quote is: its first and last line. */
export interface QuoteLocation {
  page?: number;
  line: number;
  endPage?: number;
  endLine: number;
}

/** A document normalised for matching, with what is needed to say where a match is. */
export interface PreparedDocument {
  /** Normalised text; a line-end hyphen between letters is HYPHEN_BREAK. */
  text: string;
  /** The same text with HYPHEN_BREAK as a hyphen (same length), for the fast path. */
  hyphenated: string;
  /** Index in `text` where each kept line starts, ascending; and that line's place. */
  lineStarts: number[];
  lineAt: Omit<DocumentLine, 'text'>[];
}

/** Stands for a hyphen at a line end between letters: optional when matching. Private use. */
const HYPHEN_BREAK = '\uE000';
const ESCAPES = /\\(?=[\\`*_{}[\]()#+\-.!$<>|~"'])/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Scripts written without spaces between words, and their punctuation (、。「」 and full-width forms).
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
/**
 * Thai, Lao, Khmer and Myanmar put no space between words but one between phrases: a line break
 * between two of their letters stands for a space or for nothing, as the quote has it. Private use.
 */
const SPACE_BREAK = '\uE001';
const PHRASE_SPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Steps 1–3 and whitespace collapsing of step 4, for one line (NFKC never spans a line break). */
function normalizeLine(s: string): string {
  return s
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(INVISIBLE, '')
    .replace(ESCAPES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalises a document's lines into one string that quotes are searched in. */
export function prepareDocument(lines: readonly DocumentLine[]): PreparedDocument {
  const parts: string[] = [];
  const lineStarts: number[] = [];
  const lineAt: Omit<DocumentLine, 'text'>[] = [];
  let length = 0;
  let last = '';
  for (const line of lines) {
    const text = normalizeLine(line.text);
    if (!text) continue;
    let separator = ' ';
    if (!last) separator = '';
    else if (/\p{L}-$/u.test(last) && /^\p{L}/u.test(text)) {
      // Replace the hyphen just written by the marker: same length, so indices hold.
      const previous = parts[parts.length - 1];
      parts[parts.length - 1] = previous.slice(0, -1) + HYPHEN_BREAK;
      separator = '';
    } else if (NO_SPACE_SCRIPT.test(last.slice(-1)) && NO_SPACE_SCRIPT.test(text[0])) separator = '';
    else if (PHRASE_SPACED_SCRIPT.test(last.slice(-1)) && PHRASE_SPACED_SCRIPT.test(text[0])) separator = SPACE_BREAK;
    lineStarts.push(length + separator.length);
    lineAt.push(line.page === undefined ? { line: line.line } : { line: line.line, page: line.page });
    parts.push(separator + text);
    length += separator.length + text.length;
    last = text;
  }
  const text = parts.join('');
  return { text, hyphenated: text.replaceAll(HYPHEN_BREAK, '-').replaceAll(SPACE_BREAK, ' '), lineStarts, lineAt };
}

/** Normalises a quote as documents are (a line-end hyphen in a quote is kept as written). */
export function normalizeQuote(quote: string): string {
  return prepareDocument(quote.split(/\r\n|\r|\n/).map((text, i) => ({ text, line: i + 1 }))).hyphenated;
}

/** Splits text into numbered lines (LF, CRLF or CR line ends). */
export function textLines(text: string): DocumentLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

function lineIndex(doc: PreparedDocument, at: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of a match of `quote` at `start` in a text with optional hyphens and spaces, or -1. */
function matchWithBreaks(text: string, quote: string, start: number): number {
  let i = start;
  let j = 0;
  while (j < quote.length) {
    if (i >= text.length) return -1;
    const c = text[i];
    if (c === HYPHEN_BREAK || c === SPACE_BREAK) {
      if (quote[j] === (c === HYPHEN_BREAK ? '-' : ' ')) j++;
      i++;
      continue;
    }
    if (c !== quote[j]) return -1;
    i++;
    j++;
  }
  return i;
}

/**
 * Finds a quote in a prepared document.
 * @returns where it is, or undefined when the document does not hold it
 */
export function findQuote(doc: PreparedDocument, quote: string): QuoteLocation | undefined {
  const q = normalizeQuote(quote);
  if (!q) return undefined;
  let start = doc.hyphenated.indexOf(q);
  let end = start + q.length;
  if (start < 0 && doc.text !== doc.hyphenated) {
    for (let i = doc.text.indexOf(q[0]); i >= 0; i = doc.text.indexOf(q[0], i + 1)) {
      const e = matchWithBreaks(doc.text, q, i);
      if (e >= 0) {
        start = i;
        end = e;
        break;
      }
    }
  }
  if (start < 0) return undefined;
  const first = doc.lineAt[lineIndex(doc, start)];
  const lastLine = doc.lineAt[lineIndex(doc, end - 1)];
  return { page: first.page, line: first.line, endPage: lastLine.page, endLine: lastLine.line };
}

/** "p. 2, l. 14", "l. 3–4", "p. 2, l. 30 – p. 3, l. 2". */
export function describeLocation(at: QuoteLocation): string {
  const one = (page: number | undefined, line: number) => (page === undefined ? `l. ${line}` : `p. ${page}, l. ${line}`);
  if (at.endPage === at.page && at.endLine === at.line) return one(at.page, at.line);
  if (at.endPage === at.page) return `${one(at.page, at.line)}–${at.endLine}`;
  return `${one(at.page, at.line)} – ${one(at.endPage, at.endLine)}`;
}
