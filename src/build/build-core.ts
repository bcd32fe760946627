/**
 * The data build on files already read: record files (YAML, CSV or TSV) and source documents
 * (text, Markdown, HTML, PDF) → validate → verify quotes and references → pre-format references →
 * the dataset object. Browser-safe (no `node:` imports): `kerjasama data build` (build-dataset.ts
 * reads a folder and calls this) and the browser builder page run this same code.
 */
import { parseDocument } from 'yaml';
import { COLLECTION_NAMES, verifyRecords, type BuildProblem, type Collection, type QuoteFound, type RawRecords, type SourceDocument } from '../data/verify.js';
import { validateDataset } from '../data/validate.js';
import { checkFormatted } from './format-citations.js';
import { parseDelimited } from './delimited.js';
import { columnOf, sheetToRecords, type SheetKind } from './record-sheets.js';
import { DocumentError, MAX_DOCUMENT_BYTES, documentKind, documentLines, pdfLines, type PdfJs } from './document-text.js';
import type { CitationRecordT, DatasetT, FormattedT } from '../data/schema.js';

/** A source document as given: its size (checked before reading) and a way to read its bytes. */
export interface DocumentFile {
  size: number;
  bytes(): Promise<Uint8Array> | Uint8Array;
}

/** Why a given file cannot be read; the message completes "<file> …". */
export interface UnreadableFile {
  error: string;
}

export interface BuildFiles {
  /** How the folder appears in messages: `<label>/records/actors.csv`. */
  label: string;
  /** The record files by name (`actors.csv`, `dataset.yaml`), as text, or why one cannot be read. */
  records: ReadonlyMap<string, string | UnreadableFile>;
  /** The documents by file name, as `sources/` holds them, or why one cannot be read. */
  documents: ReadonlyMap<string, DocumentFile | UnreadableFile>;
  /** pdf.js, loaded the first time a PDF is read; rejects when it cannot be had. */
  loadPdfJs(): Promise<PdfJs>;
  /** Completes "<file> is a PDF, and reading PDFs needs …" when pdf.js cannot be loaded. */
  pdfUnavailable: string;
  /** Pre-formats references (format-citations.ts with citeproc and the CSL styles); throws CslFileError for a style it cannot read. */
  formatCitations(citations: CitationRecordT[]): Map<string, FormattedT> | Promise<Map<string, FormattedT>>;
}

/** The documents as read (their lines, or why not), when the build got as far as reading them. */
type ReadDocuments = { documents?: ReadonlyMap<string, SourceDocument> };
export type BuildResult = ({ ok: true; dataset: DatasetT; quotes: QuoteFound[] } | { ok: false; problems: BuildProblem[] }) & ReadDocuments;

/** Where each record of a sheet came from, to name the row and column of a problem. */
interface SheetOrigin {
  rows: number[];
  header: string[];
}

export const RECORD_FORMATS = ['yaml', 'csv', 'tsv'] as const;

/** Most YAML aliases (`*name`) a record file may resolve: a few are handy, thousands are an attack ("billion laughs"). */
export const MAX_YAML_ALIASES = 100;

/** A CSL style or locale that is missing or may not be read (outside csl/). */
export class CslFileError extends Error {
  constructor(readonly file: string) {
    super(file);
  }
}

export const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Parses YAML with the core schema only: every error and every warning refuses the file, so a
 * tag the schema does not know (`!!js/function`, `!!binary`, a local `!tag`) is never read as a
 * plain string, and aliases are capped. Returns the value, or the problem with its line and column.
 */
function parseRecordYaml(text: string): { value: unknown } | { error: string } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, resolveKnownTags: false });
  const first = [...doc.errors, ...doc.warnings][0];
  if (first) {
    const at = first.linePos?.[0];
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { error: `is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${message}` };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    // Thrown while resolving aliases; the parser has no position for it, so name the first alias.
    const alias = /\*[^\s,\]}]+/.exec(text);
    const before = alias ? text.slice(0, alias.index).split('\n') : undefined;
    const where = before ? ` at line ${before.length}, column ${before.at(-1)!.length + 1}` : '';
    const reason = /alias count/i.test((error as Error).message) ? `its aliases (*name) expand too far (more than ${MAX_YAML_ALIASES}): write the records out` : (error as Error).message.split('\n')[0];
    return { error: `is not valid YAML${where}: ${reason}` };
  }
}

/** Reads the record file of one kind, in whichever form the files have it. */
function readRecordFile(files: BuildFiles, kind: SheetKind, problems: BuildProblem[]): { value?: unknown; file?: string; origin?: SheetOrigin } {
  const present = RECORD_FORMATS.map((ext) => `${kind}.${ext}`).filter((f) => files.records.has(f));
  const where = (f: string) => `${files.label}/records/${f}`;
  if (present.length === 0) {
    problems.push({ file: where(`${kind}.yaml`), path: '$', message: `file is missing (give ${kind}.yaml, ${kind}.csv or ${kind}.tsv)` });
    return {};
  }
  if (present.length > 1) {
    problems.push({ file: where(present[0]), path: '$', message: `${present.join(' and ')} both hold ${kind}: keep one` });
    return {};
  }
  const file = present[0];
  const text = files.records.get(file)!;
  if (typeof text !== 'string') {
    problems.push({ file: where(file), path: '$', message: text.error });
    return {};
  }
  if (file.endsWith('.yaml')) {
    const parsed = parseRecordYaml(text);
    if ('error' in parsed) {
      problems.push({ file: where(file), path: '$', message: parsed.error });
      return {};
    }
    return { value: parsed.value, file };
  }
  const { sheet, problems: parseProblems } = parseDelimited(text, { tsv: file.endsWith('.tsv') });
  const read = sheet ? sheetToRecords(kind, sheet) : undefined;
  const sheetProblems = [...parseProblems, ...(read?.problems ?? [])];
  if (sheetProblems.length || !read) {
    for (const p of sheetProblems) problems.push({ file: where(file), path: '$', row: p.row, column: p.column, message: p.message });
    return {};
  }
  const value = kind === 'dataset' ? read.records[0] : read.records;
  return { value, file, origin: { rows: read.rows, header: read.header } };
}

/** Gives a problem in a record read from a sheet its row and column. */
function placeInSheet(p: BuildProblem, origins: Partial<Record<Collection | 'meta', SheetOrigin>>): BuildProblem {
  const match = /^\$(?:\.(\w+)\[(\d+)\])?((?:\.[\w-]+|\[\d+\]|\["[^"]*"\])*)$/.exec(p.path);
  if (!match || p.row !== undefined) return p;
  const [, collection, index, rest] = match;
  const origin = collection ? origins[collection as Collection] : origins.meta;
  if (!origin) return p;
  const row = collection ? origin.rows[Number(index)] : (origin.rows[0] ?? 2);
  const keys = [...rest.matchAll(/\.([\w-]+)|\[(\d+)\]|\["([^"]*)"\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3])));
  // valibot's words for a missing key; in a sheet the field is there, as empty cells.
  const missing = /^Invalid key: Expected "([\w-]+)" but received undefined$/.exec(p.message);
  const column = columnOf(origin.header, keys);
  const text = missing && column?.includes(`"${missing[1]}.`) ? `, in the dataset's default language at least` : '';
  const message = missing ? `is empty, and "${missing[1]}" is required${text}` : p.message;
  return { ...p, row, column, message };
}

/**
 * Reads the documents that source records name: each one's lines, or why it could not be read
 * (a document not given at all is left to the record check, which names the record).
 */
export async function readDocuments(files: Pick<BuildFiles, 'documents' | 'loadPdfJs' | 'pdfUnavailable'>, names: readonly string[]): Promise<Map<string, SourceDocument>> {
  const out = new Map<string, SourceDocument>();
  for (const file of new Set(names)) {
    if (typeof file !== 'string') continue;
    // A name alone: `../../etc/passwd` or `/etc/passwd` would read a file outside the folder.
    if (/[/\\\0]/.test(file) || file === '.' || file === '..') {
      out.set(file, { error: 'is not a file name in sources/: give the name alone (no folders, no "..")' });
      continue;
    }
    const given = files.documents.get(file);
    if (!given) continue;
    if ('error' in given) {
      out.set(file, { error: given.error });
      continue;
    }
    const kind = documentKind(file);
    if (!kind) {
      out.set(file, { error: 'is not a kind of document the build reads: give it as .txt, .md, .html or .pdf' });
      continue;
    }
    if (given.size > MAX_DOCUMENT_BYTES) {
      out.set(file, { error: `is ${MB(given.size)}, over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have: give its text alone (a .txt file)` });
      continue;
    }
    const bytes = await given.bytes();
    try {
      if (kind !== 'pdf') out.set(file, { lines: documentLines(kind, bytes) });
      else {
        let pdfjs: PdfJs;
        try {
          pdfjs = await files.loadPdfJs();
        } catch {
          out.set(file, { error: `is a PDF, and reading PDFs needs ${files.pdfUnavailable}` });
          continue;
        }
        out.set(file, { lines: await pdfLines(bytes, pdfjs) });
      }
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      out.set(file, { error: error.message });
    }
  }
  return out;
}

/** Builds a dataset from record files and documents already at hand. */
export async function buildFromFiles(files: BuildFiles): Promise<BuildResult> {
  const { label } = files;
  const problems: BuildProblem[] = [];
  const names: Partial<Record<Collection | 'meta', string>> = {};
  const origins: Partial<Record<Collection | 'meta', SheetOrigin>> = {};
  const meta = readRecordFile(files, 'dataset', problems);
  const raw = { meta: meta.value } as RawRecords;
  names.meta = meta.file;
  origins.meta = meta.origin;
  for (const c of COLLECTION_NAMES) {
    const read = readRecordFile(files, c, problems);
    raw[c] = read.value;
    names[c] = read.file;
    origins[c] = read.origin;
  }
  if (problems.length) return { ok: false, problems };

  const named = Array.isArray(raw.sources) ? (raw.sources as { file?: unknown }[]).map((s) => s?.file).filter((f): f is string => typeof f === 'string') : [];
  const documents = await readDocuments(files, named);
  const place = (list: BuildProblem[]) => list.map((p) => placeInSheet(p, origins));
  const verified = verifyRecords(raw, documents, `${label}/records`, names);
  if (!verified.records) return { ok: false, problems: place(verified.problems), documents };

  const { records } = verified;
  let formatted: Map<string, FormattedT>;
  try {
    formatted = await files.formatCitations(records.citations);
  } catch (error) {
    if (!(error instanceof CslFileError)) throw error;
    return { ok: false, problems: [{ file: `${label}/csl/${error.file}`, path: '$', message: 'is missing, or a link to a file outside csl/: the build reads styles and locales only from the folder itself' }], documents };
  }
  const formatProblems = checkFormatted(records.citations, formatted, `${label}/records/${names.citations}`);
  if (formatProblems.length) return { ok: false, problems: place(formatProblems), documents };
  const dataset = {
    version: records.version,
    license: records.license,
    // Only when declared: a dataset without them is in en and id, as before.
    ...(records.languages ? { languages: records.languages } : {}),
    ...(records.defaultLanguage ? { defaultLanguage: records.defaultLanguage } : {}),
    sources: records.sources,
    actors: records.actors,
    events: records.events,
    flows: records.flows,
    citations: records.citations.map((c) => ({ ...c, formatted: formatted.get(c.id) })),
  };
  // The whole dataset through the runtime validator too: what we publish is what users load.
  const check = validateDataset(dataset, { strictText: true });
  if (!check.ok) return { ok: false, problems: check.errors.map((p) => ({ ...p, file: `${label} (built dataset)` })), documents };
  return { ok: true, dataset: check.data, quotes: verified.quotes ?? [], documents };
}
