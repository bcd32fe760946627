/**
 * The data build for a folder on disk (`kerjasama data build`, `npm run data`): reads the record
 * files of `<dir>/records`, the documents of `<dir>/sources` and the CSL styles of `<dir>/csl`,
 * then runs the browser-safe build (build-core.ts), the same code as the browser builder page.
 * Node only.
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '../data/verify.js';
import { formatCitations, type CslModule } from './format-citations.js';
import { buildFromFiles, readDocuments, RECORD_FORMATS, type BuildResult, type DocumentFile } from './build-core.js';
import type { PdfJs } from './document-text.js';
import type { SourceDocument } from '../data/verify.js';

export type { BuildResult } from './build-core.js';

export interface BuildInput {
  /** Folder with `sources/`, `records/` and `csl/`. */
  dir: string;
  /** How file names appear in messages (defaults to `dir`). */
  label?: string;
}

const require = createRequire(import.meta.url);

let pdfjsModule: Promise<PdfJs> | undefined;
/** pdf.js, loaded the first time a PDF is read (an optional dependency, kept out of the CLI bundle). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfJs);
  return pdfjsModule;
}
const PDF_UNAVAILABLE = 'pdf.js: npm install pdfjs-dist';

/** The files of a folder, as the build reads them: size first, bytes on demand. */
function folderDocuments(sourceDir: string): Map<string, DocumentFile> {
  const out = new Map<string, DocumentFile>();
  if (!existsSync(sourceDir)) return out;
  for (const name of readdirSync(sourceDir)) {
    const path = join(sourceDir, name);
    const stat = statSync(path);
    if (stat.isFile()) out.set(name, { size: stat.size, bytes: () => new Uint8Array(readFileSync(path)) });
  }
  return out;
}

/** Reads the documents that source records name, from `<dir>/sources`. */
export function readSourceDocuments(sourceDir: string, files: readonly string[]): Promise<Map<string, SourceDocument>> {
  return readDocuments({ documents: folderDocuments(sourceDir), loadPdfJs, pdfUnavailable: PDF_UNAVAILABLE }, files);
}

export async function buildDataset({ dir, label = dir }: BuildInput): Promise<BuildResult> {
  const records = new Map<string, string>();
  for (const kind of ['dataset', ...COLLECTION_NAMES]) {
    for (const ext of RECORD_FORMATS) {
      const path = join(dir, 'records', `${kind}.${ext}`);
      if (existsSync(path)) records.set(`${kind}.${ext}`, readFileSync(path, 'utf8'));
    }
  }
  return buildFromFiles({
    label,
    records,
    documents: folderDocuments(join(dir, 'sources')),
    loadPdfJs,
    pdfUnavailable: PDF_UNAVAILABLE,
    formatCitations: (citations) => formatCitations(citations, (file) => readFileSync(join(dir, 'csl', file), 'utf8'), require('citeproc') as CslModule),
  });
}
