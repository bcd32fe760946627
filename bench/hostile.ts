/**
 * Hostile-dataset suite: the worst shapes of test/security/hostile-data.test.ts, handed to a
 * `<kerjasama-data>` as `.data` (the drop-in script), timed from the assignment to the element
 * rendered (chart drawn, or its table) or to the provider's refusal. Each shape is built in the
 * page from the bundled dataset before the clock starts.
 */
import type { Browser } from 'puppeteer-core';
import { median } from './measure.js';

/** Page-side builders: `(ds) => dataset`, as in the hostile-data tests. */
const SHAPES: Record<string, { element: string; attributes: string; build: string }> = {
  'cycles, self-loops, channel = recipient': {
    element: 'aid-flow-chart',
    attributes: 'unit="USD"',
    build: `withShape(ds, 3, [['actor-0','actor-1',[],10],['actor-1','actor-0',[],20],['actor-0','actor-0',[],30],['actor-0','actor-1',['actor-1'],40],['actor-2','actor-2',['actor-2'],50]])`,
  },
  '10 000 actors, 5 000 flows (chart)': {
    element: 'aid-flow-chart',
    attributes: 'unit="USD"',
    build: `withShape(ds, 10000, Array.from({ length: 5000 }, (_, i) => ['actor-' + (i % 10000), 'actor-' + ((i * 7 + 1) % 10000), i % 3 ? [] : ['actor-' + ((i * 13 + 5) % 10000)], i + 1]))`,
  },
  '10 000 actors, 5 000 flows (card)': {
    element: 'actor-card',
    attributes: 'actor="actor-9999"',
    build: `withShape(ds, 10000, Array.from({ length: 5000 }, (_, i) => ['actor-' + (i % 10000), 'actor-' + ((i * 7 + 1) % 10000), [], i + 1]))`,
  },
  'JSON nested 100 000 deep (refused)': {
    element: 'actor-card',
    attributes: 'actor="jica"',
    build: `(() => { let deep = 'x'; for (let i = 0; i < 100000; i++) deep = [deep]; ds.version = deep; return ds; })()`,
  },
  '1 MB name (refused)': {
    element: 'actor-card',
    attributes: 'actor="jica"',
    build: `(ds.actors[0].name = 'x'.repeat(1 << 20), ds)`,
  },
};

const slug = (name: string) => name.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase();

export function hostilePages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const [name, shape] of Object.entries(SHAPES)) {
    pages[`/hostile-${slug(name)}.html`] = `<!doctype html><html lang="en"><body>
      <kerjasama-data><${shape.element} ${shape.attributes}></${shape.element}></kerjasama-data>
      <script type="module">
        import '/dist/cdn/kerjasama.js';
        const withShape = (ds, n, flows) => {
          const model = ds.actors[0];
          for (let i = 0; i < n; i++) ds.actors.push({ ...model, id: 'actor-' + i, name: 'Actor ' + i, altNames: undefined });
          ds.flows = flows.map(([from, to, via, value], i) => ({ ...ds.flows[0], id: 'f-' + i, from, to, via, relatedTo: undefined, amount: { value, unit: 'USD' }, date: { start: '2020', precision: 'year' }, status: 'delivered' }));
          return ds;
        };
        const ds = await (await fetch('/dist/data/kerjasama.dataset.json')).json();
        const data = ${shape.build};
        const provider = document.querySelector('kerjasama-data');
        const el = document.querySelector('${shape.element}');
        await customElements.whenDefined('${shape.element}');
        await el.updateComplete;
        window.__longTasks = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
        const t0 = performance.now();
        provider.data = data;
        for (let i = 0; i < 20 && (provider.isUpdatePending || el.isUpdatePending || i === 0); i++) {
          await provider.updateComplete;
          await el.updateComplete;
          await new Promise((r) => setTimeout(r));
        }
        const table = el.shadowRoot.querySelector('table');
        if (provider.status !== 'error' && el.localName === 'aid-flow-chart' && !table) await el.chartReady();
        requestAnimationFrame(() => requestAnimationFrame(() => {
          window.__result = {
            ms: performance.now() - t0,
            outcome: provider.status === 'error' ? 'refused' : table ? 'table (' + table.querySelectorAll('tbody tr').length + ' rows)' : el.shadowRoot.querySelector('canvas') ? 'drawn' : 'rendered',
            maxTask: Math.max(0, ...window.__longTasks),
          };
        }));
      </script>
    </body></html>`;
  }
  return pages;
}

export async function runHostileSuite(browser: Browser, url: string, runs: number): Promise<void> {
  console.log(`\nHostile datasets: time from assigning .data to the element rendered or refused (drop-in script); ${runs} runs`);
  console.log('shape                                      element           outcome             ms                     max task ms');
  for (const [name, shape] of Object.entries(SHAPES)) {
    const samples: { ms: number; outcome: string; maxTask: number }[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1024, height: 800 });
      await page.goto(`${url}/hostile-${slug(name)}.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.__result !== undefined', { timeout: 120_000 });
      if (i > 0) samples.push((await page.evaluate('window.__result')) as (typeof samples)[number]);
      await page.close();
    }
    const ms = samples.map((s) => s.ms);
    const span = `${median(ms).toFixed(0)} (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)})`;
    console.log(`${name.padEnd(42)} ${shape.element.padEnd(17)} ${samples[0].outcome.padEnd(19)} ${span.padEnd(22)} ${median(samples.map((s) => s.maxTask)).toFixed(0)}`);
  }
}
