/**
 * Chart suite: N synthetic flows (10, 100, 1 000) drawn by `<aid-flow-chart>` (the drop-in
 * script, which loads its Chart.js chunk lazily) and, side by side, by a bare Chart.js + sankey
 * page given the same links (the UMD builds from node_modules, no element, no keyboard layer).
 *
 * "First draw" is the same for both: the time, from navigation start, of the animation frame
 * after the chart's first draw (ours: after `chartReady()` resolves; bare: after `new Chart()`,
 * which draws synchronously with animation off).
 *
 * How bench/run.ts should call it (pages served by bench/serve.ts from the repository root,
 * after `vite build --mode cdn`):
 *
 *   import { chartPages, runChartSuite } from './chart.js';
 *   const CHART_SIZES = [10, 100, 1000];
 *   const { server, url } = await serve(root, { ...badgePages(SIZES), ...chartPages(root, CHART_SIZES) });
 *   ...
 *   if (!ONLY || ONLY === 'chart') await runChartSuite(browser, url, CHART_SIZES, RUNS);
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { measure, median, type Sample } from './measure.js';
import type { DatasetT } from '../src/data/schema.js';
import { buildFlowGraph, withSyntheticFlows } from '../src/components/aid-flow-chart/aid-flow-chart.view.js';

export const CHART_PEERS = ['ours', 'bare'] as const;
export type ChartPeer = (typeof CHART_PEERS)[number];
const LABEL: Record<ChartPeer, string> = { ours: 'aid-flow-chart', bare: 'bare Chart.js+sankey' };

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const STYLE = `<style>body { margin: 0; font-family: sans-serif; } main { width: 900px; } #box { position: relative; height: 384px; }</style>`;

function oursPage(ds: DatasetT): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours</title>${STYLE}</head><body>
    <main id="host"></main>
    <script type="application/json" id="data">${json(ds)}</script>
    <script type="module">
      import '/dist/cdn/kerjasama.js';
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

/** Pages `/chart-<peer>-<n>.html` for each size, built from the bundled dataset. */
export function chartPages(root: string, sizes: number[]): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}/dist/data/kerjasama.dataset.json`, 'utf8')) as DatasetT;
  const pages: Record<string, string> = {};
  for (const n of sizes) {
    const ds = withSyntheticFlows(base, n);
    pages[`/chart-ours-${n}.html`] = oursPage(ds);
    pages[`/chart-bare-${n}.html`] = barePage(ds);
  }
  return pages;
}

/**
 * Loads both pages `runs` times per size (plus one discarded warm-up), alternating the order, and
 * prints medians (min–max) and the ratios ours/bare (target: first draw within 1.25×).
 */
export async function runChartSuite(browser: Browser, url: string, sizes: number[], runs: number): Promise<void> {
  const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  console.log('\nAid-flow chart: <aid-flow-chart> (drop-in script, lazy chart chunk) vs a bare Chart.js + sankey page, same synthetic flows');
  console.log(' flows  page                   first draw ms            long tasks ms           max task ms    CLS     heap MB   DOM nodes');
  for (const n of sizes) {
    const samples: Record<ChartPeer, Sample[]> = { ours: [], bare: [] };
    for (let i = 0; i <= runs; i++) {
      for (const peer of i % 2 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const)) {
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
    console.log(
      `        ratio ours/bare: first draw ${(m('renderMs', 'ours') / m('renderMs', 'bare')).toFixed(2)}× (target ≤ 1.25×), long tasks ${(m('longTaskMs', 'ours') / Math.max(1, m('longTaskMs', 'bare'))).toFixed(2)}×, heap ${(m('heapMB', 'ours') / m('heapMB', 'bare')).toFixed(2)}×`,
    );
  }
}
