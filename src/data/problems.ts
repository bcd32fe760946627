/**
 * A problem found in a dataset, and its one-line description. Apart from validate.ts, which is a
 * chunk of its own (large-datasets.ts), so that code reporting problems needs no validator.
 */
export interface DataProblem {
  /** JSON path such as `$.actors[3].name`. */
  path: string;
  /** Kind of record (`actors`, `events`, …) when the problem is inside one. */
  collection?: string;
  /** The `id` of that record, when it has one. */
  recordId?: string;
  message: string;
}

/** One line for a console warning or an error message. */
export function describeProblem(p: DataProblem): string {
  const where = p.recordId ? `${p.path} (${p.collection} "${p.recordId}")` : p.path;
  return `${where}: ${p.message}`;
}
