/**
 * `npm run test:sizes`: gzip sizes (level 9, deterministic) of what users download, against the
 * budgets in size-budgets.json. Each define entry is bundled alone, minified, with Lit and the
 * dataset included — what a page pays for that one element. Prints a table; fails over budget.
 */
import { build } from 'esbuild';
import { litCssEsbuild } from './lit-css.js';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from '../src/elements.js';
import { LAYERS, shardKeys } from '../src/data/shards.js';
import type { DatasetNeeds } from '../src/controllers/dataset-controller.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgets: Record<string, number> = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8')).gzipBytes;

/**
 * Gzip bytes of the entry (what loads eagerly: the entry file and the chunks it imports
 * statically, transitively) and of its lazily imported chunks; `inputs` lists the source files
 * in each part. `iife`: one classic script with every dynamic import inlined (as
 * dist/cdn/kerjasama.iife.js is built).
 */
interface Sizes {
  eager: number;
  lazy: number;
  /** Source files in the eager part. */
  eagerInputs: Set<string>;
  /** Each dynamically imported chunk, by name: its gzip bytes with the chunks it imports that are not eager. */
  lazyChunks: Map<string, number>;
  /** Each dataset shard chunk in the bundle, by key (`citations.core.en`): its gzip bytes. */
  shards: Map<string, number>;
}

const SHARD_CHUNK = /^(sources|actors|events|flows|citations)\.(core|detail)\.[a-z-]+$/;
const chunkName = (path: string) => path.replace(/^.*\//, '').replace(/-[A-Z0-9]{8}\.js$/, '');

async function bundleSize(entry: string, format: 'esm' | 'iife' = 'esm'): Promise<Sizes> {
  const out = await build({
    entryPoints: { entry: join(root, entry) },
    bundle: true,
    splitting: format === 'esm',
    outdir: join(root, 'dist/.sizes'),
    minify: true,
    format,
    target: 'es2022',
    write: false,
    metafile: true,
    tsconfig: join(root, 'tsconfig.json'),
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
    // As the shipped builds do (vite.config.ts).
    plugins: [litCssEsbuild()],
  });
  const outputs = out.metafile!.outputs;
  const key = (path: string) => relative(root, path).split(sep).join('/');
  const gz = new Map(out.outputFiles.map((f) => [key(f.path), gzipSync(f.contents, { level: 9 }).length]));
  /** A file and the files it imports statically, transitively, minus `skip`. */
  const closure = (file: string, skip: Set<string> = new Set()): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || skip.has(f) || !outputs[f]) return;
      seen.add(f);
      for (const i of outputs[f].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(file);
    return seen;
  };
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + (gz.get(f) ?? 0), 0);
  const eagerFiles = closure(Object.keys(outputs).find((f) => /(^|\/)entry\.js$/.test(f))!);
  const eagerInputs = new Set([...eagerFiles].flatMap((f) => Object.keys(outputs[f].inputs)));
  const js = [...gz.keys()].filter((f) => f.endsWith('.js'));
  const lazyChunks = new Map<string, number>();
  for (const f of eagerFiles) {
    for (const i of outputs[f].imports) {
      if (i.kind !== 'dynamic-import' || !outputs[i.path]) continue;
      lazyChunks.set(chunkName(i.path), sum(closure(i.path, eagerFiles)));
    }
  }
  const shards = new Map(js.filter((f) => SHARD_CHUNK.test(chunkName(f))).map((f) => [chunkName(f), gz.get(f) ?? 0]));
  return { eager: sum(eagerFiles), lazy: sum(js.filter((f) => !eagerFiles.has(f))), eagerInputs, lazyChunks, shards };
}

/** Builds a browser bundle as shipped (`vite build --mode <mode>`) into dist/.sizes/<mode>. */
function viteBuild(mode: string): string {
  const out = join(root, 'dist/.sizes', mode);
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  return out;
}

/** Gzip bytes of built files: `files` and what they import statically, transitively. */
function builtClosure(files: string[]): { bytes: number; files: Set<string> } {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file);
    bytes += gzipSync(code, { level: 9 }).length;
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.toString().matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) visit(resolve(dirname(file), m[1]));
  };
  files.forEach(visit);
  return { bytes, files: seen };
}

const entries: Record<string, string> = {
  'lit floor (LitElement alone)': 'scripts/size-fixtures/lit-floor.ts',
};
for (const tag of ELEMENT_TAGS) entries[`define/${tag}`] = `src/define/${tag}.ts`;

// What each element's first render shows of the bundled dataset (its class's `datasetNeeds`),
// read from the classes themselves (in Node, with Lit's server DOM shim, as server renders do).
await import('@lit-labs/ssr');
const { elementClasses } = await import('../src/internal/element-classes.js');
const api = (await import('../src/index.js')) as Record<string, unknown>;
const classes = elementClasses(api);
/** Lazy chunks a first render waits for besides its shards (none now: the timeline's axis is in its entry). */
const FIRST_RENDER_CHUNKS: Record<string, string[]> = {};

const firstRenderShards = (tag: string, locale = 'en'): string[] => {
  const needs = (classes.get(tag) as { datasetNeeds?: DatasetNeeds } | undefined)?.datasetNeeds ?? {};
  return LAYERS.flatMap((layer) => shardKeys(needs[layer] ?? [], layer, locale));
};

const rows: [string, number, number | undefined][] = [];
const problems: string[] = [];
for (const [name, entry] of Object.entries(entries)) {
  const { eager, lazy, eagerInputs, lazyChunks, shards } = await bundleSize(entry);
  rows.push([name, eager, budgets[name]]);
  if (lazy) rows.push([`${name}, lazy chunks`, lazy, budgets[`${name}, lazy chunks`]]);
  if (name.startsWith('define/')) {
    // What a first render downloads: the entry and the shards it shows, in English.
    const needed = firstRenderShards(name.slice('define/'.length));
    const missing = needed.filter((k) => !shards.has(k));
    if (missing.length) problems.push(`${name}: no shard chunk for ${missing.join(', ')}`);
    if (needed.length) {
      const row = `${name}, first render (en)`;
      const chunks = FIRST_RENDER_CHUNKS[name.slice('define/'.length)] ?? [];
      for (const c of chunks) if (!lazyChunks.has(c)) problems.push(`${name}: no lazy ${c} chunk`);
      rows.push([row, eager + needed.reduce((n, k) => n + (shards.get(k) ?? 0), 0) + chunks.reduce((n, c) => n + (lazyChunks.get(c) ?? 0), 0), budgets[row]]);
    }
  }
  if (name !== 'define/aid-flow-chart') continue;
  // The chart's lazy chunks one by one (each with what it imports beyond the eager entry); shards are counted above.
  for (const [chunk, size] of lazyChunks) if (!SHARD_CHUNK.test(chunk)) rows.push([`${name}, lazy ${chunk}`, size, budgets[`${name}, lazy ${chunk}`]]);
  // Its eager entry must not carry the bundled dataset nor the full string table: they load lazily.
  for (const input of ['src/data/generated/dataset.ts', 'src/i18n/strings.ts']) {
    if (eagerInputs.has(input)) problems.push(`${name}: ${input} is in the eager entry (it should load lazily)`);
  }
  // The Chart.js chunk against the minimum: Chart.js core + sankey + the parts registered.
  const chartChunk = lazyChunks.get('aid-flow-chart.chartjs');
  const minimum = (await bundleSize('scripts/size-fixtures/chart-minimum.ts')).eager;
  rows.push(['Chart.js minimum (core, sankey, parts used)', minimum, undefined]);
  if (chartChunk === undefined) problems.push(`${name}: no lazy aid-flow-chart.chartjs chunk`);
  else if (chartChunk > minimum * 1.1) problems.push(`${name}: the chart chunk (${chartChunk} B) is more than 10 % over the Chart.js minimum (${minimum} B)`);
}
// The drop-in and the autoloader as built and shipped (dist/cdn), since their chunking is what a
// reader downloads: the drop-in's eager part, and a page with one element through the autoloader
// (autoloader, define module, the chunks it imports, and the English shards its first render shows).
const cdn = viteBuild('cdn');
const dropIn = builtClosure([join(cdn, 'kerjasama.js')]);
const cdnLazy = readdirSync(cdn).filter((f) => f.endsWith('.js') && !dropIn.files.has(join(cdn, f)));
rows.push(['drop-in (dist/cdn/kerjasama.js)', dropIn.bytes, budgets['drop-in (dist/cdn/kerjasama.js)']]);
const gzFile = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
rows.push(['drop-in (dist/cdn/kerjasama.js), lazy chunks', cdnLazy.reduce((n, f) => n + gzFile(join(cdn, f)), 0), budgets['drop-in (dist/cdn/kerjasama.js), lazy chunks']]);
const elementsBuild = viteBuild('cdn-elements');
const chunkFiles = readdirSync(join(elementsBuild, 'chunks'));
for (const tag of ELEMENT_TAGS) {
  const shardFiles = firstRenderShards(tag).map((key) => {
    const file = chunkFiles.find((f) => f.replace(/-[\w-]{8}\.js$/, '') === key);
    if (!file) problems.push(`autoloader page with <${tag}>: no built shard chunk for ${key}`);
    return join(elementsBuild, 'chunks', file ?? '');
  });
  const chunkFilesNeeded = (FIRST_RENDER_CHUNKS[tag] ?? []).map((name) => {
    const file = chunkFiles.find((f) => f.replace(/-[\w-]{8}\.js$/, '') === name);
    if (!file) problems.push(`autoloader page with <${tag}>: no built chunk ${name}`);
    return join(elementsBuild, 'chunks', file ?? '');
  });
  const page = builtClosure([join(elementsBuild, 'autoloader.js'), join(elementsBuild, 'define', `${tag}.js`), ...[...shardFiles, ...chunkFilesNeeded].filter((f) => !f.endsWith('/'))]);
  const row = `autoloader page with one <${tag}>, first render (en)`;
  rows.push([row, page.bytes, budgets[row]]);
}

// The autoloader itself (its lazy chunks are the define entries above, so only the eager part counts),
// the classic script (everything, chart included) and the embed host script.
const extra: [string, string, 'esm' | 'iife'][] = [
  ['autoloader (src/autoloader.ts)', 'src/autoloader.ts', 'esm'],
  ['classic script (kerjasama.iife.js)', 'src/cdn.ts', 'iife'],
  ['embed host (embed-host.js)', 'src/embed/embed-host-script.ts', 'iife'],
];
for (const [name, entry, format] of extra) {
  const { eager } = await bundleSize(entry, format);
  rows.push([name, eager, budgets[name]]);
}
const datasetBytes = gzipSync(readFileSync(join(root, 'dist/data/kerjasama.dataset.json')), { level: 9 }).length;
rows.push(['dataset JSON (dist/data)', datasetBytes, budgets['dataset JSON (dist/data)']]);

let over = 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map(([name]) => name.length));
console.log('gzip sizes (level 9)');
for (const [name, size, budget] of rows) {
  const status = budget === undefined ? 'no budget' : size <= budget ? `≤ ${kb(budget)}` : `OVER ${kb(budget)}`;
  if (budget !== undefined && size > budget) over++;
  console.log(`  ${name.padEnd(width)} ${kb(size).padStart(9)} ${`(${size} B)`.padStart(10)}  ${status}`);
}
// The README's size badges and table are generated from these rows: `--write-readme` rewrites
// them; otherwise the check fails when they no longer match (within rounding: ±0.15 KB).
const README_ROWS: [string, string, string][] = [
  // [badge label, table text, row name]
  ['drop-in', 'drop-in script, every element (`dist/cdn/kerjasama.js`, one file, Lit included)', 'drop-in (dist/cdn/kerjasama.js)'],
  ['', 'a page with one `<citation-badge>` through the autoloader, first render (autoloader, define module, its chunks, its English shard)', 'autoloader page with one <citation-badge>, first render (en)'],
  ['citation-badge', '`<citation-badge>` alone, first render (define entry with Lit, and its English shard)', 'define/citation-badge, first render (en)'],
  ['timeline', '`<cooperation-timeline>` alone, first render (define entry with Lit, and its English shard)', 'define/cooperation-timeline, first render (en)'],
  ['aid-flow-chart alone', '`<aid-flow-chart>` alone (`dist/cdn/define/aid-flow-chart.js` with what it imports, Lit included)', 'define/aid-flow-chart'],
  ['', 'its content chunk (view-model, strings, table, data loading), loaded when a chart connects', 'define/aid-flow-chart, lazy aid-flow-chart.lazy'],
  ['', 'chart chunk (Chart.js + sankey), loaded only when a chart nears the viewport', 'define/aid-flow-chart, lazy aid-flow-chart.chartjs'],
  ['autoloader', 'autoloader (`dist/cdn/autoloader.js`)', 'autoloader (src/autoloader.ts)'],
  ['', 'classic script for hosts that strip modules (`dist/cdn/kerjasama.iife.js`, chart included)', 'classic script (kerjasama.iife.js)'],
  ['dataset', 'dataset as one file (`dist/data/kerjasama.dataset.json`); elements load it in shards, per collection, layer and language, only without a `<kerjasama-data>` provider that has its own', 'dataset JSON (dist/data)'],
];
const measured = new Map(rows.map(([name, size]) => [name, size]));
const badge = (label: string, bytes: number) => {
  const esc = (t: string) => encodeURIComponent(t.replace(/-/g, '--').replace(/_/g, '__'));
  return `![${label}: ${kb(bytes)} gzip](https://img.shields.io/badge/${esc(label)}-${esc(`${kb(bytes)} gzip`)}-0b5cad)`;
};
const readmeBlock = () => {
  const lines = [README_ROWS.filter(([b]) => b).map(([b, , row]) => badge(b, measured.get(row) ?? 0)).join(' '), '', '| what | gzip |', '| --- | --- |'];
  for (const [, text, row] of README_ROWS) lines.push(`| ${text} | ${kb(measured.get(row) ?? 0)} |`);
  return lines.join('\n');
};
const BEGIN = '<!-- sizes: generated by `npm run test:sizes -- --write-readme` -->';
const END = '<!-- /sizes -->';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const [from, to] = [readme.indexOf(BEGIN), readme.indexOf(END)];
if (from < 0 || to < from) problems.push(`README.md: the sizes block (${BEGIN} … ${END}) is missing`);
else if (process.argv.includes('--write-readme')) {
  writeFileSync(readmePath, `${readme.slice(0, from + BEGIN.length)}\n${readmeBlock()}\n${readme.slice(to)}`);
  console.log('README.md: sizes block rewritten');
} else {
  const block = readme.slice(from, to);
  for (const [, text, row] of README_ROWS) {
    const shown = new RegExp(`\\| ${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| ([\\d.]+) KB \\|`).exec(block);
    const actual = (measured.get(row) ?? 0) / 1024;
    if (!shown || Math.abs(Number(shown[1]) - actual) > 0.15)
      problems.push(`README.md: the size of "${row}" is ${shown ? `${shown[1]} KB` : 'missing'}, measured ${actual.toFixed(1)} KB: run \`npm run test:sizes -- --write-readme\``);
  }
}
for (const p of problems) console.error(p);
if (over) console.error(`${over} size budget(s) exceeded (size-budgets.json).`);
if (over || problems.length) process.exit(1);
