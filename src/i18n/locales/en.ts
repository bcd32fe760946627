/**
 * English: the UI's default locale, loaded with the elements (every other table loads on
 * demand), and the shape every table has — its parts are typed from these, so a key missing
 * from another locale is a type error. Unlike the other locales, English is in several files: its
 * vocabulary labels (en.vocabulary.ts), chart strings (en.flow.ts), placeholders
 * (../placeholder-strings.ts) and a citation marker's labels (../marker-strings.ts) are apart,
 * so that the chart never carries the other elements' strings, nor they the chart's, and a page
 * of citation markers carries only theirs (a bundler keeps a module whole, whichever of its
 * exports a chunk uses).
 */
import type { ActorKind, Sector } from '../../data/vocabulary.js';

/** What every element but the chart says. */
export const ui = {
  dataError: (message: string) => `The dataset could not be loaded: ${message}`,
  dataErrorReasons: {
    url: 'its address is not an http(s) URL',
    network: 'the network request failed',
    http: (status: number) => `the server answered ${status}`,
    'content-type': (type: string) => `the server sent ${type || 'an unknown type'}, not JSON`,
    'too-large': 'it is larger than the size limit',
    json: 'it is not valid JSON',
    // The JSON path and rule go to the console warning, for whoever maintains the data.
    schema: 'it does not match the dataset schema',
    timeout: 'the request timed out',
  },
  referenceNumber: (n: number) => `Reference ${n}`,
  citedAt: (n: number) => `Cited here (${n})`,
  backToCitation: (n: number) => `Back to citation ${n}`,
  noReferences: 'No references cited yet.',
  /** After a reference the citing document cites in its text but does not list in its bibliography. */
  citedInTextOnly: 'Cited in the text only: the citing document gives no full reference.',
  evidence: 'Evidence',
  inSource: 'In the source text',
  copy: 'Copy',
  copyAs: (format: string) => `Copy as ${format}`,
  copied: (format: string) => `Copied ${format}`,
  copyFailed: 'Copying is not available here',
  formattedText: 'text',
  close: 'Close',
  showDetails: (name: string) => `Show details: ${name}`,
  actorNotFound: (id: string) => `No actor with the id “${id}” in this dataset.`,
  alsoKnownAs: 'Also known as',
  country: 'Country',
  role: 'Role',
  showMore: (n: number) => `Show ${n} more`,
  /** Quotation marks: outer open, outer close, inner open, inner close. */
  quoteMarks: ['“', '”', '‘', '’'] as [string, string, string, string],
  unknownActor: 'unknown actor',
  relatedEvents: (n: number) => (n === 1 ? '1 related event' : `${n} related events`),
  relatedFlows: (n: number) => (n === 1 ? '1 related flow' : `${n} related flows`),
  sources: 'Sources',
  actorKinds: {
    state: 'State',
    'government-body': 'Government body',
    'international-organisation': 'International organisation',
    company: 'Company',
    person: 'Person',
    forum: 'Forum',
    media: 'Media',
    academic: 'Academic institution',
    initiative: 'Initiative',
  } satisfies Record<ActorKind, string>,
  sectors: {
    health: 'Health',
    defense: 'Defense',
    economy: 'Economy',
    labour: 'Labour',
    diplomacy: 'Diplomacy',
    research: 'Research',
    culture: 'Culture',
  } satisfies Record<Sector, string>,
  flowSummary: (from: string, to: string, via: string, kind: string, amount: string) =>
    `${from} to ${to}${via ? ` through ${via}` : ''}: ${kind}${amount ? `, ${amount}` : ''}`,
  timeline: 'Timeline of events',
  eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  noEvents: 'No events match these filters.',
  undatedEvents: 'Undated events',
  undatedGroup: (n: number) => `${n} undated event${n === 1 ? '' : 's'}`,
  yearsLater: (n: number) => `${n} years later`,
  jumpToYear: 'Jump to a year',
  earlierEvents: 'Earlier events',
  laterEvents: 'Later events',
  filters: 'Filter events',
  filterCountry: 'Country',
  filterSector: 'Sector',
  filterFrom: 'From year',
  filterTo: 'To year',
  filterText: 'Search',
  anyOption: 'Any',
  resetFilters: 'Reset filters',
  dateInferred: 'Date inferred',
  dateApproximate: 'Approximate date',
  actors: 'Actors',
  summary: 'Summary',
};
