/**
 * The data build, for this project and for anyone's own documents (`kerjasama data build`):
 * read record files (YAML, CSV or TSV) and source documents (text, Markdown, HTML, PDF) → validate
 * → verify quotes and references → pre-format references → the dataset object. Node only; what it
 * does with records and documents once read is in browser-safe modules (record-sheets.ts,
 * document-text.ts, quote-match.ts, ../data/verify.ts).
 */
import { readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTION_NAMES, verifyRecords, type BuildProblem, type Collection, type QuoteFound, type RawRecords, type SourceDocument } from '../data/verify.js';
import { validateDataset } from '../data/validate.js';
import { checkFormatted, formatCitations } from './format-citations.js';
import { parseDelimited } from './delimited.js';
import { columnOf, sheetToRecords, type SheetKind } from './record-sheets.js';
import { DocumentError, MAX_DOCUMENT_BYTES, decodeUtf8, documentKind, documentLines, pdfLines, type PdfJs } from './document-text.js';
import type { DatasetT } from '../data/schema.js';

export interface BuildInput {
  /** Folder with `sources/`, `records/` and `csl/`. */
  dir: string;
  /** How file names appear in messages (defaults to `dir`). */
  label?: string;
}

export type BuildResult = { ok: true; dataset: DatasetT; quotes: QuoteFound[] } | { ok: false; problems: BuildProblem[] };

/** Where each record of a sheet came from, to name the row and column of a problem. */
interface SheetOrigin {
  rows: number[];
  header: string[];
}

const FORMATS = ['yaml', 'csv', 'tsv'] as const;

/** Largest record file read (bytes). The project's own records total well under 1 MB. */
export const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;
/** Most YAML aliases (`*name`) a record file may resolve: a few are handy, thousands are an attack ("billion laughs"). */
export const MAX_YAML_ALIASES = 100;

/**
 * Whether `path` is a file that really lies inside `folder` once links are followed: a folder
 * prepared by someone else may hold a link to `~/.ssh/id_rsa`, and the build would publish it.
 */
export function isFileInside(folder: string, path: string): boolean {
  try {
    const root = realpathSync(folder);
    const real = realpathSync(path);
    return real.startsWith(root + sep) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/** Whether `path` (links followed) is a regular file; false for anything that cannot be read. */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A record file's text, or why it cannot be read: outside its folder through a link, too big,
 * not UTF-8 or binary. Messages complete "<file> …".
 */
function readRecordText(folder: string, file: string): { text: string } | { error: string } {
  const path = join(folder, file);
  if (!isFileInside(folder, path)) {
    return { error: isRegularFile(path) ? 'is a link to a file outside records/: copy the file itself into the folder' : 'is not a file' };
  }
  const size = statSync(path).size;
  if (size > MAX_RECORD_FILE_BYTES) return { error: `is ${MB(size)}, over the ${MAX_RECORD_FILE_BYTES / 1024 / 1024} MB a record file may have` };
  const bytes = new Uint8Array(readFileSync(path));
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
  return { text };
}

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

/** Reads the record file of one kind, in whichever form the folder has it. */
function readRecordFile(
  dir: string,
  label: string,
  kind: SheetKind,
  problems: BuildProblem[],
): { value?: unknown; file?: string; origin?: SheetOrigin } {
  const present = FORMATS.map((ext) => `${kind}.${ext}`).filter((f) => existsSync(join(dir, 'records', f)));
  const where = (f: string) => `${label}/records/${f}`;
  if (present.length === 0) {
    problems.push({ file: where(`${kind}.yaml`), path: '$', message: `file is missing (give ${kind}.yaml, ${kind}.csv or ${kind}.tsv)` });
    return {};
  }
  if (present.length > 1) {
    problems.push({ file: where(present[0]), path: '$', message: `${present.join(' and ')} both hold ${kind}: keep one` });
    return {};
  }
  const file = present[0];
  const read = readRecordText(join(dir, 'records'), file);
  if ('error' in read) {
    problems.push({ file: where(file), path: '$', message: read.error });
    return {};
  }
  const { text } = read;
  if (file.endsWith('.yaml')) {
    const parsed = parseRecordYaml(text);
    if ('error' in parsed) {
      problems.push({ file: where(file), path: '$', message: parsed.error });
      return {};
    }
    return { value: parsed.value, file };
  }
  const { sheet, problems: parseProblems } = parseDelimited(text, { tsv: file.endsWith('.tsv') });
  const records = sheet ? sheetToRecords(kind, sheet) : undefined;
  const sheetProblems = [...parseProblems, ...(records?.problems ?? [])];
  if (sheetProblems.length || !records) {
    for (const p of sheetProblems) problems.push({ file: where(file), path: '$', row: p.row, column: p.column, message: p.message });
    return {};
  }
  const value = kind === 'dataset' ? records.records[0] : records.records;
  return { value, file, origin: { rows: records.rows, header: records.header } };
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
  return { ...p, row, column: columnOf(origin.header, keys) };
}

/** A CSL style or locale that is missing or lies outside csl/. */
class CslFileError extends Error {
  constructor(readonly file: string) {
    super(file);
  }
}

let pdfjsModule: Promise<PdfJs> | undefined;
/** pdf.js, loaded the first time a PDF is read (an optional dependency, kept out of the CLI bundle). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJs);
  return pdfjsModule;
}

/**
 * Reads the documents that source records name, from `<dir>/sources`: each file's lines, or why
 * it could not be read (missing files are left to the record check, which names the record).
 */
export async function readSourceDocuments(sourceDir: string, files: readonly string[]): Promise<Map<string, SourceDocument>> {
  const out = new Map<string, SourceDocument>();
  for (const file of new Set(files)) {
    if (typeof file !== 'string') continue;
    // A name alone: `../../etc/passwd` or `/etc/passwd` would read a file outside the folder.
    if (/[/\\\0]/.test(file) || file === '.' || file === '..') {
      out.set(file, { error: 'is not a file name in sources/: give the name alone (no folders, no "..")' });
      continue;
    }
    const path = join(sourceDir, file);
    if (!existsSync(path)) continue;
    if (!isFileInside(sourceDir, path)) {
      out.set(file, { error: isRegularFile(path) ? 'is a link to a file outside sources/: copy the document itself into the folder' : 'is not a file' });
      continue;
    }
    const kind = documentKind(file);
    if (!kind) {
      out.set(file, { error: 'is not a kind of document the build reads: give it as .txt, .md, .html or .pdf' });
      continue;
    }
    const size = statSync(path).size;
    if (size > MAX_DOCUMENT_BYTES) {
      out.set(file, { error: `is ${MB(size)}, over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have: give its text alone (a .txt file)` });
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    try {
      if (kind !== 'pdf') out.set(file, { lines: documentLines(kind, bytes) });
      else {
        let pdfjs: PdfJs;
        try {
          pdfjs = await loadPdfJs();
        } catch {
          out.set(file, { error: 'is a PDF, and reading PDFs needs pdf.js: npm install pdfjs-dist' });
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

export async function buildDataset({ dir, label = dir }: BuildInput): Promise<BuildResult> {
  const problems: BuildProblem[] = [];
  const files: Partial<Record<Collection | 'meta', string>> = {};
  const origins: Partial<Record<Collection | 'meta', SheetOrigin>> = {};
  const meta = readRecordFile(dir, label, 'dataset', problems);
  const raw = { meta: meta.value } as RawRecords;
  files.meta = meta.file;
  origins.meta = meta.origin;
  for (const c of COLLECTION_NAMES) {
    const read = readRecordFile(dir, label, c, problems);
    raw[c] = read.value;
    files[c] = read.file;
    origins[c] = read.origin;
  }
  if (problems.length) return { ok: false, problems };

  const named = Array.isArray(raw.sources) ? (raw.sources as { file?: unknown }[]).map((s) => s?.file).filter((f): f is string => typeof f === 'string') : [];
  const documents = await readSourceDocuments(join(dir, 'sources'), named);
  const place = (list: BuildProblem[]) => list.map((p) => placeInSheet(p, origins));
  const verified = verifyRecords(raw, documents, `${label}/records`, files);
  if (!verified.records) return { ok: false, problems: place(verified.problems) };

  const { records } = verified;
  const cslDir = join(dir, 'csl');
  let formatted: ReturnType<typeof formatCitations>;
  try {
    formatted = formatCitations(records.citations, (file) => {
      if (!isFileInside(cslDir, join(cslDir, file))) throw new CslFileError(file);
      return readFileSync(join(cslDir, file), 'utf8');
    });
  } catch (error) {
    if (!(error instanceof CslFileError)) throw error;
    return { ok: false, problems: [{ file: `${label}/csl/${error.file}`, path: '$', message: 'is missing, or a link to a file outside csl/: the build reads styles and locales only from the folder itself' }] };
  }
  const formatProblems = checkFormatted(records.citations, formatted, `${label}/records/${files.citations}`);
  if (formatProblems.length) return { ok: false, problems: place(formatProblems) };
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
  if (!check.ok) return { ok: false, problems: check.errors.map((p) => ({ ...p, file: `${label} (built dataset)` })) };
  return { ok: true, dataset: check.data, quotes: verified.quotes ?? [] };
}
