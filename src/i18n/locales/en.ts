/**
 * English: the UI's default locale, loaded with the elements (every other table loads on
 * demand), and the shape every table has — its parts are typed from these, so a key missing
 * from another locale is a type error. Named parts, so that a bundle keeps only those it uses
 * (the chart's flow strings stay out of the other elements).
 */
import type { ActorKind, FlowKind, FlowStatus, Sector } from '../../data/vocabulary.js';

/** Labels of the dataset's vocabularies that several elements show (the chart too). */
export const vocabulary = {
  kind: 'Kind',
  flowKinds: {
    loan: 'Loan',
    grant: 'Grant',
    'loan-and-grant': 'Loans and grants',
    'vaccine-doses': 'Vaccine doses',
    equipment: 'Equipment',
    'technology-transfer': 'Technology transfer',
    oda: 'Official development assistance',
    funding: 'Funding',
  } satisfies Record<FlowKind, string>,
  statuses: { delivered: 'Delivered', pledged: 'Pledged', planned: 'Planned' } satisfies Record<FlowStatus, string>,
  disputed: 'Disputed',
  note: 'Note',
  translatedTitle: 'title translated by the curator',
};

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
    schema: (detail: string) => `it does not match the dataset schema (${detail})`,
    timeout: 'the request timed out',
  },
  unknownReference: (id: string) => `Unknown reference “${id}”`,
  reference: 'Reference',
  references: 'References',
  referenceNumber: (n: number) => `Reference ${n}`,
  citedAt: (n: number) => `Cited here (${n})`,
  backToCitation: (n: number) => `Back to citation ${n}`,
  noReferences: 'No references cited yet.',
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
  noCountry: 'International',
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

/** What `<aid-flow-chart>` says (beyond its placeholders and the vocabulary). */
export const flow = {
  flowChartTitle: (unit: string) => `Aid flows: ${unit}`,
  flowUnits: { USD: 'US dollars', IDR: 'Indonesian rupiah', doses: 'vaccine doses', none: 'flows without an amount (equal widths)' } as Record<'USD' | 'IDR' | 'doses' | 'none', string>,
  flowColumns: { donor: 'Donor', channel: 'Channel', recipient: 'Recipient' } as Record<'donor' | 'channel' | 'recipient', string>,
  flowCount: (n: number) => (n === 1 ? '1 flow' : `${n} flows`),
  flowSentence: (route: string, what: string, date: string, status: string, extras: string, source: string) =>
    `${route}: ${what}, ${date}${status ? `, ${status}` : ''}${extras ? `, ${extras}` : ''}, source: ${source}`,
  flowRoute: (from: string, to: string, via: string) => `${from} to ${to}${via ? ` through ${via}` : ''}`,
  flowWhat: (kind: string, amount: string) => (amount ? `${kind} of ${amount}` : kind),
  flowNodeSentence: (name: string, column: string, total: string, count: number, alternatives: number) =>
    `${name}, ${column}: ${total ? `${total} in ` : ''}${count === 1 ? '1 flow' : `${count} flows`}${alternatives ? ` (and ${alternatives === 1 ? '1 alternative figure' : `${alternatives} alternative figures`}, not added up)` : ''}`,
  /** What related figures may describe the same of, per unit. */
  flowQuantity: { USD: 'money', IDR: 'money', doses: 'doses', none: 'flow' } as Record<'USD' | 'IDR' | 'doses' | 'none', string>,
  flowAlternative: (drawn: string) => `an alternative figure, not drawn and not added up${drawn ? ` (${drawn} is drawn)` : ''}`,
  flowDrawnFigure: (n: number) => `drawn in place of ${n === 1 ? '1 alternative figure' : `${n} alternative figures`}`,
  flowAlsoReported: (figures: string) => `also reported as ${figures}`,
  flowAlternativesNote: (route: string, count: number, quantity: string, drawn: string, others: string[]) =>
    `${route}: the sources give ${count} figures that may describe the same ${quantity}. Drawn: ${drawn}. Alternative figures, which take no height and are not added up: ${others.join('; ')}.`,
  flowDrawnRule:
    'Of figures that may describe the same quantity the chart draws one: a delivered figure before a pledged or planned one, and of those the smallest, so that it never shows more than a source states.',
  flowElsewhereNote: (figure: string, route: string, others: string) =>
    `${figure} (${route}) may be the same as ${others}, which this chart does not show; it is drawn and added up once here.`,
  flowNoAmountsNote: 'These flows have no amount in the sources; every flow is drawn equally wide.',
  flowTooManyToDraw: (flows: string, points: string) => `${flows} flows between ${points} donors, channels and recipients are too many to draw; the table lists them.`,
  flowDisputedReason: (reason: string) => `Disputed: ${reason}`,
  flowLegendLabel: 'Key',
  flowLegendKeys: {
    delivered: 'Delivered',
    pledged: 'Pledged',
    planned: 'Planned',
    disputed: 'Disputed (dashed outline)',
    alternative: 'Alternative figure (dotted line: no height, not added up)',
  } as Record<'delivered' | 'pledged' | 'planned' | 'disputed' | 'alternative', string>,
  flowTotal: (total: string) => `Total drawn: ${total}`,
  flowChartFailed: 'The chart could not be loaded; the same facts are shown in the table.',
  flowChartLabel: (title: string) => `${title}, interactive chart`,
  flowChartInstructions: 'Arrow keys move through donors, channels, recipients and flows; Home and End go to the first and last. Enter or Space on a flow opens its evidence and citation.',
  flowNoFlows: 'No flows match these filters.',
  flowTableFlow: 'Flow',
  flowTableAmount: 'Amount',
  flowTableDate: 'Date',
  flowTableStatus: 'Status',
  flowTableNotes: 'Notes',
  flowTableSource: 'Source',
  flowDirect: 'direct',
  flowDirectNode: 'Direct (no channel)',
  flowSourceLine: (sources: string) => `Source: ${sources}`,
  flowLicenceLine: (dataset: string, licence: string) => `Data: ${dataset}. Licence: ${licence}`,
  flowSourceNone: 'none stated',
  flowSelected: 'Selected flow',
  flowActions: 'Chart actions',
  flowGroupTotal: (name: string, total: string, count: number) => `${name}: ${total} in ${count === 1 ? '1 flow' : `${count} flows`}`,
  flowBarsAxis: (unit: string) => `Amount (${unit})`,
};
