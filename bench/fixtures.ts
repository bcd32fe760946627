/**
 * What a page gives our elements in the timeline and chart suites: the synthetic records and what
 * they refer to (their actors, the sources they quote, those sources' citations), as a site
 * publishing its own timeline or chart would. The peers get only the events or the links; without
 * this cut our pages would also carry, parse and check the rest of the bundled dataset (~150 KB of
 * JSON: other actors, flows or events, the reference list) that the element never shows.
 */
import type { DatasetT } from '../src/data/schema.js';

export function onlyWhatIsShown(ds: DatasetT, shown: 'events' | 'flows'): DatasetT {
  const events = shown === 'events' ? ds.events : [];
  const flows = shown === 'flows' ? ds.flows : [];
  const actorIds = new Set([...events.flatMap((e) => e.actors ?? []), ...flows.flatMap((f) => [f.from, f.to, ...(f.via ?? [])])]);
  const actors = ds.actors.filter((a) => actorIds.has(a.id));
  const sourceIds = new Set([...events, ...flows, ...actors].flatMap((r) => (r.evidence ?? []).map((e) => e.source)));
  const sources = ds.sources.filter((s) => sourceIds.has(s.id));
  const citationIds = new Set([...sources.map((s) => s.citation), ...flows.flatMap((f) => f.citations ?? [])]);
  return { ...ds, events, flows, actors, sources, citations: ds.citations.filter((c) => citationIds.has(c.id)) };
}
