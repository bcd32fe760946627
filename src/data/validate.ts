/**
 * Runtime validation of datasets that users bring (`<kerjasama-data src>` or `.data`), and the
 * same checks the data build runs. Never throws: every problem comes back as a `DataProblem`
 * naming the JSON path, the record id where there is one, and what is wrong.
 */
import * as v from 'valibot';
import { compileCheck, type Check } from './fast-check.js';
import { forEachLocalized, isBuilt } from './localized.js';
import { datasetLanguages } from './locales.js';
import { Dataset, MARKUP_MESSAGE, CONTROL_MESSAGE, URL_MESSAGE, MAX_DATASET_BYTES, type DatasetT } from './schema.js';
import { describeProblem, type DataProblem } from './problems.js';
import { COLLECTIONS } from './shards.js';

export { describeProblem, type DataProblem };

export type ValidationResult =
  | { ok: true; data: DatasetT; warnings: DataProblem[] }
  | { ok: false; errors: DataProblem[]; warnings: DataProblem[] };

export interface ValidateOptions {
  /**
   * Treat markup, bidi-override characters and non-http URLs as errors (the data build does).
   * When false (the default at run time) they are reported as warnings: the elements render all
   * data as inert text and link only http(s) and DOIs anyway, so such a dataset is shown, not refused.
   */
  strictText?: boolean;
}

/** A JSON path such as `$.actors[3].name` for the keys of a value inside the checked input. */
export function toJsonPath(keys: readonly (string | number)[]): string {
  return (
    '$' +
    keys.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('')
  );
}

function recordAt(input: unknown, keys: readonly (string | number)[]): { collection?: string; recordId?: string } {
  const [collection, index] = keys;
  if (typeof collection !== 'string' || typeof index !== 'number') return {};
  if (!(COLLECTIONS as readonly string[]).includes(collection)) return {};
  const list = (input as Record<string, unknown>)[collection];
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return { collection, recordId: typeof id === 'string' ? id.slice(0, 80) : undefined };
}

function problem(input: unknown, keys: readonly (string | number)[], message: string): DataProblem {
  return { path: toJsonPath(keys), ...recordAt(input, keys), message };
}

/**
 * Checks that every cross-reference resolves and that ids are unique per collection. With
 * `loaded` (a dataset in shards, partly loaded), references into other collections are not
 * checked yet, and records may lack their detail fields.
 */
export function checkReferences(data: DatasetT, loaded?: ReadonlySet<string>): DataProblem[] {
  const out: DataProblem[] = [];
  const ids = {} as Record<(typeof COLLECTIONS)[number], Set<string>>;
  for (const c of COLLECTIONS) {
    const seen = new Set<string>();
    data[c].forEach((r, i) => {
      if (seen.has(r.id)) out.push(problem(data, [c, i, 'id'], `duplicate id "${r.id}"`));
      seen.add(r.id);
    });
    ids[c] = seen;
  }
  // Paths are built only for a dangling reference: valid ones (nearly all) allocate nothing
  // (no path, no closure), which matters on 10 000 records before a first render.
  type Target = (typeof COLLECTIONS)[number];
  const dangling = (target: Target, id: string, path: (string | number)[]) =>
    out.push(problem(data, path, `unknown ${target.slice(0, -1)} "${id}"`));
  const unknown = (target: Target, id: string) => !ids[target].has(id) && (!loaded || loaded.has(target));
  const ref = (target: Target, id: string, c: Target, i: number, field: string) => {
    if (unknown(target, id)) dangling(target, id, [c, i, field]);
  };
  const refs = (target: Target, list: string[] | undefined, c: Target, i: number, field: string) => {
    if (list) for (let k = 0; k < list.length; k++) if (unknown(target, list[k])) dangling(target, list[k], [c, i, field, k]);
  };
  const evidence = (list: { source: string }[] | undefined, c: Target, i: number, framework?: number) => {
    if (!list || (loaded && !loaded.has('sources'))) return;
    for (let j = 0; j < list.length; j++) {
      const id = list[j].source;
      if (!ids.sources.has(id))
        dangling('sources', id, framework === undefined ? [c, i, 'evidence', j, 'source'] : [c, i, 'frameworks', framework, 'evidence', j, 'source']);
    }
  };

  data.sources.forEach((s, i) => {
    ref('citations', s.citation, 'sources', i, 'citation');
    evidence(s.evidence, 'sources', i);
    s.frameworks?.forEach((f, k) => evidence(f.evidence, 'sources', i, k));
  });
  data.actors.forEach((a, i) => evidence(a.evidence, 'actors', i));
  data.events.forEach((e, i) => {
    refs('actors', e.actors, 'events', i, 'actors');
    refs('citations', e.citations, 'events', i, 'citations');
    evidence(e.evidence, 'events', i);
  });
  data.flows.forEach((f, i) => {
    ref('actors', f.from, 'flows', i, 'from');
    ref('actors', f.to, 'flows', i, 'to');
    refs('actors', f.via, 'flows', i, 'via');
    refs('flows', f.relatedTo, 'flows', i, 'relatedTo');
    refs('citations', f.citations, 'flows', i, 'citations');
    evidence(f.evidence, 'flows', i);
  });
  data.citations.forEach((c, i) => {
    refs('citations', c.relatedTo, 'citations', i, 'relatedTo');
    refs('sources', c.citedBy, 'citations', i, 'citedBy');
    if (c.isSource) ref('sources', c.isSource, 'citations', i, 'isSource');
    evidence(c.evidence, 'citations', i);
  });
  return out;
}

/**
 * Checks the dataset's languages: the default is one of them, and every localized text has the
 * default language and only declared ones (a text may lack any other: elements fall back).
 */
export function checkLanguages(data: DatasetT): DataProblem[] {
  const out: DataProblem[] = [];
  const { languages, defaultLanguage } = datasetLanguages(data);
  const declared = new Set(languages);
  if (!declared.has(defaultLanguage)) out.push(problem(data, ['defaultLanguage'], `"${defaultLanguage}" is not one of the dataset's languages (${languages.join(', ')})`));
  const list = [...declared].join(', ');
  for (const c of COLLECTIONS) {
    const records = data[c] as unknown as Record<string, unknown>[];
    for (let i = 0; i < records.length && out.length < 50; i++) {
      forEachLocalized(c, records[i], (map, path) => {
        if (isBuilt(path)) return;
        if (map[defaultLanguage] === undefined) out.push(problem(data, [c, i, ...path], `needs the text in the dataset's default language "${defaultLanguage}"`));
        for (const lang in map)
          if (Object.prototype.hasOwnProperty.call(map, lang) && !declared.has(lang))
            out.push(problem(data, [c, i, ...path, lang], `"${lang}" is not one of the dataset's languages (${list}); declare it in "languages"`));
      });
    }
  }
  return out;
}

let datasetCheck: Check | undefined;

// Unsafe but renderable content: elements show it as inert text and never link a non-http URL.
export const TEXT_MESSAGES = new Set([MARKUP_MESSAGE, CONTROL_MESSAGE, URL_MESSAGE]);

/**
 * Validates a parsed dataset against the schema and its cross-references.
 * Never throws; at most 50 problems are listed.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, errors: [{ path: '$', message: 'must be a JSON object with version, license, sources, actors, events, flows and citations' }], warnings: [] };
    }
    return validateChecked(input, (datasetCheck ??= compileCheck(Dataset))(input), options);
  } catch (error) {
    // Deeply hostile input (getters that throw, proxies): report, never propagate.
    return { ok: false, errors: [{ path: '$', message: `could not be read: ${String(error).slice(0, 200)}` }], warnings: [] };
  }
}

/**
 * The rest of `validateDataset`, once the schema's fast check has answered `fast` about an
 * object: its problems (a full parse, when it failed), then the languages and references.
 * @internal For `validateDatasetInSlices`, which makes the fast check in slices.
 */
export function validateChecked(input: object, fast: boolean, options: ValidateOptions): ValidationResult {
  // A valid dataset (nearly always) is recognised without copying it; anything else is parsed
  // in full for its problems. The dataset is then used as given, not as a copy.
  const parsed = fast ? ({ success: true, output: input as DatasetT, issues: undefined } as const) : v.safeParse(Dataset, input, { abortPipeEarly: true });
  const all = (parsed.issues ?? []).map((issue) => problem(input, (issue.path ?? []).map((p) => p.key as string | number), issue.message));
  const isText = (p: DataProblem) => TEXT_MESSAGES.has(p.message);
  const errors = options.strictText ? all : all.filter((p) => !isText(p));
  const warnings = options.strictText ? [] : all.filter(isText);
  if (errors.length) return { ok: false, errors: errors.slice(0, 50), warnings };

  // Text-only problems fail the strict schema parse, so re-read the data leniently.
  const data = parsed.success ? parsed.output : (input as DatasetT);
  const refErrors = [...checkLanguages(data), ...checkReferences(data)];
  if (refErrors.length) return { ok: false, errors: refErrors.slice(0, 50), warnings };
  return { ok: true, data, warnings };
}

/** Parses dataset JSON text with a size limit, then validates it. */
export function parseDataset(text: string, options: ValidateOptions & { maxBytes?: number } = {}): ValidationResult {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  // Length in UTF-16 units is a lower bound of UTF-8 bytes; encode only when it could matter.
  const bytes = text.length * 3 > maxBytes ? new TextEncoder().encode(text).length : text.length;
  if (bytes > maxBytes) {
    return { ok: false, errors: [{ path: '$', message: `is too large (${bytes} bytes; the limit is ${maxBytes})` }], warnings: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: `is not valid JSON (${(error as Error).message})` }], warnings: [] };
  }
  return validateDataset(json, options);
}
