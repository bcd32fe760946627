/**
 * The data build's checks, as pure functions (no file system, no formatter) so that they are
 * shared by `scripts/build-data.ts`, the `kerjasama data build` CLI and the tests.
 */
import * as v from 'valibot';
import { Actor, CitationRecord, Dataset, Event, Flow, Source, DatasetLicense, PlainText, type DatasetT } from './schema.js';
import { checkLanguages, checkReferences, describeProblem, type DataProblem } from './validate.js';
import { findQuote, normalizeQuote, prepareDocument, textLines, type PreparedDocument, type QuoteLocation } from '../build/quote-match.js';

/** Record files and the schema of each record in them. */
export const RECORD_FILES = {
  sources: { file: 'sources.yaml', schema: Source },
  actors: { file: 'actors.yaml', schema: Actor },
  events: { file: 'events.yaml', schema: Event },
  flows: { file: 'flows.yaml', schema: Flow },
  citations: { file: 'citations.yaml', schema: CitationRecord },
} as const;
export type Collection = keyof typeof RECORD_FILES;
export const COLLECTION_NAMES = Object.keys(RECORD_FILES) as Collection[];

export const DatasetMeta = v.strictObject({
  version: PlainText,
  license: DatasetLicense,
  languages: Dataset.entries.languages,
  defaultLanguage: Dataset.entries.defaultLanguage,
});

/** Raw records as parsed from the record files (not yet validated). */
export type RawRecords = { meta: unknown } & Record<Collection, unknown>;

/** A problem found by the build, located in a record file. */
export interface BuildProblem extends DataProblem {
  file: string;
  /** Spreadsheet row (the header is row 1), for records read from CSV or TSV. */
  row?: number;
  /** Spreadsheet column, as `D "title.en"`. */
  column?: string;
}

export function describeBuildProblem(p: BuildProblem): string {
  if (p.row === undefined) return `${p.file}: ${describeProblem(p)}`;
  const record = p.recordId ? ` (${p.collection} "${p.recordId}")` : '';
  return `${p.file}: row ${p.row}${p.column ? `, column ${p.column}` : ''}${record}: ${p.message}`;
}

/** Where a verified quote is in its document. */
export interface QuoteFound {
  collection: Collection;
  recordId: string;
  /** JSON path of the evidence item, as `$.events[3].evidence[0]`. */
  path: string;
  source: string;
  file: string;
  /** The quote as the record gives it. */
  quote: string;
  location: QuoteLocation;
}

/**
 * A source document as the build received it: its text, its lines with their places (a PDF's
 * pages), or why it could not be read.
 */
export type SourceDocument = string | { lines: Parameters<typeof prepareDocument>[0] } | { error: string };

/** Normalises text as quotes are compared (src/build/quote-match.ts): NFKC, straight quotes, whitespace… */
export function normalizeForQuote(text: string): string {
  return normalizeQuote(text);
}

function locate(file: string, collection: string, index: number, record: unknown, rest: (string | number)[], message: string): BuildProblem {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  const path = `$.${collection}[${index}]` + rest.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  return { file, path, collection, recordId: typeof id === 'string' ? id : undefined, message };
}

/**
 * Validates every record against its schema (text strictly: no markup), verifies every evidence
 * quote against its source text, and checks ids and cross-references.
 *
 * @param sourceTexts text of each source document, keyed by file name
 * @returns the problems, and the validated records when there are none
 */
export function verifyRecords(
  raw: RawRecords,
  sourceTexts: ReadonlyMap<string, SourceDocument>,
  dir = 'data/records',
  /** The record file of each kind, when not the YAML one (`events.csv`). */
  files: Partial<Record<Collection | 'meta', string>> = {},
): {
  problems: BuildProblem[];
  records?: Omit<DatasetT, 'citations'> & { citations: v.InferOutput<typeof CitationRecord>[] };
  quotes?: QuoteFound[];
} {
  const problems: BuildProblem[] = [];
  const fileOf = (c: Collection) => `${dir}/${files[c] ?? RECORD_FILES[c].file}`;
  const meta = v.safeParse(DatasetMeta, raw.meta);
  if (!meta.success) {
    for (const issue of meta.issues) {
      problems.push({ file: `${dir}/${files.meta ?? 'dataset.yaml'}`, path: '$.' + (issue.path ?? []).map((p) => String(p.key)).join('.'), message: issue.message });
    }
  }
  const out: Record<string, unknown[]> = {};
  for (const collection of COLLECTION_NAMES) {
    const { schema } = RECORD_FILES[collection];
    const list = raw[collection];
    const where = fileOf(collection);
    if (!Array.isArray(list)) {
      problems.push({ file: where, path: `$.${collection}`, message: 'must be a list of records' });
      continue;
    }
    out[collection] = list.map((record, index) => {
      const parsed = v.safeParse(schema, record);
      for (const issue of parsed.issues ?? []) {
        problems.push(locate(where, collection, index, record, (issue.path ?? []).map((p) => p.key as string | number), issue.message));
      }
      return parsed.output;
    });
  }
  if (problems.length) return { problems };

  const records = { ...(meta.output as object), ...out } as unknown as Omit<DatasetT, 'citations'> & {
    citations: v.InferOutput<typeof CitationRecord>[];
  };

  // Quotes: each must occur verbatim in its source document (as normalised in quote-match.ts).
  const documents = new Map<string, { doc: PreparedDocument; file: string }>();
  for (const s of records.sources) {
    const text = sourceTexts.get(s.file);
    const at = (message: string) => locate(fileOf('sources'), 'sources', records.sources.indexOf(s), s, ['file'], message);
    if (text === undefined) problems.push(at(`source file "${s.file}" not found in ${dir.replace(/records$/, 'sources/')}`));
    else if (typeof text === 'object' && 'error' in text) problems.push(at(`source file "${s.file}" ${text.error}`));
    else documents.set(s.id, { doc: prepareDocument(typeof text === 'string' ? textLines(text) : text.lines), file: s.file });
  }
  const quotes: QuoteFound[] = [];
  for (const collection of COLLECTION_NAMES) {
    const where = fileOf(collection);
    (records[collection] as { id: string; evidence: { source: string; quote: string }[]; frameworks?: { evidence: { source: string; quote: string }[] }[] }[]).forEach(
      (record, index) => {
        const lists: [(string | number)[], { source: string; quote: string }[]][] = [[[], record.evidence]];
        record.frameworks?.forEach((f, k) => lists.push([['frameworks', k], f.evidence]));
        for (const [prefix, evidence] of lists) {
          evidence.forEach((e, j) => {
            const document = documents.get(e.source);
            if (document === undefined) {
              if (!records.sources.some((s) => s.id === e.source)) {
                problems.push(locate(where, collection, index, record, [...prefix, 'evidence', j, 'source'], `unknown source "${e.source}"`));
              }
              return;
            }
            const location = findQuote(document.doc, e.quote);
            if (location) {
              const path = locate(where, collection, index, record, [...prefix, 'evidence', j], '').path;
              quotes.push({ collection, recordId: record.id, path, source: e.source, file: document.file, quote: e.quote, location });
            } else {
              problems.push(
                locate(where, collection, index, record, [...prefix, 'evidence', j, 'quote'], `quote not found in source ${e.source}: "${e.quote.slice(0, 120)}"`),
              );
            }
          });
        }
      },
    );
  }

  // Languages, ids and cross-references (evidence sources were reported above already).
  const withLanguages = records as unknown as DatasetT;
  for (const p of [...checkLanguages(withLanguages), ...checkReferences(withLanguages)]) {
    if (/evidence\[\d+\]\.source$/.test(p.path)) continue;
    const collection = p.collection as Collection | undefined;
    problems.push({ ...p, file: collection ? fileOf(collection) : `${dir}/${files.meta ?? 'dataset.yaml'}` });
  }
  if (problems.length) return { problems };
  problems.push(...checkFacts(records, dir, files));
  return problems.length ? { problems } : { problems, records, quotes };
}

/**
 * Verbs that say something arrived or was done. "provided" is deliberately absent: source 000
 * uses it for 4.15 million doses of which it says fewer had been received months later.
 */
export const DELIVERY_VERBS =
  /\b(?:receiv(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|donat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|granted|gave|given|lent|extended|supported|allocated|transferred|carr(?:ied|ying) out|reali[sz]ed|accomplished)\b/i;

type Quoted = { id: string; evidence: { quote: string }[] };

/**
 * Guards against a dataset that says more than its documents (issue 12): a stated year must be
 * in a quote, `delivered` needs a verb of delivery, a channel must be named by a quote. Each
 * escape is explicit: `date.inferred`, `viaInferred` or `statusInferred`, with the reasoning.
 */
export function checkFacts(
  records: Pick<DatasetT, 'sources' | 'actors' | 'events' | 'flows'>,
  dir = 'data/records',
  files: Partial<Record<Collection | 'meta', string>> = {},
): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const fileOf = (c: Collection) => `${dir}/${files[c] ?? RECORD_FILES[c].file}`;
  const quotes = (r: Quoted) => r.evidence.map((e) => normalizeForQuote(e.quote));
  const dated: [Collection, (Quoted & { date: DatasetT['events'][number]['date'] })[]][] = [
    ['sources', records.sources],
    ['events', records.events],
    ['flows', records.flows],
  ];
  for (const [collection, list] of dated) {
    const where = fileOf(collection);
    list.forEach((r, i) => {
      if (!r.date || r.date.inferred) return;
      const texts = quotes(r);
      for (const key of ['start', 'end'] as const) {
        const year = r.date[key]?.slice(0, 4);
        if (year && !texts.some((q) => q.includes(year))) {
          problems.push(locate(where, collection, i, r, ['date', key], `year ${year} appears in none of the evidence quotes; quote the text that states it, or mark the date inferred with the reasoning`));
        }
      }
    });
  }
  const actors = new Map(records.actors.map((a) => [a.id, a]));
  const where = fileOf('flows');
  records.flows.forEach((f, i) => {
    const texts = quotes(f);
    if (f.status === 'delivered' && !f.statusInferred && !texts.some((q) => DELIVERY_VERBS.test(q))) {
      problems.push(
        locate(where, 'flows', i, f, ['status'], 'is "delivered" but no evidence quote has a verb of delivery (received, delivered, donated, disbursed…); keep the text\'s own verb, or, for a text in another language than English, give statusInferred: why the text says it was delivered'),
      );
    }
    if (f.viaInferred) return;
    f.via.forEach((id, k) => {
      const actor = actors.get(id);
      // Names normalised as the quotes are (NFKC splits Thai ำ, a curly apostrophe is straightened).
      const names = actor ? [actor.name, ...(actor.altNames ?? [])].map((n) => normalizeForQuote(n).toLowerCase()) : [];
      if (actor && !texts.some((q) => names.some((n) => q.toLowerCase().includes(n)))) {
        problems.push(locate(where, 'flows', i, f, ['via', k], `channel "${id}" is named in none of the flow's evidence quotes; quote the text that names it, or mark it viaInferred with the reasoning`));
      }
    });
  });
  return problems;
}
