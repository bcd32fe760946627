/** Pure view-model of the timeline: filtered, sorted, formatted events. */
import type { DatasetT, EventT, Locale } from '../../data/schema.js';
import { citationForSource, filterEvents, type EventFilter } from '../../data/queries.js';
import { getActor } from '../../data/lookups.js';
import { countryName, formatFuzzyDate, isoDatetime } from '../../i18n/format.js';
import { t } from '../../i18n/strings.js';
import { langOf, pick, textLanguage, type TextLanguage } from '../../data/localized.js';

import type { UndatedMode } from './cooperation-timeline.options.js';

export interface TimelineItem {
  id: string;
  title: string;
  /** The language of the event's title, when not the page's (a fallback): its `lang`. */
  titleLang?: string;
  dateText: string;
  /** `<time datetime>` value; absent for undated events. */
  datetime?: string;
  /** Start year, for the axis ticks. */
  year?: number;
  sector: string;
  sectorLabel: string;
  countries: string[];
  /** The event itself: its details are read when it opens (cooperation-timeline.details.ts). */
  event: EventT;
}

/** Whom and what an open event names, from the detail layer. */
export interface EventLinks {
  actors: { id: string; name: string }[];
  /** Citation ids: the works the event cites and the source documents of its evidence. */
  citations: string[];
  quotes: { quote: string; citation?: string }[];
}

/** One event in the timeline's order; its display text is formatted only when it renders. */
export interface TimelineEntry {
  id: string;
  /** Start year, for the axis ticks. */
  year?: number;
  event: EventT;
}

export interface TimelineView {
  items: TimelineEntry[];
  /** Number of dated items at the start of `items`. */
  datedCount: number;
  /** Events matching the filters, undated ones included even when hidden. */
  total: number;
}

/** Splits a list attribute: `countries="ID JP"`, `sectors="health,defense"`. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function toTimelineItem(ds: DatasetT, e: EventT, locale: Locale, tl: TextLanguage = textLanguage(ds, locale)): TimelineItem {
  const s = t(locale);
  return {
    id: e.id,
    title: pick(e.title, tl),
    titleLang: langOf(e.title, tl),
    dateText: formatFuzzyDate(e.date, locale),
    datetime: e.date ? isoDatetime(e.date) : undefined,
    year: e.date ? Number(e.date.start.slice(0, 4)) : undefined,
    sector: e.sector,
    sectorLabel: s.sectors[e.sector] ?? e.sector,
    countries: e.countries.map((c) => countryName(c, locale)),
    event: e,
  };
}

/** An open event's actors, evidence quotes and citations (the event's detail layer and the actors, citations and sources it names). */
export function toEventLinks(ds: DatasetT, e: EventT): EventLinks {
  const quotes = e.evidence.map((ev) => ({ quote: ev.quote, citation: citationForSource(ds, ev.source)?.id }));
  return {
    actors: e.actors.map((id) => ({ id, name: getActor(ds, id)?.name ?? id })),
    citations: [...new Set([...(e.citations ?? []), ...quotes.flatMap((q) => q.citation ?? [])])],
    quotes,
  };
}

export function buildTimelineView(ds: DatasetT, filter: EventFilter, undated: UndatedMode): TimelineView {
  const events = filterEvents(ds, filter);
  // Undated events cannot match a period; with no period they come last (filterEvents sorts them so).
  const dated = events.filter((e) => e.date);
  const rest = undated === 'hide' ? [] : events.filter((e) => !e.date);
  // Formatting (dates, country names, citations) waits until an event renders: with 10 000
  // events only the visible few are ever formatted.
  const items = [...dated, ...rest].map((event) => ({ id: event.id, year: event.date ? Number(event.date.start.slice(0, 4)) : undefined, event }));
  return { items, datedCount: dated.length, total: events.length };
}
