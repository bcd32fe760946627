/**
 * Chart suite: N synthetic flows (10, 100, 1 000) drawn by `<aid-flow-chart>` and, side by side,
 * by a bare Chart.js + sankey page given the same links (the UMD builds from node_modules, no
 * element, no keyboard layer). Ours is loaded two ways, as pages do: the per-element define
 * entries of the CDN build (the chart's and that of the `<kerjasama-data>` provider that gives it
 * the synthetic flows), with `<link rel="modulepreload">` for every file of their graph and of the
 * chart's lazy view and Chart.js chunks (what a bundler's HTML lists); and the one-file drop-in
 * script with a modulepreload of its view and Chart.js chunks. Both preloads suit a chart near the top of a
 * page; the bench server is HTTP/1.1, so many small files cost more here than over HTTP/2.
 *
 * "First draw" is the same for both: the time, from navigation start, of the animation frame
 * after the chart's first draw (ours: after `chartReady()` resolves; bare: after `new Chart()`,
 * which draws synchronously with animation off).
 *
 * How bench/run.ts should call it (pages served by bench/serve.ts from the repository root,
 * after `vite build --mode cdn` and `vite build --mode cdn-elements`):
 *
 *   import { chartPages, runChartSuite } from './chart.js';
 *   const CHART_SIZES = [10, 100, 1000];
 *   const { server, url } = await serve(root, { ...badgePages(SIZES), ...chartPages(root, CHART_SIZES) });
 *   ...
 *   if (!ONLY || ONLY === 'chart') await runChartSuite(browser, url, CHART_SIZES, RUNS);
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { measure, median, type Sample } from './measure.js';
import type { DatasetT } from '../src/data/schema.js';
import { buildFlowGraph, withSyntheticFlows } from '../src/components/aid-flow-chart/aid-flow-chart.view.js';
import { onlyWhatIsShown } from './fixtures.js';

export const CHART_PEERS = ['ours', 'dropin', 'bare'] as const;
export type ChartPeer = (typeof CHART_PEERS)[number];
const LABEL: Record<ChartPeer, string> = { ours: 'chart, define entries', dropin: 'chart, drop-in script', bare: 'bare Chart.js+sankey' };

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const STYLE = `<style>body { margin: 0; font-family: sans-serif; } main { width: 900px; } #box { position: relative; height: 384px; }</style>`;

function oursPage(ds: DatasetT, scripts: string[], preload: string[]): string {
  const links = preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  // The scripts as the README includes them: fetched while the page is parsed, run in order once it is.
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours</title>${STYLE}${links}${tags}</head><body>
    <main id="host"></main>
    <script type="application/json" id="data">${json(ds)}</script>
    <script type="module">
      const provider = document.createElement('kerjasama-data');
      provider.data = JSON.parse(document.getElementById('data').textContent);
      const chart = document.createElement('aid-flow-chart');
      provider.append(chart);
      document.getElementById('host').append(provider);
      await chart.chartReady();
      requestAnimationFrame(() => { window.__renderedAt = performance.now(); });
    </script>
  </body></html>`;
}

function barePage(ds: DatasetT): string {
  const graph = buildFlowGraph(ds, {}, 'USD', 'en');
  const data = {
    links: graph.links.map((l) => ({ from: l.from, to: l.to, flow: l.value })),
    labels: Object.fromEntries(graph.nodes.map((n) => [n.key, n.label])),
    column: Object.fromEntries(graph.nodes.map((n) => [n.key, n.columnIndex])),
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>${STYLE}</head><body>
    <main><div id="box"><canvas id="c"></canvas></div></main>
    <script type="application/json" id="data">${json(data)}</script>
    <script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>
    <script src="/node_modules/chartjs-chart-sankey/dist/chartjs-chart-sankey.min.js"></script>
    <script>
      const d = JSON.parse(document.getElementById('data').textContent);
      new Chart(document.getElementById('c'), {
        type: 'sankey',
        data: { datasets: [{ data: d.links, labels: d.labels, column: d.column, colorFrom: '#0b5cad', colorTo: '#0b5cad' }] },
        options: { animation: false, maintainAspectRatio: false },
      });
      requestAnimationFrame(() => { window.__renderedAt = performance.now(); });
    </script>
  </body></html>`;
}

/**
 * The files `entries` import statically, transitively, themselves included (URL paths): what a
 * bundler's HTML output would list as modulepreload links. Chromium's modulepreload fetches only
 * the module named, so every chunk of the graph is listed, or its imports would load one round
 * trip after another.
 */
function staticGraph(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(`${root}${path}`, 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(new URL(m[1], `http://x${path}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

/** Pages `/chart-<peer>-<n>.html` for each size, built from the bundled dataset. */
export function chartPages(root: string, sizes: number[]): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}/dist/data/kerjasama.dataset.json`, 'utf8')) as DatasetT;
  // The chart's lazy chunks in the CDN build (hashed names): its view and Chart.js.
  const chunks = readdirSync(`${root}/dist/cdn/chunks`).filter((f) => /^(aid-flow-chart\.lazy|aid-flow-chart\.chartjs)-[\w-]+\.js$/.test(f));
  if (chunks.length !== 2) throw new Error(`expected the chart's view and Chart.js chunks in dist/cdn/chunks, found: ${chunks.join(', ')}`);
  const defines = ['/dist/cdn/define/kerjasama-data.js', '/dist/cdn/define/aid-flow-chart.js'];
  const preload = staticGraph(root, [...defines, ...chunks.map((f) => `/dist/cdn/chunks/${f}`)]);
  // The drop-in's own view and Chart.js chunks: preloaded too, or the view chunk's fetch would
  // start only once kerjasama.js has run (one round trip more than the define entries' page).
  const dropinChunks = readdirSync(`${root}/dist/cdn`).filter((f) => /^aid-flow-chart\.(lazy|chartjs)-[\w-]+\.js$/.test(f));
  if (dropinChunks.length !== 2) throw new Error(`expected the chart's view and Chart.js chunks beside dist/cdn/kerjasama.js, found: ${dropinChunks.join(', ')}`);
  const pages: Record<string, string> = {};
  for (const n of sizes) {
    const ds = withSyntheticFlows(base, n);
    const shown = onlyWhatIsShown(ds, 'flows');
    pages[`/chart-ours-${n}.html`] = oursPage(shown, defines, preload);
    pages[`/chart-dropin-${n}.html`] = oursPage(shown, ['/dist/cdn/kerjasama.js'], dropinChunks.map((f) => `/dist/cdn/${f}`));
    pages[`/chart-bare-${n}.html`] = barePage(ds);
  }
  return pages;
}

/**
 * Loads both pages `runs` times per size (plus one discarded warm-up), alternating the order, and
 * prints medians (min–max) and the ratios ours/bare (target: first draw within 1.2×).
 */
export async function runChartSuite(browser: Browser, url: string, sizes: number[], runs: number): Promise<void> {
  const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  console.log('\nAid-flow chart: <aid-flow-chart> (define entries, or the drop-in; chunks modulepreloaded) vs a bare Chart.js + sankey page, same synthetic flows');
  console.log(' flows  page                   first draw ms            long tasks ms           max task ms    CLS     heap MB   DOM nodes');
  for (const n of sizes) {
    const samples: Record<ChartPeer, Sample[]> = { ours: [], dropin: [], bare: [] };
    for (let i = 0; i <= runs; i++) {
      // Rotate the order, so that no peer always loads first (or right after the same one).
      const order = CHART_PEERS.map((_, k) => CHART_PEERS[(k + i) % CHART_PEERS.length]);
      for (const peer of order) {
        const s = await measure(browser, `${url}/chart-${peer}-${n}.html`);
        if (i > 0) samples[peer].push(s);
      }
    }
    for (const peer of CHART_PEERS) {
      const col = (k: keyof Sample) => samples[peer].map((s) => s[k]);
      console.log(
        `${String(n).padStart(6)}  ${LABEL[peer].padEnd(21)}  ${fmt(col('renderMs')).padEnd(24)} ${fmt(col('longTaskMs')).padEnd(23)} ${median(col('maxLongTaskMs')).toFixed(0).padStart(6)}   ${median(col('cls')).toFixed(3)}   ${median(col('heapMB')).toFixed(1).padStart(6)}   ${median(col('nodes')).toFixed(0).padStart(7)}`,
      );
    }
    const m = (k: keyof Sample, peer: ChartPeer) => median(samples[peer].map((s) => s[k]));
    for (const peer of ['ours', 'dropin'] as const) {
      console.log(
        `        ratio ${peer === 'ours' ? 'define entries' : 'drop-in'}/bare: first draw ${(m('renderMs', peer) / m('renderMs', 'bare')).toFixed(2)}× (target ≤ 1.2×), long tasks ${m('longTaskMs', 'bare') > 0 ? `${(m('longTaskMs', peer) / m('longTaskMs', 'bare')).toFixed(2)}×` : `${m('longTaskMs', peer).toFixed(0)} ms vs none`}, heap ${(m('heapMB', peer) / m('heapMB', 'bare')).toFixed(2)}×`,
      );
    }
  }
}
