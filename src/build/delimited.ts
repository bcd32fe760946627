/**
 * CSV and TSV as spreadsheet programs write them: UTF-8 with or without a byte-order mark, LF or
 * CRLF line ends, quoted cells that hold delimiters, quotes ("") and line breaks, and a semicolon
 * instead of a comma where a European spreadsheet writes one. Browser-safe (no `node:` imports).
 *
 * Papa Parse does the parsing: it is small, has no dependencies, and runs in browsers and
 * workers (the browser builder can parse off the main thread).
 */
import Papa from 'papaparse';

/** A parsed sheet: the header, and each data row with its row number as a spreadsheet shows it. */
export interface Sheet {
  header: string[];
  rows: { row: number; cells: string[] }[];
  delimiter: string;
}

/** A problem in a sheet; `row` is the spreadsheet row number (the header is row 1). */
export interface SheetProblem {
  row: number;
  column?: string;
  message: string;
}

/** "A", "B", … "Z", "AA": the column letter a spreadsheet shows for a 0-based index. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The delimiter of a CSV sheet, read from its header row: column names never hold a comma or a
 * semicolon, whereas cells do (lists are separated by semicolons), so the header alone decides.
 */
function headerDelimiter(text: string): string {
  const header = /^[^\r\n]*/.exec(text)![0];
  const count = (c: string) => header.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV (delimiter `,` or `;`, guessed from the text) or TSV (`tsv: true`). Rows whose cells
 * are all blank are skipped; row numbers still count them, as the spreadsheet does. Line breaks
 * inside cells become "\n".
 */
export function parseDelimited(text: string, { tsv = false } = {}): { sheet?: Sheet; problems: SheetProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: tsv ? '\t' : headerDelimiter(body), skipEmptyLines: false });
  const problems: SheetProblem[] = parsed.errors
    // Papa Parse reports a one-column sheet as "UndetectableDelimiter"; it is read correctly.
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: e.code === 'MissingQuotes' ? 'has a quoted cell that is never closed (a " without its closing ")' : e.message }));
  const [header = [], ...data] = parsed.data;
  if (!header.some((h) => h.trim())) return { problems: [...problems, { row: 1, message: 'has no header row: the first row names the columns' }] };
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.replace(/\r\n?/g, '\n')) }))
    .filter((r) => r.cells.some((c) => c.trim()));
  return { sheet: { header: header.map((h) => h.trim()), rows, delimiter: parsed.meta.delimiter }, problems };
}

/** Writes rows as CSV the way spreadsheet programs read it: UTF-8, CRLF, quotes only where needed. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return Papa.unparse(rows as string[][], { delimiter, newline: '\r\n', quotes: false }) + '\r\n';
}
