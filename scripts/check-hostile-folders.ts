/**
 * Part of `npm run test:data`: `kerjasama data build` on folders prepared by someone else (issue
 * 16). Each folder is data/example with one hostile change: YAML that expands exponentially or
 * carries tags the schema does not know, a 100 MB file, links out of the folder, a source file
 * named by a path, bytes that are not UTF-8 text. Each build must end (the script completes; no
 * timing is asserted), be refused with a message that names the file and, where the parser knows
 * it, the line and column, and write nothing, least of all outside the folder.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/build/cli.js';
import { checklist } from './checklist.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'kerjasama-hostile-'));
/** Files a hostile folder points at, outside it; none may change. */
const elsewhere = join(scratch, 'elsewhere');

const { check, finish } = checklist('hostile folder checks');

async function build(folder: string, ...extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['data', 'build', folder, ...extra], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: scratch });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of data/example, changed by `edit` (given the folder's path). */
function folder(name: string, edit: (dir: string) => void): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'data/example'), dir, { recursive: true, filter: (src) => !src.includes(`${join(root, 'data/example/csv')}`) });
  edit(dir);
  return name;
}
const edit = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

/** Refused with exit 1, every line of `expected` in the message, and no dataset written in the folder. */
async function refused(name: string, dir: string, expected: RegExp[]) {
  const result = await build(dir);
  const wrote = existsSync(join(scratch, dir, 'kerjasama.dataset.json'));
  check(name, result.code === 1 && expected.every((e) => e.test(result.err)) && result.err.includes('Nothing was written') && !wrote, `exit ${result.code}${wrote ? ', wrote a dataset' : ''}: ${result.err || result.out}`);
}

try {
  mkdirSync(elsewhere);
  const secret = join(elsewhere, 'secret.txt');
  writeFileSync(secret, readFileSync(join(root, 'data/example/sources/clinic-note.txt')));
  const secretRecords = join(elsewhere, 'flows.yaml');
  cpSync(join(root, 'data/example/records/flows.yaml'), secretRecords);

  console.log('kerjasama data build on hostile folders');

  // Ten levels of ten aliases each: 10^9 strings if expanded.
  const laughs = folder('billion-laughs', (dir) => {
    const levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    writeFileSync(join(dir, 'records/actors.yaml'), levels.join('\n') + '\n');
  });
  await refused('YAML aliases that expand exponentially ("billion laughs") are refused, naming file, line and column', laughs, [
    /billion-laughs[\\/]records[\\/]actors\.yaml: \$: is not valid YAML at line 2, column \d+: its aliases \(\*name\) expand too far \(more than 100\)/,
  ]);

  for (const [label, tag] of [
    ['!!js/function', '!!js/function "function () { return process.exit(1) }"'],
    ['!!binary', '!!binary aGVsbG8='],
    ['a local tag', '!jica "JICA"'],
  ]) {
    const dir = folder(`tag-${label.replace(/\W+/g, '')}`, (d) => edit(join(d, 'records/actors.yaml'), (t) => t.replace('name: JICA', `name: ${tag}`)));
    await refused(`a YAML tag the schema does not know (${label}) is refused, not read as text`, dir, [/records[\\/]actors\.yaml: \$: is not valid YAML at line 14, column 9: Unresolved tag/]);
  }

  // A 100 MB file, sparse: it costs no disk, and the build must not read it to refuse it.
  const huge = folder('huge-records', (dir) => truncateSync(join(dir, 'records/events.yaml'), 100 * 1024 * 1024));
  await refused('a 100 MB record file is refused by its size', huge, [/huge-records[\\/]records[\\/]events\.yaml: \$: is 100\.0 MB, over the 16 MB a record file may have/]);
  const hugeDoc = folder('huge-document', (dir) => truncateSync(join(dir, 'sources/clinic-note.txt'), 100 * 1024 * 1024));
  await refused('a 100 MB document is refused by its size', hugeDoc, [/sources\.yaml: \$\.sources\[0\]\.file \(sources "clinic-note"\): source file "clinic-note\.txt" is 100\.0 MB, over the 32 MB/]);

  const linkedDoc = folder('linked-document', (dir) => {
    rmSync(join(dir, 'sources/clinic-note.txt'));
    symlinkSync(secret, join(dir, 'sources/clinic-note.txt'));
  });
  await refused('a document that links outside the folder is not read', linkedDoc, [/source file "clinic-note\.txt" is a link to a file outside sources\//]);
  const linkedRecords = folder('linked-record-file', (dir) => {
    rmSync(join(dir, 'records/flows.yaml'));
    symlinkSync(secretRecords, join(dir, 'records/flows.yaml'));
  });
  await refused('a record file that links outside the folder is not read', linkedRecords, [/linked-record-file[\\/]records[\\/]flows\.yaml: \$: is a link to a file outside records\//]);
  const linkedFolder = folder('linked-folder', (dir) => {
    cpSync(join(dir, 'sources'), join(elsewhere, 'sources'), { recursive: true });
    rmSync(join(dir, 'sources'), { recursive: true });
    symlinkSync(join(elsewhere, 'sources'), join(dir, 'sources'), 'junction');
  });
  const folderLink = await build(linkedFolder);
  check('a sources/ folder that links outside the folder is not read', folderLink.code === 1 && /^linked-folder: sources\/ is a link to a folder outside linked-folder/.test(folderLink.err), `exit ${folderLink.code}: ${folderLink.err}`);

  const linkedStyle = folder('linked-style', (dir) => {
    cpSync(join(root, 'data/csl'), join(dir, 'csl'), { recursive: true });
    cpSync(join(dir, 'csl/apa.csl'), join(elsewhere, 'apa.csl'));
    rmSync(join(dir, 'csl/apa.csl'));
    symlinkSync(join(elsewhere, 'apa.csl'), join(dir, 'csl/apa.csl'));
  });
  await refused('a CSL style that links outside the folder is not read', linkedStyle, [/linked-style[\\/]csl[\\/]apa\.csl: \$: is missing, or a link to a file outside csl\//]);

  // A named pipe where a file should be: reading it would wait for a writer forever.
  if (process.platform !== 'win32') {
    const pipes = folder('named-pipes', (dir) => {
      rmSync(join(dir, 'records/events.yaml'));
      execFileSync('mkfifo', [join(dir, 'records/events.yaml')]);
    });
    await refused('a named pipe as a record file is refused, not waited on', pipes, [/named-pipes[\\/]records[\\/]events\.yaml: \$: is not a file/]);
    const pipeDoc = folder('named-pipe-document', (dir) => {
      rmSync(join(dir, 'sources/clinic-note.txt'));
      execFileSync('mkfifo', [join(dir, 'sources/clinic-note.txt')]);
    });
    await refused('a named pipe as a document is refused, not waited on', pipeDoc, [/source file "clinic-note\.txt" is not a file/]);
  }

  // The dataset's default place, already a link out of the folder (dangling: writing through it
  // would create its target).
  const planted = join(elsewhere, 'planted.json');
  const linkedOut = folder('linked-output', (dir) => symlinkSync(planted, join(dir, 'kerjasama.dataset.json')));
  const outLink = await build(linkedOut);
  check(
    'writes no dataset through a link planted where it would go',
    outLink.code === 1 && outLink.err.includes('kerjasama.dataset.json is a link') && !existsSync(planted),
    `exit ${outLink.code}, planted file ${existsSync(planted) ? 'written' : 'absent'}: ${outLink.err}`,
  );
  const chosenOut = await build(linkedOut, '--out', 'chosen.json');
  check('…and builds when the user names --out', chosenOut.code === 0 && existsSync(join(scratch, 'chosen.json')) && !existsSync(planted), chosenOut.err);

  for (const path of ['../../../etc/passwd', '/etc/passwd', '..']) {
    const dir = folder(`traversal-${path.replace(/\W+/g, '')}`, (d) => edit(join(d, 'records/sources.yaml'), (t) => t.replace('file: clinic-note.txt', `file: "${path}"`)));
    await refused(`a source file given as ${JSON.stringify(path)} is refused, not read`, dir, [new RegExp(`sources\\.yaml: \\$\\.sources\\[0\\]\\.file \\(sources "clinic-note"\\): source file "${path.replace(/[./]/g, '\\$&')}" is not a file name in sources/`)]);
  }
  const evidencePath = folder('traversal-evidence', (d) => edit(join(d, 'records/actors.yaml'), (t) => t.replace('- source: clinic-note\n      quote: "JICA', '- source: ../../etc/passwd\n      quote: "JICA')));
  await refused('an evidence source given as a path is refused (ids are slugs)', evidencePath, [/actors\.yaml: \$\.actors\[1\]\.evidence\[0\]\.source \(actors "jica"\): must be a lowercase slug/]);

  const latin1 = folder('latin1-records', (dir) => {
    const path = join(dir, 'records/actors.yaml');
    writeFileSync(path, Buffer.from(readFileSync(path, 'utf8').replace('name: JICA', 'name: JICA Café'), 'latin1'));
  });
  await refused('a record file that is not UTF-8 (Latin-1) is refused, naming where', latin1, [/latin1-records[\\/]records[\\/]actors\.yaml: \$: is not UTF-8 text \(line 14, column 17\)/]);
  const binary = folder('binary-records', (dir) => writeFileSync(join(dir, 'records/dataset.yaml'), Buffer.from('version: 0.1.0\n\0\0\0\x01PNG\n')));
  await refused('a record file holding binary data is refused, naming where', binary, [/binary-records[\\/]records[\\/]dataset\.yaml: \$: holds binary data \(a NUL byte at line 2, column 1\)/]);
  const binaryDoc = folder('binary-document', (dir) => writeFileSync(join(dir, 'sources/clinic-note.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00])));
  await refused('a document that is not UTF-8 text is refused', binaryDoc, [/source file "clinic-note\.txt" is not UTF-8 text/]);

  check(
    'nothing outside the folders changed',
    readdirSync(elsewhere).sort().join(' ') === 'apa.csl flows.yaml secret.txt sources' && readFileSync(secret).equals(readFileSync(join(root, 'data/example/sources/clinic-note.txt'))),
    readdirSync(elsewhere).join(' '),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

finish();
