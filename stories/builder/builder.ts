/**
 * The builder page's script (dist/builder/index.html; `vite build --mode builder`). The builder
 * itself is src/builder/ (tested there); this file registers the elements it previews and hands
 * it what is not plain code: citeproc-js with the CSL styles, which ship beside the page in csl/
 * under their own licence (CC BY-SA 3.0, see csl/README.md) and are fetched once, as the page
 * loads; and pdf.js, when this copy of the page has it in pdfjs/ (Apache-2.0, loaded on the first
 * PDF). After that nothing is fetched: the elements' lazy code is bundled into this file.
 */
import CSL from 'citeproc';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import { DatasetBuilder } from '../../src/builder/dataset-builder.js';
import { BUILDER_STRINGS } from '../../src/builder/builder-strings.js';
import { formatCitations, LOCALE_TAGS, STYLE_FILES, type CslModule } from '../../src/build/format-citations.js';
import { toUiLocale } from '../../src/data/locales.js';
import type { PdfJs } from '../../src/build/document-text.js';

// The page speaks the reader's language among en, id, ja and ko (`?lang=` chooses another).
const locale = toUiLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
document.documentElement.lang = locale;
document.title = BUILDER_STRINGS[locale].title;
document.getElementById('title')!.textContent = BUILDER_STRINGS[locale].title;

DatasetBuilder.define();
const builder = document.querySelector('kerjasama-dataset-builder')!;

const asset = (path: string) => new URL(path, document.baseURI).href;
const CSL_FILES = [...Object.values(STYLE_FILES), ...Object.values(LOCALE_TAGS).map((tag) => `locales-${tag}.xml`)];

builder.loadPdfJs = async () => {
  const pdfjs = (await import(/* @vite-ignore */ asset('pdfjs/pdf.min.mjs'))) as PdfJs & { GlobalWorkerOptions: { workerSrc: string } };
  pdfjs.GlobalWorkerOptions.workerSrc = asset('pdfjs/pdf.worker.min.mjs');
  return pdfjs;
};
builder.pdfUnavailable = 'pdf.js, which this copy of the builder page does not have: build with the command line (npx kerjasama data build), or give the text as a .txt file';

try {
  const texts = await Promise.all(
    CSL_FILES.map(async (file) => {
      const response = await fetch(asset(`csl/${file}`));
      if (!response.ok) throw new Error(`csl/${file}: HTTP ${response.status}`);
      return [file, await response.text()] as const;
    }),
  );
  const styles = new Map(texts);
  const readCsl = (file: string) => {
    const text = styles.get(file);
    if (text === undefined) throw new Error(`no CSL file ${file}`);
    return text;
  };
  builder.formatCitations = (citations) => formatCitations(citations, readCsl, CSL as CslModule);
} catch (error) {
  // Without the styles no reference can be formatted as the CLI does: say so, build nothing.
  console.warn(`[kerjasama] builder: the citation styles could not be loaded: ${String(error)}`);
  builder.formatCitations = () => {
    throw new Error(`the citation styles (csl/ beside this page) could not be loaded: ${String(error)}`);
  };
}
