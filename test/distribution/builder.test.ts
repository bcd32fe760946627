/**
 * The dataset builder page as built (dist/builder/index.html, `vite build --mode builder`; run
 * alone, `npm run build` first): a reader drops the example folder's files and picks others with
 * the file input, the CLI's own build runs in the page, and nothing is fetched after it loaded.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/citation-badge.js';
import type { DatasetBuilder } from '../../src/builder/dataset-builder.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';

const PAGE = '/dist/builder/index.html';
const EXAMPLE = '/data/example/csv';
const CSV_RECORDS = ['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map((k) => `records/${k}.csv`);

interface Page {
  win: Window & typeof globalThis;
  builder: DatasetBuilder;
  root: ShadowRoot;
}

/** Resolves once `test` holds for the builder's rendering (checked on every change of it). */
function until(root: ShadowRoot, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (test()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const statusText = (root: ShadowRoot) => root.querySelector('[role="status"]')?.textContent?.trim() ?? '';

async function openPage(width = 800): Promise<Page> {
  const built = await fetch(PAGE, { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/builder is missing: run `npm run build` (or `npx vite build --mode builder`) before this test');
  const iframe = document.createElement('iframe');
  iframe.src = PAGE;
  iframe.style.width = `${width}px`;
  iframe.style.height = '600px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('kerjasama-dataset-builder');
  const builder = win.document.querySelector('kerjasama-dataset-builder')!;
  const root = builder.shadowRoot!;
  // Ready once the citation styles have arrived (fetched as the page loads).
  await until(root, () => statusText(root) === 'Ready: give your files.');
  return { win, builder, root };
}

/** The example's files, fetched by the test (before the page's requests are counted). */
async function exampleFiles(win: Window & typeof globalThis, paths: string[], edit: (path: string, text: string) => string = (_p, t) => t): Promise<File[]> {
  return Promise.all(
    paths.map(async (path) => {
      const text = edit(path, await (await fetch(`${EXAMPLE}/${path}`)).text());
      return new win.File([text], path.split('/').pop()!, { type: 'text/plain' });
    }),
  );
}

/** Drops files on the drop zone, as a drag from the desktop does. */
function drop(page: Page, files: File[]) {
  const transfer = new page.win.DataTransfer();
  for (const f of files) transfer.items.add(f);
  const zone = page.root.querySelector('.drop')!;
  zone.dispatchEvent(new page.win.DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new page.win.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
}

/** Picks files with the file input, as its dialog does. */
function pick(page: Page, files: File[]) {
  const transfer = new page.win.DataTransfer();
  for (const f of files) transfer.items.add(f);
  const input = page.root.querySelector<HTMLInputElement>('input[type="file"]')!;
  input.files = transfer.files;
  input.dispatchEvent(new page.win.Event('change', { bubbles: true }));
}

/**
 * Every URL the page has requested: its resource timing (fetch, XHR, scripts, images, beacons)
 * and what its build worker reports having requested (marks named kerjasama:worker-request).
 */
const requests = (win: Window) => [
  ...win.performance.getEntriesByType('resource').map((e) => e.name),
  ...win.performance.getEntriesByName('kerjasama:worker-request').map((m) => `worker: ${(m as PerformanceMark).detail}`),
];
/** The URLs requested since `before` (a `requests` list taken earlier). */
const requestsSince = (win: Window, before: string[]) => requests(win).filter((url) => !before.includes(url));

describe('dataset builder page (dist/builder)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('builds the example from dropped and picked files: quotes verified and marked, problems by row and column, a live preview, a download the provider accepts, no request', async function () {
    // Axe over the whole page, five live elements included, takes seconds on a shared machine.
    this.timeout(60000);
    const page = await openPage();
    const { win, root } = page;
    const documents = await exampleFiles(win, ['sources/clinic-note.txt']);
    const records = await exampleFiles(win, CSV_RECORDS);
    const broken = await exampleFiles(win, ['records/flows.csv'], (_p, t) => t.replace('a grant of $2.5 million', 'a grant of $25 million'));
    const axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const before = requests(win);

    drop(page, documents);
    pick(page, records);
    await until(root, () => statusText(root).startsWith('Dataset built'));
    expect(statusText(root)).to.equal('Dataset built: 7 quotes verified in 1 document.');

    // The quote of the flow, marked in its document as written.
    const marks = [...root.querySelectorAll('ul.lines mark')].map((m) => m.textContent);
    expect(marks).to.include("In 2022 JICA gave a grant of $2.5 million for the centre's equipment.");
    expect(root.querySelector('section h3')?.textContent).to.equal('clinic-note.txt');

    // The preview: an actor card on the built data, inside a provider given it as `.data`.
    const card = root.querySelector('kerjasama-data actor-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Ministry of Health of Indonesia');
    expect(card.shadowRoot!.textContent).to.contain('Opened the training centre with JICA');
    // The dataset's other language, and dark: the card follows its provider.
    const [language, theme] = root.querySelectorAll<HTMLSelectElement>('.preview-controls select');
    expect([...language.options].map((o) => o.value)).to.deep.equal(['en', 'id']);
    language.value = 'id';
    language.dispatchEvent(new win.Event('change'));
    theme.value = 'dark';
    theme.dispatchEvent(new win.Event('change'));
    await page.builder.updateComplete;
    const cardInId = root.querySelector('kerjasama-data actor-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await cardInId.updateComplete;
    expect(cardInId.shadowRoot!.textContent).to.contain('Membuka pusat pelatihan bersama JICA');
    expect(cardInId.shadowRoot!.textContent).to.contain('Peran'); // its own words in Indonesian too
    expect(root.querySelector('kerjasama-data')!.getAttribute('theme')).to.equal('dark');
    expect(win.getComputedStyle(root.querySelector('kerjasama-data')!).backgroundColor).to.equal('rgb(17, 17, 17)');
    const embed = root.querySelector<HTMLTextAreaElement>('[data-tag="actor-card"] textarea')!;
    expect(embed.value).to.contain('<kerjasama-data src="kerjasama.dataset.json" lang="id">');
    expect(embed.value).to.contain('<actor-card actor="indonesia-moh"></actor-card>');

    // The download, as a click on the link gives it (the click is kept from navigating the test).
    const link = root.querySelector<HTMLAnchorElement>('a[download="kerjasama.dataset.json"]')!;
    let clicked = '';
    win.document.addEventListener('click', (e) => (e.preventDefault(), (clicked = link.href)), { capture: true, once: true });
    link.click();
    expect(clicked).to.match(/^blob:/);
    // Read at once: a new build replaces (and revokes) it. From the test's window, so the page's
    // own request record stays its own.
    const dataset = await (await fetch(clicked)).json();

    // A CSV row that quotes what the document does not say: named by file, row and column.
    drop(page, broken);
    await until(root, () => statusText(root).startsWith('Not built'));
    const problems = [...root.querySelectorAll('ul.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^records\/flows\.csv, row 2, column L "evidence\.1\.quote" \(flows "jica-cold-chain-grant"\): quote not found in source clinic-note/);
    // A file the builder does not read is named too.
    drop(page, [new win.File(['x'], 'notes.docx')]);
    await until(root, () => root.querySelectorAll('ul.problems li').length === 2 && statusText(root).startsWith('Not built'));
    expect(root.querySelector('ul.problems')!.textContent).to.contain('notes.docx');

    // Nothing was requested after the page had loaded: the reader's files stayed here.
    expect(requestsSince(win, before)).to.deep.equal([]);

    // The downloaded file is a dataset the provider accepts (read in the test's own page).
    const provider = document.createElement('kerjasama-data') as KerjasamaData;
    const errors: Event[] = [];
    provider.addEventListener('kj-data-error', (e) => errors.push(e));
    provider.data = dataset;
    provider.innerHTML = '<actor-card actor="jica"></actor-card>';
    document.body.append(provider);
    const jica = provider.querySelector('actor-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await jica.updateComplete;
    expect(errors).to.have.length(0);
    expect(jica.shadowRoot!.textContent).to.contain('Japan International Cooperation Agency');
    provider.remove();

    // Its own remove button takes one file away (by keyboard too: it is a button).
    const removeDocx = root.querySelector<HTMLButtonElement>('ul.files button[aria-label="Remove notes.docx"]')!;
    removeDocx.click();
    await until(root, () => !root.querySelector('ul.files')!.textContent!.includes('notes.docx') && statusText(root).startsWith('Not built'));
    expect([...root.querySelectorAll('ul.problems li')]).to.have.length(1);
    drop(page, [new win.File(['x'], 'notes.docx')]);
    await until(root, () => root.querySelectorAll('ul.problems li').length === 2 && statusText(root).startsWith('Not built'));

    // Axe, on the page with problems listed, then with the dataset built.
    win.eval(axeSource);
    const axe = (win as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    expect((await axe.run(win.document)).violations.map((v) => v.id)).to.deep.equal([]);
    // The corrected sheet replaces the broken one (same name): built again, the stray file still
    // named; axe on the page with its preview.
    drop(page, records.filter((f) => f.name === 'flows.csv'));
    await until(root, () => statusText(root).startsWith('Dataset built'));
    expect(root.querySelector('ul.problems')!.textContent).to.contain('notes.docx');
    await (root.querySelector('kerjasama-data actor-card') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect((await axe.run(win.document)).violations.map((v) => v.id)).to.deep.equal([]);
    // "Remove all files" starts again.
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Remove all files')!.click();
    await until(root, () => statusText(root) === 'Ready: give your files.');
    expect(root.querySelector('kerjasama-data')).to.equal(null);
  });

  it('reads a PDF with pdf.js from its own folder (the only request after load), and marks quotes on their page', async function () {
    this.timeout(30000);
    const page = await openPage();
    const { win, root } = page;
    // test/fixtures/builder-note.pdf: the example note on two pages (pdf-lib), one quote hyphenated across lines.
    const pdf = new win.File([await (await fetch('/test/fixtures/builder-note.pdf')).arrayBuffer()], 'note.pdf', { type: 'application/pdf' });
    const records = await exampleFiles(win, CSV_RECORDS, (path, text) => (path.endsWith('sources.csv') ? text.replace('clinic-note.txt', 'note.pdf') : text));
    const before = requests(win);
    drop(page, [pdf, ...records]);
    await until(root, () => statusText(root).startsWith('Dataset built') || statusText(root).startsWith('Not built'));
    expect(statusText(root), root.querySelector('ul.problems')?.textContent ?? '').to.equal('Dataset built: 7 quotes verified in 1 document.');
    expect([...root.querySelectorAll('section h4')].map((h) => h.textContent)).to.deep.equal(['Page 1', 'Page 2']);
    const secondPage = root.querySelectorAll('section ul.lines')[1];
    expect([...secondPage.querySelectorAll('mark')].map((m) => m.textContent)).to.include.members(['centre\u2019s equip-', 'ment.']);
    const requested = requestsSince(win, before);
    expect(requested.length).to.be.greaterThan(0);
    expect(requested.every((url) => new URL(url.replace(/^worker: /, '')).pathname.startsWith('/dist/builder/pdfjs/'))).to.equal(true, requested.join(', '));
  });

  it('builds from YAML records too, and fits a 320 px wide screen', async () => {
    const page = await openPage(320);
    const { win, root } = page;
    const yaml = await Promise.all(
      ['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map(async (kind) => new win.File([await (await fetch(`/data/example/records/${kind}.yaml`)).text()], `${kind}.yaml`)),
    );
    pick(page, [...(await exampleFiles(win, ['sources/clinic-note.txt'])), ...yaml]);
    await until(root, () => statusText(root).startsWith('Dataset built') || statusText(root).startsWith('Not built'));
    expect(statusText(root)).to.equal('Dataset built: 7 quotes verified in 1 document.');
    const elements = [...root.querySelectorAll('kerjasama-data > .element > *')].filter((e) => e.localName.includes('-')) as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((e) => e.updateComplete));
    expect(win.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('refuses a sheet saved in another encoding than UTF-8, as the CLI does, naming where', async () => {
    const page = await openPage();
    const { win, root } = page;
    const files = await exampleFiles(win, ['sources/clinic-note.txt', 'records/dataset.csv', 'records/sources.csv', 'records/actors.csv', 'records/events.csv', 'records/flows.csv', 'records/citations.csv']);
    // The dataset sheet as Excel's "CSV (Comma delimited)" saves it on a Western Windows: "é" is one byte, 0xE9.
    const sheet = files.findIndex((f) => f.name === 'dataset.csv');
    const latin1 = [...(await files[sheet].text()).replace('An example dataset', 'Données: an example dataset')].map((c) => c.charCodeAt(0));
    expect(Math.max(...latin1)).to.be.below(256);
    files[sheet] = new win.File([new Uint8Array(latin1)], 'dataset.csv');
    pick(page, files);
    await until(root, () => statusText(root).startsWith('Dataset built') || statusText(root).startsWith('Not built'));
    expect(statusText(root)).to.match(/^Not built/);
    const problems = [...root.querySelectorAll('ul.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems.join('\n')).to.match(/dataset\.csv.*is not UTF-8 text \(line 2, column \d+\): save it as UTF-8/);
  });

  it('a Japanese document and five CSV records: built, previewed in Japanese, embedded on a lang="ja" page', async function () {
    this.timeout(30000);
    const page = await openPage();
    const { win, root } = page;
    // test/fixtures/ja-dataset: one page in Japanese and spreadsheets only; dataset.csv declares ja
    // alone, the five records give ja columns only. scripts/check-cli.ts builds it with the CLI.
    const base = '/test/fixtures/ja-dataset';
    const paths = ['sources/note-ja.txt', ...['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map((k) => `records/${k}.csv`)];
    const files = await Promise.all(paths.map(async (p) => new win.File([await (await fetch(`${base}/${p}`)).text()], p.split('/').pop()!)));
    drop(page, files);
    await until(root, () => statusText(root).startsWith('Dataset built') || statusText(root).startsWith('Not built'));
    expect(statusText(root), root.querySelector('ul.problems')?.textContent ?? '').to.equal('Dataset built: 5 quotes verified in 1 document.');
    expect([...root.querySelectorAll('ul.lines mark')].map((m) => m.textContent)).to.include('2021年7月1日、JICAはジャカルタでコールドチェーン研修を開始した。');
    expect([...root.querySelectorAll<HTMLOptionElement>('.preview-controls select option')].map((o) => o.value).slice(0, 1)).to.deep.equal(['ja']);
    const timeline = root.querySelector('kerjasama-data cooperation-timeline') as HTMLElement & { updateComplete: Promise<boolean> };
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.textContent).to.contain('日本がインドネシアにワクチンを供与');
    expect(root.querySelector<HTMLTextAreaElement>('[data-tag="cooperation-timeline"] textarea')!.value).to.contain('lang="ja"');

    // The download, on a plain page in Japanese: a timeline and a badge.
    const dataset = await (await fetch(root.querySelector<HTMLAnchorElement>('a[download="kerjasama.dataset.json"]')!.href)).json();
    const host = document.createElement('div');
    host.lang = 'ja';
    const provider = document.createElement('kerjasama-data') as KerjasamaData;
    provider.data = dataset;
    provider.innerHTML = '<p>研修の記録 <citation-badge cite="note-2021"></citation-badge></p><cooperation-timeline></cooperation-timeline>';
    host.append(provider);
    document.body.append(host);
    const shown = [...provider.querySelectorAll('citation-badge, cooperation-timeline')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(shown.map((e) => e.updateComplete));
    const [badge, onPage] = shown;
    expect(badge.shadowRoot!.textContent).to.contain('(例の学生, 2021)');
    expect(onPage.shadowRoot!.textContent).to.contain('2021年6月');
    expect(onPage.shadowRoot!.textContent).to.contain('JICAがコールドチェーン研修を開始');
    host.remove();
  });
});
