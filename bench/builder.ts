/**
 * The dataset builder at scale (issue 17): the CSV example plus 10 000 events, each quoting its
 * own line of one document. Times `buildDataset` in Node (the CLI's work, without Node's start-up),
 * the built command as a user runs it (`node dist/cli/kerjasama.js data build`; target < 10 s) and, on the built builder page (dist/builder), the time from giving the files to the result,
 * the longest task on the page while the worker verifies, and the longest task overall (the
 * rendering of the result: 10 000 document lines and the preview).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { buildDataset } from '../src/build/build-dataset.js';
import { median } from './measure.js';

export const BUILDER_EVENTS = 10_000;
/** Where the synthetic folder is written, under the served root. */
const FOLDER = 'node_modules/.cache/kerjasama-bench-builder';

/** Writes the synthetic folder (records as CSV, one document, the package's CSL styles). */
export function writeBuilderFolder(root: string, events = BUILDER_EVENTS): string {
  const dir = join(root, FOLDER);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'data/example/csv'), dir, { recursive: true });
  cpSync(join(root, 'data/csl'), join(dir, 'csl'), { recursive: true });
  const line = (i: number) => `Meeting ${i} of the cold-chain working group took place in Jakarta in 2022, session number ${i}.`;
  const document = readFileSync(join(dir, 'sources/clinic-note.txt'), 'utf8');
  writeFileSync(join(dir, 'sources/clinic-note.txt'), document + Array.from({ length: events }, (_, i) => line(i)).join('\n') + '\n');
  const [header, ...rows] = readFileSync(join(dir, 'records/events.csv'), 'utf8').trimEnd().split('\r\n');
  const columns = header.split(',');
  const cell = (name: string, i: number) =>
    ({ id: `meeting-${i}`, 'date.start': '2022', 'date.precision': 'year', 'title.en': `Meeting ${i}`, countries: 'ID', sector: 'health', actors: 'jica', 'evidence.1.source': 'clinic-note', 'evidence.1.quote': `"${line(i)}"` })[name] ?? '';
  const more = Array.from({ length: events }, (_, i) => columns.map((c) => cell(c, i)).join(','));
  writeFileSync(join(dir, 'records/events.csv'), [header, ...rows, ...more].join('\r\n') + '\r\n');
  return dir;
}

/** Page-side: gives the builder the folder's files and reports timings (a string: see measure.ts). */
const GIVE = (folder: string) => `(async () => {
  const longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
  const builder = document.querySelector('kerjasama-dataset-builder');
  const status = () => builder.shadowRoot.querySelector('[role="status"]')?.textContent ?? '';
  while (!status().startsWith('Ready')) await new Promise((r) => setTimeout(r, 20));
  const paths = ['sources/clinic-note.txt', ...['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map((k) => 'records/' + k + '.csv')];
  const files = await Promise.all(paths.map(async (p) => new File([await (await fetch('/${folder}/' + p)).text()], p.split('/').pop())));
  const run = builder.runBuild;
  let resultAt = 0;
  builder.runBuild = (...args) => run(...args).then((r) => ((resultAt = performance.now()), r));
  const t0 = performance.now();
  await builder.addFiles(files);
  await builder.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)));
  // Tasks over before the result arrived: the one that receives it also renders it.
  const during = longTasks.filter((t) => t.start >= t0 && t.start + t.duration <= resultAt);
  return {
    resultMs: resultAt - t0,
    maxTaskVerifying: Math.max(0, ...during.map((t) => t.duration)),
    maxTask: Math.max(0, ...longTasks.filter((t) => t.start >= t0).map((t) => t.duration)),
    status: status(),
  };
})()`;

export async function runBuilderSuite(browser: Browser, url: string, root: string, runs: number): Promise<void> {
  const dir = writeBuilderFolder(root);
  const cli: number[] = [];
  const command: number[] = [];
  const page: { resultMs: number; maxTaskVerifying: number; maxTask: number; status: string }[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const built = await buildDataset({ dir, label: 'bench' });
    if (!built.ok) throw new Error(`the synthetic folder does not build: ${built.problems[0]?.message}`);
    if (i > 0) cli.push(performance.now() - t0);
    const t1 = performance.now();
    execFileSync(process.execPath, [join(root, 'dist/cli/kerjasama.js'), 'data', 'build', dir, '--out', join(dir, 'kerjasama.dataset.json')], { stdio: 'ignore' });
    if (i > 0) command.push(performance.now() - t1);
    const tab = await browser.newPage();
    await tab.goto(`${url}/dist/builder/index.html`, { waitUntil: 'networkidle0' });
    const sample = (await tab.evaluate(GIVE(FOLDER))) as (typeof page)[number];
    await tab.close();
    if (!sample.status.startsWith('Dataset built')) throw new Error(`the builder page says: ${sample.status}`);
    if (i > 0) page.push(sample);
  }
  const fmt = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`\nDataset builder: the CSV example plus ${BUILDER_EVENTS} events, each quoting its own line of one document; ${runs} runs`);
  console.log('CLI build ms (in-process)   CLI command ms (target < 10000)   page: files → result ms   max task while verifying ms (target ≤ 200)   max task overall ms (rendering the result)');
  console.log(
    `${fmt(cli).padEnd(27)} ${fmt(command).padEnd(33)} ${fmt(page.map((s) => s.resultMs)).padEnd(25)} ${fmt(page.map((s) => s.maxTaskVerifying)).padEnd(44)} ${fmt(page.map((s) => s.maxTask))}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
