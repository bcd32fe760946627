/**
 * `npm run test:csp`: every element renders under a strict Content Security Policy with zero
 * violations — from the drop-in script, the autoloader, the classic (IIFE) script, the npm build
 * (bundled the way an app would) and the iframe embed page.
 *
 * The test runner's own pages use inline scripts, so this check serves its own pages from a
 * loopback server with the CSP header and drives Debian's Chromium with puppeteer-core:
 * violations are recorded by a `securitypolicyviolation` listener installed before any page
 * script, and console errors and page errors are collected too. A control page with an inline
 * style attribute must report a violation, so a broken detector cannot pass silently.
 * Prints one line per check and `N passed, N failed`; exits non-zero on any failure.
 */
import { createServer, type Server } from 'node:http';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ELEMENT_TAGS } from '../src/elements.js';
import * as api from '../src/components/index.js';
import { elementClasses } from '../src/internal/element-classes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The policy the README recommends to host pages (Lit's `lit-html` is the only Trusted Types policy). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** For a page that loads Lit twice (the drop-in script beside an app's own Lit): each copy creates `lit-html`. */
export const STRICT_CSP_LIT_TWICE = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

const TAGS = ELEMENT_TAGS;
// The drop-in registers the classes the package exports: an element on the list but not exported
// would never be defined by it (the page below would wait for it until the timeout).
const unexported = TAGS.filter((tag) => !elementClasses(api).has(tag));
if (unexported.length) throw new Error(`src/components/index.ts exports no class for ${unexported.map((t) => `<${t}>`).join(', ')}: export it there too.`);

// Every element, inside and outside a provider; one provider loads its dataset with fetch.
const WRITTEN = `
  <main>
    <p>Vaccine diplomacy <citation-badge cite="hotez-2014"></citation-badge> and
       <citation-badge format="numeric" cite="panda-2022"></citation-badge>.</p>
    <reference-list all></reference-list>
    <actor-card actor="jica"></actor-card>
    <cooperation-timeline countries="ID KR"></cooperation-timeline>
    <div class="chart"><aid-flow-chart></aid-flow-chart></div>
    <kerjasama-data id="loaded" src="/data/small-dataset.json">
      <p>Loaded <citation-badge cite="author-2020"></citation-badge></p>
      <actor-card actor="japan"></actor-card>
    </kerjasama-data>
  </main>`;
// An element the page above does not write yet still gets one instance: each one is loaded and checked.
const BODY = WRITTEN.replace('</main>', `${TAGS.filter((t) => !WRITTEN.includes(`<${t}`)).map((t) => `<${t}></${t}>`).join('')}</main>`);

/**
 * Waits until everything has rendered, then works the elements a little (opens a popover,
 * switches the chart to its table and back), and reports what it saw in `window.__result`.
 */
const DRIVE = `
const tags = ${JSON.stringify(TAGS)};
const all = () => tags.flatMap((t) => [...document.querySelectorAll(t)]);
const settle = async () => {
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const pending = all().filter((el) => el.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
};
try {
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const provider = document.getElementById('loaded');
  const loaded = provider.status === 'ready' && provider.data?.citations?.some((c) => c.id === 'author-2020')
    ? Promise.resolve('kj-data-load')
    : new Promise((r) => { provider.addEventListener('kj-data-load', () => r('kj-data-load')); provider.addEventListener('kj-data-error', (e) => r('kj-data-error: ' + e.detail.message)); });
  window.__step = 'waiting for the dataset';
  const outcome = await loaded;
  await settle();
  const chart = document.querySelector('aid-flow-chart');
  // The chart loads Chart.js only near the viewport.
  chart.scrollIntoView();
  await chart.updateComplete; // waits for its content chunk and data too
  await settle();
  // Two US dollar flows and no view set: labelled bars, whose lengths a blocked style would zero.
  const barWidths = [...chart.shadowRoot.querySelectorAll('.bars .bar')].map((b) => b.getBoundingClientRect().width);
  window.__step = 'waiting for the chart';
  chart.shadowRoot.querySelector('button.view-toggle').click();
  await settle();
  await chart.chartReady();
  window.scrollTo(0, 0);
  window.__step = 'opening a popover';
  const badge = document.querySelector('citation-badge');
  const marker = badge.shadowRoot.querySelector('button');
  const opened = new Promise((r) => badge.shadowRoot.querySelector('[popover]').addEventListener('toggle', r, { once: true }));
  marker.click();
  await opened;
  await settle();
  window.__step = 'switching the chart view';
  chart.view = 'table';
  await settle();
  const tableRows = chart.shadowRoot.querySelectorAll('table tr').length;
  chart.view = 'sankey';
  await settle();
  await chart.chartReady();
  window.__result = {
    outcome,
    rendered: Object.fromEntries(tags.map((t) => [t, [...document.querySelectorAll(t)].every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0)])),
    popoverOpen: badge.shadowRoot.querySelector('[popover]').matches(':popover-open'),
    canvas: !!chart.shadowRoot.querySelector('canvas'),
    barWidths,
    tableRows,
    loadedMarker: provider.querySelector('citation-badge').shadowRoot.querySelector('button')?.textContent.trim(),
    adoptedSheets: badge.shadowRoot.adoptedStyleSheets.length,
  };
} catch (error) {
  window.__result = { error: String(error && error.stack || error) };
}
`;

/** `scripts` are module scripts, except those ending in `.iife.js` (classic scripts). */
const page = (title: string, scripts: string[], extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/page.css">
${scripts.map((s) => (s.endsWith('.iife.js') ? `<script src="${s}"></script>` : `<script type="module" src="${s}"></script>`)).join('\n')}
</head><body>${extra}${BODY}</body></html>`;

const PAGE_CSS = `body { font-family: sans-serif; margin: 1rem; } .chart { width: 800px; }`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

interface Outcome {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  consoleErrors: string[];
  pageErrors: string[];
  result: Record<string, unknown> | undefined;
}

function serveStatic(dirs: Record<string, string>, files: Record<string, { body: string; type: string; csp?: string }>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    const file = files[path];
    if (file) return void res.writeHead(200, { ...headers, 'content-security-policy': file.csp ?? STRICT_CSP, 'content-type': file.type }).end(file.body);
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      const full = normalize(join(dir, path.slice(prefix.length)));
      if (!full.startsWith(dir)) return void res.writeHead(403, headers).end();
      try {
        const body = readFileSync(full);
        return void res.writeHead(200, { ...headers, 'content-type': TYPES[extname(full)] ?? 'application/octet-stream' }).end(body);
      } catch {
        break;
      }
    }
    res.writeHead(404, headers).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

// Installed before any page script (CDP runs it in the page's own world, outside the CSP).
const RECORDER = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
  }, true);
`;

/** `waitFor`: true waits for the page's own `window.__result`; a string waits for that expression (run from outside the page). */
async function visit(browser: Browser, url: string, waitFor: boolean | string): Promise<Outcome> {
  const tab = await browser.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  tab.on('pageerror', (e) => pageErrors.push(String((e as Error).message ?? e)));
  await tab.setViewport({ width: 1024, height: 900 });
  await tab.evaluateOnNewDocument(RECORDER);
  await tab.goto(url, { waitUntil: 'load' });
  let timedOut = '';
  if (waitFor) {
    const done = typeof waitFor === 'string' ? `(async () => (window.__result = await (${waitFor})))()` : undefined;
    if (done) void tab.evaluate(done).catch(() => {});
    await tab.waitForFunction('window.__result !== undefined', { timeout: 30_000 }).catch((e: Error) => {
      timedOut = `the page did not finish: ${e.message}`;
    });
    if (timedOut) timedOut += ` (stuck at: ${String(await tab.evaluate('window.__step').catch(() => '?'))})`;
  }
  // Violations are reported in a task after the blocked action: let one more turn pass.
  await tab.evaluate('new Promise((r) => setTimeout(r, 50))');
  const violations = (await tab.evaluate('window.__violations')) as Outcome['violations'];
  const result = ((await tab.evaluate('window.__result')) as Outcome['result']) ?? (timedOut ? { error: timedOut } : undefined);
  await tab.close();
  return { violations, consoleErrors, pageErrors, result };
}

let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail = ''): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name}${!ok && detail ? `\n       ${detail}` : ''}`);
}

function expectClean(label: string, o: Outcome): void {
  check(`${label}: no CSP or Trusted Types violations`, o.violations.length === 0, JSON.stringify(o.violations));
  const cspConsole = o.consoleErrors.filter((m) => /Content Security Policy|Trusted Type/i.test(m));
  check(`${label}: no CSP errors in the console`, cspConsole.length === 0, cspConsole.join(' | '));
  check(`${label}: no page errors`, o.pageErrors.length === 0, o.pageErrors.join(' | '));
  const r = o.result ?? {};
  check(`${label}: drove the page to the end`, !r.error, String(r.error));
  const rendered = (r.rendered ?? {}) as Record<string, boolean>;
  for (const tag of TAGS) check(`${label}: <${tag}> rendered its shadow root`, rendered[tag] === true);
  check(`${label}: the provider loaded its dataset with fetch`, r.outcome === 'kj-data-load' && r.loadedMarker === '(Author, 2020)', `${r.outcome} / ${r.loadedMarker}`);
  check(`${label}: a badge's popover opened`, r.popoverOpen === true);
  const bars = Array.isArray(r.barWidths) ? (r.barWidths as number[]) : [];
  check(`${label}: the chart showed its two flows as bars with a length`, bars.length === 2 && bars.every((w) => w > 0), `bar widths ${JSON.stringify(r.barWidths)}`);
  check(`${label}: the chart drew on a canvas and showed its table`, r.canvas === true && Number(r.tableRows) > 1, `canvas ${r.canvas}, table rows ${r.tableRows}`);
  check(`${label}: styles arrive as constructable style sheets`, Number(r.adoptedSheets) > 0);
}

/** Embed pages to load (the page reads its element and attributes from the query string). */
const EMBEDS: [string, string][] = [
  ['cooperation-timeline', 'countries=ID+JP'],
  ['actor-card', 'actor=jica'],
];
const EMBED_RENDERED = (tag: string) => `(async () => {
  await customElements.whenDefined(${JSON.stringify(tag)});
  for (;;) {
    const el = document.querySelector(${JSON.stringify(tag)});
    await el.updateComplete;
    const text = el.shadowRoot.textContent.trim().length;
    if (text > 50) return { text, padding: getComputedStyle(document.getElementById('embed')).paddingTop };
    await new Promise((r) => setTimeout(r, 50));
  }
})()`;

const work = mkdtempSync(join(tmpdir(), 'kerjasama-csp-'));
let server: Server | undefined;
let browser: Browser | undefined;
try {
  const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };
  execSync(`npx vite build --mode cdn --logLevel error --outDir ${join(work, 'cdn')}`, quiet);
  execSync(`npx vite build --mode lib --logLevel error --outDir ${join(work, 'lib')}`, quiet);
  execSync(`npx vite build --mode cdn-elements --logLevel error --outDir ${join(work, 'auto')}`, quiet);
  execSync(`npx vite build --mode iife --logLevel error --outDir ${join(work, 'iife')}`, quiet);
  execSync(`npx vite build --mode embed --logLevel error --outDir ${join(work, 'embed')}`, quiet);
  // The npm build as an app bundles it: lit and chart.js from node_modules, lazy chunk kept lazy.
  const entry = join(work, 'npm-entry.js');
  writeFileSync(entry, TAGS.map((t) => `import ${JSON.stringify(join(work, 'lib/define', `${t}.js`))};`).join('\n'));
  await build({
    entryPoints: { app: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(work, 'npm'),
    nodePaths: [join(root, 'node_modules')],
    minify: true,
    target: 'es2022',
    logLevel: 'error',
  });

  const files = {
    '/cdn.html': { body: page('drop-in script', ['/cdn/kerjasama.js', '/drive.js']), type: TYPES['.html'] },
    '/npm.html': { body: page('npm build', ['/npm/app.js', '/drive.js']), type: TYPES['.html'] },
    '/autoloader.html': { body: page('autoloader', ['/auto/autoloader.js', '/drive.js']), type: TYPES['.html'] },
    '/iife.html': { body: page('classic script', ['/iife/kerjasama.iife.js', '/drive.js']), type: TYPES['.html'] },
    '/control.html': { body: page('control', ['/cdn/kerjasama.js', '/drive.js', '/tt-control.js'], '<p style="color: red">inline style: must be reported</p>'), type: TYPES['.html'] },
    '/tt-control.js': { body: `try { document.body.insertAdjacentHTML('beforeend', '<b>markup from a string</b>'); } catch {}`, type: TYPES['.js'] },
    '/both.html': { body: page('drop-in script and npm build', ['/cdn/kerjasama.js', '/npm/app.js', '/drive.js']), type: TYPES['.html'], csp: STRICT_CSP_LIT_TWICE },
    '/drive.js': { body: DRIVE, type: TYPES['.js'] },
    '/page.css': { body: PAGE_CSS, type: TYPES['.css'] },
    '/data/small-dataset.json': { body: readFileSync(join(root, 'test/fixtures/small-dataset.json'), 'utf8'), type: TYPES['.json'] },
  };
  ({ server } = await serveStatic(
    { '/cdn/': join(work, 'cdn'), '/npm/': join(work, 'npm'), '/auto/': join(work, 'auto'), '/iife/': join(work, 'iife'), '/embed/': join(work, 'embed') },
    files,
  ));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--lang=en-US'],
  });

  console.log(`Strict CSP: ${STRICT_CSP}`);
  const control = await visit(browser, `${url}/control.html`, true);
  check('control page: the detector reports an inline style attribute', control.violations.some((v) => v.directive.startsWith('style-src')), JSON.stringify(control.violations));
  check('control page: the detector reports markup assigned from a string (Trusted Types)', control.violations.some((v) => v.directive === 'require-trusted-types-for'), JSON.stringify(control.violations));
  expectClean('drop-in script', await visit(browser, `${url}/cdn.html`, true));
  expectClean('npm build', await visit(browser, `${url}/npm.html`, true));
  expectClean("Lit loaded twice, with 'allow-duplicates'", await visit(browser, `${url}/both.html`, true));
  expectClean('autoloader', await visit(browser, `${url}/autoloader.html`, true));
  expectClean('classic script (IIFE)', await visit(browser, `${url}/iife.html`, true));
  for (const [tag, query] of EMBEDS) {
    const label = `embed page (${tag})`;
    const o = await visit(browser, `${url}/embed/embed.html?element=${tag}&${query}`, EMBED_RENDERED(tag));
    check(`${label}: no CSP or Trusted Types violations`, o.violations.length === 0, JSON.stringify(o.violations));
    check(`${label}: no page errors or console errors`, o.pageErrors.length + o.consoleErrors.length === 0, [...o.pageErrors, ...o.consoleErrors].join(' | '));
    const r = (o.result ?? {}) as { text?: number; padding?: string; error?: string };
    check(`${label}: the element rendered its content`, Number(r.text) > 50, JSON.stringify(r));
    check(`${label}: the page's style sheet applied`, r.padding === '8px', JSON.stringify(r));
  }
} catch (error) {
  failed++;
  console.log(`FAILED the CSP check could not run: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
