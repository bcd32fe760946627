/**
 * `npm run test:apps` (run by .ci/run after `npm run build`): the README's React and Vue sections,
 * built as an integrator builds them. For each of test/fixtures/apps/react-ts and vue-ts (the
 * create-vite `react-ts` and `vue-ts` templates with pinned versions and lockfiles, so that CI does
 * not follow create-vite's drift), in a scratch folder outside this repository (so nothing
 * resolves from our own node_modules):
 *
 * 1. the README's snippet, taken from README.md (so the two cannot drift), becomes a component of
 *    the app (and the Vue section's `vite.config.ts` the app's config);
 * 2. the app installs the `npm pack` tarball of dist/ with its locked dependencies;
 * 3. its own `npm run build`: `tsc -b` / `vue-tsc -b` with zero errors, then `vite build`;
 * 3b. the React app once more, server-rendered as Next.js and other React frameworks serve a
 *    page: `renderToString` of the same app in Node (a `vite build --ssr` of it, the package
 *    resolved under Node's conditions) fills the page's root, and the client hydrates it
 *    (`hydrateRoot`); React reports any attribute an element adds before hydration as a mismatch;
 * 4. Chromium (/usr/bin/chromium or CHROME_PATH, through puppeteer-core) loads the built app and
 *    must see the chip's name, the badge's resolved citation, the list's reference, the
 *    timeline's events, the chart's canvas (after "Show as flow diagram" where it opens as labelled
 *    bars; Chart.js in a lazy chunk of the app), a `kj-select`
 *    from the chip's hovercard reaching the snippet's handler, no axe violation, and no console
 *    error or warning.
 *
 * Needs dist/ (run `npm run build` first). KEEP_APPS_CHECK=1 keeps the scratch folder.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ELEMENT_TAGS } from '../src/elements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const problems: string[] = [];
const fail = (app: string, message: string) => problems.push(`${app}: ${message}`);

const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    // No browser downloads, no update notices; the registry's cache is reused across apps and runs.
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...env },
  });
const outputOf = (error: unknown) => {
  const e = error as { stdout?: string; stderr?: string; message?: string };
  return `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || String(e.message ?? error);
};

// --- The README's snippets --------------------------------------------------------------------

const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The text under a `###` heading, up to the next heading of level 1–3. */
function section(heading: string): string {
  const start = readme.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "### ${heading}" section`);
  const body = readme.slice(readme.indexOf('\n', start + 1));
  const next = body.search(/^#{1,3} /m);
  return next < 0 ? body : body.slice(0, next);
}
/** The first fenced block of `lang` in a README section. */
function block(heading: string, lang: string): string {
  const code = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(section(heading))?.[1];
  if (!code) throw new Error(`README.md: no \`\`\`${lang} block under "### ${heading}"`);
  return code;
}

interface App {
  name: string;
  /** The app in test/fixtures/apps it starts from. */
  fixture: 'react-ts' | 'vue-ts';
  /** Files of the app written from the README, by path in the app. */
  fromReadme: Record<string, string>;
  /** Files written over the fixture's own (not from the README). */
  files?: Record<string, string>;
  /** Rendered on the server: its module that exports `render(): string`, the root's content. */
  serverEntry?: string;
  /** Environment of its build (`NODE_ENV=development`: React's development build, as `next dev` runs). */
  buildEnv?: Record<string, string>;
  /** Console messages its build prints whatever the elements do (Lit's notice of its development build). */
  expectedConsole?: RegExp[];
}
const vueConfig = block('Vue 3', 'ts');
const readmeTags = JSON.parse((/const TAGS = (\[[^\]]*\])/.exec(vueConfig)?.[1] ?? '[]').replaceAll("'", '"')) as string[];
if ([...readmeTags].sort().join() !== [...ELEMENT_TAGS].sort().join()) problems.push(`README.md: the Vue config's TAGS (${readmeTags.join(', ')}) are not the elements (${ELEMENT_TAGS.join(', ')})`);
// The React app as a server-rendering framework serves it: the root's HTML rendered in Node, then hydrated.
const SERVER_ENTRY = `import { renderToString } from 'react-dom/server'
import App from './App.tsx'

export const render = (): string => renderToString(<App />)
`;
// It hydrates once the elements have rendered, as on a page where they render first (the drop-in
// script in the head, a large bundle): React then sees whatever they changed on their hosts.
const HYDRATING_MAIN = `import { StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import './index.css'
import App from './App.tsx'

const root = document.getElementById('root')!
const ours = [...root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('${ELEMENT_TAGS.join(', ')}')]
await Promise.all(ours.map(async (el) => (await customElements.whenDefined(el.localName), await el.updateComplete)))
await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
hydrateRoot(
  root,
  <StrictMode>
    <App />
  </StrictMode>,
)
`;
const APPS: App[] = [
  { name: 'react-ts', fixture: 'react-ts', fromReadme: { 'src/Jica.tsx': block('React 19', 'tsx') } },
  {
    name: 'react-ts, server-rendered and hydrated',
    fixture: 'react-ts',
    fromReadme: { 'src/Jica.tsx': block('Server-rendered React (Next.js, React Router)', 'tsx') },
    files: { 'src/entry-server.tsx': SERVER_ENTRY, 'src/main.tsx': HYDRATING_MAIN },
    serverEntry: 'src/entry-server.tsx',
    // React checks hydration (and reports a mismatch on the console) in its development build
    // only. Lit's development build comes with it: it says so once, and warns of what it checks.
    buildEnv: { NODE_ENV: 'development' },
    expectedConsole: [/^warn: Lit is in dev mode\. Not recommended for production!/],
  },
  { name: 'vue-ts', fixture: 'vue-ts', fromReadme: { 'src/components/Jica.vue': block('Vue 3', 'vue'), 'vite.config.ts': vueConfig } },
];

// --- Build ------------------------------------------------------------------------------------

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/integrations/react.d.ts'))) {
  console.error('dist/ is not built: run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'kerjasama-apps-'));
const [packed] = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)) as { filename: string }[];
const tarball = join(work, packed.filename);

/** Builds one app; its dist folder, or nothing when a step failed (reported). */
function build(app: App): string | undefined {
  const dir = join(work, app.name.replace(/\W+/g, '-'));
  cpSync(join(root, 'test/fixtures/apps', app.fixture), dir, { recursive: true });
  for (const [file, text] of Object.entries({ ...app.fromReadme, ...app.files })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  try {
    // The lockfile pins the template's dependencies; the tarball is added as an integrator adds it.
    run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
  } catch (error) {
    fail(app.name, `npm install of the tarball failed:\n${outputOf(error)}`);
    return undefined;
  }
  try {
    run(npm, ['run', 'build'], dir, app.buildEnv);
  } catch (error) {
    fail(app.name, `npm run build (type check, then vite build) failed:\n${outputOf(error)}`);
    return undefined;
  }
  if (app.serverEntry) {
    try {
      run('npx', ['vite', 'build', '--ssr', app.serverEntry, '--outDir', 'dist-server'], dir);
      const entry = join(dir, 'dist-server', `${app.serverEntry.replace(/^.*\//, '').replace(/\.tsx?$/, '')}.js`);
      const rendered = run(process.execPath, ['--input-type=module', '-e', `process.stdout.write((await import(${JSON.stringify(pathToFileURL(entry).href)})).render())`], dir);
      if (!rendered.includes('<citation-badge')) throw new Error(`the server render has no <citation-badge>: ${rendered.slice(0, 300)}`);
      const page = join(dir, 'dist/index.html');
      writeFileSync(page, readFileSync(page, 'utf8').replace('<div id="root"></div>', () => `<div id="root">${rendered}</div>`));
    } catch (error) {
      fail(app.name, `rendering the app on the server failed:\n${outputOf(error)}`);
      return undefined;
    }
  }
  return join(dir, 'dist');
}

// --- Load in Chromium -------------------------------------------------------------------------

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
/** A static server for a built app (as `vite preview` serves it), on a free loopback port. */
function serve(dist: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

/** What a reader of the built app sees and what its console says. */
async function check(browser: Browser, app: App, dist: string): Promise<void> {
  const { server, url } = await serve(dist);
  const page = await browser.newPage();
  const consoleProblems: string[] = [];
  const logs: string[] = [];
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    if ((message.type() === 'error' || message.type() === 'warn') && !app.expectedConsole?.some((expected) => expected.test(text))) consoleProblems.push(text);
    if (message.type() === 'log') logs.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => consoleProblems.push(`request failed: ${request.url()}`));
  try {
    // tsx (esbuild's keepNames) wraps the named functions below in `__name`, which the page lacks.
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
    await page.setViewport({ width: 800, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    // Text as a reader gets it: each element's shadow root, or its light DOM while it has none.
    const seen = () =>
      page.evaluate(() => {
        const text = (tag: string) => {
          const el = document.querySelector(tag);
          return (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        };
        // The badge's marker once resolved: a button (a span while loading or for an unknown id),
        // read without its visually hidden description.
        const marker = document.querySelector('citation-badge')?.shadowRoot?.querySelector('button[part="marker"]')?.cloneNode(true) as HTMLElement | undefined;
        marker?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return {
          page: document.body.innerText.trim(),
          chip: document.querySelector('actor-card')?.shadowRoot?.querySelector('button.chip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          badge: marker?.textContent?.trim() ?? '',
          badgeAll: text('citation-badge'),
          list: text('reference-list'),
          items: document.querySelector('reference-list')?.shadowRoot?.querySelectorAll('li').length ?? 0,
          events: document.querySelector('cooperation-timeline')?.shadowRoot?.querySelectorAll('li').length ?? 0,
          chart: document.querySelector('aid-flow-chart')?.shadowRoot?.querySelector('canvas') ? 'canvas' : text('aid-flow-chart').slice(0, 120),
        };
      });
    const wanted = (s: Awaited<ReturnType<typeof seen>>) =>
      s.chip.includes('Japan International Cooperation Agency') && s.badge === '(Panda, 2022)' && s.items > 0 && s.events > 0 && s.chart === 'canvas';
    // The chart loads Chart.js only near the viewport, as a reader scrolling to it would.
    await page.evaluate(() => document.querySelector('aid-flow-chart')?.scrollIntoView());
    let state = await seen();
    // Wait for the elements as a reader would, bounded by a count of animation frames, not a clock.
    // One or two flows open as labelled bars: the reader clicks "Show as flow diagram" for the sankey.
    let toggled = false;
    for (let frame = 0; frame < 600 && !wanted(state); frame++) {
      if (!toggled && state.chart !== 'canvas')
        toggled = await page.evaluate(() => {
          const button = [...(document.querySelector('aid-flow-chart')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Show as flow diagram');
          button?.click();
          return !!button;
        });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      state = await seen();
    }
    if (!state.page) fail(app.name, 'the page is blank');
    if (!state.chip.includes('Japan International Cooperation Agency')) fail(app.name, `the chip shows "${state.chip}", not JICA's name`);
    if (state.badge !== '(Panda, 2022)') fail(app.name, `the badge shows "${state.badgeAll}", not its resolved citation "(Panda, 2022)"`);
    if (state.items !== 1 || !/Panda/.test(state.list)) fail(app.name, `the reference list shows ${state.items} item(s): "${state.list.slice(0, 160)}"`);
    if (state.events === 0) fail(app.name, 'the timeline shows no event');
    if (state.chart !== 'canvas') fail(app.name, `the chart drew no canvas: "${state.chart}"`);
    if (/Unknown reference|No references cited yet/i.test(`${state.badgeAll} ${state.list}`)) fail(app.name, 'the badge or the list says the citation is unknown');

    // The snippet's handler receives `kj-select` from an event in the chip's hovercard, with its
    // detail (the handler logs `e.detail.type` and `e.detail.id`).
    await page.evaluate(() => window.scrollTo(0, 0));
    const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const hovercard = () =>
      page.evaluate(() => {
        const root = document.querySelector('actor-card')?.shadowRoot;
        return { buttons: root?.querySelectorAll('[part="event-button"]').length ?? 0, text: root?.querySelector('[popover]')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120) ?? '' };
      });
    await (await page.waitForSelector('actor-card >>> button.chip'))!.click();
    let card = await hovercard();
    for (let n = 0; n < 600 && card.buttons === 0; n++) card = (await frame(), await hovercard());
    if (card.buttons === 0) throw new Error(`the chip's hovercard shows no event: "${card.text}"`);
    await (await page.$('actor-card >>> [part="event-button"]'))!.click();
    const selected = () => logs.some((l) => /^event \S+$/.test(l));
    for (let n = 0; n < 120 && !selected(); n++) await frame();
    if (!selected()) fail(app.name, `no "event <id>" from the snippet's kj-select handler (logged: ${JSON.stringify(logs)})`);

    // axe, from this repository's node_modules, on the page with the hovercard open.
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    if (violations.length) fail(app.name, `axe: ${violations.join(', ')}`);
    if (consoleProblems.length) fail(app.name, `console:\n    ${consoleProblems.join('\n    ')}`);
    console.log(`${app.name}: ${problems.some((p) => p.startsWith(`${app.name}:`)) ? 'FAILED' : 'ok'} (chip "${state.chip}", badge "${state.badge}", ${state.items} reference, ${state.events} events, chart ${state.chart})`);
  } finally {
    await page.close();
    server.close();
  }
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  for (const app of APPS) {
    console.log(`${app.name}: install the tarball, type-check, vite build…`);
    const dist = build(app);
    if (dist) await check(browser, app, dist).catch((error: unknown) => fail(app.name, `in Chromium: ${error instanceof Error ? `${error.message} ${error.cause ?? ''}` : String(error)}`));
  }
} finally {
  await browser.close();
  if (!process.env.KEEP_APPS_CHECK) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

if (problems.length) {
  console.error(`${problems.length} framework-app problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`framework apps built from README.md and checked in Chromium: ${APPS.map((a) => a.name).join(', ')}`);
