/**
 * `npm run bench`: benchmarks, printed as medians (min–max) over alternating runs so that peers
 * share the machine's noise; ratios compare them side by side. Timings are never asserted.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { serve } from './serve.js';
import { launch, measure, median, type Sample } from './measure.js';
import { badgePages, buildFloorBadge } from './badges.js';
import { runTimelineSuite, timelinePages } from './timeline.js';
import { chartPages, runChartSuite } from './chart.js';
import { crowdedPages, runCrowdedSuite } from './crowded.js';
import { hostilePages, runHostileSuite } from './hostile.js';
import { lighthousePages, runLighthouseSuite } from './lighthouse.js';
import { runBuilderSuite } from './builder.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [20, 200, 1000];
const TIMELINE_SIZES = [20, 1000, 10_000];
const CHART_SIZES = [10, 100, 1000];
// Lighthouse takes ~30 s a run: fewer runs (BENCH_LIGHTHOUSE_RUNS).
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
// A 10 000-event build takes seconds a run: at most 3.
const BUILDER_RUNS = Math.min(RUNS, 3);
// BENCH_ONLY=badges, timeline, chart, crowded, hostile, lighthouse or builder runs one suite.
const ONLY = process.env.BENCH_ONLY;

execSync('npx vite build --mode cdn --logLevel error && npx vite build --mode cdn-elements --logLevel error && npx vite build --mode builder --logLevel error && npx vite build --mode cli --logLevel error', { cwd: root, stdio: 'inherit' });
if (!ONLY || ONLY === 'badges') await buildFloorBadge(root);
// Everything printed also goes into bench/REPORT.md (committed), with the machine noted.
const printed: string[] = [];
const print = console.log.bind(console);
console.log = (...args: unknown[]) => {
  printed.push(args.map(String).join(' '));
  print(...args);
};
const sizes = execSync('npx tsx scripts/check-sizes.ts', { cwd: root, encoding: 'utf8' });
// The first line each suite prints: with BENCH_ONLY, that suite's section of REPORT.md is replaced.
const SECTION_HEADS: Record<string, string> = { badges: 'Citation badges', timeline: 'Timelines:', chart: 'Aid-flow chart:', crowded: 'Crowded page:', hostile: 'Hostile datasets:', lighthouse: 'Lighthouse', builder: 'Dataset builder:' };

const { server, url } = await serve(root, { ...badgePages(SIZES), ...timelinePages(root, TIMELINE_SIZES), ...chartPages(root, CHART_SIZES), ...crowdedPages(), ...hostilePages(root), ...lighthousePages() });
const browser = await launch();
try {
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${RUNS} alternating runs per page (first run of each page discarded as warm-up).`);
  const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  if (!ONLY || ONLY === 'badges') {
    console.log('\nCitation badges vs the same page with plain markers (no script), and with minimal Lit markers (the floor)');
    console.log('badges  page       render ms            long tasks ms       max task ms    CLS     heap MB   DOM nodes');
    for (const n of SIZES) {
      const samples: Record<string, Sample[]> = { badges: [], floor: [], plain: [] };
      const kinds = Object.keys(samples);
      for (let i = 0; i <= RUNS; i++) {
        for (const kind of [...kinds.slice(i % 3), ...kinds.slice(0, i % 3)]) {
          const s = await measure(browser, `${url}/${kind}-${n}.html`);
          if (i > 0) samples[kind].push(s);
        }
      }
      for (const [kind, list] of Object.entries(samples)) {
        const col = (k: keyof Sample) => list.map((s) => s[k]);
        console.log(
          `${String(n).padStart(6)}  ${kind.padEnd(9)}  ${fmt(col('renderMs')).padEnd(20)} ${fmt(col('longTaskMs')).padEnd(19)} ${median(col('maxLongTaskMs')).toFixed(0).padStart(6)}   ${median(col('cls')).toFixed(3)}   ${median(col('heapMB')).toFixed(1).padStart(6)}   ${median(col('nodes')).toFixed(0).padStart(7)}`,
        );
      }
      const render = (kind: string) => median(samples[kind].map((s) => s.renderMs));
      console.log(`        ratio badges/plain render time: ${(render('badges') / render('plain')).toFixed(2)}× (target ≤ 2.5× at 200); floor/plain: ${(render('floor') / render('plain')).toFixed(2)}×`);
    }
  }
  if (!ONLY || ONLY === 'timeline') await runTimelineSuite(browser, url, TIMELINE_SIZES, RUNS);
  if (!ONLY || ONLY === 'chart') await runChartSuite(browser, url, CHART_SIZES, RUNS);
  if (!ONLY || ONLY === 'crowded') await runCrowdedSuite(browser, url, RUNS);
  if (!ONLY || ONLY === 'hostile') await runHostileSuite(browser, url, RUNS);
  if (!ONLY || ONLY === 'lighthouse') await runLighthouseSuite(root, url, LIGHTHOUSE_RUNS);
  if (!ONLY || ONLY === 'builder') await runBuilderSuite(browser, url, root, BUILDER_RUNS);
  const head = ONLY && SECTION_HEADS[ONLY];
  if (head) {
    // One suite re-run alone: replace its section (its lines up to the next blank line) and the
    // sizes, keep the rest of the report, and say when and how this section was measured.
    const path = resolve(root, 'bench/REPORT.md');
    const lines = readFileSync(path, 'utf8').split('\n');
    const fresh = printed.join('\n').split('\n');
    const from = fresh.findIndex((l) => l.startsWith(head));
    const section = fresh.slice(from, fresh.indexOf('', from) === -1 ? undefined : fresh.indexOf('', from));
    let start = lines.findIndex((l) => l.startsWith(head));
    if (start === -1) {
      // A suite new to the report: its section goes last in the timings' block.
      const close = lines.lastIndexOf('```');
      lines.splice(close, 0, '', head);
      start = close + 1;
    }
    if (from === -1) throw new Error(`no "${head}" section in this run's output`);
    let end = lines.indexOf('', start);
    if (end === -1 || lines.slice(start, end).some((l) => l.startsWith('```'))) end = lines.findIndex((l, i) => i > start && (l === '' || l.startsWith('```')));
    const note = `(This section re-run alone with BENCH_ONLY=${ONLY} on ${new Date().toISOString().slice(0, 10)}, ${ONLY === 'lighthouse' ? LIGHTHOUSE_RUNS : ONLY === 'builder' ? BUILDER_RUNS : RUNS} runs per page; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${await browser.version()}.)`;
    lines.splice(start, end - start, ...section, note);
    const sizesStart = lines.indexOf('gzip sizes (level 9)');
    const sizesEnd = lines.indexOf('```', sizesStart);
    if (sizesStart !== -1 && sizesEnd !== -1) lines.splice(sizesStart, sizesEnd - sizesStart, ...sizes.trim().split('\n'));
    writeFileSync(path, lines.join('\n'));
    print(`Updated the ${ONLY} section and the sizes in bench/REPORT.md`);
  }
  if (!ONLY) {
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${await browser.version()} (headless)`;
    writeFileSync(
      resolve(root, 'bench/REPORT.md'),
      [
        '# Benchmark report',
        '',
        `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.`,
        `Each page is loaded ${RUNS} times after one discarded warm-up, peers alternating so that they share the`,
        "machine's noise; figures are medians with (min–max). Timings are never asserted in tests; the sizes",
        'below are, in `npm test`. The leak suite (1 000 connect/disconnect cycles per element, heap after GC',
        'within 1 MB) runs in `npm test` too: test/security/leaks.test.ts.',
        '',
        '## Sizes (gzip -9)',
        '',
        '```',
        sizes.trim(),
        '```',
        '',
        '## Render time, long tasks, layout shift, heap, DOM',
        '',
        '```',
        ...printed,
        '```',
        '',
      ].join('\n'),
    );
    print('Wrote bench/REPORT.md');
  }
} finally {
  await browser.close();
  server.close();
}
