/**
 * Part of `npm run test:data`: records in spreadsheets (CSV, TSV) and documents as they are
 * (Markdown, HTML, PDF), issue 17. The example folder in both forms builds the same dataset; the
 * bundled records survive a round trip through CSV; every bad sheet and document is refused with
 * file, row and column; quotes are found through the documented normalisation, and where they are.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDataset } from '../src/build/build-dataset.js';
import { runCli } from '../src/build/cli.js';
import { parseDelimited, toCsv } from '../src/build/delimited.js';
import { recordsToRows, sheetToRecords, SHEET_FIELDS, type SheetKind } from '../src/build/record-sheets.js';
import { findQuote, prepareDocument, textLines, describeLocation } from '../src/build/quote-match.js';
import { htmlLines, markdownLines, pdfLines, type PdfJs } from '../src/build/document-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'kerjasama-records-'));
const KINDS = Object.keys(SHEET_FIELDS) as SheetKind[];

let passed = 0;
let failed = 0;
function check(name: string, condition: boolean, detail: unknown) {
  if (condition) passed++;
  else failed++;
  console.log(condition ? `  ✓ ${name}` : `  ✗ ${name}\n      ${typeof detail === 'string' ? detail : JSON.stringify(detail)?.slice(0, 600)}`);
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: scratch });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of data/example/csv in the scratch folder, changed by `edit`. */
function csvCopy(name: string, edit?: (records: string, sources: string) => void): string {
  const dir = join(scratch, name);
  cpSync(join(root, 'data/example/csv'), dir, { recursive: true });
  edit?.(join(dir, 'records'), join(dir, 'sources'));
  return name;
}
/** An empty list cell is an absent field: `citedBy: []` in YAML reads back from CSV as no citedBy. */
const withoutEmptyLists = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (Array.isArray(v) && v.length === 0 && ['citedBy', 'relatedTo', 'citations', 'altNames', 'titleTranslated', 'frameworks'].includes(key) ? undefined : v)));
const editFile = (path: string, change: (text: string) => string) => writeFileSync(path, change(readFileSync(path, 'utf8')));

try {
  console.log('records in spreadsheets');
  const yamlBuild = await cli(['data', 'build', join(root, 'data/example'), '--out', '-']);
  const csvBuild = await cli(['data', 'build', join(root, 'data/example/csv'), '--out', '-']);
  check(
    'data/example and data/example/csv (its records as CSV) build the same dataset',
    yamlBuild.code === 0 && csvBuild.code === 0 && yamlBuild.out === csvBuild.out && JSON.parse(csvBuild.out).events[0].evidence.length === 2,
    yamlBuild.err + csvBuild.err || 'datasets differ',
  );
  const exampleCsv = readFileSync(join(root, 'data/example/csv/records/events.csv'), 'utf8');
  check('the example CSV is as Google Sheets exports it: UTF-8, CRLF line ends', !exampleCsv.startsWith('\uFEFF') && exampleCsv.includes('\r\n') && !/[^\r]\n/.test(exampleCsv), 'LF or BOM');

  // The bundled records, every field they use, through CSV and back.
  for (const kind of KINDS) {
    const file = join(root, 'data/records', `${kind}.yaml`);
    const yaml = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
    const records = Array.isArray(yaml) ? yaml : [yaml];
    const csv = toCsv(recordsToRows(kind, records));
    const back = sheetToRecords(kind, parseDelimited(csv).sheet!);
    const firstDiff = records.findIndex((r, i) => !isDeepStrictEqual(withoutEmptyLists(r), back.records[i]));
    check(`data/records/${kind}.yaml survives a round trip through CSV (${records.length} records)`, back.problems.length === 0 && firstDiff < 0, back.problems.length ? back.problems : { yaml: records[firstDiff], csv: back.records[firstDiff] });
  }

  // The bundled dataset built from its records as CSV is the published one.
  const bundledCsv = join(scratch, 'bundled-csv');
  cpSync(join(root, 'data'), bundledCsv, { recursive: true, filter: (src) => !src.includes(`${join(root, 'data/example')}`) });
  for (const kind of KINDS) {
    const yamlFile = join(bundledCsv, 'records', `${kind}.yaml`);
    const yaml = parseYaml(readFileSync(yamlFile, 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
    rmSync(yamlFile);
    // TSV for one kind, CSV for the others: both are read.
    writeFileSync(join(bundledCsv, 'records', kind === 'actors' ? 'actors.tsv' : `${kind}.csv`), toCsv(recordsToRows(kind, Array.isArray(yaml) ? yaml : [yaml]), kind === 'actors' ? '\t' : ','));
  }
  const fromCsv = await buildDataset({ dir: bundledCsv, label: 'bundled' });
  const published = JSON.parse(readFileSync(join(root, 'dist/data/kerjasama.dataset.json'), 'utf8'));
  check('the bundled records as CSV and TSV build the published dataset', fromCsv.ok && isDeepStrictEqual(withoutEmptyLists(fromCsv.dataset), withoutEmptyLists(published)), fromCsv.ok ? 'differs' : fromCsv.problems.slice(0, 3));

  // What spreadsheet programs write, and what people do to sheets.
  const variants: [string, (records: string) => void][] = [
    ['a byte-order mark and LF line ends (Excel, LibreOffice)', (r) => editFile(join(r, 'events.csv'), (t) => '\uFEFF' + t.replaceAll('\r\n', '\n'))],
    ['semicolons as delimiters (a European spreadsheet)', (r) => {
      const sheet = parseDelimited(readFileSync(join(r, 'actors.csv'), 'utf8')).sheet!;
      writeFileSync(join(r, 'actors.csv'), toCsv([sheet.header, ...sheet.rows.map((x) => x.cells)], ';'));
    }],
    ['a TSV sheet', (r) => {
      const sheet = parseDelimited(readFileSync(join(r, 'flows.csv'), 'utf8')).sheet!;
      rmSync(join(r, 'flows.csv'));
      writeFileSync(join(r, 'flows.tsv'), toCsv([sheet.header, ...sheet.rows.map((x) => x.cells)], '\t'));
    }],
    ['a quoted line break in a cell, blank rows and a # column of notes', (r) => editFile(join(r, 'events.csv'), (t) => {
      const [header, row] = t.split('\r\n');
      return `${header},# my notes\r\n,,,,,,,,,,,,,,,,,,,,\r\n${row.replace(',,,,clinic-note,', ',,"Two lines:\r\nthe second","Dua baris:\r\nyang kedua",clinic-note,')},"checked twice"\r\n`;
    })],
    ['several quotes in one row, the middle one empty', (r) => editFile(join(r, 'events.csv'), (t) => t.replace(/,clinic-note,Nurses from five provinces were trained there in 2022\.,,\r\n/, ',,,clinic-note,Nurses from five provinces were trained there in 2022.\r\n'))],
  ];
  for (const [name, edit] of variants) {
    const folder = csvCopy(name.replace(/\W+/g, '-'), edit);
    const built = await cli(['data', 'build', folder, '--out', '-']);
    const dataset = built.code === 0 ? JSON.parse(built.out) : undefined;
    check(`reads ${name}`, built.code === 0 && dataset.events[0].evidence.length === 2 && dataset.actors[0].role.en === 'Opened the training centre with JICA', built.err);
    if (name.startsWith('a quoted')) check('keeps the line break of a quoted cell', dataset?.events[0].note?.en === 'Two lines:\nthe second', dataset?.events[0].note);
  }

  // The dataset sheet's languages (issue 17): a spreadsheet-only dataset in Japanese with English too.
  const jaCopy = (name: string, edit: (records: string) => void) => {
    const dir = join(scratch, name);
    cpSync(join(root, 'test/fixtures/ja-dataset'), dir, { recursive: true });
    edit(join(dir, 'records'));
    return name;
  };
  const bilingual = await cli(['data', 'build', jaCopy('ja-and-en', (r) => {
    editFile(join(r, 'dataset.csv'), (t) => t.replace('0.1.0,ja,ja,', '0.1.0,"ja, en",ja,'));
    // English for one event only: the other falls back to Japanese, the default.
    editFile(join(r, 'events.csv'), (t) => t.replace('title.ja,', 'title.ja,title.en,').replace('日本がインドネシアにワクチンを供与,', '日本がインドネシアにワクチンを供与,Japan donates vaccines to Indonesia,').replace('JICAがコールドチェーン研修を開始,', 'JICAがコールドチェーン研修を開始,,'));
  }), '--out', '-']);
  const bilingualData = bilingual.code === 0 ? JSON.parse(bilingual.out) : undefined;
  check(
    'a dataset sheet declares its languages ("ja, en", default ja); title.ja and title.en columns give one text in both',
    isDeepStrictEqual(bilingualData?.languages, ['ja', 'en']) && bilingualData.defaultLanguage === 'ja' && isDeepStrictEqual(bilingualData.events[0].title, { ja: '日本がインドネシアにワクチンを供与', en: 'Japan donates vaccines to Indonesia' }) && isDeepStrictEqual(bilingualData.events[1].title, { ja: 'JICAがコールドチェーン研修を開始' }),
    bilingual.err || bilingualData,
  );
  const jaOnly = (name: string, edit: (records: string) => void) => cli(['data', 'build', jaCopy(name, edit), '--out', '-']);
  const emptyTitle = await jaOnly('ja-empty-title', (r) => editFile(join(r, 'events.csv'), (t) => t.replace(',JICAがコールドチェーン研修を開始,', ',,')));
  check('a Japanese-only sheet: an empty title.ja cell is named, row and column', emptyTitle.code === 1 && /events\.csv: row 3, column D "title\.ja" \(events "training-2021"\): is empty, and "title" is required, in the dataset's default language at least/.test(emptyTitle.err), emptyTitle.err);
  const undeclared = await jaOnly('ja-undeclared-ko', (r) => editFile(join(r, 'actors.csv'), (t) => t.replace('role.ja,', 'role.ja,role.ko,').replace('開始した,note-ja', '開始した,연수,note-ja')));
  check('a Japanese-only sheet: text in a language not declared is named, row and column', undeclared.code === 1 && /actors\.csv: row 2, column G "role\.ko" \(actors "jica"\): "ko" is not one of the dataset's languages \(ja\)/.test(undeclared.err), undeclared.err);
  const noLanguages = await cli(['data', 'build', csvCopy('no-language-columns', (r) => editFile(join(r, 'dataset.csv'), (t) => t.replace('version,languages,defaultLanguage,', 'version,').replace('0.1.0,en id,en,', '0.1.0,'))), '--out', '-']);
  check('a dataset sheet without language columns is in en and id, as before', noLanguages.code === 0 && !('languages' in JSON.parse(noLanguages.out)), noLanguages.err);

  type Bad = [name: string, edit: (records: string, sources: string) => void, expected: RegExp];
  const bad: Bad[] = [
    ['a missing column', (r) => editFile(join(r, 'actors.csv'), (t) => t.replace(/^id,/, 'identifier,')), /records[\\/]actors\.csv: row 1, column A "identifier": unknown column: "identifier" is not a field[^\n]*\n.*records[\\/]actors\.csv: row 1: misses the column id/],
    ['an extra column', (r) => editFile(join(r, 'flows.csv'), (t) => t.replace('\r\n', ',colour\r\n').replace(/\r\n(.+)\r\n$/, '\r\n$1,blue\r\n')), /records[\\/]flows\.csv: row 1, column M "colour": unknown column: "colour" is not a field of this kind of record \(columns starting with # are ignored\)/],
    ['a cell past the last column', (r) => editFile(join(r, 'flows.csv'), (t) => t.replace(/\r\n$/, ',oops\r\n')), /records[\\/]flows\.csv: row 2, column M: has a cell beyond the last named column/],
    ['a localized field without its language', (r) => editFile(join(r, 'actors.csv'), (t) => t.replace('role.en,', 'role,')), /actors\.csv: row 1, column F "role": unknown column: "role" names text in several languages: write one column per language, "role\.en", "role\.id"/],
    ['a quoted cell never closed', (r) => editFile(join(r, 'events.csv'), (t) => t.replace(',"On 3 March', ',"On 3 March"x').replace(/\.",clinic-note/, '.,clinic-note')), /events\.csv: row \d: has a quoted cell that is never closed/],
    ['a quote not in its document', (r) => editFile(join(r, 'events.csv'), (t) => t.replace('Nurses from five', 'Nurses from six')), /events\.csv: row 2, column R "evidence\.2\.quote" \(events "cold-chain-centre-opened"\): quote not found in source clinic-note: "Nurses from six/],
    ['an unknown country code', (r) => editFile(join(r, 'events.csv'), (t) => t.replace('ID; JP', 'ID; XX')), /events\.csv: row 2, column I "countries" \(events "cold-chain-centre-opened"\): is not an ISO 3166-1 alpha-2 country code/],
    ['an unknown actor in a list', (r) => editFile(join(r, 'events.csv'), (t) => t.replace('indonesia-moh; jica', 'indonesia-moh; jika')), /events\.csv: row 2, column K "actors" \(events "cold-chain-centre-opened"\): unknown actor "jika"/],
    ['a number that is not one', (r) => editFile(join(r, 'flows.csv'), (t) => t.replace('2500000', '2.5 million')), /flows\.csv: row 2, column F "amount\.value": must be a number such as 2500000/],
    // An Indonesian or European sheet's thousands: 2.500.000 is refused as not a number, 2.500 as ambiguous.
    ['a number with dots for thousands', (r) => editFile(join(r, 'flows.csv'), (t) => t.replace('2500000', '2.500')), /flows\.csv: row 2, column F "amount\.value": "2\.500" could be 2 or 2500: write the number without thousands separators, such as 2500/],
    ['an empty required cell', (r) => editFile(join(r, 'actors.csv'), (t) => t.replace('Opened the training centre with JICA', '')), /actors\.csv: row 2, column F "role\.en" \(actors "indonesia-moh"\): /],
    ['a dataset sheet with two rows', (r) => editFile(join(r, 'dataset.csv'), (t) => t + t.split('\r\n')[1] + '\r\n'), /dataset\.csv: row 3: must have exactly one row below the header \(has 2\)/],
    ['a language that is not a BCP 47 tag', (r) => editFile(join(r, 'dataset.csv'), (t) => t.replace('0.1.0,en id,', '0.1.0,en Indonesian,')), /dataset\.csv: row 2, column B "languages": "Indonesian" is not a language tag \(BCP 47\)/],
    ['a default language not among the languages', (r) => editFile(join(r, 'dataset.csv'), (t) => t.replace('0.1.0,en id,en,', '0.1.0,en id,ja,')), /dataset\.csv: row 2, column C "defaultLanguage": "ja" is not one of the dataset's languages \(en, id\)/],
    ['the same kind of record twice', (r) => writeFileSync(join(r, 'flows.yaml'), '[]\n'), /records[\\/]flows\.yaml: \$: flows\.yaml and flows\.csv both hold flows: keep one/],
    ['a sheet saved again under another name', (r) => writeFileSync(join(r, 'events (1).csv'), readFileSync(join(r, 'events.csv'))), /records[\\/]events \(1\)\.csv: \$: is not read: a records file is named after its kind alone/],
    ['a records file that names a document not given', (r, s) => rmSync(join(s, 'clinic-note.txt')), /sources\.csv: row 2, column B "file" \(sources "clinic-note"\): source file "clinic-note\.txt" not found in .*sources\//],
    ['a document in a format the build does not read', (r, s) => {
      writeFileSync(join(s, 'clinic-note.docx'), 'PK');
      editFile(join(r, 'sources.csv'), (t) => t.replace('clinic-note.txt', 'clinic-note.docx'));
    }, /sources\.csv: row 2, column B "file" \(sources "clinic-note"\): source file "clinic-note\.docx" is not a kind of document the build reads/],
    ['a document that is not UTF-8', (r, s) => writeFileSync(join(s, 'clinic-note.txt'), Buffer.from('Field note, Jakarta, 2022 \xe9t\xe9', 'latin1')), /sources\.csv: row 2, column B "file" \(sources "clinic-note"\): source file "clinic-note\.txt" is not UTF-8 text/],
    ['a 50 MB document', (r, s) => truncateSync(join(s, 'clinic-note.txt'), 50 * 1024 * 1024), /sources\.csv: row 2, column B "file" \(sources "clinic-note"\): source file "clinic-note\.txt" is 50\.0 MB, over the 32 MB a document may have/],
  ];
  for (const [name, edit, expected] of bad) {
    const folder = csvCopy(`bad-${name.replace(/\W+/g, '-')}`, edit);
    const target = join(scratch, folder, 'kerjasama.dataset.json');
    writeFileSync(target, '{"kept":true}\n');
    const built = await cli(['data', 'build', folder]);
    check(`refuses ${name}, naming file, row and column`, built.code === 1 && expected.test(built.err), built.err);
    check(`  and keeps the dataset built before (${name})`, readFileSync(target, 'utf8') === '{"kept":true}\n', 'overwritten');
  }

  console.log('quotes in documents');
  const doc = (text: string) => prepareDocument(textLines(text));
  const matches: [string, string, string, string | undefined][] = [
    ['curly quotes in the document, straight in the quote', 'Japan\u2019s \u201cvaccine diplomacy\u201d began.', 'Japan\'s "vaccine diplomacy" began', 'l. 1'],
    ['straight quotes in the document, curly in the quote', 'Japan\'s "vaccine diplomacy"', 'Japan\u2019s \u201cvaccine diplomacy\u201d', 'l. 1'],
    ['a ligature', 'the \ufb01rst of\ufb01cial \ufb02ow', 'the first official flow', 'l. 1'],
    ['no-break and thin spaces', 'Rp\u00a07.14\u202ftrillion', 'Rp 7.14 trillion', 'l. 1'],
    ['a word hyphenated at a line end', 'the vac-\ncine arrived', 'the vaccine arrived', 'l. 1–2'],
    ['a hyphenated compound broken at a line end', 'the cold-\nchain centre', 'the cold-chain centre', 'l. 1–2'],
    ['both in one quote', 'a cold-\nchain vac-\ncine', 'a cold-chain vaccine', 'l. 1–3'],
    ['a line break between Japanese characters', '日本は\nインドネシアに', '日本はインドネシアに', 'l. 1–2'],
    ['a line break inside a Thai phrase', 'ญี่ปุ่นมอบวัคซีน\nให้อินโดนีเซีย', 'ญี่ปุ่นมอบวัคซีนให้อินโดนีเซีย', 'l. 1–2'],
    ['a line break where a Thai phrase ends', 'ญี่ปุ่นมอบวัคซีน\nให้อินโดนีเซีย', 'ญี่ปุ่นมอบวัคซีน ให้อินโดนีเซีย', 'l. 1–2'],
    ['a Thai space inside a line, left out of the quote', 'ญี่ปุ่นมอบวัคซีน ให้อินโดนีเซีย', 'ญี่ปุ่นมอบวัคซีนให้อินโดนีเซีย', undefined],
    ['full-width digits', 'ワクチン２００万回', 'ワクチン200万回', 'l. 1'],
    ['soft hyphens and backslash escapes', 'US\\$473 mil\u00adlion', 'US$473 million', 'l. 1'],
    ['a different case', 'Japan lent money', 'japan lent money', undefined],
    ['a different dash', 'from 2020–2022', 'from 2020-2022', undefined],
    ['a hyphen inside a line', 'the cold-chain centre', 'the coldchain centre', undefined],
    ['a different number', 'received 4.15 million doses', 'received 4.16 million doses', undefined],
  ];
  for (const [name, text, quote, at] of matches) {
    const found = findQuote(doc(text), quote);
    check(`${at ? 'matches' : 'does not match'} ${name}`, (found ? describeLocation(found) : undefined) === at, found);
  }

  const markdown = markdownLines('# Field **note**\n\n> In 2022 *JICA* gave a [grant](https://example.org) of \\$2.5 million\n- `cold-chain` training_centre\n');
  const md = prepareDocument(markdown);
  check('reads Markdown as its reader sees it, line for line', findQuote(md, 'Field note In 2022 JICA gave a grant of $2.5 million cold-chain training_centre') !== undefined && describeLocation(findQuote(md, 'JICA gave a grant')!) === 'l. 3', md.text);
  const html = prepareDocument(htmlLines('<!DOCTYPE html><html><head><title>Note</title><style>p{}</style></head>\n<body><p>In 2022 <b>JICA</b> gave &ldquo;a grant&rdquo;</p><p>of&nbsp;$2.5&#32;million</p>\n<script>var x = "hidden";</script><p title="a>b">Nurses</p><!-- not this --></body></html>'));
  check('reads HTML as its text content, with character references decoded', findQuote(html, 'In 2022 JICA gave "a grant" of $2.5 million') !== undefined && !html.text.includes('hidden') && !html.text.includes('not this') && !html.text.includes('p{}') && describeLocation(findQuote(html, 'Nurses')!) === 'l. 3', html.text);

  // Documents of every kind in one folder, and a PDF made here (pdf-lib): two pages.
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = (lines: string[]) => {
    const p = pdf.addPage([400, 300]);
    lines.forEach((text, i) => p.drawText(text, { x: 40, y: 250 - i * 20, size: 12, font }));
  };
  page(['Field note, Jakarta, 2022', 'On 3 March 2022 the Ministry of Health']);
  page(['In 2022 JICA gave a grant of $2.5 million for the', 'centre\u2019s equip-', 'ment.']);
  const pdfBytes = await pdf.save();
  const blank = await PDFDocument.create();
  blank.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50 });
  const blankBytes = await blank.save();

  const kinds = csvCopy('kinds', (r, s) => {
    writeFileSync(join(s, 'note.pdf'), pdfBytes);
    writeFileSync(join(s, 'note.md'), '# Field note, 2022\n\nIn 2022 **JICA** gave a grant of \\$2.5 million.\n');
    writeFileSync(join(s, 'note.html'), '<h1>Field note, 2022</h1>\n<p>Nurses from <em>five</em> provinces were trained there in&nbsp;2022.</p>\n');
    editFile(join(r, 'sources.csv'), (t) => {
      const [header, row] = t.split('\r\n');
      const more = ['pdf', 'md', 'html'].map((ext) => row.replace('clinic-note,clinic-note.txt', `note-${ext},note.${ext}`).replace(/,clinic-note,"Field note, Jakarta, 2022"$/, ext === 'pdf' ? ',note-pdf,"Field note, Jakarta, 2022"' : `,note-${ext},"Field note, 2022"`));
      return [header, row, ...more, ''].join('\r\n');
    });
    editFile(join(r, 'flows.csv'), (t) => t.replace(/clinic-note,In 2022 JICA gave a grant of \$2\.5 million for the centre's equipment\.\r\n$/, 'note-pdf,In 2022 JICA gave a grant of $2.5 million for the centre\'s equipment.\r\n'));
    editFile(join(r, 'actors.csv'), (t) => t.replace('clinic-note,JICA gave a grant of $2.5 million', 'note-md,JICA gave a grant of $2.5 million'));
    editFile(join(r, 'events.csv'), (t) => t.replace('clinic-note,Nurses from five provinces', 'note-html,Nurses from five provinces'));
  });
  const built = await cli(['data', 'build', kinds, '--out', 'kinds.json', '--quotes']);
  check('builds from a PDF, a Markdown and an HTML document beside a text file', built.code === 0 && existsSync(join(scratch, 'kinds.json')), built.err);
  check('reports where each quote is: page and line in a PDF (a hyphenated word, a curly apostrophe)', built.out.includes('flows "jica-cold-chain-grant" evidence.1: note.pdf, p. 2, l. 1–3'), built.out);
  check('reports the line of a quote in Markdown and HTML', built.out.includes('actors "jica" evidence.1: note.md, l. 3') && built.out.includes('events "cold-chain-centre-opened" evidence.2: note.html, l. 2'), built.out);

  // Quotes across drawn lines, however the PDF draws them: pdf.js's line ends and word gaps
  // become spaces (so "money" + "to" on the next line is "money to", not "moneyto").
  const drawn = await PDFDocument.create();
  const drawnFont = await drawn.embedFont(StandardFonts.Helvetica);
  drawn.addPage([400, 300]).drawText('Japan lent money to\nIndonesia in 2021.', { x: 40, y: 250, size: 12, font: drawnFont, lineHeight: 16 });
  const justified = drawn.addPage([400, 300]);
  [['Japan', 'lent', 'money'], ['to', 'Indonesia.']].forEach((words, row) => {
    let x = 40;
    for (const w of words) {
      justified.drawText(w, { x, y: 250 - row * 16, size: 12, font: drawnFont });
      x += drawnFont.widthOfTextAtSize(w, 12) + 6;
    }
  });
  const drawnDoc = prepareDocument(await pdfLines(await drawn.save(), (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs));
  const across = (q: string) => {
    const at = findQuote(drawnDoc, q);
    return at && describeLocation(at);
  };
  check(
    'a PDF quote across two drawn lines matches: one text with a line break, words drawn one by one',
    across('Japan lent money to Indonesia in 2021.') === 'p. 1, l. 1–2' && across('Japan lent money to Indonesia.') === 'p. 2, l. 1–2',
    drawnDoc.text,
  );

  const scan = csvCopy('scan', (r, s) => {
    writeFileSync(join(s, 'scan.pdf'), blankBytes);
    editFile(join(r, 'sources.csv'), (t) => t.replace('clinic-note.txt', 'scan.pdf'));
  });
  const scanned = await cli(['data', 'build', scan]);
  check('refuses a PDF with no text layer, naming row and column', scanned.code === 1 && /sources\.csv: row 2, column B "file" \(sources "clinic-note"\): source file "scan\.pdf" has no text layer/.test(scanned.err), scanned.err);
  const broken = csvCopy('broken-pdf', (r, s) => {
    writeFileSync(join(s, 'broken.pdf'), '%PDF-1.7 not really');
    editFile(join(r, 'sources.csv'), (t) => t.replace('clinic-note.txt', 'broken.pdf'));
  });
  const brokenBuild = await cli(['data', 'build', broken]);
  check('refuses a file that is not a PDF', brokenBuild.code === 1 && /source file "broken\.pdf" cannot be read as a PDF/.test(brokenBuild.err), brokenBuild.err);

  // The builder page runs these modules: nothing in them, or what they import, is Node's (the
  // `yaml` package is plain JavaScript; citeproc and pdf.js are passed in, never imported).
  const browserModules = ['src/build/build-core.ts', 'src/build/format-citations.ts', 'src/build/delimited.ts', 'src/build/record-sheets.ts', 'src/build/document-text.ts', 'src/build/quote-match.ts', 'src/data/verify.ts'];
  const seen = new Set<string>();
  const nodeImports: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      if (spec.startsWith('node:') || ['fs', 'path', 'os', 'module', 'url', 'citeproc', 'pdfjs-dist'].includes(spec)) nodeImports.push(`${file} imports ${spec}`);
      else if (spec.startsWith('.')) visit(join(dirname(file), spec).replace(/\.js$/, '.ts'));
    }
  };
  browserModules.forEach(visit);
  check(`the build core, CSV, sheet, document, quote and reference modules run in a browser (${seen.size} modules, no Node imports)`, nodeImports.length === 0 && seen.size > browserModules.length, nodeImports);
  check('the scratch folders were all used', readdirSync(scratch).length > 20, readdirSync(scratch));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`records checks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
