/**
 * `npm run test:sizes`: gzip sizes (level 9, deterministic) of what users download, against the
 * budgets in size-budgets.json. Each define entry is bundled alone, minified, with Lit and the
 * dataset included — what a page pays for that one element. Prints a table; fails over budget.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budgets: Record<string, number> = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8')).gzipBytes;

/**
 * Gzip bytes of the entry (what loads eagerly) and of its lazily imported chunks. `iife`: one
 * classic script with every dynamic import inlined (as dist/cdn/kerjasama.iife.js is built).
 */
async function bundleSize(entry: string, format: 'esm' | 'iife' = 'esm'): Promise<{ eager: number; lazy: number }> {
  const out = await build({
    entryPoints: { entry: join(root, entry) },
    bundle: true,
    splitting: format === 'esm',
    outdir: join(root, 'dist/.sizes'),
    minify: true,
    format,
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  let eager = 0;
  let lazy = 0;
  for (const f of out.outputFiles) {
    const size = gzipSync(f.contents, { level: 9 }).length;
    if (/[\\/]entry\.js$/.test(f.path)) eager += size;
    else lazy += size;
  }
  return { eager, lazy };
}

const entries: Record<string, string> = {
  'lit floor (LitElement alone)': 'scripts/size-fixtures/lit-floor.ts',
  'drop-in (src/cdn.ts)': 'src/cdn.ts',
};
for (const f of readdirSync(join(root, 'src/define'))) entries[`define/${f.replace(/\.ts$/, '')}`] = `src/define/${f}`;

const rows: [string, number, number | undefined][] = [];
for (const [name, entry] of Object.entries(entries)) {
  const { eager, lazy } = await bundleSize(entry);
  rows.push([name, eager, budgets[name]]);
  if (lazy) rows.push([`${name}, lazy chunks`, lazy, budgets[`${name}, lazy chunks`]]);
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
console.log('gzip sizes (level 9)');
for (const [name, size, budget] of rows) {
  const status = budget === undefined ? 'no budget' : size <= budget ? `≤ ${kb(budget)}` : `OVER ${kb(budget)}`;
  if (budget !== undefined && size > budget) over++;
  console.log(`  ${name.padEnd(40)} ${kb(size).padStart(9)} ${`(${size} B)`.padStart(10)}  ${status}`);
}
if (over) {
  console.error(`${over} size budget(s) exceeded (size-budgets.json).`);
  process.exit(1);
}
