/**
 * The data build, for this project and for anyone's own documents (`kerjasama data build`):
 * read record files (YAML, CSV or TSV) and source documents (text, Markdown, HTML, PDF) → validate
 * → verify quotes and references → pre-format references → the dataset object. Node only; what it
 * does with records and documents once read is in browser-safe modules (record-sheets.ts,
 * document-text.ts, quote-match.ts, ../data/verify.ts).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTION_NAMES, verifyRecords, type BuildProblem, type Collection, type QuoteFound, type RawRecords, type SourceDocument } from '../data/verify.js';
import { validateDataset } from '../data/validate.js';
import { checkFormatted, formatCitations } from './format-citations.js';
import { parseDelimited } from './delimited.js';
import { columnOf, sheetToRecords, type SheetKind } from './record-sheets.js';
import { DocumentError, MAX_DOCUMENT_BYTES, documentKind, documentLines, pdfLines, type PdfJs } from './document-text.js';
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
  const text = readFileSync(join(dir, 'records', file), 'utf8');
  if (file.endsWith('.yaml')) {
    try {
      return { value: parseYaml(text, { prettyErrors: true }), file };
    } catch (error) {
      problems.push({ file: where(file), path: '$', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      return {};
    }
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
  return { ...p, row, column: columnOf(origin.header, keys) };
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
    const path = join(sourceDir, file);
    if (typeof file !== 'string' || file.includes('/') || file.includes('\\') || !existsSync(path) || !statSync(path).isFile()) continue;
    const kind = documentKind(file);
    if (!kind) {
      out.set(file, { error: 'is not a kind of document the build reads: give it as .txt, .md, .html or .pdf' });
      continue;
    }
    const size = statSync(path).size;
    if (size > MAX_DOCUMENT_BYTES) {
      out.set(file, { error: `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a document may have: give its text alone (a .txt file)` });
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
  const formatted = formatCitations(records.citations, (file) => readFileSync(join(dir, 'csl', file), 'utf8'));
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
