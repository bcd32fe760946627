/**
 * Synthetic datasets for the timeline at scale (tests, the 10 000-event story, the benchmark).
 * Pure and DOM-free: takes a valid dataset (the bundled one) and replaces its events with `count`
 * generated ones that stay valid: real ISO dates at every precision, countries and sectors from
 * the schema, actors that exist, and evidence that quotes the base dataset's verified quotes.
 */
import type { DatasetT, EventT, FuzzyDateT, Sector } from '../../src/data/schema.js';

const SECTORS: readonly Sector[] = ['health', 'defense', 'economy', 'labour', 'diplomacy', 'research', 'culture'];
const PAIRS = [
  ['ID', 'JP'],
  ['ID', 'KR'],
  ['ID', 'CN'],
] as const;
const ACTORS_BY_PAIR: Record<string, readonly string[]> = { JP: ['japan', 'indonesia', 'jica'], KR: ['south-korea', 'indonesia'], CN: ['sinovac', 'bio-farma', 'indonesia'] };
const FIRST_DAY = Date.UTC(1950, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The id of the i-th synthetic event (0-based), e.g. `synthetic-00042`. */
export const syntheticEventId = (i: number) => `synthetic-${String(i + 1).padStart(5, '0')}`;

/** A fuzzy date for the i-th of `count` events, spread evenly over 1950–2024, in date order. */
function dateFor(i: number, count: number): FuzzyDateT {
  const day = iso(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY_MS) * (count > 1 ? i / (count - 1) : 0)) * DAY_MS);
  // Mostly day precision (keeps the generated order the display order); some months, ranges and years in between.
  switch (i % 10) {
    case 3:
      return { start: day.slice(0, 7), precision: 'month' };
    case 6:
      return { start: day, end: iso(Date.parse(day) + 2 * DAY_MS), precision: 'day' };
    case 8:
      return { start: day, precision: 'day', approximate: true };
    default:
      return { start: day, precision: 'day' };
  }
}

export interface SyntheticOptions {
  /** Title of the i-th event (default "Synthetic event N: …"); the same text in both languages unless given per language. */
  title?: (i: number) => string | { en: string; id: string };
}

/** `base` with its events replaced by `count` generated, valid events (a fresh copy). */
export function syntheticTimelineDataset(base: DatasetT, count: number, options: SyntheticOptions = {}): DatasetT {
  const ds = structuredClone(base);
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const quotes = base.events.flatMap((e) => e.evidence);
  if (!quotes.length) throw new Error('the base dataset has no evidence to quote');
  const events: EventT[] = [];
  for (let i = 0; i < count; i++) {
    const pair = PAIRS[i % PAIRS.length];
    const sector = SECTORS[i % SECTORS.length];
    const given = options.title?.(i);
    const title =
      typeof given === 'string'
        ? { en: given, id: given }
        : (given ?? { en: `Synthetic event ${i + 1}: ${pair.join('–')} ${sector} cooperation`, id: `Peristiwa sintetis ${i + 1}: kerja sama ${sector} ${pair.join('–')}` });
    events.push({
      id: syntheticEventId(i),
      date: dateFor(i, count),
      title,
      countries: [...pair],
      sector,
      actors: ACTORS_BY_PAIR[pair[1]].filter((a) => actorIds.has(a)),
      evidence: [quotes[i % quotes.length]],
    });
  }
  ds.events = events;
  return ds;
}
