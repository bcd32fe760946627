/**
 * Pure queries over a dataset: lookups by id, filters, related records. No DOM, no state:
 * elements call these to build their view-models.
 */
import { isoBounds, isoDayNumber } from './iso-dates.js';
import type { CitationT, DatasetT, EventT, FlowT, FuzzyDateT, Unit } from './schema.js';
import { getActor, getCitation, getFlow, getSource } from './lookups.js';

export type RecordType = 'source' | 'actor' | 'event' | 'flow' | 'citation';

export { bibliography, getActor, getCitation, getEvent, getFlow, getSource, sourceTitle } from './lookups.js';

/** Earliest and latest day a fuzzy date may cover, as `YYYY-MM-DD` strings. */
export function dateBounds(date: FuzzyDateT): [string, string] {
  return [isoBounds(date.start)[0], isoBounds(date.end ?? date.start)[1]];
}

/**
 * Whether a fuzzy date overlaps the period `from`–`to` (each optional, any precision).
 * Undated records never match a period.
 */
export function overlapsPeriod(date: FuzzyDateT | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const [start, end] = dateBounds(date);
  if (from && end < isoBounds(from)[0]) return false;
  if (to && start > isoBounds(to)[1]) return false;
  return true;
}

/** Orders by start, then end; undated records last, in their dataset order. */
export function compareByDate(a: { date: FuzzyDateT | null }, b: { date: FuzzyDateT | null }): number {
  if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1);
  const [as, ae] = dateBounds(a.date);
  const [bs, be] = dateBounds(b.date);
  return as < bs ? -1 : as > bs ? 1 : ae < be ? -1 : ae > be ? 1 : 0;
}

/** Sorts like `compareByDate`, computing each record's bounds once (10 000 events: n, not n log n). */
export function sortByDate<T extends { date: FuzzyDateT | null }>(records: T[]): T[] {
  // Days as numbers, not bound strings: no strings are made per record.
  const keyed = records.map((r, i) =>
    r.date
      ? { r, i, start: isoDayNumber(r.date.start), end: isoDayNumber(r.date.end ?? r.date.start, true) }
      : { r, i, start: Infinity, end: Infinity },
  );
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  return keyed.map((k) => k.r);
}

export interface EventFilter {
  /** Events involving all of these countries (ISO alpha-2). */
  countries?: readonly string[];
  /** Events in any of these sectors. */
  sectors?: readonly string[];
  actor?: string;
  source?: string;
  from?: string;
  to?: string;
  /** Case- and accent-insensitive text search in title, summary and actor names. */
  text?: string;
  locale?: 'en' | 'id';
}

export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

/** Events matching every given criterion, sorted by date (undated last). */
export function filterEvents(ds: DatasetT, filter: EventFilter = {}): EventT[] {
  const countries = filter.countries?.map((c) => c.toUpperCase()) ?? [];
  const sectors = filter.sectors ?? [];
  const needle = filter.text ? foldText(filter.text.trim()) : '';
  const matching = ds.events.filter(
    (e) =>
      countries.every((c) => e.countries.includes(c)) &&
      (!sectors.length || sectors.includes(e.sector)) &&
      (!filter.actor || e.actors.includes(filter.actor)) &&
      (!filter.source || e.evidence.some((ev) => ev.source === filter.source)) &&
      overlapsPeriod(e.date, filter.from, filter.to) &&
      (!needle || foldText(eventSearchText(ds, e)).includes(needle)),
  );
  return sortByDate(matching);
}

function eventSearchText(ds: DatasetT, e: EventT): string {
  const names = e.actors.map((id) => getActor(ds, id)?.name ?? '');
  // Every language the dataset has: a reader may search in any of them.
  return [...Object.values(e.title), ...Object.values(e.summary ?? {}), ...names].join(' ');
}

export const eventsByCountry = (ds: DatasetT, ...countries: string[]) => filterEvents(ds, { countries });
export const eventsBySector = (ds: DatasetT, ...sectors: string[]) => filterEvents(ds, { sectors });
export const eventsByActor = (ds: DatasetT, actor: string) => filterEvents(ds, { actor });
export const eventsBySource = (ds: DatasetT, source: string) => filterEvents(ds, { source });
export const eventsInPeriod = (ds: DatasetT, from?: string, to?: string) => filterEvents(ds, { from, to });

export interface FlowFilter {
  /** `none` selects flows without an amount. */
  unit?: Unit | 'none';
  kind?: string;
  status?: string;
  /** Donor, recipient or channel. */
  party?: string;
  from?: string;
  to?: string;
  via?: string;
  fromDate?: string;
  toDate?: string;
  source?: string;
}

export function filterFlows(ds: DatasetT, filter: FlowFilter = {}): FlowT[] {
  const matching = ds.flows.filter(
    (f) =>
      (!filter.unit || (filter.unit === 'none' ? f.amount === null : f.amount?.unit === filter.unit)) &&
      (!filter.kind || f.kind === filter.kind) &&
      (!filter.status || f.status === filter.status) &&
      (!filter.party || f.from === filter.party || f.to === filter.party || f.via.includes(filter.party)) &&
      (!filter.from || f.from === filter.from) &&
      (!filter.to || f.to === filter.to) &&
      (!filter.via || f.via.includes(filter.via)) &&
      overlapsPeriod(f.date, filter.fromDate, filter.toDate) &&
      (!filter.source || f.evidence.some((e) => e.source === filter.source)),
  );
  return sortByDate(matching);
}

export const flowsByUnit = (ds: DatasetT, unit: Unit | 'none') => filterFlows(ds, { unit });
export const flowsByKind = (ds: DatasetT, kind: string) => filterFlows(ds, { kind });
export const flowsByParty = (ds: DatasetT, party: string) => filterFlows(ds, { party });
export const flowsInPeriod = (ds: DatasetT, fromDate?: string, toDate?: string) => filterFlows(ds, { fromDate, toDate });

/** Events and flows an actor takes part in. */
export function relatedToActor(ds: DatasetT, actorId: string): { events: EventT[]; flows: FlowT[] } {
  return { events: filterEvents(ds, { actor: actorId }), flows: filterFlows(ds, { party: actorId }) };
}

const relatedByCache = new WeakMap<DatasetT, Map<string, string[]>>();

/** Flow id → ids of the flows that name it in their `relatedTo`: built once per dataset. */
function relatedBy(ds: DatasetT): Map<string, string[]> {
  let index = relatedByCache.get(ds);
  if (!index) {
    index = new Map();
    for (const f of ds.flows) {
      for (const id of f.relatedTo ?? []) {
        const list = index.get(id);
        if (list) list.push(f.id);
        else index.set(id, [f.id]);
      }
    }
    relatedByCache.set(ds, index);
  }
  return index;
}

/** Flows that may be the same money or doses as this one (never to be summed with it). */
export function relatedFlows(ds: DatasetT, flow: FlowT): FlowT[] {
  // Both directions through indexes: 5 000 flows must not cost 25 million comparisons.
  const ids = new Set([...(flow.relatedTo ?? []), ...(relatedBy(ds).get(flow.id) ?? [])]);
  ids.delete(flow.id);
  return [...ids].map((id) => getFlow(ds, id)).filter((f): f is FlowT => !!f);
}

/** The citation that stands for a source document, so evidence can be cited. */
export function citationForSource(ds: DatasetT, sourceId: string): CitationT | undefined {
  const source = getSource(ds, sourceId);
  return source ? getCitation(ds, source.citation) : undefined;
}

/** Records whose evidence comes from a source. */
export function recordsFromSource(ds: DatasetT, sourceId: string) {
  const has = (r: { evidence: { source: string }[] }) => r.evidence.some((e) => e.source === sourceId);
  return { actors: ds.actors.filter(has), events: ds.events.filter(has), flows: ds.flows.filter(has), citations: ds.citations.filter(has) };
}

