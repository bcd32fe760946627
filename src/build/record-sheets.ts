/**
 * Records as spreadsheet rows: one sheet per kind of record, one row per record, one column per
 * field (data/README.md, "Records in a spreadsheet"). Browser-safe (no `node:` imports): the CLI
 * and the browser builder read sheets with this same code.
 *
 * Column names are the field paths of the YAML form, joined with dots:
 * - text in several languages: `<field>.<language>` (`title.en`, `title.id`, `title.ja`…), for
 *   whatever languages the dataset has;
 * - a nested field: `date.start`, `amount.value`, `license.url`;
 * - a repeated group, numbered from 1: `evidence.1.source`, `evidence.1.quote`, `evidence.2.quote`…,
 *   `author.1.family`, `frameworks.1.name.en`;
 * - a list of ids, codes or names in one cell, separated by semicolons: `countries` = `ID; JP`;
 * - the dataset's languages in one cell, BCP 47 tags separated by spaces or commas: `ja en`;
 * - a CSL date in one cell: `issued` = `2022`, `2022-03` or `2022-03-04`.
 * An empty cell is an absent field (null where the field is required but may be null: `country`,
 * `date`, `amount`, `license`). A column whose name starts with `#` is the curator's own and is
 * ignored. Any other unknown column is refused, and so is a sheet without a required column.
 */
import { columnLetter, type Sheet, type SheetProblem } from './delimited.js';

type Scalar = 'text' | 'number' | 'boolean' | 'list' | 'language-tags' | 'csl-date';
type Spec =
  | { kind: Scalar; required?: boolean; nullable?: boolean; emptyList?: boolean }
  | { kind: 'localized'; required?: boolean }
  | { kind: 'object'; fields: Fields; required?: boolean; nullable?: boolean }
  | { kind: 'repeat'; fields: Fields; required?: boolean };
type Fields = Record<string, Spec>;

const text = (o: { required?: boolean; nullable?: boolean } = {}): Spec => ({ kind: 'text', ...o });
const list = (o: { required?: boolean } = {}): Spec => ({ kind: 'list', emptyList: o.required, ...o });
const localized = (required = false): Spec => ({ kind: 'localized', required });
const req = { required: true };

const evidence: Spec = { kind: 'repeat', required: true, fields: { source: text(req), quote: text(req) } };
const fuzzyDate: Spec = {
  kind: 'object',
  required: true,
  nullable: true,
  fields: { start: text(req), end: text(), precision: text(req), approximate: { kind: 'boolean' }, inferred: localized() },
};
const cslName: Spec = { kind: 'repeat', fields: { family: text(), given: text(), literal: text(), suffix: text(), 'non-dropping-particle': text(), 'dropping-particle': text() } };
const cslDate: Spec = { kind: 'csl-date' };

/** CSL-JSON's standard variables (CSL 1.0.2) other than names and dates: cells of text. */
const CSL_TEXT =
  'abstract annote archive archive_collection archive_location archive-place authority call-number chapter-number citation-key citation-label collection-number collection-title container-title container-title-short dimensions division DOI edition event event-title event-place first-reference-note-number genre ISBN ISSN issue jurisdiction keyword language license locator medium number number-of-pages number-of-volumes original-publisher original-publisher-place original-title page page-first part-number part-title PMCID PMID printing-number publisher publisher-place references reviewed-genre reviewed-title scale section source status supplement-number title title-short URL version volume volume-title year-suffix';
const CSL_NAMES =
  'author chair collection-editor compiler composer container-author contributor curator director editor editorial-director executive-producer guest host illustrator interviewer narrator organizer original-author performer producer recipient reviewed-author script-writer series-creator translator';
const CSL_DATES = 'accessed available-date event-date issued original-date submitted';

const citationFields: Fields = {
  id: text(req),
  type: text(req),
  ...Object.fromEntries(CSL_TEXT.split(' ').map((k) => [k, text()])),
  ...Object.fromEntries(CSL_NAMES.split(' ').map((k) => [k, cslName])),
  ...Object.fromEntries(CSL_DATES.split(' ').map((k) => [k, cslDate])),
  citedBy: list(),
  inBibliography: { kind: 'boolean' },
  isSource: text(),
  relatedTo: list(),
  note: localized(),
  evidence,
};

/** The columns of each sheet, by kind of record. `dataset` is the one-row sheet of dataset-wide facts. */
export const SHEET_FIELDS: Record<'dataset' | 'sources' | 'actors' | 'events' | 'flows' | 'citations', Fields> = {
  dataset: {
    version: text(req),
    // Optional, as in dataset.yaml: without them the dataset is in en and id.
    languages: { kind: 'language-tags' },
    defaultLanguage: text(),
    license: { kind: 'object', required: true, fields: { id: text(req), name: text(req), url: text({ required: true, nullable: true }), notice: text(req) } },
  },
  sources: {
    id: text(req),
    file: text(req),
    title: localized(true),
    titleTranslated: list(),
    authors: list(req),
    affiliation: text(),
    kind: text(req),
    languages: list(req),
    license: { kind: 'object', required: true, nullable: true, fields: { id: text(req), name: text(req), url: text({ nullable: true }) } },
    date: fuzzyDate,
    citation: text(req),
    frameworks: { kind: 'repeat', fields: { name: localized(true), authors: list(req), evidence: { kind: 'repeat', fields: { source: text(req), quote: text(req) } } } },
    notes: localized(),
    evidence,
  },
  actors: {
    id: text(req),
    name: text(req),
    altNames: list(),
    kind: text(req),
    country: text({ required: true, nullable: true }),
    role: localized(true),
    note: localized(),
    evidence,
  },
  events: {
    id: text(req),
    date: fuzzyDate,
    title: localized(true),
    summary: localized(),
    countries: list(req),
    sector: text(req),
    actors: list(req),
    citations: list(),
    disputed: localized(),
    note: localized(),
    evidence,
  },
  flows: {
    id: text(req),
    from: text(req),
    to: text(req),
    via: list(req),
    viaInferred: localized(),
    kind: text(req),
    amount: { kind: 'object', required: true, nullable: true, fields: { value: { kind: 'number', required: true }, unit: text(req) } },
    date: fuzzyDate,
    status: text(req),
    statusInferred: localized(),
    relatedTo: list(),
    citations: list(),
    disputed: localized(),
    note: localized(),
    evidence,
  },
  citations: citationFields,
};
export type SheetKind = keyof typeof SHEET_FIELDS;

/** A language tag (a column suffix, a `languages` cell) as the schema's LanguageTag takes it: `en`, `ja`, `pt-BR`, `zh-Hant`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** The spec a column names, or why it names none. */
function resolveColumn(fields: Fields, name: string): { path: (string | number)[]; spec: Spec } | string {
  const parts = name.split('.');
  const path: (string | number)[] = [];
  let current: Fields = fields;
  for (let i = 0; i < parts.length; i++) {
    const spec = Object.hasOwn(current, parts[i]) ? current[parts[i]] : undefined;
    if (!spec) return i === 0 ? 'is not a field of this kind of record' : `"${parts.slice(0, i).join('.')}" has no field "${parts[i]}"`;
    path.push(parts[i]);
    const rest = parts.length - i - 1;
    if (spec.kind === 'localized') {
      if (rest !== 1 || !LANGUAGE_TAG.test(parts[i + 1])) return `names text in several languages: write one column per language, "${parts.slice(0, i + 1).join('.')}.en", "${parts.slice(0, i + 1).join('.')}.id"…`;
      return { path: [...path, parts[i + 1]], spec };
    }
    if (spec.kind === 'object' || spec.kind === 'repeat') {
      let next = i + 1;
      if (spec.kind === 'repeat') {
        const n = parts[next];
        if (!n || !/^[1-9]\d{0,2}$/.test(n)) return `is a numbered group: write "${parts.slice(0, i + 1).join('.')}.1.${Object.keys(spec.fields)[0]}", "${parts.slice(0, i + 1).join('.')}.2.…"`;
        path.push(Number(n) - 1);
        next++;
      }
      if (next >= parts.length) return `needs a field after it, one of ${Object.keys(spec.fields).join(', ')}`;
      current = spec.fields;
      i = next - 1;
      continue;
    }
    if (rest !== 0) return `"${parts.slice(0, i + 1).join('.')}" has no fields`;
    return { path, spec };
  }
  return 'is not a field of this kind of record';
}

function parseCell(spec: Spec, raw: string): { value?: unknown; problem?: string } {
  const cell = raw.trim();
  if (spec.kind === 'list') return { value: cell.split(';').map((s) => s.trim()).filter(Boolean) };
  if (spec.kind === 'language-tags') {
    // Spaces or commas, as people write a list; semicolons too, as in the sheets' other lists.
    const tags = cell.split(/[\s,;]+/).filter(Boolean);
    const bad = tags.find((t) => !LANGUAGE_TAG.test(t));
    return bad === undefined ? { value: tags } : { problem: `"${bad.slice(0, 40)}" is not a language tag (BCP 47) such as en, id, ja or pt-BR; separate tags with spaces or commas` };
  }
  if (spec.kind === 'number') {
    const plain = cell.replace(/[\s_\u00a0\u202f]/g, '');
    // "200.000" is 200 000 in an Indonesian or European sheet and 200 in an English one: never guessed.
    if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(plain)) return { problem: `"${cell.slice(0, 40)}" could be ${plain.split('.')[0]} or ${plain.replaceAll('.', '')}: write the number without thousands separators, such as ${plain.replaceAll('.', '')}` };
    const n = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ? Number(plain.replaceAll(',', '')) : /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(plain) ? Number(plain) : NaN;
    return Number.isFinite(n) ? { value: n } : { problem: `must be a number such as 2500000 or 2500000.5 (is "${cell.slice(0, 40)}")` };
  }
  if (spec.kind === 'boolean') {
    const b = { true: true, yes: true, false: false, no: false } as Record<string, boolean>;
    const value = b[cell.toLowerCase()];
    return value === undefined ? { problem: `must be true or false (is "${cell.slice(0, 40)}")` } : { value };
  }
  if (spec.kind === 'csl-date') {
    const one = (s: string) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? s.split('-').map(Number) : undefined);
    const range = cell.split('/').map((s) => one(s.trim()));
    return range.every(Boolean) && range.length <= 2 ? { value: { 'date-parts': range } } : { value: { literal: cell } };
  }
  return { value: cell.replace(/\r\n?/g, '\n') };
}

function setPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown) {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    node[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** Fills in what empty cells leave out: [] for required lists, null for nullable fields, and drops holes in numbered groups. */
function complete(fields: Fields, record: Record<string, unknown>, seen: Set<string>, prefix = '') {
  for (const [key, spec] of Object.entries(fields)) {
    const value = record[key];
    const column = prefix + key;
    if (spec.kind === 'repeat') {
      if (Array.isArray(value)) {
        // A group whose cells are all empty is left out (a sheet may have more quote columns than a row uses).
        const items = value.flatMap((item, i) => {
          if (item === undefined || !Object.keys(item as object).length) return [];
          complete(spec.fields, item as Record<string, unknown>, seen, `${column}.${i + 1}.`);
          return [item];
        });
        if (items.length) record[key] = items;
        else delete record[key];
      }
    } else if (spec.kind === 'object') {
      if (value === undefined) {
        if (spec.nullable && [...seen].some((c) => c.startsWith(column + '.'))) record[key] = null;
      } else complete(spec.fields, value as Record<string, unknown>, seen, column + '.');
    } else if (value === undefined && seen.has(column)) {
      if (spec.kind === 'list' && spec.emptyList) record[key] = [];
      else if ('nullable' in spec && spec.nullable) record[key] = null;
    }
  }
}

/** Required columns missing from a header: "id", "title.<language>", "evidence.1.quote"… */
function missingColumns(fields: Fields, header: readonly string[], prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    if (!spec.required) continue;
    const name = prefix + key;
    if (spec.kind === 'localized') {
      if (!header.some((h) => h.startsWith(name + '.'))) out.push(`${name}.<language> (e.g. ${name}.en)`);
    } else if (spec.kind === 'object') out.push(...missingColumns(spec.fields, header, name + '.'));
    else if (spec.kind === 'repeat') out.push(...missingColumns(spec.fields, header, name + '.1.'));
    else if (!header.includes(name)) out.push(name);
  }
  return out;
}

/** Records read from a sheet, and which row and column each came from. */
export interface SheetRecords {
  records: Record<string, unknown>[];
  /** Spreadsheet row number of each record. */
  rows: number[];
  header: string[];
  problems: SheetProblem[];
}

/** `C "title.en"`: a column as a spreadsheet user finds it. */
export function describeColumn(header: readonly string[], name: string): string {
  const i = header.indexOf(name);
  return i < 0 ? `"${name}"` : `${columnLetter(i)} "${name}"`;
}

/** Reads the records of one kind from a parsed sheet. */
export function sheetToRecords(kind: SheetKind, sheet: Sheet): SheetRecords {
  const fields = SHEET_FIELDS[kind];
  const problems: SheetProblem[] = [];
  const columns = sheet.header.map((name, i) => {
    if (!name || name.startsWith('#')) return undefined;
    if (sheet.header.indexOf(name) !== i) {
      problems.push({ row: 1, column: describeColumn(sheet.header, name).replace(/^\w+/, columnLetter(i)), message: `repeats column ${describeColumn(sheet.header, name)}` });
      return undefined;
    }
    const resolved = resolveColumn(fields, name);
    if (typeof resolved === 'string') {
      problems.push({ row: 1, column: describeColumn(sheet.header, name), message: `unknown column: "${name}" ${resolved} (columns starting with # are ignored)` });
      return undefined;
    }
    return resolved;
  });
  for (const name of missingColumns(fields, sheet.header)) problems.push({ row: 1, message: `misses the column ${name}` });
  if (problems.length) return { records: [], rows: [], header: sheet.header, problems };
  if (kind === 'dataset' && sheet.rows.length !== 1) {
    problems.push({ row: sheet.rows[1]?.row ?? 2, message: `must have exactly one row below the header (has ${sheet.rows.length})` });
  }
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (const { row, cells } of sheet.rows) {
    const record: Record<string, unknown> = {};
    const seen = new Set<string>();
    if (cells.length > sheet.header.length && cells.slice(sheet.header.length).some((c) => c.trim())) {
      problems.push({ row, column: columnLetter(sheet.header.length), message: `has a cell beyond the last named column (${describeColumn(sheet.header, sheet.header[sheet.header.length - 1])}): a delimiter too many, or a column without a name` });
    }
    columns.forEach((column, i) => {
      if (!column) return;
      const name = sheet.header[i];
      seen.add(name);
      const raw = cells[i] ?? '';
      if (!raw.trim()) return;
      const { value, problem } = parseCell(column.spec, raw);
      if (problem) problems.push({ row, column: describeColumn(sheet.header, name), message: problem });
      else setPath(record, column.path, value);
    });
    complete(fields, record, seen);
    records.push(record);
    rows.push(row);
  }
  return { records, rows, header: sheet.header, problems };
}

/**
 * The column of a field path inside a record (`['evidence', 1, 'quote']` → `evidence.2.quote`):
 * the longest one the header has, so that `countries[1]` names the cell `countries`.
 */
export function columnOf(header: readonly string[], keys: readonly (string | number)[]): string | undefined {
  for (let n = keys.length; n > 0; n--) {
    const name = keys
      .slice(0, n)
      .map((k) => (typeof k === 'number' ? String(k + 1) : k))
      .join('.');
    if (header.includes(name)) return describeColumn(header, name);
    const under = header.find((h) => h.startsWith(name + '.'));
    if (under) return describeColumn(header, under);
  }
  return undefined;
}

/** Cells of one value under `prefix`, in spec order. */
function flatten(spec: Spec, value: unknown, name: string, out: Map<string, string>) {
  if (value === undefined) return;
  if (value === null) return; // an empty cell is null where null is allowed
  if (spec.kind === 'localized') {
    for (const [lang, t] of Object.entries(value as Record<string, string>)) out.set(`${name}.${lang}`, t);
  } else if (spec.kind === 'object') {
    for (const [key, sub] of Object.entries(spec.fields)) flatten(sub, (value as Record<string, unknown>)[key], `${name}.${key}`, out);
  } else if (spec.kind === 'repeat') {
    (value as unknown[]).forEach((item, i) => {
      for (const [key, sub] of Object.entries(spec.fields)) flatten(sub, (item as Record<string, unknown>)[key], `${name}.${i + 1}.${key}`, out);
    });
  } else if (spec.kind === 'list') out.set(name, (value as string[]).join('; '));
  else if (spec.kind === 'language-tags') out.set(name, (value as string[]).join(' '));
  else if (spec.kind === 'csl-date') {
    const d = value as { 'date-parts'?: (number | string)[][]; literal?: string };
    out.set(name, d.literal ?? (d['date-parts'] ?? []).map((p) => p.map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-')).join('/'));
  } else out.set(name, String(value));
}

/** Ranks columns as the spec lists fields, numbered groups by number, languages as first seen. */
function columnOrder(fields: Fields, names: readonly string[]): string[] {
  const rank = (name: string): string => {
    const parts = name.split('.');
    let current: Fields | undefined = fields;
    const key: string[] = [];
    for (const p of parts) {
      if (/^\d+$/.test(p)) key.push(p.padStart(4, '0'));
      else if (current && Object.hasOwn(current, p)) {
        key.push(String(Object.keys(current).indexOf(p)).padStart(4, '0'));
        const spec: Spec = current[p];
        current = spec.kind === 'object' || spec.kind === 'repeat' ? spec.fields : undefined;
      } else key.push('9999' + String(names.indexOf(name)).padStart(6, '0'));
    }
    return key.join('.');
  };
  return [...names].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

/** Records of one kind as rows of cells, the header first: the inverse of `sheetToRecords`. */
export function recordsToRows(kind: SheetKind, records: readonly Record<string, unknown>[]): string[][] {
  const fields = SHEET_FIELDS[kind];
  const cells = records.map((record) => {
    const out = new Map<string, string>();
    for (const [key, spec] of Object.entries(fields)) flatten(spec, record[key], key, out);
    return out;
  });
  const names = new Set<string>();
  for (const c of cells) for (const n of c.keys()) names.add(n);
  for (const n of missingColumns(fields, [...names])) if (!n.includes('<')) names.add(n);
  const header = columnOrder(fields, [...names]);
  return [header, ...cells.map((c) => header.map((h) => c.get(h) ?? ''))];
}
