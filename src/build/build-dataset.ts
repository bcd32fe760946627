/**
 * The data build, for this project and for anyone's own documents (`kerjasama data build`):
 * read record files and source texts → validate → verify quotes and references → pre-format
 * references → the dataset object. Node only.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTION_NAMES, RECORD_FILES, verifyRecords, type BuildProblem, type RawRecords } from '../data/verify.js';
import { validateDataset } from '../data/validate.js';
import { checkFormatted, formatCitations } from './format-citations.js';
import type { DatasetT } from '../data/schema.js';

export interface BuildInput {
  /** Folder with `sources/`, `records/` and `csl/`. */
  dir: string;
  /** How file names appear in messages (defaults to `dir`). */
  label?: string;
}

export type BuildResult = { ok: true; dataset: DatasetT } | { ok: false; problems: BuildProblem[] };

function readYaml(path: string, file: string, problems: BuildProblem[]): unknown {
  if (!existsSync(path)) {
    problems.push({ file, path: '$', message: 'file is missing' });
    return undefined;
  }
  try {
    return parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true });
  } catch (error) {
    problems.push({ file, path: '$', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

export function buildDataset({ dir, label = dir }: BuildInput): BuildResult {
  const problems: BuildProblem[] = [];
  const raw = { meta: readYaml(join(dir, 'records', 'dataset.yaml'), `${label}/records/dataset.yaml`, problems) } as RawRecords;
  for (const c of COLLECTION_NAMES) {
    raw[c] = readYaml(join(dir, 'records', RECORD_FILES[c].file), `${label}/records/${RECORD_FILES[c].file}`, problems);
  }
  if (problems.length) return { ok: false, problems };

  const sourceDir = join(dir, 'sources');
  const texts = new Map<string, string>();
  if (existsSync(sourceDir)) {
    for (const f of readdirSync(sourceDir)) if (f.endsWith('.txt')) texts.set(f, readFileSync(join(sourceDir, f), 'utf8'));
  }
  const verified = verifyRecords(raw, texts, `${label}/records`);
  if (!verified.records) return { ok: false, problems: verified.problems };

  const { records } = verified;
  const formatted = formatCitations(records.citations, (file) => readFileSync(join(dir, 'csl', file), 'utf8'));
  const formatProblems = checkFormatted(records.citations, formatted, `${label}/records/citations.yaml`);
  if (formatProblems.length) return { ok: false, problems: formatProblems };
  const dataset = {
    version: records.version,
    license: records.license,
    // Only when declared: a dataset without them is in en and id, as before.
    ...(records.languages ? { languages: records.languages } : {}),
    ...(records.defaultLanguage ? { defaultLanguage: records.defaultLanguage } : {}),
    sources: records.sources,
    actors: records.actors,
    events: records.events,
    flows: records.flows,
    citations: records.citations.map((c) => ({ ...c, formatted: formatted.get(c.id) })),
  };
  // The whole dataset through the runtime validator too: what we publish is what users load.
  const check = validateDataset(dataset, { strictText: true });
  if (!check.ok) return { ok: false, problems: check.errors.map((p) => ({ ...p, file: `${label} (built dataset)` })) };
  return { ok: true, dataset: check.data };
}
