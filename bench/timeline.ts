/**
 * Timeline suite: the same synthetic events (N valid events over 1950–2024) rendered by
 * `<cooperation-timeline>` (the drop-in script), by TimelineJS3 and by vis-timeline, loaded from
 * node_modules by the bench server. Each page gets the events inline, already in its library's
 * own format, so every library pays for parsing its data and none for a network fetch. Ours is
 * also measured as a site with many events would host them (`… hosted in shards`): the shards
 * that `kerjasama data build --shards` writes, served beside the page (gzip, as every page here),
 * fetched by the provider; that row pays for its requests.
 *
 * "First painted event" is the same for all: a per-frame check finds the library's first
 * event element in the DOM (ours: an `.item` in the shadow root; TimelineJS: a `.tl-timemarker`
 * on its time axis; vis-timeline: a `.vis-item`), and the time is taken in the next frame's
 * callback, i.e. after the frame that contained it was painted. The check starts before the
 * library's script runs; times are from navigation start.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { measure, median, type Sample } from './measure.js';
import type { DatasetT } from '../src/data/schema.js';
import { syntheticTimelineDataset } from '../test/support/timeline-dataset.js';
import { onlyWhatIsShown } from './fixtures.js';
import { shardFiles } from '../src/build/cli.js';

export const TIMELINE_PEERS = ['ours', 'ours-shards', 'timelinejs', 'vis'] as const;
export type TimelinePeer = (typeof TIMELINE_PEERS)[number];
const OURS = ['ours', 'ours-shards'] as const;
const LABEL: Record<TimelinePeer, string> = { ours: 'cooperation-timeline', 'ours-shards': '  … hosted in shards', timelinejs: 'TimelineJS3', vis: 'vis-timeline' };

/** A page waits this long for a first event before it gives up and reports a timeout. */
export const TIMELINE_TIMEOUT_MS = 60_000;

// Polls every frame from the start; when `find()` first sees an event, stamps the next frame.
const firstPaintProbe = (find: string) => `<script>
  (() => {
    const find = () => ${find};
    const tick = () => {
      if (find()) requestAnimationFrame(() => { window.__renderedAt = performance.now(); });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
</script>`;

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function parts(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function oursPage(ds: DatasetT): string {
  // The drop-in as the README includes it: fetched while the page is parsed, run once it is.
  // The provider gets `.data` before the timeline is connected, so the timeline never renders the bundled dataset first.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours</title>
    <script type="module" src="/dist/cdn/kerjasama.js"></script>
    <style>body { margin: 0; font-family: sans-serif; } cooperation-timeline { display: block; min-height: 600px; }</style>
    ${firstPaintProbe(`document.querySelector('cooperation-timeline')?.shadowRoot?.querySelector('.item')`)}
    </head><body>
    <main id="host"></main>
    <script type="application/json" id="data">${json(ds)}</script>
    <script type="module">
      const provider = document.createElement('kerjasama-data');
      provider.data = JSON.parse(document.getElementById('data').textContent);
      provider.innerHTML = '<cooperation-timeline></cooperation-timeline>';
      document.getElementById('host').append(provider);
    </script>
  </body></html>`;
}

/**
 * The same events hosted as a site with many events would host them: cut by `kerjasama data
 * build --shards` (the command's own `shardFiles`), served beside the page, the provider's `src`
 * naming their shards.json. Its first render fetches the manifest and the events' core shard in
 * the page's language (titles, dates, countries, sectors); evidence quotes load when an event opens.
 */
function oursShardsPage(n: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours, shards</title>
    <script type="module" src="/dist/cdn/kerjasama.js"></script>
    <style>body { margin: 0; font-family: sans-serif; } cooperation-timeline { display: block; min-height: 600px; }</style>
    ${firstPaintProbe(`document.querySelector('cooperation-timeline')?.shadowRoot?.querySelector('.item')`)}
    </head><body>
    <main><kerjasama-data src="/timeline-shards-${n}/shards.json"><cooperation-timeline></cooperation-timeline></kerjasama-data></main>
  </body></html>`;
}

function timelineJsPage(ds: DatasetT): string {
  const data = {
    events: ds.events.map((e) => ({
      start_date: parts(e.date!.start),
      ...(e.date!.end ? { end_date: parts(e.date!.end) } : {}),
      text: { headline: e.title.en, text: e.sector },
      unique_id: e.id,
    })),
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>timelinejs</title>
    <style>body { margin: 0; font-family: sans-serif; } #timeline { width: 100%; height: 600px; }</style>
    <link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
    ${firstPaintProbe(`document.querySelector('#timeline .tl-timemarker')`)}
    </head><body>
    <div id="timeline"></div>
    <script type="application/json" id="data">${json(data)}</script>
    <script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>
    <script>
      // Local files only: no web font, no analytics; the English strings are built in.
      new TL.Timeline('timeline', JSON.parse(document.getElementById('data').textContent), {
        script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, language: 'en',
      });
    </script>
  </body></html>`;
}

function visPage(ds: DatasetT): string {
  const items = ds.events.map((e) => ({ id: e.id, content: e.title.en, start: e.date!.start, ...(e.date!.end ? { end: e.date!.end } : {}) }));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis</title>
    <style>body { margin: 0; font-family: sans-serif; } #timeline { height: 600px; }</style>
    <link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
    ${firstPaintProbe(`document.querySelector('#timeline .vis-item')`)}
    </head><body>
    <div id="timeline"></div>
    <script type="application/json" id="data">${json(items)}</script>
    <script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
    <script>
      new vis.Timeline(document.getElementById('timeline'), JSON.parse(document.getElementById('data').textContent), { height: '600px' });
    </script>
  </body></html>`;
}

/** Pages `/timeline-<peer>-<n>.html` for each size, built from the bundled dataset. */
export function timelinePages(root: string, sizes: number[]): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}/dist/data/kerjasama.dataset.json`, 'utf8')) as DatasetT;
  const pages: Record<string, string> = {};
  for (const n of sizes) {
    const ds = syntheticTimelineDataset(base, n);
    const shown = onlyWhatIsShown(ds, 'events');
    pages[`/timeline-ours-${n}.html`] = oursPage(shown);
    pages[`/timeline-ours-shards-${n}.html`] = oursShardsPage(n);
    for (const [file, text] of shardFiles(shown as unknown as Record<string, unknown>)) pages[`/timeline-shards-${n}/${file}`] = text;
    pages[`/timeline-timelinejs-${n}.html`] = timelineJsPage(ds);
    pages[`/timeline-vis-${n}.html`] = visPage(ds);
  }
  return pages;
}

/**
 * One load, or the seconds waited when the page did not paint an event in time (navigation or
 * first-event timeout); the stuck tab is closed.
 */
async function measureOrTimeout(browser: Browser, url: string): Promise<Sample | { timedOutAfterS: number }> {
  const before = new Set(await browser.pages());
  const start = Date.now();
  try {
    return await measure(browser, url);
  } catch (error) {
    if (!/timeout|waiting failed/i.test(String(error))) throw error;
    for (const page of await browser.pages()) if (!before.has(page)) await page.close().catch(() => {});
    return { timedOutAfterS: Math.round((Date.now() - start) / 1000) };
  }
}

/**
 * Loads every peer's page `runs` times per size (plus one discarded warm-up), alternating the
 * order, and prints medians (min–max) and the ratios of ours to each peer. A peer that times out
 * is not loaded again at that size and is reported as timed out.
 */
export async function runTimelineSuite(browser: Browser, url: string, sizes: number[], runs: number): Promise<void> {
  const fmt = (xs: number[], digits = 1) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  console.log('\nTimelines: <cooperation-timeline> (drop-in script) vs TimelineJS3 and vis-timeline, same synthetic events');
  console.log('events  library               first event ms           long tasks ms           max task ms    CLS     heap MB   DOM nodes');
  for (const n of sizes) {
    const samples: Record<TimelinePeer, Sample[]> = { ours: [], 'ours-shards': [], timelinejs: [], vis: [] };
    const timedOut = new Map<TimelinePeer, number>();
    for (let i = 0; i <= runs; i++) {
      const k = i % TIMELINE_PEERS.length;
      const order = [...TIMELINE_PEERS.slice(k), ...TIMELINE_PEERS.slice(0, k)];
      for (const peer of order) {
        if (timedOut.has(peer)) continue;
        const s = await measureOrTimeout(browser, `${url}/timeline-${peer}-${n}.html`);
        if ('timedOutAfterS' in s) timedOut.set(peer, s.timedOutAfterS);
        else if (i > 0) samples[peer].push(s);
      }
    }
    for (const peer of TIMELINE_PEERS) {
      const list = samples[peer];
      const name = `${String(n).padStart(6)}  ${LABEL[peer].padEnd(20)}`;
      if (timedOut.has(peer)) {
        console.log(`${name}  timed out at ${timedOut.get(peer)} s (no event painted; limit ${TIMELINE_TIMEOUT_MS / 1000} s, not loaded again)`);
        if (!list.length) continue;
      }
      const col = (k: keyof Sample) => list.map((s) => s[k]);
      console.log(
        `${name}  ${fmt(col('renderMs')).padEnd(24)} ${fmt(col('longTaskMs')).padEnd(23)} ${median(col('maxLongTaskMs')).toFixed(0).padStart(6)}   ${median(col('cls')).toFixed(3)}   ${median(col('heapMB')).toFixed(1).padStart(6)}   ${median(col('nodes')).toFixed(0).padStart(7)}`,
      );
    }
    for (const variant of OURS) {
      const ours = samples[variant];
      for (const peer of ['timelinejs', 'vis'] as const) {
        const who = `${variant === 'ours' ? '' : 'hosted in shards, '}vs ${LABEL[peer]}`;
        if (!samples[peer].length || !ours.length) {
          console.log(`        ${who}: no ratio (timed out)`);
          continue;
        }
        const m = (k: keyof Sample, list: Sample[]) => median(list.map((s) => s[k]));
        const speed = m('renderMs', samples[peer]) / m('renderMs', ours);
        console.log(
          `        ${who}: first event ${speed.toFixed(1)}× faster; long tasks ${(m('longTaskMs', ours) / Math.max(1, m('longTaskMs', samples[peer]))).toFixed(2)}×, heap ${(m('heapMB', ours) / m('heapMB', samples[peer])).toFixed(2)}×, DOM nodes ${(m('nodes', ours) / m('nodes', samples[peer])).toFixed(2)}× of theirs`,
        );
      }
    }
  }
}
