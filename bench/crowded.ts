/**
 * Crowded-page suite: one page with 1 000 citation badges, 100 actor chips, 5 timelines and
 * 3 aid-flow charts (the drop-in script), measured per load:
 * - ready: ms from navigation start until every element has rendered and every chart has drawn;
 * - TTI (time to interactive): the end of the last long task before a 1 s window without long
 *   tasks (at least "ready"), the Lighthouse idea of TTI with a shorter quiet window;
 * - total and longest long-task time, and the queueing delay of a task posted at "ready" (a
 *   proxy for how long a reader's first click would wait for the main thread);
 * - heap after GC and DOM nodes (shadow roots included).
 * The charts sit in the first screen, so the lazy Chart.js chunk loads during start-up: the
 * worst case for responsiveness.
 *
 * How bench/run.ts should call it (pages served by bench/serve.ts from the repository root,
 * after `vite build --mode cdn`; the browser from measure.ts's `launch()`):
 *
 *   import { crowdedPages, runCrowdedSuite } from './crowded.js';
 *   const { server, url } = await serve(root, { ...badgePages(SIZES), ...crowdedPages() });
 *   ...
 *   if (!ONLY || ONLY === 'crowded') await runCrowdedSuite(browser, url, RUNS);
 *
 * Standalone: `npx vite build --mode cdn && npx tsx bench/crowded.ts` (BENCH_RUNS, default 5).
 */
import type { Browser } from 'puppeteer-core';
import { COUNT_NODES, median } from './measure.js';

export const CROWD = { badges: 1000, chips: 100, timelines: 5, charts: 3 } as const;

const CITATIONS = ['hotez-2014', 'panda-2022', 'setiawan-2022', 'keohane-martin-1995', 'jayanti-2020', 'bhwana-2022', 'kemlu-2021'];
const ACTORS = ['indonesia', 'japan', 'south-korea', 'jica', 'unicef', 'who', 'covax', 'bio-farma', 'retno-marsudi', 'joko-widodo'];
const TIMELINE_COUNTRIES = ['ID JP', 'ID KR', 'ID', 'JP', 'KR'];
const CHART_UNITS = ['USD', 'doses', 'IDR'];

const QUIET_MS = 1000;

export interface CrowdedSample {
  readyMs: number;
  ttiMs: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  inputDelayMs: number;
  heapMB: number;
  nodes: number;
}

function crowdedPage(): string {
  const charts = CHART_UNITS.slice(0, CROWD.charts)
    .map((unit) => `<div class="chart"><aid-flow-chart view="sankey" unit="${unit}"></aid-flow-chart></div>`)
    .join('');
  const timelines = TIMELINE_COUNTRIES.slice(0, CROWD.timelines)
    .map((countries) => `<cooperation-timeline countries="${countries}"></cooperation-timeline>`)
    .join('\n');
  const paragraphs: string[] = [];
  for (let i = 0; i < CROWD.badges; i++) {
    const chip = i % (CROWD.badges / CROWD.chips) === 0 ? ` with <actor-card variant="chip" actor="${ACTORS[(i / 10) % ACTORS.length]}"></actor-card>` : '';
    paragraphs.push(`<p>Sentence ${i} about vaccine diplomacy${chip} <citation-badge ${i % 2 ? 'format="numeric" ' : ''}cite="${CITATIONS[i % CITATIONS.length]}"></citation-badge>.</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>crowded</title>
    <style>body { margin: 0; font-family: sans-serif; } main { width: 1000px; } .charts { display: flex; gap: 8px; } .chart { flex: 1; min-width: 0; }</style>
  </head><body>
    <main id="host">
      <div class="charts">${charts}</div>
      ${timelines}
      ${paragraphs.join('\n')}
      <reference-list></reference-list>
    </main>
    <script type="module">
      import '/dist/cdn/kerjasama.js';
      const tags = ['citation-badge', 'actor-card', 'cooperation-timeline', 'aid-flow-chart', 'reference-list'];
      const all = tags.flatMap((t) => [...document.querySelectorAll(t)]);
      await Promise.all(all.map((el) => el.updateComplete));
      await Promise.all([...document.querySelectorAll('aid-flow-chart')].map((c) => c.chartReady()));
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__readyAt = performance.now();
        // A task posted at "ready": how long it waits for the main thread (a first click would too).
        const postedAt = performance.now();
        setTimeout(() => { window.__inputDelay = performance.now() - postedAt; }, 0);
      }));
    </script>
  </body></html>`;
}

/** The page `/crowded.html`, for bench/serve.ts. */
export function crowdedPages(): Record<string, string> {
  return { '/crowded.html': crowdedPage() };
}

// Installed before any page script: long tasks with their start, from the very beginning.
const OBSERVE = `
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
`;

const COLLECT = `(() => {
  window.gc?.();
  ${COUNT_NODES}
  return { ready: window.__readyAt, tasks: window.__tasks, inputDelay: window.__inputDelay, heap: performance.memory?.usedJSHeapSize ?? 0, nodes: countNodes(document) };
})()`;

/** Loads the crowded page once and measures it (see the module comment). */
export async function measureCrowded(browser: Browser, url: string): Promise<CrowdedSample> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.evaluateOnNewDocument(OBSERVE);
  await page.goto(`${url}/crowded.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.__readyAt !== undefined && window.__inputDelay !== undefined', { timeout: 120_000 });
  // Wait for a quiet window: QUIET_MS since "ready" and since the end of the last long task.
  await page.waitForFunction(
    `(() => { const now = performance.now(); const ends = window.__tasks.map(([s, d]) => s + d);
      return now - Math.max(window.__readyAt, ...ends) >= ${QUIET_MS}; })()`,
    { timeout: 120_000, polling: 100 },
  );
  const raw = (await page.evaluate(COLLECT)) as { ready: number; tasks: [number, number][]; inputDelay: number; heap: number; nodes: number };
  await page.close();
  const durations = raw.tasks.map(([, d]) => d);
  return {
    readyMs: raw.ready,
    ttiMs: Math.max(raw.ready, ...raw.tasks.map(([s, d]) => s + d)),
    longTaskMs: durations.reduce((a, b) => a + b, 0),
    maxLongTaskMs: Math.max(0, ...durations),
    inputDelayMs: raw.inputDelay,
    heapMB: raw.heap / 2 ** 20,
    nodes: raw.nodes,
  };
}

/** Loads the page `runs` times (plus one discarded warm-up) and prints medians (min–max). */
export async function runCrowdedSuite(browser: Browser, url: string, runs: number): Promise<CrowdedSample[]> {
  const samples: CrowdedSample[] = [];
  for (let i = 0; i <= runs; i++) {
    const s = await measureCrowded(browser, url);
    if (i > 0) samples.push(s);
  }
  const fmt = (k: keyof CrowdedSample, digits = 0) => {
    const xs = samples.map((s) => s[k]);
    return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  };
  console.log(`\nCrowded page: ${CROWD.badges} citation badges, ${CROWD.chips} actor chips, ${CROWD.timelines} timelines, ${CROWD.charts} charts (drop-in script); ${runs} runs`);
  console.log('ready ms             TTI ms               long tasks ms        max task ms     input delay ms   heap MB   DOM nodes');
  console.log(
    `${fmt('readyMs').padEnd(20)} ${fmt('ttiMs').padEnd(20)} ${fmt('longTaskMs').padEnd(20)} ${fmt('maxLongTaskMs').padEnd(15)} ${fmt('inputDelayMs', 1).padEnd(16)} ${median(samples.map((s) => s.heapMB)).toFixed(1).padStart(7)}   ${median(samples.map((s) => s.nodes)).toFixed(0).padStart(9)}`,
  );
  return samples;
}

// Standalone run: `npx tsx bench/crowded.ts` after `npx vite build --mode cdn`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { dirname, resolve } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { serve } = await import('./serve.js');
  const { launch } = await import('./measure.js');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { server, url } = await serve(root, crowdedPages());
  const browser = await launch();
  try {
    await runCrowdedSuite(browser, url, Number(process.env.BENCH_RUNS ?? 5));
  } finally {
    await browser.close();
    server.close();
  }
}
