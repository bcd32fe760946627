/**
 * Hostile-dataset suite (issue 16): the worst dataset shapes the security tests try, given to a
 * `<kerjasama-data>` provider with an `<aid-flow-chart>` inside (drop-in script), timed from
 * navigation start to a rendered element or to its refusal:
 * - graph: 10 000 actors and 5 000 flows, beyond the chart's layout cap: rendered as its table
 *   (its first 200 rows and the button that lists the rest);
 * - cycles: 1 000 flows among 9 actors, every one in a cycle or a self-loop: drawn;
 * - deep: JSON nested 100 000 deep: refused with the provider's message;
 * - long text: a 1 MB name: refused with the provider's message.
 *
 * How bench/run.ts calls it (after `vite build --mode cdn`):
 *
 *   const { server, url } = await serve(root, { ...hostilePages(root) });
 *   if (!ONLY || ONLY === 'hostile') await runHostileSuite(browser, url, RUNS);
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { measure, median, type Sample } from './measure.js';
import type { ActorT, DatasetT, FlowT } from '../src/data/schema.js';

const SHAPES = {
  graph: '10 000 actors, 5 000 flows → 200 rows',
  cycles: '1 000 flows, all in cycles → drawn',
  deep: 'JSON nested 100 000 deep → refused',
  'long-text': 'a 1 MB name → refused',
} as const;
type Shape = keyof typeof SHAPES;

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The bundled dataset with `n` more actors (`actor-0`…) and `count` flows among them. */
function withGraph(base: DatasetT, n: number, count: number, route: (i: number) => [string, string, string[]]): DatasetT {
  const ds = structuredClone(base);
  const model = ds.actors[0];
  for (let i = 0; i < n; i++) ds.actors.push({ ...model, kind: 'government-body', id: `actor-${i}`, name: `Actor ${i}`, altNames: undefined } as ActorT);
  const flow = ds.flows[0];
  ds.flows = Array.from({ length: count }, (_, i) => {
    const [from, to, via] = route(i);
    return { ...flow, id: `f-${i}`, from, to, via, relatedTo: undefined, amount: { value: i + 1, unit: 'USD' }, date: { start: '2020', precision: 'year' }, status: 'delivered' } as FlowT;
  });
  return ds;
}

/**
 * A page that hands the provider its data (`setup` builds it in the page) and marks
 * `__renderedAt` when `done` holds for the chart and provider (polled each frame).
 */
function page(setup: string, done: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
    <style>body { margin: 0; font-family: sans-serif; } main { width: 900px; }</style></head><body>
    <main id="host"></main>
    ${setup}
    <script type="module">
      import '/dist/cdn/kerjasama.js';
      const provider = document.createElement('kerjasama-data');
      provider.data = window.__data();
      const chart = document.createElement('aid-flow-chart');
      chart.setAttribute('unit', 'USD');
      provider.append(chart);
      document.getElementById('host').append(provider);
      const check = () => (${done}) ? requestAnimationFrame(() => { window.__renderedAt = performance.now(); }) : requestAnimationFrame(check);
      requestAnimationFrame(check);
    </script>
  </body></html>`;
}

const fromJson = (ds: DatasetT) => `<script type="application/json" id="data">${json(ds)}</script>
    <script>window.__data = () => JSON.parse(document.getElementById('data').textContent);</script>`;
const refused = "provider.status === 'error' && provider.shadowRoot?.querySelector('[role=\"alert\"]')?.textContent";

/** Pages `/hostile-<shape>.html`, built from the bundled dataset. */
export function hostilePages(root: string): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}/dist/data/kerjasama.dataset.json`, 'utf8')) as DatasetT;
  const graph = withGraph(base, 10_000, 5_000, (i) => [`actor-${i % 10_000}`, `actor-${(i * 7 + 1) % 10_000}`, i % 3 ? [] : [`actor-${(i * 13 + 5) % 10_000}`]]);
  // A→B, B→A, A→A and a channel that is the recipient, over and over among 9 actors.
  const cycles = withGraph(base, 9, 1_000, (i) => {
    const a = `actor-${i % 9}`;
    const b = `actor-${(i + 1) % 9}`;
    return [[a, b, []], [b, a, []], [a, a, []], [a, b, [b]]][i % 4] as [string, string, string[]];
  });
  const rows = (n: number) => `chart.shadowRoot?.querySelectorAll('tbody tr').length === ${n}`;
  return {
    '/hostile-graph.html': page(fromJson(graph), `${rows(200)} && chart.shadowRoot?.querySelector('.table-more button')`),
    '/hostile-cycles.html': page(fromJson(cycles), "chart.shadowRoot?.querySelector('canvas') && (chart.__drawn ??= chart.chartReady().then(() => (chart.__ready = true)), chart.__ready)"),
    '/hostile-deep.html': page(
      `${fromJson(base)}
    <script>{ const parse = window.__data; window.__data = () => { const ds = parse(); let deep = 'x'; for (let i = 0; i < 100000; i++) deep = [deep]; ds.version = deep; return ds; }; }</script>`,
      refused,
    ),
    '/hostile-long-text.html': page(
      `${fromJson(base)}
    <script>{ const parse = window.__data; window.__data = () => { const ds = parse(); ds.actors[0].name = 'x'.repeat(1 << 20); return ds; }; }</script>`,
      refused,
    ),
  };
}

/** Loads each page `runs` times (plus one discarded warm-up), rotating the order; prints medians (min–max). */
export async function runHostileSuite(browser: Browser, url: string, runs: number): Promise<void> {
  const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  const shapes = Object.keys(SHAPES) as Shape[];
  console.log('\nHostile datasets: <kerjasama-data> with an <aid-flow-chart> (drop-in script), ms to a rendered element or to its refusal');
  console.log('shape                                   rendered/refused ms      long tasks ms            max task ms   heap MB');
  const samples = Object.fromEntries(shapes.map((s) => [s, [] as Sample[]])) as Record<Shape, Sample[]>;
  for (let i = 0; i <= runs; i++) {
    for (const shape of shapes.map((_, k) => shapes[(k + i) % shapes.length])) {
      const s = await measure(browser, `${url}/hostile-${shape}.html`);
      if (i > 0) samples[shape].push(s);
    }
  }
  for (const shape of shapes) {
    const col = (k: keyof Sample) => samples[shape].map((s) => s[k]);
    console.log(`${SHAPES[shape].padEnd(38)}  ${fmt(col('renderMs')).padEnd(24)} ${fmt(col('longTaskMs')).padEnd(24)} ${median(col('maxLongTaskMs')).toFixed(0).padStart(6)}   ${median(col('heapMB')).toFixed(1).padStart(6)}`);
  }
}
