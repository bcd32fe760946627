/**
 * `npm run test:data`: checks of the data build itself. Each bad input the build must refuse is
 * written into a scratch copy of a small valid dataset folder, and the build must fail naming the
 * file, the record id and the problem. Also checks that the published files are fresh.
 */
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildDataset } from '../src/build/build-dataset.js';
import { checkFormatted } from '../src/build/format-citations.js';
import { describeBuildProblem } from '../src/data/verify.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'Japan lent \\$473 million to Indonesia on 12 October 2020.\nThe\u00a0forum met in   Osaka.\nSee WCMS\\\\_811274.\nIt went through the Women\'s Health Fund and สำนักงานเลขาธิการอาเซียน.';

type Records = Record<string, unknown>;
function validRecords(): Records {
  const ev = (quote: string) => [{ source: 'doc', quote }];
  return {
    dataset: { version: '1.0.0', license: { id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', notice: 'Test.' } },
    sources: [{ id: 'doc', file: 'doc.txt', title: { en: 'Doc', id: 'Dok' }, authors: [], kind: 'news', languages: ['en'], license: null, date: null, citation: 'doc-nd', evidence: ev('Japan lent $473 million') }],
    actors: [
      { id: 'japan', name: 'Japan', kind: 'state', country: 'JP', role: { en: 'Lender', id: 'Pemberi pinjaman' }, evidence: ev('Japan lent') },
      { id: 'indonesia', name: 'Indonesia', kind: 'state', country: 'ID', role: { en: 'Borrower', id: 'Peminjam' }, evidence: ev('to Indonesia') },
    ],
    events: [{ id: 'forum', date: { start: '2020-10-12', precision: 'day' }, title: { en: 'Forum', id: 'Forum' }, countries: ['ID', 'JP'], sector: 'economy', actors: ['japan'], evidence: [...ev('on 12 October 2020'), ...ev('The forum met in Osaka.')] }],
    flows: [{ id: 'loan', from: 'japan', to: 'indonesia', via: [], kind: 'loan', amount: { value: 473000000, unit: 'USD' }, date: { start: '2020', precision: 'year' }, status: 'delivered', evidence: ev('Japan lent $473 million to Indonesia on 12 October 2020') }],
    citations: [{ id: 'doc-nd', type: 'webpage', title: 'Doc', author: [{ literal: 'Someone' }], 'container-title': 'Wwww.example.org', URL: 'https://example.org/doc', evidence: ev('See WCMS_811274.') }],
  };
}

async function build(records: Records) {
  const dir = mkdtempSync(join(tmpdir(), 'kerjasama-data-'));
  try {
    mkdirSync(join(dir, 'records'));
    mkdirSync(join(dir, 'sources'));
    cpSync(join(root, 'data/csl'), join(dir, 'csl'), { recursive: true });
    writeFileSync(join(dir, 'sources', 'doc.txt'), SOURCE);
    for (const [name, value] of Object.entries(records)) writeFileSync(join(dir, 'records', `${name}.yaml`), stringify(value));
    return await buildDataset({ dir, label: 'data' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Case = [name: string, mutate: (r: any) => void, expected: RegExp]; // eslint-disable-line @typescript-eslint/no-explicit-any
const cases: Case[] = [
  ['a quote that is not in its source', (r) => (r.flows[0].evidence[0].quote = 'Japan lent $500 million'), /^data\/records\/flows\.yaml: \$\.flows\[0\]\.evidence\[0\]\.quote \(flows "loan"\): quote not found in source doc/],
  ['evidence pointing at an unknown source', (r) => (r.actors[0].evidence[0].source = 'ghost'), /^data\/records\/actors\.yaml: \$\.actors\[0\]\.evidence\[0\]\.source \(actors "japan"\): unknown source "ghost"/],
  ['a dangling cross-reference', (r) => (r.flows[0].via = ['unicef']), /^data\/records\/flows\.yaml: \$\.flows\[0\]\.via\[0\] \(flows "loan"\): unknown actor "unicef"/],
  ['a duplicate id', (r) => r.actors.push({ ...r.actors[0] }), /^data\/records\/actors\.yaml: \$\.actors\[2\]\.id \(actors "japan"\): duplicate id "japan"/],
  ['an impossible date', (r) => (r.events[0].date.start = '2020-13-40'), /^data\/records\/events\.yaml: \$\.events\[0\]\.date\.start \(events "forum"\): is not a real date/],
  ['an end before its start', (r) => (r.events[0].date.end = '2020-10-01'), /^data\/records\/events\.yaml: \$\.events\[0\]\.date\.end \(events "forum"\): end is before start/],
  ['a negative amount', (r) => (r.flows[0].amount.value = -1), /^data\/records\/flows\.yaml: \$\.flows\[0\]\.amount\.value \(flows "loan"\): must be greater than zero/],
  ['a non-finite amount', (r) => (r.flows[0].amount.value = Infinity), /flows "loan"\): must be finite/],
  ['a unit-less amount', (r) => delete r.flows[0].amount.unit, /\$\.flows\[0\]\.amount\.unit \(flows "loan"\): .*unit USD, IDR or doses/],
  ['an unknown unit', (r) => (r.flows[0].amount.unit = 'EUR'), /\$\.flows\[0\]\.amount\.unit \(flows "loan"\): unit must be USD, IDR or doses/],
  ['an unknown country code', (r) => (r.events[0].countries = ['ID', 'XX']), /^data\/records\/events\.yaml: \$\.events\[0\]\.countries\[1\] \(events "forum"\): is not an ISO 3166-1 alpha-2 country code/],
  ['a string holding markup', (r) => (r.actors[1].name = 'Indonesia <script>alert(1)</script>'), /^data\/records\/actors\.yaml: \$\.actors\[1\]\.name \(actors "indonesia"\): must be plain text \(holds markup\)/],
  ['a non-http link', (r) => (r.citations[0].URL = 'javascript:alert(1)'), /\$\.citations\[0\]\.URL \(citations "doc-nd"\): must be an http\(s\) URL/],
  // Guards of issue 12: the dataset must not say more than its documents.
  ['a year stated in no quote and not marked inferred', (r) => (r.events[0].evidence = r.events[0].evidence.slice(1)), /^data\/records\/events\.yaml: \$\.events\[0\]\.date\.start \(events "forum"\): year 2020 appears in none of the evidence quotes/],
  ['"delivered" with no verb of delivery in its quotes', (r) => (r.flows[0].evidence[0].quote = '$473 million to Indonesia'), /^data\/records\/flows\.yaml: \$\.flows\[0\]\.status \(flows "loan"\): is "delivered" but no evidence quote has a verb of delivery/],
  [
    'a channel no quote names, not marked inferred',
    (r) => {
      r.actors.push({ id: 'unicef', name: 'UNICEF', kind: 'international-organisation', country: null, role: { en: 'Channel', id: 'Saluran' }, evidence: r.actors[0].evidence });
      r.flows[0].via = ['unicef'];
    },
    /^data\/records\/flows\.yaml: \$\.flows\[0\]\.via\[0\] \(flows "loan"\): channel "unicef" is named in none of the flow's evidence quotes/,
  ],
  ['a reference that starts with a same-author substitute', (r) => (r.citations[0].author = [{ literal: '———' }]), /^data\/records\/citations\.yaml: \$\.citations\[0\]\.formatted\.\w+\.\w+\.bibliography \(citations "doc-nd"\): starts with a same-author substitute/],
  ['"Preprint" for a work not recorded as one', (r) => (r.citations[0].type = 'article'), /^data\/records\/citations\.yaml: \$\.citations\[0\]\.formatted\.chicago\.en\.bibliography \(citations "doc-nd"\): says "Preprint"/],
  [
    'a title-cased title of a non-English item',
    (r) => (r.citations[0].title = 'Proses kerja sama dan diplomasi melalui jalur kesehatan'),
    /^data\/records\/citations\.yaml: \$\.citations\[0\]\.formatted\.chicago\.en\.bibliography \(citations "doc-nd"\): re-cases the title of a non-English item/,
  ],
  ['a missing source file', (r) => (r.sources[0].file = 'missing.txt'), /sources\.yaml: \$\.sources\[0\]\.file \(sources "doc"\): source file "missing\.txt" not found/],
];

let passed = 0;
let failed = 0;
const ok = (name: string) => {
  passed++;
  console.log(`  ✓ ${name}`);
};
const fail = (name: string, why: string) => {
  failed++;
  console.log(`  ✗ ${name}\n      ${why}`);
};

console.log('data build');
const good = await build(validRecords());
if (good.ok && good.dataset.citations[0].formatted.apa.en.bibliography.length) ok('builds a valid folder, normalising escapes and whitespace in quotes');
else fail('builds a valid folder', good.ok ? 'no formatted reference' : good.problems.map(describeBuildProblem).join('\n      '));

for (const [name, mutate, expected] of cases) {
  const records = validRecords();
  mutate(records);
  const result = await build(records);
  const messages = result.ok ? [] : result.problems.map(describeBuildProblem);
  if (!result.ok && messages.some((m) => expected.test(m))) ok(`refuses ${name}`);
  else fail(`refuses ${name}`, result.ok ? 'the build passed' : `got: ${messages.join(' | ')}`);
}

// A channel named as the quote names it once both are normalised: a curly apostrophe copied into
// the actor's name, a Thai ำ (which NFKC splits in the quote).
{
  const records = validRecords();
  const ev = [{ source: 'doc', quote: 'It went through the Women\'s Health Fund and สำนักงานเลขาธิการอาเซียน.' }];
  (records.actors as unknown[]).push(
    { id: 'whf', name: 'Women\u2019s Health Fund', kind: 'initiative', country: null, role: { en: 'Channel', id: 'Saluran' }, evidence: ev },
    { id: 'asean-sec', name: 'สำนักงานเลขาธิการอาเซียน', kind: 'international-organisation', country: null, role: { en: 'Channel', id: 'Saluran' }, evidence: ev },
  );
  const flow = (records.flows as { via: string[]; evidence: unknown[] }[])[0];
  flow.via = ['whf', 'asean-sec'];
  flow.evidence.push(...ev);
  const result = await build(records);
  if (result.ok) ok('finds a channel named with a curly apostrophe or a Thai ำ in its quote');
  else fail('finds a channel named with a curly apostrophe or a Thai ำ in its quote', result.problems.map(describeBuildProblem).join(' | '));
}

// "delivered" on a text whose verbs the check does not read (not English), with the reasoning.
{
  const records = validRecords();
  const flow = (records.flows as Record<string, unknown>[])[0];
  (flow.evidence as { quote: string }[])[0].quote = '$473 million to Indonesia on 12 October 2020';
  flow.statusInferred = { en: 'The Indonesian text says the loan was received (diterima).', id: 'Teks berbahasa Indonesia menyebut pinjaman itu diterima.' };
  const result = await build(records);
  if (result.ok && result.dataset.flows[0].statusInferred?.en) ok('accepts "delivered" with statusInferred, its reasoning kept');
  else fail('accepts "delivered" with statusInferred, its reasoning kept', result.ok ? 'reasoning lost' : result.problems.map(describeBuildProblem).join(' | '));
}

// citeproc title-cases host names; the build puts the record's spelling back, and refuses any
// formatted string that still changes the case of a URL or domain.
if (good.ok && good.dataset.citations[0].formatted.chicago.en.bibliography.some((s) => s.text.includes('Wwww.example.org'))) ok('keeps a domain name as the record spells it');
else fail('keeps a domain name as the record spells it', 'recased or missing');
if (good.ok) {
  const citation = good.dataset.citations[0];
  const recased = structuredClone(citation.formatted);
  recased.mla.en.citation = '(Wwww.Example.Org)';
  const messages = checkFormatted([citation], new Map([[citation.id, recased]])).map(describeBuildProblem);
  if (messages.some((m) => /^data\/records\/citations\.yaml: \$\.citations\[0\]\.formatted\.mla\.en\.citation \(citations "doc-nd"\): changes the case of "Wwww\.example\.org"/.test(m))) ok('refuses a formatted string that changes the case of a domain name');
  else fail('refuses a formatted string that changes the case of a domain name', messages.join(' | ') || 'no problem reported');
}

// The published JSON must be what the records build to now (npm run data ran first).
const bundled = await buildDataset({ dir: join(root, 'data'), label: 'data' });
try {
  const published = readFileSync(join(root, 'dist/data/kerjasama.dataset.json'), 'utf8');
  if (bundled.ok && published === JSON.stringify(bundled.dataset, null, 2) + '\n') ok('dist/data/kerjasama.dataset.json is fresh');
  else fail('dist/data/kerjasama.dataset.json is fresh', 'run npm run data');
} catch {
  fail('dist/data/kerjasama.dataset.json exists', 'run npm run data');
}

console.log(`data checks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
