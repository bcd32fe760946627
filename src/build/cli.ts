/**
 * `kerjasama` command line. `kerjasama data build <folder> [--out <file>]`: the project's own data
 * build (records + source texts → verified, validated dataset JSON with pre-formatted references)
 * for anyone's documents. `kerjasama render <element> [name=value …]`: an element as static HTML
 * with a declarative shadow root (src/ssr/render.ts). Node only; `cli-main.ts` runs it, bundled
 * into dist/cli/kerjasama.js.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './build-dataset.js';
import { INIT_FORMATS, InitError, initFolder, type InitFormat } from './init-folder.js';
import { describeLocation } from './quote-match.js';
import { describeBuildProblem } from '../data/verify.js';
import { COLLECTIONS } from '../data/shards.js';
import { splitDataset } from '../data/split-dataset.js';
import { datasetLanguages, UI_LOCALES } from '../data/locales.js';
import { escapeAttribute, renderElement, RenderElementError, SSR_TAGS, type AttributeValues } from '../ssr/render.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

/** The package's own files: two folders up from here (src/build) and from the bundled command (dist/cli). */
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The drop-in script of this installed package (dist/cdn/kerjasama.js). */
export const PACKAGE_SCRIPT = join(PACKAGE_ROOT, 'dist/cdn/kerjasama.js');

/** The published drop-in script on a CDN, for `--script` once the package is on npm. */
export const CDN_SCRIPT = 'https://unpkg.com/kerjasama/dist/cdn/kerjasama.js';

/**
 * The script a `--page` document loads by default: this package's own drop-in script, as a path
 * relative to the folder the command runs in, where the page is usually written. It works before
 * any release, served from that folder (e.g. node_modules/kerjasama/dist/cdn/kerjasama.js).
 */
export const defaultScript = (cwd: string) => relative(cwd, PACKAGE_SCRIPT).split(sep).join('/');

const USAGE = `Usage: kerjasama data init <folder> [--format yaml|csv]
       kerjasama data build <folder> [--out <file>|-] [--shards <dir>] [--quotes]
       kerjasama render <element> [name=value …] [--lang <tag>] [--page [--script <url>]]

Init starts a new <folder> (it must be new or empty) from the package's example: one document and
its records, as YAML (the default; each file names its JSON Schema, so editors complete and check
fields) or as CSV sheets to open in a spreadsheet program. Replace them with your own, then build.

Build makes a Kerjasama dataset from <folder>:
  <folder>/sources/          your documents, unchanged: .txt, .md, .html or .pdf (with a text layer)
  <folder>/records/          one file per kind of record, each as .yaml, .csv or .tsv (a spreadsheet
                             saved as CSV: one row per record, one column per field; see data/README.md):
                             dataset, sources, actors, events, flows, citations
  <folder>/csl/              optional: CSL styles and locales (the package's own are used otherwise)
Every evidence quote is checked against its document. Writes <folder>/kerjasama.dataset.json
(or --out <file>; "-" prints it). Load it with <kerjasama-data src="kerjasama.dataset.json">.
  --shards <dir>  also cut it as this package's elements load their own data: one JSON file per
                  collection, layer (core: what a first render shows; styles: in-text labels in
                  the non-default citation styles; detail: what opens on interaction) and
                  language, with shards.json listing them. Host <dir> and load it with
                  <kerjasama-data src="…/shards.json">: elements fetch only what they show
                  (for thousands of records; see data/README.md)
  --quotes        list where each quote is in its document (line; page and line in a PDF)

Render prints <element> as static HTML with a declarative shadow root (readable without
JavaScript; the drop-in script hydrates it): ${SSR_TAGS.join(', ')} (view="table").
  name=value   an attribute (a bare name is a boolean attribute), e.g. countries="ID JP"
  --lang <tag> the page's language (${UI_LOCALES.join(', ')}, or another tag): the text's language, written as lang=
  --page       a whole HTML document that loads the drop-in script
  --script <url>  the script --page loads; by default this package's dist/cdn/kerjasama.js,
               relative to the current folder (after a release: ${CDN_SCRIPT})
Example: kerjasama render cooperation-timeline countries="ID JP" --lang id > timeline.html`;

/** The CSL styles and locales shipped with the package (data/csl, two folders up from here and from dist/cli). */
export const PACKAGE_CSL_DIR = join(PACKAGE_ROOT, 'data/csl');

/** The example folder shipped with the package: what `data init` copies. */
export const PACKAGE_EXAMPLE_DIR = join(PACKAGE_ROOT, 'data/example');

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Runs the command line; returns the exit code (0 ok, 1 data problems, 2 usage), a promise for `render`. */
export function runCli(args: string[], io: CliIo): number | Promise<number> {
  const [group, command, ...rest] = args;
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    io.out(USAGE);
    return group === undefined ? 2 : 0;
  }
  if (group === 'render') {
    if (command === '--help' || command === '-h') {
      io.out(USAGE);
      return 0;
    }
    return runRender(args.slice(1), io);
  }
  if (group === 'data' && command === 'init') return runDataInit(rest, io);
  if (group !== 'data' || command !== 'build') {
    io.err(`Unknown command "${[group, command].filter(Boolean).join(' ')}".\n\n${USAGE}`);
    return 2;
  }
  return runDataBuild(rest, io);
}

/** `kerjasama data init <folder> [--format yaml|csv]`. */
function runDataInit(rest: string[], io: CliIo): number {
  let folder: string | undefined;
  let format: string = 'yaml';
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--format') format = rest[++i] ?? '';
    else if (rest[i].startsWith('--format=')) format = rest[i].slice('--format='.length);
    else if (folder === undefined && !rest[i].startsWith('-')) folder = rest[i];
    else {
      io.err(`Unexpected argument "${rest[i]}".\n\n${USAGE}`);
      return 2;
    }
  }
  if (!folder || !(INIT_FORMATS as readonly string[]).includes(format)) {
    io.err(folder ? `--format must be ${INIT_FORMATS.join(' or ')} (is "${format}").` : USAGE);
    return 2;
  }
  const dir = resolve(io.cwd, folder);
  const label = relative(io.cwd, dir) || '.';
  let written: string[];
  try {
    written = initFolder(dir, format as InitFormat, PACKAGE_EXAMPLE_DIR);
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    io.err(`${label} ${error.message}`);
    return 1;
  }
  io.out(`Wrote ${written.length} files to ${label}: ${written.join(', ')}.`);
  io.out(`Replace the document in ${label}/sources and the records in ${label}/records with your own, then run: kerjasama data build ${label}`);
  return 0;
}

/** `kerjasama data build <folder> [--out <file>|-] [--shards <dir>] [--quotes]`. */
async function runDataBuild(rest: string[], io: CliIo): Promise<number> {
  let quotes = false;
  let folder: string | undefined;
  let outFile: string | undefined;
  let shardDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out' || rest[i] === '-o') outFile = rest[++i];
    else if (rest[i] === '--quotes') quotes = true;
    else if (rest[i] === '--shards') shardDir = rest[++i] ?? '';
    else if (rest[i].startsWith('--shards=')) shardDir = rest[i].slice('--shards='.length);
    else if (rest[i].startsWith('--out=')) outFile = rest[i].slice('--out='.length);
    else if (folder === undefined && !rest[i].startsWith('-')) folder = rest[i];
    else {
      io.err(`Unexpected argument "${rest[i]}".\n\n${USAGE}`);
      return 2;
    }
  }
  if (!folder || outFile === '' || shardDir === '') {
    io.err(USAGE);
    return 2;
  }
  const dir = resolve(io.cwd, folder);
  const label = relative(io.cwd, dir) || '.';
  if (!isDir(dir)) {
    io.err(`${label}: no such folder.`);
    return 1;
  }
  const missing = ['records', 'sources'].filter((sub) => !isDir(join(dir, sub)));
  if (missing.length) {
    io.err(`${label}: needs ${missing.map((m) => `a ${m}/ folder`).join(' and ')} (see kerjasama --help).`);
    return 1;
  }

  // A folder prepared by someone else may link its parts elsewhere (`records -> /home/you`): the
  // build reads only what lies inside the folder itself.
  const realDir = realpathSync(dir);
  const outside = ['records', 'sources', 'csl'].filter((sub) => isDir(join(dir, sub)) && !realpathSync(join(dir, sub)).startsWith(realDir + sep));
  if (outside.length) {
    io.err(`${label}: ${outside.map((o) => `${o}/`).join(' and ')} ${outside.length > 1 ? 'are links' : 'is a link'} to a folder outside ${label}: copy ${outside.length > 1 ? 'them' : 'it'} into the folder.`);
    return 1;
  }

  // The build reads <dir>/csl; without one of its own, the folder is lent the package's styles
  // through a scratch folder of links (junctions on Windows), leaving the user's folder untouched.
  let buildDir = dir;
  let scratch: string | undefined;
  if (!isDir(join(dir, 'csl'))) {
    scratch = mkdtempSync(join(tmpdir(), 'kerjasama-data-'));
    for (const sub of ['records', 'sources']) symlinkSync(join(dir, sub), join(scratch, sub), 'junction');
    symlinkSync(PACKAGE_CSL_DIR, join(scratch, 'csl'), 'junction');
    buildDir = scratch;
  }
  try {
    const result = await buildDataset({ dir: buildDir, label });
    if (!result.ok) {
      io.err(`Data build failed with ${result.problems.length} problem(s):`);
      for (const p of result.problems) io.err(`  ${describeBuildProblem(p)}`);
      io.err('Nothing was written.');
      return 1;
    }
    const { dataset } = result;
    if (quotes) {
      // Where each quote is: to check by eye, or find in the PDF (page and line).
      for (const q of result.quotes) (outFile === '-' ? io.err : io.out)(`${q.collection} "${q.recordId}" ${q.path.replace(/^\$\.\w+\[\d+\]\./, '').replace(/\[(\d+)\]/g, (_, n: string) => `.${Number(n) + 1}`)}: ${q.file}, ${describeLocation(q.location)}`);
    }
    const json = JSON.stringify(dataset, null, 2) + '\n';
    const summary = `${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.events.length} events, ${dataset.flows.length} flows, ${dataset.citations.length} citations`;
    if (shardDir !== undefined) {
      const written = writeShards(dataset as unknown as Record<string, unknown>, resolve(io.cwd, shardDir));
      (outFile === '-' ? io.err : io.out)(`Wrote ${written} shards and shards.json to ${relative(io.cwd, resolve(io.cwd, shardDir)) || '.'}.`);
    }
    if (outFile === '-') {
      io.out(json.trimEnd());
      io.err(`Dataset ${dataset.version}: ${summary}.`);
      return 0;
    }
    const target = resolve(io.cwd, outFile ?? join(folder, 'kerjasama.dataset.json'));
    // The default file lies in a folder someone else prepared: a link there (to ~/.bashrc) would
    // have the build overwrite whatever it points to. An --out the user names is theirs to choose.
    // (lstat: a dangling link counts too; writing through it would create its target.)
    if (outFile === undefined && lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) {
      io.err(`${relative(io.cwd, target)} is a link; the build writes no file through a link it did not make: remove it, or give --out <file>.`);
      io.err('Nothing was written.');
      return 1;
    }
    writeFileSync(target, json);
    io.out(`Dataset ${dataset.version}: ${summary}; every quote verified.`);
    io.out(`Wrote ${relative(io.cwd, target) || target}. Use it with <kerjasama-data src="…/kerjasama.dataset.json">.`);
    return 0;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The dataset cut into shards (src/data/shards.ts) as files: one JSON file per shard and
 * shards.json, with the version, licence, languages, records per collection and the file of
 * every shard, which `<kerjasama-data src="…/shards.json">` reads.
 */
export function shardFiles(dataset: Record<string, unknown>): Map<string, string> {
  const { languages, defaultLanguage } = datasetLanguages(dataset);
  const out = new Map<string, string>();
  const files: Record<string, string> = {};
  for (const [key, data] of splitDataset(dataset, languages)) {
    files[key] = `${key}.json`;
    out.set(files[key], JSON.stringify(data) + '\n');
  }
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, ((dataset[c] as unknown[] | undefined) ?? []).length]));
  out.set('shards.json', JSON.stringify({ version: dataset.version, license: dataset.license, locales: languages, defaultLanguage, counts, shards: files }, null, 2) + '\n');
  return out;
}

/** Writes `shardFiles` into `dir`; returns how many shards were written. */
function writeShards(dataset: Record<string, unknown>, dir: string): number {
  mkdirSync(dir, { recursive: true });
  const files = shardFiles(dataset);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.size - 1;
}

/** `kerjasama render <element> [name=value …] [--lang <tag>] [--page [--script <url>]]`. */
async function runRender(args: string[], io: CliIo): Promise<number> {
  let tag: string | undefined;
  let lang: string | undefined;
  let page = false;
  let script = defaultScript(io.cwd);
  const attributes: AttributeValues = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--lang') lang = value();
    else if (flag === '--script') script = value();
    else if (arg === '--page') page = true;
    else if (arg.startsWith('-')) {
      io.err(`Unexpected option "${arg}".\n\n${USAGE}`);
      return 2;
    } else if (tag === undefined) tag = arg;
    else if (arg.includes('=')) attributes[arg.slice(0, arg.indexOf('='))] = arg.slice(arg.indexOf('=') + 1);
    else attributes[arg] = true;
  }
  if (!tag || lang === '' || !script) {
    io.err(USAGE);
    return 2;
  }
  // The page loads it as code: a path or an http(s) URL, never javascript: or data:. (Schemes as
  // the URL parser reads them, without the whitespace and control characters it drops.)
  // eslint-disable-next-line no-control-regex -- control characters are what the URL parser strips
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(script.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https' && !/^[a-z]:[\\/]/i.test(script)) {
    io.err(`--script "${script.slice(0, 60)}": give a path or an http(s) URL.`);
    return 2;
  }
  try {
    const html = await renderElement(tag, attributes, { lang });
    io.out(page ? pageAround(html, tag, lang, script) : html);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderElementError)) throw error;
    io.err(error.message);
    return 2;
  }
}

/** A minimal document: the page's language, the drop-in script (a module: it runs after parsing). */
function pageAround(html: string, tag: string, lang: string | undefined, script: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tag}</title>
<script type="module" src="${escapeAttribute(script)}"></script>
</head>
<body>
${html}
</body>
</html>`;
}
