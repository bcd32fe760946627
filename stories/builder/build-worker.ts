/**
 * The builder page's worker: runs the build (src/build/build-core.ts, the CLI's own code) off the
 * page's main thread, so that the page stays responsive while thousands of quotes are verified.
 * The page sends it the CSL styles once (it fetched them as it loaded) and then, for each build,
 * the record texts and the document files; this worker fetches nothing but pdf.js, from the
 * page's pdfjs/ folder, the first time a PDF is read.
 */
import CSL from 'citeproc';
import { buildFromFiles, type BuildResult, type DocumentFile } from '../../src/build/build-core.js';
import { formatCitations, type CslModule } from '../../src/build/format-citations.js';
import type { PdfJs } from '../../src/build/document-text.js';

export type WorkerRequest =
  | { type: 'init'; styles: [string, string][]; pdfjsUrl: string; pdfWorkerUrl: string; pdfUnavailable: string }
  | { type: 'build'; id: number; records: [string, string][]; documents: [string, Blob][] };
/** A build's result, and every URL this worker has requested so far (resource timing), for the page to show. */
export type WorkerAnswer = { id: number; result?: BuildResult; error?: string; requests: string[] };

let settings: Extract<WorkerRequest, { type: 'init' }> | undefined;
let styles = new Map<string, string>();

const readCsl = (file: string) => {
  const text = styles.get(file);
  if (text === undefined) throw new Error(`no CSL file ${file}`);
  return text;
};

async function loadPdfJs(): Promise<PdfJs> {
  const pdfjs = (await import(/* @vite-ignore */ settings!.pdfjsUrl)) as PdfJs & { GlobalWorkerOptions: { workerSrc: string } };
  pdfjs.GlobalWorkerOptions.workerSrc = settings!.pdfWorkerUrl;
  return pdfjs;
}

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    settings = request;
    styles = new Map(request.styles);
    // Answer 0 says it is ready: its script has loaded, so the page may say so too.
    self.postMessage({ id: 0, requests: performance.getEntriesByType('resource').map((e) => e.name) } satisfies WorkerAnswer);
    return;
  }
  const answer: WorkerAnswer = { id: request.id, requests: [] };
  try {
    const documents = new Map<string, DocumentFile>(request.documents.map(([name, blob]) => [name, { size: blob.size, bytes: async () => new Uint8Array(await blob.arrayBuffer()) }]));
    answer.result = await buildFromFiles({
      label: '.',
      records: new Map(request.records),
      documents,
      loadPdfJs,
      pdfUnavailable: settings?.pdfUnavailable ?? 'pdf.js',
      formatCitations: (citations) => formatCitations(citations, readCsl, CSL as CslModule),
    });
  } catch (error) {
    answer.error = String(error);
  }
  answer.requests = performance.getEntriesByType('resource').map((e) => e.name);
  self.postMessage(answer);
});
