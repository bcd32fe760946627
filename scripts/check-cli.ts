/**
 * Part of `npm run test:data`: the `kerjasama data build <folder>` command on the documented
 * example folder (data/example) and on broken copies of it, and `kerjasama render` (its output in
 * a browser is tested by test/ssr). The packed executable itself is run by scripts/check-pack.ts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { runCli } from '../src/build/cli.js';
import { validateDataset } from '../src/data/validate.js';
import { COLLECTIONS, LAYERS, shardKeys } from '../src/data/shards.js';
import { checklist } from './checklist.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'kerjasama-cli-'));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: scratch });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `kerjasama render …`, which answers with a promise. */
async function render(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['render', ...args], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: scratch });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of data/example in the scratch folder, changed by `edit`. */
function exampleCopy(name: string, edit?: (dir: string) => void): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'data/example'), dir, { recursive: true });
  edit?.(dir);
  return dir;
}

const { check, finish } = checklist('cli checks');

console.log('kerjasama data build');
try {
  // The example folder as documented: no csl/ of its own, so the package's styles are used.
  const example = exampleCopy('example');
  const built = await cli(['data', 'build', 'example']);
  const file = join(example, 'kerjasama.dataset.json');
  const dataset = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const valid = dataset ? validateDataset(dataset) : undefined;
  check('builds the example folder into <folder>/kerjasama.dataset.json', built.code === 0 && valid?.ok === true, `exit ${built.code}: ${built.err}`);
  check(
    'the example has one document, its records and a pre-formatted reference',
    dataset?.sources?.length === 1 && dataset.actors.length === 2 && dataset.events.length === 1 && dataset.flows.length === 1 &&
      dataset.citations[0]?.formatted?.apa?.en?.citation === '(Example Student, 2022)',
    JSON.stringify(dataset?.citations?.[0]?.formatted?.apa?.en),
  );
  check('says where it wrote the file and how to load it', /Wrote example[\\/]kerjasama\.dataset\.json/.test(built.out) && built.out.includes('<kerjasama-data src='), built.out);
  check('leaves the folder otherwise untouched', !existsSync(join(example, 'csl')), 'a csl/ folder appeared');

  const sharded = await cli(['data', 'build', 'example', '--shards', 'example-shards']);
  const shardDir = join(dirname(example), 'example-shards');
  const manifest = existsSync(join(shardDir, 'shards.json')) ? JSON.parse(readFileSync(join(shardDir, 'shards.json'), 'utf8')) : undefined;
  const coreEvents = manifest ? JSON.parse(readFileSync(join(shardDir, manifest.shards['events.core.en']), 'utf8')) : undefined;
  const detailEvents = manifest ? JSON.parse(readFileSync(join(shardDir, manifest.shards['events.detail.id']), 'utf8')) : undefined;
  // Every collection × layer it has (only citations have `styles`) × the example's two languages.
  const expectedShards = LAYERS.flatMap((l) => ['en', 'id'].flatMap((lang) => shardKeys(COLLECTIONS, l, lang)));
  check(
    '--shards writes every collection × layer × language and shards.json (with the records per collection); core has titles in one language, detail the quotes',
    sharded.code === 0 && Object.keys(manifest?.shards ?? {}).sort().join() === expectedShards.sort().join() && manifest.version === '0.1.0' &&
      manifest.counts?.events === coreEvents?.length && manifest.counts?.events > 0 &&
      typeof coreEvents?.[0]?.title?.en === 'string' && coreEvents[0].title.id === undefined && coreEvents[0].evidence?.[0]?.quote === undefined &&
      typeof detailEvents?.[0]?.evidence?.[0]?.quote === 'string',
    `exit ${sharded.code}: ${sharded.err} ${JSON.stringify(coreEvents?.[0])?.slice(0, 200)}`,
  );

  const coreCitations = manifest ? JSON.parse(readFileSync(join(shardDir, manifest.shards['citations.core.en']), 'utf8')) : undefined;
  const styledCitations = manifest ? JSON.parse(readFileSync(join(shardDir, manifest.shards['citations.styles.en']), 'utf8')) : undefined;
  check(
    '--shards: citations.core has the APA in-text label, citations.styles the Chicago and MLA ones',
    Object.keys(coreCitations?.[0]?.formatted ?? {}).join() === 'apa' && typeof coreCitations[0].formatted.apa.en.citation === 'string' &&
      Object.keys(styledCitations?.[0]?.formatted ?? {}).sort().join() === 'chicago,mla' && typeof styledCitations[0].formatted.mla.en.citation === 'string',
    JSON.stringify({ core: coreCitations?.[0]?.formatted, styles: styledCitations?.[0]?.formatted }).slice(0, 300),
  );

  const printed = await cli(['data', 'build', 'example', '--out', '-']);
  check('--out - prints the dataset', printed.code === 0 && JSON.parse(printed.out).version === '0.1.0', printed.err);

  console.log('kerjasama data init');
  for (const format of ['yaml', 'csv'] as const) {
    const init = await cli(['data', 'init', `new-${format}`, '--format', format]);
    const records = join(scratch, `new-${format}/records`);
    const files = existsSync(records) ? readdirSync(records) : [];
    check(`init --format ${format} writes the six record files as ${format} and the document`, init.code === 0 && files.length === 6 && files.every((f) => f.endsWith(`.${format}`)) && existsSync(join(scratch, `new-${format}/sources/clinic-note.txt`)), `exit ${init.code}: ${init.err} ${files}`);
    const build = await cli(['data', 'build', `new-${format}`]);
    const built = build.code === 0 ? JSON.parse(readFileSync(join(scratch, `new-${format}/kerjasama.dataset.json`), 'utf8')) : undefined;
    check(`init --format ${format}, then build, gives a valid dataset`, build.code === 0 && validateDataset(built).ok, build.err);
    // The template shows where languages are declared (dataset.yaml's fields, dataset.csv's columns).
    check(`init --format ${format}: the template declares its languages and the default`, built?.languages?.join() === 'en,id' && built.defaultLanguage === 'en', built && { languages: built.languages, defaultLanguage: built.defaultLanguage });
  }
  // Each YAML template names the published schema of its own file, and that schema (written by
  // npm run data into dist/data/schemas) knows every field the template uses.
  const yamlDir = join(scratch, 'new-yaml/records');
  const schemaProblems: string[] = [];
  for (const name of existsSync(yamlDir) ? readdirSync(yamlDir) : []) {
    const text = readFileSync(join(yamlDir, name), 'utf8');
    const kind = name.replace(/\.yaml$/, '');
    const url = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    if (url !== `https://unpkg.com/kerjasama/dist/data/schemas/${kind}.schema.json`) {
      schemaProblems.push(`${name}: first line names ${url}`);
      continue;
    }
    const local = join(root, 'dist/data/schemas', `${kind}.schema.json`);
    if (!existsSync(local)) {
      schemaProblems.push(`${local} is missing (npm run data)`);
      continue;
    }
    const schema = JSON.parse(readFileSync(local, 'utf8'));
    const parsed: unknown = parseYaml(text);
    const records = (kind === 'dataset' ? [parsed] : parsed) as Record<string, unknown>[];
    const properties = kind === 'dataset' ? schema.properties : schema.items?.properties;
    const required: string[] = (kind === 'dataset' ? schema.required : schema.items?.required) ?? [];
    if (schema.$id !== url || (kind !== 'dataset' && schema.type !== 'array')) schemaProblems.push(`${kind}.schema.json: $id ${schema.$id}, type ${schema.type}`);
    for (const record of records) {
      for (const key of Object.keys(record)) if (!properties?.[key]) schemaProblems.push(`${name}: ${key} is not in the schema`);
      for (const key of required) if (!(key in record)) schemaProblems.push(`${name}: misses ${key}, required by the schema`);
    }
  }
  check('every YAML template starts with the yaml-language-server line of its own schema, which has its fields', schemaProblems.length === 0 && readdirSync(yamlDir).length === 6, schemaProblems.join('; '));
  const again = await cli(['data', 'init', 'new-yaml']);
  check('init refuses a folder that is not empty, and changes nothing', again.code === 1 && /new-yaml is not empty/.test(again.err) && readdirSync(join(scratch, 'new-yaml')).length === 3, again.err);
  const badFormat = await cli(['data', 'init', 'new-xml', '--format', 'xml']);
  check('init refuses an unknown --format (exit 2) and writes nothing', badFormat.code === 2 && !existsSync(join(scratch, 'new-xml')), badFormat.err);

  // The Japanese fixture the builder page's test also builds (test/distribution/builder.test.ts).
  const ja = await cli(['data', 'build', join(root, 'test/fixtures/ja-dataset'), '--out', 'ja.json']);
  const jaData = existsSync(join(scratch, 'ja.json')) ? JSON.parse(readFileSync(join(scratch, 'ja.json'), 'utf8')) : undefined;
  check(
    'builds a Japanese document from spreadsheets alone: dataset.csv declares ja, five CSV records (test/fixtures/ja-dataset)',
    ja.code === 0 && jaData?.defaultLanguage === 'ja' && jaData.languages?.join() === 'ja' && jaData.events.length === 2 && jaData.events[0].title.ja === '日本がインドネシアにワクチンを供与' && validateDataset(jaData).ok,
    `exit ${ja.code}: ${ja.err}`,
  );

  const ownStyles = exampleCopy('own-styles', (dir) => cpSync(join(root, 'data/csl'), join(dir, 'csl'), { recursive: true }));
  const withCsl = await cli(['data', 'build', ownStyles, '--out=own.json']);
  check('builds a folder that has its own csl/', withCsl.code === 0 && existsSync(join(scratch, 'own.json')), withCsl.err);

  exampleCopy('bad-quote', (dir) => {
    const flows = join(dir, 'records/flows.yaml');
    writeFileSync(flows, readFileSync(flows, 'utf8').replace('a grant of $2.5 million', 'a grant of $25 million'));
  });
  const badQuote = await cli(['data', 'build', 'bad-quote']);
  check(
    'refuses a quote not in its document, naming file, record and problem',
    badQuote.code === 1 && /bad-quote[\\/]records[\\/]flows\.yaml: \$\.flows\[0\]\.evidence\[0\]\.quote \(flows "jica-cold-chain-grant"\): quote not found in source clinic-note/.test(badQuote.err),
    badQuote.err,
  );
  check('writes nothing when the build fails', !existsSync(join(scratch, 'bad-quote/kerjasama.dataset.json')), 'a dataset was written');

  exampleCopy('no-actors', (dir) => rmSync(join(dir, 'records/actors.yaml')));
  const noActors = await cli(['data', 'build', 'no-actors']);
  check('names a missing record file', noActors.code === 1 && /no-actors[\\/]records[\\/]actors\.yaml: \$: file is missing/.test(noActors.err), noActors.err);

  const missing = await cli(['data', 'build', 'nowhere']);
  check('names a folder that does not exist', missing.code === 1 && missing.err === 'nowhere: no such folder.', missing.err);
  exampleCopy('no-sources', (dir) => rmSync(join(dir, 'sources'), { recursive: true }));
  const noSources = await cli(['data', 'build', 'no-sources']);
  check('names a missing sources/ folder', noSources.code === 1 && noSources.err.includes('needs a sources/ folder'), noSources.err);

  const usage = await cli(['data', 'bulid', 'example']);
  check('refuses an unknown command with usage (exit 2)', usage.code === 2 && usage.err.includes('Unknown command "data bulid"') && usage.err.includes('Usage: kerjasama data init') && usage.err.includes('kerjasama data build <folder>'), usage.err);
  check('prints usage for --help (exit 0)', (await cli(['--help'])).code === 0, 'non-zero exit');

  console.log('kerjasama render');
  const timeline = await render(['cooperation-timeline', 'countries=ID JP', 'controls', '--lang', 'id']);
  check(
    'prints the element with a declarative shadow root, its attributes and lang',
    timeline.code === 0 && /^<cooperation-timeline countries="ID JP" controls lang="id"[ >]/.test(timeline.out) && timeline.out.includes('<template shadowrootmode="open">') && !timeline.out.includes('shadowroot=') && timeline.out.endsWith('</cooperation-timeline>'),
    `exit ${timeline.code}: ${timeline.err || timeline.out.slice(0, 200)}`,
  );
  check('renders the text in the language asked for', timeline.out.includes('Linimasa') || timeline.out.includes('peristiwa'), timeline.out.slice(0, 300));
  const pageDoc = await render(['actor-card', 'actor=jica', '--page', '--script=/kerjasama.js']);
  check(
    '--page prints a whole document that loads the script',
    pageDoc.code === 0 && pageDoc.out.startsWith('<!DOCTYPE html>\n<html lang="en">') && pageDoc.out.includes('<script type="module" src="/kerjasama.js"></script>') && pageDoc.out.includes('<actor-card actor="jica"'),
    pageDoc.err || pageDoc.out.slice(0, 300),
  );
  const defaultPage = await render(['actor-card', 'actor=jica', '--page']);
  const src = /<script type="module" src="([^"]+)"><\/script>/.exec(defaultPage.out)?.[1] ?? '';
  check(
    '--page loads this package\'s own drop-in script by default, relative to the current folder',
    defaultPage.code === 0 && !src.includes('://') && resolve(scratch, src) === join(root, 'dist/cdn/kerjasama.js'),
    `src="${src}"`,
  );
  const hostile = await render(['citation-badge', 'cite="><script>alert(1)</script>']);
  check('escapes attribute values', hostile.code === 0 && !hostile.out.includes('<script') && hostile.out.includes('cite="&quot;&gt;&lt;script&gt;'), hostile.out.slice(0, 200));
  const handler = await render(['citation-badge', 'cite=hotez-2014', 'onclick=alert(1)']);
  check('refuses an attribute the element does not have (exit 2)', handler.code === 2 && handler.err.includes('no attribute "onclick"') && !handler.out, handler.err);
  const other = await render(['aid-flow-chart-x']);
  check('refuses an element it does not render (exit 2)', other.code === 2 && other.err.includes('Cannot render <aid-flow-chart-x>'), other.err);
  const chart = await render(['aid-flow-chart', 'view=table', 'unit=doses']);
  check(
    'renders the chart as its table, deferring hydration until its view code loads',
    chart.code === 0 && /^<aid-flow-chart [^>]*defer-hydration[^>]*><template shadowrootmode="open">/.test(chart.out) && /<table[\s>]/.test(chart.out) && chart.out.includes('million doses'),
    chart.err || chart.out.slice(0, 300),
  );
  const sankey = await render(['aid-flow-chart']);
  check('refuses the chart without view=table (exit 2)', sankey.code === 2 && sankey.err.includes('view="table"'), sankey.err);
  const help = await render(['--help']);
  check('prints usage for render --help (exit 0)', help.code === 0 && help.out.includes('kerjasama render <element>'), `exit ${help.code}: ${help.err}`);
  const ld = await render(['actor-card', 'actor=jica', 'structured-data']);
  const jsonLd = /<script type="application\/ld\+json" data-kerjasama-ld>([^<]*)<\/script><\/actor-card>$/.exec(ld.out)?.[1];
  check(
    'writes the card\'s schema.org JSON-LD with structured-data, outside its shadow root',
    ld.code === 0 && !!jsonLd && JSON.parse(jsonLd).name === 'Japan International Cooperation Agency',
    ld.err || ld.out.slice(-300),
  );

  // Every element's markup, in a whole page, is valid HTML (html-validate's `standard` preset:
  // the HTML standard's content models, attributes and syntax, without style preferences).
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const args of [
    ['citation-badge', 'cite=hotez-2014'],
    ['citation-badge', 'cite=panda-2022 hotez-2014', 'citation-style=mla', '--lang', 'id'],
    ['reference-list', 'all'],
    ['reference-list', 'all', 'source=000_4396ecaf486911db', 'format=numeric'],
    ['actor-card', 'actor=jica'],
    ['actor-card', 'actor=jica', 'variant=chip'],
    ['actor-card', 'actor=jica', 'structured-data', '--lang', 'id'],
    ['cooperation-timeline', 'countries=ID JP', 'controls', '--lang', 'id'],
    ['cooperation-timeline'],
    ['aid-flow-chart', 'view=table', 'unit=doses'],
    ['aid-flow-chart', 'view=table', 'unit=USD'],
  ]) {
    const rendered = await render([...args, '--page']);
    const report = rendered.code === 0 ? await validator.validateString(rendered.out) : undefined;
    const errors = report?.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)) ?? [rendered.err];
    check(`kerjasama render ${args.join(' ')} --page is valid HTML`, rendered.code === 0 && report?.valid === true, errors.slice(0, 5).join('\n'));
  }

  const noTag = await render([]);
  check('prints usage without an element (exit 2)', noTag.code === 2 && noTag.err.includes('kerjasama render <element>'), noTag.err);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

finish();
