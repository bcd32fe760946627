/**
 * The builder page's script (dist/builder/index.html; `vite build --mode builder`). The builder
 * itself is src/builder/ (tested there); this file registers the elements it previews and runs
 * the build in a worker (build-worker.ts: the CLI's code with citeproc-js), giving it the CSL
 * styles, which ship beside the page in csl/ under their own licence (CC BY-SA 3.0, see
 * csl/README.md) and are fetched once, as the page loads; and pdf.js, when this copy of the page
 * has it in pdfjs/ (Apache-2.0, loaded on the first PDF). After that nothing is fetched: the
 * elements' lazy code is bundled into this file, and the worker's into its own.
 */
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import { DatasetBuilder } from '../../src/builder/dataset-builder.js';
import { BUILDER_STRINGS } from '../../src/builder/builder-strings.js';
import { LOCALE_TAGS, STYLE_FILES } from '../../src/build/format-citations.js';
import { toUiLocale } from '../../src/data/locales.js';
import type { BuildResult } from '../../src/build/build-core.js';
import type { WorkerAnswer, WorkerRequest } from './build-worker.js';

// The page speaks the reader's language among en, id, ja and ko (`?lang=` chooses another).
const locale = toUiLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.documentElement.lang = locale;
document.title = BUILDER_STRINGS[locale].title;
document.getElementById('title')!.textContent = BUILDER_STRINGS[locale].title;

DatasetBuilder.define();
const builder = document.querySelector('kerjasama-dataset-builder')!;

const asset = (path: string) => new URL(path, document.baseURI).href;
const CSL_FILES = [...Object.values(STYLE_FILES), ...Object.values(LOCALE_TAGS).map((tag) => `locales-${tag}.xml`)];

const PDF_UNAVAILABLE = 'pdf.js, which this copy of the builder page does not have: build with the command line (npx kerjasama data build), or give the text as a .txt file';

// The build runs in a worker, started now: its script is fetched as the page loads, like the rest.
const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, { resolve: (r: BuildResult) => void; reject: (e: Error) => void }>();
// Id 0 is the worker's answer to `init`: ready.
let nextId = 1;
let workerRequests = 0;
worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
  const { id, result, error, requests } = event.data;
  // What the worker fetched (pdf.js, and nothing else) is invisible to the page's own resource
  // timing: each new URL becomes a performance mark here, where DevTools and the test see it.
  for (const url of requests.slice(workerRequests)) performance.mark('kerjasama:worker-request', { detail: url });
  workerRequests = Math.max(workerRequests, requests.length);
  const waiting = pending.get(id);
  pending.delete(id);
  if (result || id === 0) waiting?.resolve(result as BuildResult);
  else waiting?.reject(new Error(error ?? 'the build worker gave no result'));
});
worker.addEventListener('error', (event) => {
  for (const waiting of pending.values()) waiting.reject(new Error(`the build worker failed: ${event.message}`));
  pending.clear();
});
const post = (message: WorkerRequest) => worker.postMessage(message);

try {
  const styles = await Promise.all(
    CSL_FILES.map(async (file) => {
      const response = await fetch(asset(`csl/${file}`));
      if (!response.ok) throw new Error(`csl/${file}: HTTP ${response.status}`);
      return [file, await response.text()] as [string, string];
    }),
  );
  const ready = new Promise<unknown>((resolve, reject) => pending.set(0, { resolve, reject }));
  post({ type: 'init', styles, pdfjsUrl: asset('pdfjs/pdf.min.mjs'), pdfWorkerUrl: asset('pdfjs/pdf.worker.min.mjs'), pdfUnavailable: PDF_UNAVAILABLE });
  await ready;
  builder.runBuild = (records, documents) =>
    new Promise<BuildResult>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      // The page gives the builder File objects (from the input or a drop): cloneable to the worker.
      post({ type: 'build', id, records: [...records], documents: [...documents] as unknown as [string, Blob][] });
    });
} catch (error) {
  // Without the styles no reference can be formatted as the CLI does: say so, build nothing.
  console.warn(`[kerjasama] builder: the citation styles could not be loaded: ${String(error)}`);
  builder.runBuild = () => Promise.reject(new Error(`the citation styles (csl/ beside this page) could not be loaded: ${String(error)}`));
}
