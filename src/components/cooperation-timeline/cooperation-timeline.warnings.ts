/**
 * The timeline's warnings about filter attributes that name nothing: an unknown actor or source
 * id, a malformed date, a country or sector no event has. Loaded only when one of those
 * attributes is set.
 */
import type { DatasetT } from '../../data/schema.js';

export interface FilterAttributes {
  actor: string;
  source: string;
  from: string;
  to: string;
  countries: string;
  sectors: string;
}

/**
 * Pure: a key (warned once) and a message for each filter attribute that names nothing. `isDate`
 * is the element's date check, passed in: a chunk that imports a module of the first render's
 * splits that module into a chunk of its own, which costs more than this one saves.
 */
export function unknownFilters(ds: DatasetT, { actor, source, from, to, countries, sectors }: FilterAttributes, isDate: (d: string) => boolean): [string, string][] {
  const out: [string, string][] = [];
  if (actor && !ds.actors.some((a) => a.id === actor)) out.push([`actor:${actor}`, `unknown actor id "${actor}" in actor=.`]);
  if (source && !ds.sources.some((s) => s.id === source)) out.push([`source:${source}`, `unknown source id "${source}" in source=.`]);
  for (const d of [from, to]) if (d && !isDate(d)) out.push([`date:${d}`, `"${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored.`]);
  // Lists as the element splits them (its parseList is in the first render's module).
  for (const c of countries.split(/[\s,]+/).filter(Boolean))
    if (!ds.events.some((e) => e.countries.includes(c.toUpperCase()))) out.push([`country:${c}`, `no event has the country "${c}" in countries= (ISO 3166-1 codes such as ID, JP).`]);
  for (const sector of sectors.split(/[\s,]+/).filter(Boolean))
    if (!ds.events.some((e) => e.sector === sector)) out.push([`sector:${sector}`, `no event has the sector "${sector}" in sectors=.`]);
  return out;
}
