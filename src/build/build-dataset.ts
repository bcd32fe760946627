/**
 * The data build for a folder on disk (`kerjasama data build`, `npm run data`): reads the record
 * files of `<dir>/records`, the documents of `<dir>/sources` and the CSL styles of `<dir>/csl`,
 * safely (a folder prepared by someone else may hold links out of it, huge or binary files), then
 * runs the browser-safe build (build-core.ts), the same code as the browser builder page.
 * Node only.
 */
import { readFileSync, existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { COLLECTION_NAMES } from '../data/verify.js';
import { formatCitations, type CslModule } from './format-citations.js';
import { buildFromFiles, readDocuments, CslFileError, MB, RECORD_FORMATS, type BuildResult, type DocumentFile, type UnreadableFile } from './build-core.js';
import { recordFileText, type PdfJs } from './document-text.js';
import type { SourceDocument } from '../data/verify.js';

export type { BuildResult } from './build-core.js';
export { MAX_YAML_ALIASES } from './build-core.js';

export interface BuildInput {
  /** Folder with `sources/`, `records/` and `csl/`. */
  dir: string;
  /** How file names appear in messages (defaults to `dir`). */
  label?: string;
}

/** Largest record file read (bytes). The project's own records total well under 1 MB. */
export const MAX_RECORD_FILE_BYTES = 16 * 1024 * 1024;

const require = createRequire(import.meta.url);

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

/**
 * A record file's text, or why it cannot be read: outside its folder through a link, too big,
 * not UTF-8 or binary. Messages complete "<file> …".
 */
function readRecordText(folder: string, file: string): string | UnreadableFile {
  const path = join(folder, file);
  if (!isFileInside(folder, path)) {
    return { error: isRegularFile(path) ? 'is a link to a file outside records/: copy the file itself into the folder' : 'is not a file' };
  }
  const size = statSync(path).size;
  if (size > MAX_RECORD_FILE_BYTES) return { error: `is ${MB(size)}, over the ${MAX_RECORD_FILE_BYTES / 1024 / 1024} MB a record file may have` };
  return recordFileText(new Uint8Array(readFileSync(path)));
}

let pdfjsModule: Promise<PdfJs> | undefined;
/** pdf.js, loaded the first time a PDF is read (an optional dependency, kept out of the CLI bundle). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJs);
  return pdfjsModule;
}
const PDF_UNAVAILABLE = 'pdf.js: npm install pdfjs-dist';

/** The entries of `sources/`, as the build reads them: size first, bytes on demand; or why not. */
function folderDocuments(sourceDir: string): Map<string, DocumentFile | UnreadableFile> {
  const out = new Map<string, DocumentFile | UnreadableFile>();
  if (!existsSync(sourceDir)) return out;
  for (const name of readdirSync(sourceDir)) {
    const path = join(sourceDir, name);
    if (!isFileInside(sourceDir, path)) {
      out.set(name, { error: isRegularFile(path) ? 'is a link to a file outside sources/: copy the document itself into the folder' : 'is not a file' });
      continue;
    }
    out.set(name, { size: statSync(path).size, bytes: () => new Uint8Array(readFileSync(path)) });
  }
  return out;
}

/** Reads the documents that source records name, from `<dir>/sources`. */
export function readSourceDocuments(sourceDir: string, files: readonly string[]): Promise<Map<string, SourceDocument>> {
  return readDocuments({ documents: folderDocuments(sourceDir), loadPdfJs, pdfUnavailable: PDF_UNAVAILABLE }, files);
}

export async function buildDataset({ dir, label = dir }: BuildInput): Promise<BuildResult> {
  const records = new Map<string, string | UnreadableFile>();
  const recordDir = join(dir, 'records');
  for (const kind of ['dataset', ...COLLECTION_NAMES]) {
    for (const ext of RECORD_FORMATS) {
      const file = `${kind}.${ext}`;
      // A name that exists (a link out of the folder, a folder too) is read, to say why not.
      if (existsSync(join(recordDir, file))) records.set(file, readRecordText(recordDir, file));
    }
  }
  // A sheet saved again under another name ("events (1).csv", "Research - events.csv") would be
  // left out without a word while the old one is built: refused, so that the student chooses.
  const strays = existsSync(recordDir)
    ? readdirSync(recordDir).filter((name) => !records.has(name) && new RegExp(`\\b(${['dataset', ...COLLECTION_NAMES].join('|')})\\b.*\\.(${RECORD_FORMATS.join('|')})$`, 'i').test(name))
    : [];
  const cslDir = join(dir, 'csl');
  const result = await buildFromFiles({
    label,
    records,
    documents: folderDocuments(join(dir, 'sources')),
    loadPdfJs,
    pdfUnavailable: PDF_UNAVAILABLE,
    formatCitations: (citations) =>
      formatCitations(
        citations,
        (file) => {
          if (!isFileInside(cslDir, join(cslDir, file))) throw new CslFileError(file);
          return readFileSync(join(cslDir, file), 'utf8');
        },
        require('citeproc') as CslModule,
      ),
  });
  if (!strays.length) return result;
  const problems = strays.map((name) => ({
    file: `${label}/records/${name}`,
    path: '$',
    message: `is not read: a records file is named after its kind alone (${RECORD_FORMATS.map((ext) => `events.${ext}`).join(', ')}…); rename it to the name of the kind it holds, and remove the file it replaces`,
  }));
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)], documents: result.documents };
}
