/**
 * Checks a hosted dataset's shards (`kerjasama data build --shards`) as they arrive: each record
 * of a shard against its collection's schema cut to the shard's layer (src/data/shards.ts), so a
 * shard is held to the same rules as the whole file. Loaded with hosted-shards.ts only.
 */
import * as v from 'valibot';
import { compileCheck, type Check } from './fast-check.js';
import { Actor, Citation, Event, Flow, FuzzyDate, Id, inSomeLanguage, LocalizedText, PlainText, Segment, Source } from './schema.js';
import { CORE_FIELDS } from './split-dataset.js';
import type { Collection, Layer } from './shards.js';
import { TEXT_MESSAGES, toJsonPath as path, type DataProblem } from './validate.js';
import { forEachLocalized, isBuilt } from './localized.js';
import { nextTask, SLICE_MS } from '../internal/next-task.js';

const RECORDS = { sources: Source, actors: Actor, events: Event, flows: Flow, citations: Citation } as const;

const fullDate = compileCheck(FuzzyDate);
/** A core date: a whole date whose reasoning, if inferred, is left empty (`{}`) for the detail layer. */
const CoreDate = v.nullable(
  v.pipe(
    v.looseObject({}),
    v.check((d: Record<string, unknown>) => {
      const inferred = d.inferred;
      const emptied = typeof inferred === 'object' && inferred !== null && !Array.isArray(inferred) && Object.keys(inferred).length === 0;
      return fullDate(emptied ? { ...d, inferred: undefined } : d);
    }, 'must be a date such as { "start": "2020-05", "precision": "month" }'),
  ),
);
const CoreEvidence = v.pipe(v.array(v.strictObject({ source: Id })), v.minLength(1, 'needs at least one evidence quote'));
const labels = inSomeLanguage(v.strictObject({ citation: PlainText, citationSegments: v.optional(v.array(Segment)) }));
const entries = inSomeLanguage(v.strictObject({ bibliography: v.array(Segment) }));

/** The schema of one record of a `collection` shard of `layer`. */
function recordSchema(collection: Collection, layer: Layer): v.GenericSchema {
  if (layer === 'styles') return v.strictObject({ id: Id, formatted: v.strictObject({ chicago: labels, mla: labels }) });
  const core = CORE_FIELDS[collection];
  const picked: Record<string, v.GenericSchema> = {};
  for (const [key, schema] of Object.entries(RECORDS[collection].entries)) {
    if (key === 'id') picked.id = Id;
    else if (core.includes(key) === (layer === 'core')) picked[key] = schema as v.GenericSchema;
  }
  if (layer === 'core') {
    if (picked.evidence) picked.evidence = CoreEvidence;
    if (picked.date) picked.date = CoreDate;
    if (collection === 'citations') picked.formatted = v.strictObject({ apa: labels });
  } else {
    // The whole evidence, quotes included (core has only the sources): what the detail shard holds.
    if (core.includes('evidence')) picked.evidence = RECORDS[collection].entries.evidence as v.GenericSchema;
    // An inferred date's reasoning (the rest of the date is core).
    if (core.includes('date')) picked.date = v.optional(v.strictObject({ inferred: LocalizedText }));
    if (collection === 'citations') picked.formatted = v.strictObject({ apa: entries, chicago: entries, mla: entries });
  }
  // Citations are CSL-JSON items: other CSL fields may come along, as in the whole file.
  return collection === 'citations' ? v.looseObject(picked) : v.strictObject(picked);
}

const schemas = new Map<string, { schema: v.GenericSchema; check: Check }>();

/**
 * The problems of a shard of `collection` and `layer` in `locale` (a list of records, ids
 * unique, every text in `locale` or the dataset's `defaultLanguage`, as the CLI cuts them): at
 * most 50 errors; markup, control characters and non-http(s) URLs are warnings. A large shard is
 * checked in slices (10 000 events take ~50 ms): `data` must not change until this resolves.
 */
export async function checkShard(collection: Collection, layer: Layer, locale: string, defaultLanguage: string, data: unknown): Promise<{ errors: DataProblem[]; warnings: DataProblem[] }> {
  if (!Array.isArray(data)) return { errors: [{ path: '$', message: 'must be a list of records' }], warnings: [] };
  const id = `${collection}.${layer}`;
  let entry = schemas.get(id);
  if (!entry) {
    const schema = recordSchema(collection, layer);
    schemas.set(id, (entry = { schema, check: compileCheck(schema) }));
  }
  const errors: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  const seen = new Set<unknown>();
  let deadline = performance.now() + SLICE_MS;
  for (let i = 0; i < data.length && errors.length < 50; i++) {
    // The clock is read every 64 records: reading it for each costs more than the record.
    if (i % 64 === 63 && performance.now() > deadline) {
      await nextTask();
      deadline = performance.now() + SLICE_MS;
    }
    const record: unknown = data[i];
    const recordId = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id.slice(0, 80) : undefined;
    if (!entry.check(record)) {
      for (const issue of v.safeParse(entry.schema, record).issues ?? []) {
        const problem = { path: path([i, ...(issue.path ?? []).map((p) => p.key as string | number)]), collection, recordId, message: issue.message };
        // Markup, control characters, a non-http(s) URL: shown as inert text, as in a whole dataset.
        (TEXT_MESSAGES.has(issue.message) ? warnings : errors).push(problem);
      }
    }
    if (recordId !== undefined && seen.has(recordId)) errors.push({ path: path([i, 'id']), collection, recordId, message: `duplicate id "${recordId}"` });
    seen.add(recordId);
    // A text the element could not show in any language it may use (a core date's reasoning is
    // empty by design: it is in the detail layer).
    if (errors.length === 0 && record && typeof record === 'object')
      forEachLocalized(collection, record as Record<string, unknown>, (map, at) => {
        if (isBuilt(at) || (layer === 'core' && at[0] === 'date') || map[locale] !== undefined || map[defaultLanguage] !== undefined) return;
        errors.push({ path: path([i, ...at]), collection, recordId, message: `needs the text in "${locale}" or the dataset's default language "${defaultLanguage}"` });
      });
  }
  return { errors, warnings };
}
