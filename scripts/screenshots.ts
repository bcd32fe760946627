/**
 * `npm run screenshots`: one PNG per element for the README, taken from the built Storybook
 * (`storybook-static/`, made by `npm run build-storybook`) in headless Chromium at `CHROME_PATH`
 * (default `/usr/bin/chromium`). Writes docs/screenshots/<tag>.png: light theme, 900 px wide
 * viewport, device scale factor 1, clipped to the story's content (and an open popover); and the
 * aid-flow chart's reading matrix (chartShots). `--only <tag>` takes one element's screenshots.
 * Runs `optipng` on the results when it is installed; nothing is downloaded.
 *
 * `--check` (run by `npm run build-storybook`): writes nothing; fails when a story does not
 * define and render its element or throws, so a docs build without working elements fails.
 *
 * Also docs/screenshots/builder.png: the dataset builder page (storybook-static/builder/) after
 * the CSV example's files were given to it. `--builder` takes only that one, from dist/builder/
 * (after `vite build --mode builder`), without the Storybook build.
 *
 * Last, every element's main states at 375 and 1280 px, English and Indonesian, on a light and
 * on a dark host page: docs/screenshots/<tag>/<state>-<width>-<light|dark>-page-<lang>.png. These
 * are the visual regression test's references, so the test takes them (test/visual/, in update
 * mode): one set of pictures, and `npm run test:visual` compares a change of look with them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../bench/measure.js';
import { serve } from '../bench/serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs/screenshots');

interface Shot {
  tag: string;
  story: string;
  /** Output file under docs/screenshots/ (default `<tag>.png`). */
  file?: string;
  /** Viewport width (default 900) and colour scheme (default light). */
  width?: number;
  scheme?: 'light' | 'dark';
  /** Page-side JavaScript run after the element is defined and rendered (a string: see below). */
  prepare?: string;
}

// Page-side code is passed as strings, not functions: the TypeScript runner would wrap functions
// with helpers the page lacks (as in bench/measure.ts).
const SHOTS: Shot[] = [
  {
    tag: 'citation-badge',
    story: 'elements-citation-badge--author-date',
    // Open the popover, so the screenshot shows the formatted reference and the evidence.
    prepare: `(async () => {
      const el = document.querySelector('citation-badge');
      el.show();
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    })()`,
  },
  { tag: 'reference-list', story: 'elements-reference-list--numeric' },
  { tag: 'actor-card', story: 'elements-actor-card--card' },
  { tag: 'cooperation-timeline', story: 'elements-cooperation-timeline--indonesia-japan' },
  {
    tag: 'aid-flow-chart',
    story: 'elements-aid-flow-chart--all-flows',
    prepare: `document.querySelector('aid-flow-chart').chartReady().then(() => new Promise((r) => setTimeout(r, 300)))`,
  },
  { tag: 'kerjasama-data', story: 'elements-kerjasama-data--bundled-dataset' },
  ...chartShots(),
];

/**
 * The aid-flow chart as readers see it: each unit in each of its views — as it opens with no
 * `view` set (labelled bars for one or two flows), the sankey, the bars and the table — at 375
 * and 1280 px, light and dark, English and Indonesian, in
 * docs/screenshots/aid-flow-chart/<unit>-<view>-<width>-<scheme>-<lang>.png.
 */
function chartShots(): Shot[] {
  const shots: Shot[] = [];
  const views = ['default', 'sankey', 'bars', 'table'] as const;
  for (const unit of ['USD', 'IDR', 'doses', 'none'])
    // Flows without an amount have no bars, and open as a sankey.
    for (const view of views.filter((v) => unit !== 'none' || v === 'sankey' || v === 'table'))
      for (const width of [375, 1280])
        for (const scheme of ['light', 'dark'] as const)
          for (const lang of ['en', 'id'])
            shots.push({
              tag: 'aid-flow-chart',
              story: 'elements-aid-flow-chart--all-flows',
              file: `aid-flow-chart/${unit.toLowerCase()}-${view}-${width}-${scheme}-${lang}.png`,
              width,
              scheme,
              prepare: `(async () => {
                const el = document.querySelector('aid-flow-chart');
                document.documentElement.lang = ${JSON.stringify(lang)};
                el.style.maxWidth = 'none';
                ${view === 'default' ? "el.removeAttribute('view');" : `el.view = ${JSON.stringify(view)};`}
                el.unit = ${JSON.stringify(unit)};
                el.theme = ${JSON.stringify(scheme)};
                const root = document.querySelector('#storybook-root');
                root.style.background = ${JSON.stringify(scheme === 'dark' ? '#16191d' : '#ffffff')};
                document.body.style.background = root.style.background;
                await el.updateComplete;
                // The sankey and the bars are drawn on a canvas; labelled bars and the table are HTML.
                ${view === 'sankey' || view === 'bars' ? 'await el.chartReady();' : ''}
                await new Promise((r) => setTimeout(r, 300));
              })()`,
            });
  return shots;
}

// `--only <tag>`: only that element's screenshots.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** Resolves when the tag is defined and it (and every custom element in the story) has rendered. */
const RENDERED = (tag: string) => `(async () => {
  await customElements.whenDefined(${JSON.stringify(tag)});
  const all = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.tagName.includes('-'));
  await Promise.all(all.map((e) => e.updateComplete));
  await document.fonts.ready;
  return !!document.querySelector(${JSON.stringify(tag)});
})()`;

/**
 * Resolves when no Lit element on the page, in shadow roots too, has an update pending: what
 * `prepare` opened (a popover loading its detail shard) has its final size.
 */
const SETTLED = `(async () => {
  const all = () => {
    const out = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if ('updateComplete' in el) out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  };
  for (let round = 0; round < 20; round++) {
    await new Promise((r) => setTimeout(r, 0));
    await Promise.all(all().map((el) => el.updateComplete));
    if (!all().some((el) => el.isUpdatePending)) break;
  }
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
})()`;

/** The content's box: the story root's children and any open popover, with a margin. */
const CONTENT_BOX = `(() => {
  const rects = [];
  const root = document.querySelector('#storybook-root');
  for (const child of root.children) rects.push(child.getBoundingClientRect());
  const popovers = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(':popover-open')) rects.push(el.getBoundingClientRect());
      if (el.shadowRoot) popovers(el.shadowRoot);
    }
  };
  popovers(document);
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  const m = 16;
  const x = Math.max(0, Math.min(...visible.map((r) => r.left)) - m);
  const y = Math.max(0, Math.min(...visible.map((r) => r.top)) - m);
  const right = Math.min(document.documentElement.scrollWidth, Math.max(...visible.map((r) => r.right)) + m);
  const bottom = Math.max(...visible.map((r) => r.bottom)) + m;
  return { x: Math.floor(x), y: Math.floor(y), width: Math.ceil(right - x), height: Math.ceil(bottom - y) };
})()`;

const MAX_HEIGHT = 1100;
const checkOnly = process.argv.includes('--check');
const builderOnly = process.argv.includes('--builder');

/** Page-side: gives the builder the CSV example's files, as a drop does, and waits for the build. */
const GIVE_EXAMPLE = `(async () => {
  await customElements.whenDefined('kerjasama-dataset-builder');
  const builder = document.querySelector('kerjasama-dataset-builder');
  const status = () => builder.shadowRoot.querySelector('[role="status"]')?.textContent ?? '';
  while (!status().startsWith('Ready')) await new Promise((r) => requestAnimationFrame(r));
  const paths = ['sources/clinic-note.txt', ...['dataset', 'sources', 'actors', 'events', 'flows', 'citations'].map((k) => 'records/' + k + '.csv')];
  const files = await Promise.all(paths.map(async (p) => new File([await (await fetch('/data/example/csv/' + p)).text()], p.split('/').pop())));
  await builder.addFiles(files);
  await builder.updateComplete;
  await Promise.all([...builder.shadowRoot.querySelectorAll('*')].filter((e) => e.tagName.includes('-')).map((e) => e.updateComplete));
  await document.fonts.ready;
  return status();
})()`;

/** docs/screenshots/builder.png from the builder page at `pageUrl`. */
async function builderShot(browser: Awaited<ReturnType<typeof launch>>, pageUrl: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 900, height: 600, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(pageUrl, { waitUntil: 'networkidle0', timeout: 60_000 });
    const status = (await page.evaluate(GIVE_EXAMPLE)) as string;
    if (!status.startsWith('Dataset built')) throw new Error(`the builder says: ${status}`);
    const file = join(outDir, 'builder.png');
    await page.screenshot({ path: file as `${string}.png`, clip: { x: 0, y: 0, width: 900, height: 1500 }, captureBeyondViewport: true });
    console.log(`  builder page: ${status}`);
    return file;
  } finally {
    await page.close();
  }
}

if (builderOnly) {
  if (!existsSync(join(root, 'dist/builder/index.html'))) {
    console.error('dist/builder/ is missing: run `npx vite build --mode builder` first.');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const { server, url } = await serve(root, {});
  const browser = await launch();
  try {
    const file = await builderShot(browser, `${url}/dist/builder/index.html`);
    console.log(`  ${file.slice(root.length + 1)} ${(statSync(file).size / 1024).toFixed(1)} KB`);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}

if (!existsSync(join(staticDir, 'iframe.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first (or `npm run screenshots`).');
  process.exit(1);
}
if (!checkOnly) mkdirSync(outDir, { recursive: true });

const { server, url } = await serve(root, {});
const browser = await launch();
const written: string[] = [];
let failed = 0;
try {
  // The check needs one shot per story, not the chart's matrix.
  for (const shot of SHOTS.filter((s) => (!only || s.tag === only) && !(checkOnly && s.file))) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      page.setDefaultTimeout(30_000);
      await page.setViewport({ width: shot.width ?? 900, height: 600, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: shot.scheme ?? 'light' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      await page.goto(`${url}/storybook-static/iframe.html?id=${shot.story}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 60_000 });
      await page.waitForSelector(`#storybook-root ${shot.tag}`, { timeout: 30_000 });
      // The docs must register the elements themselves (once they did not: see package.json sideEffects).
      await page.waitForFunction(`!!customElements.get(${JSON.stringify(shot.tag)})`, { timeout: 10_000 }).catch(() => {
        throw new Error(`<${shot.tag}> is not defined in storybook-static`);
      });
      if (!(await page.evaluate(RENDERED(shot.tag)))) throw new Error(`<${shot.tag}> is not in the story`);
      if (shot.prepare) await page.evaluate(shot.prepare);
      await page.evaluate(SETTLED);
      let box = (await page.evaluate(CONTENT_BOX)) as { x: number; y: number; width: number; height: number };
      if (!(box.width > 0 && box.height > 0)) throw new Error(`nothing rendered (box ${JSON.stringify(box)})`);
      box = { ...box, height: Math.min(box.height, MAX_HEIGHT) };
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      if (!checkOnly) {
        const file = join(outDir, shot.file ?? `${shot.tag}.png`);
        mkdirSync(dirname(file), { recursive: true });
        await page.screenshot({ path: file as `${string}.png`, clip: box, captureBeyondViewport: true });
        written.push(file);
      }
      console.log(`  ${(shot.file ?? shot.tag).padEnd(22)} ${shot.story.padEnd(48)} ${box.width}×${box.height}`);
    } catch (e) {
      failed++;
      console.error(`  ${shot.tag}: ${(e as Error).message}`);
    } finally {
      await page.close();
    }
  }
  if (!checkOnly) {
    try {
      written.push(await builderShot(browser, `${url}/storybook-static/builder/index.html`));
    } catch (e) {
      failed++;
      console.error(`  builder: ${(e as Error).message}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

// The element matrix (see the top of this file); `--only <tag>` narrows it to that tag's states.
if (!checkOnly) {
  const before = Date.now();
  try {
    execFileSync(join(root, 'node_modules/.bin/web-test-runner'), ['--config', 'web-test-runner.visual.config.mjs'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, UPDATE_VISUAL: '1', ...(only ? { VISUAL_ONLY: only } : {}) },
    });
    for (const dir of readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(join(outDir, dir.name))) {
        const file = join(outDir, dir.name, name);
        if (name.includes('-page-') && statSync(file).mtimeMs >= before) written.push(file);
      }
    }
  } catch {
    failed++;
    console.error('  element matrix: the visual test could not take it (see above)');
  }
}

let optipng = false;
try {
  execFileSync('optipng', ['-v'], { stdio: 'ignore' });
  optipng = true;
} catch {
  // optipng is optional: the PNGs are written as Chromium encodes them.
}
for (const file of written) {
  if (optipng) execFileSync('optipng', ['-quiet', '-o2', '-strip', 'all', file]);
  const kb = statSync(file).size / 1024;
  const note = kb > 150 ? '  (over 150 KB)' : '';
  console.log(`  ${file.slice(root.length + 1).padEnd(40)} ${kb.toFixed(1).padStart(6)} KB${note}`);
}
if (failed) {
  console.error(`${failed} ${checkOnly ? 'story check(s)' : 'screenshot(s)'} failed.`);
  process.exit(1);
}
