/**
 * English's chart strings (the rest of its table is in en.ts): what `<aid-flow-chart>` says beyond
 * its placeholders and the vocabulary. Every other locale has these in its one table file.
 */
export const flow = {
  flowChartTitle: (unit: string) => `Aid flows: ${unit}`,
  flowUnits: { USD: 'US dollars', IDR: 'Indonesian rupiah', doses: 'vaccine doses', none: 'flows without an amount (equal widths)' } as Record<'USD' | 'IDR' | 'doses' | 'none', string>,
  flowColumns: { donor: 'Donor', channel: 'Channel', recipient: 'Recipient' } as Record<'donor' | 'channel' | 'recipient', string>,
  flowCount: (n: number) => (n === 1 ? '1 flow' : `${n} flows`),
  flowSentence: (route: string, what: string, date: string, status: string, extras: string, source: string) =>
    `${route}: ${what}, ${date}${status ? `, ${status}` : ''}${extras ? `, ${extras}` : ''}, source: ${source}`,
  /** Between the names of several channels. */
  flowViaJoin: ' and ',
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
  flowMinimumBandNote: (share: string, figures: string) =>
    `So that no flow is a hairline, bands are drawn at least ${share} of the tallest column thick; these are drawn thicker than their share: ${figures}.`,
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
  /** Under a long table: how many of its rows are listed (numbers written for the locale). */
  flowTableShown: (shown: string, total: string) => `The first ${shown} of ${total} flows are listed; the CSV download has them all.`,
  flowTableShowAll: (total: string) => `List all ${total} flows`,
  flowDirect: 'direct',
  flowDirectNode: 'Direct (no channel)',
  flowSourceLine: (sources: string) => `Source: ${sources}`,
  flowLicenceLine: (dataset: string, licence: string) => `Data: ${dataset}. Licence: ${licence}`,
  flowSourceNone: 'none stated',
  flowSelected: 'Selected flow',
  flowActions: 'Chart actions',
  flowGroupTotal: (name: string, total: string, count: number) => `${name}: ${total} in ${count === 1 ? '1 flow' : `${count} flows`}`,
  flowBarsAxis: (unit: string) => `Amount (${unit})`,
  flowShowAsDiagram: 'Show as flow diagram',
  flowShowAsBars: 'Show as bars',
  flowLabelledBarsLabel: (title: string) => `${title}, one bar per flow`,
  flowLabelledBarsNote: (count: number) =>
    `Shown as bars: with ${count === 1 ? 'one flow' : `${count} flows`} in this unit, a flow diagram would be ${count === 1 ? 'a single band' : 'two bands'} and show no more. “Show as flow diagram” draws it.`,
  flowLabelledBarsAlternatives: (figures: string[]) => `Alternative figures, not drawn and not added up: ${figures.join('; ')}`,
};
