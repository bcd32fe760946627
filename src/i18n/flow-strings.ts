/**
 * The strings about aid flows: everything `<aid-flow-chart>` says (with the placeholders in
 * placeholder-strings.ts and the vocabulary labels other elements show too). A module of its own
 * so the chart's lazy view carries only these, and the other elements none of them.
 */
import type { Locale } from '../data/schema.js';
import { placeholderEn, placeholderId, type PlaceholderStrings } from './placeholder-strings.js';
import { vocabularyEn, vocabularyId } from './vocabulary-strings.js';

export const flowEn = {
  ...vocabularyEn,
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

export type FlowOnlyStrings = typeof flowEn;

export const flowId: FlowOnlyStrings = {
  ...vocabularyId,
  flowChartTitle: (unit) => `Aliran bantuan: ${unit}`,
  flowUnits: { USD: 'dolar AS', IDR: 'rupiah', doses: 'dosis vaksin', none: 'aliran tanpa jumlah (lebar sama)' },
  flowColumns: { donor: 'Donor', channel: 'Saluran', recipient: 'Penerima' },
  flowCount: (n) => `${n} aliran`,
  flowSentence: (route, what, date, status, extras, source) =>
    `${route}: ${what}, ${date}${status ? `, ${status}` : ''}${extras ? `, ${extras}` : ''}, sumber: ${source}`,
  flowRoute: (from, to, via) => `${from} ke ${to}${via ? ` melalui ${via}` : ''}`,
  flowWhat: (kind, amount) => (amount ? `${kind} sebesar ${amount}` : kind),
  flowNodeSentence: (name, column, total, count, alternatives) =>
    `${name}, ${column}: ${total ? `${total} dalam ` : ''}${count} aliran${alternatives ? ` (dan ${alternatives} angka alternatif, tidak dijumlahkan)` : ''}`,
  flowQuantity: { USD: 'dana', IDR: 'dana', doses: 'dosis', none: 'aliran' },
  flowAlternative: (drawn) => `angka alternatif, tidak digambar dan tidak dijumlahkan${drawn ? ` (yang digambar: ${drawn})` : ''}`,
  flowDrawnFigure: (n) => `digambar menggantikan ${n} angka alternatif`,
  flowAlsoReported: (figures) => `juga dilaporkan sebagai ${figures}`,
  flowAlternativesNote: (route, count, quantity, drawn, others) =>
    `${route}: sumber memberikan ${count} angka yang mungkin menggambarkan ${quantity} yang sama. Digambar: ${drawn}. Angka alternatif, yang tidak mengambil tinggi dan tidak dijumlahkan: ${others.join('; ')}.`,
  flowDrawnRule:
    'Dari angka-angka yang mungkin menggambarkan jumlah yang sama, grafik menggambar satu: angka tersalurkan didahulukan atas angka yang dijanjikan atau direncanakan, dan di antaranya yang terkecil, agar grafik tidak pernah menunjukkan lebih dari yang dinyatakan sumber.',
  flowElsewhereNote: (figure, route, others) =>
    `${figure} (${route}) mungkin sama dengan ${others}, yang tidak ditampilkan grafik ini; di sini digambar dan dijumlahkan sekali.`,
  flowNoAmountsNote: 'Aliran ini tidak memiliki jumlah dalam sumber; setiap aliran digambar sama lebar.',
  flowTooManyToDraw: (flows, points) => `${flows} aliran di antara ${points} donor, saluran, dan penerima terlalu banyak untuk digambar; tabel mencantumkan semuanya.`,
  flowDisputedReason: (reason) => `Diperdebatkan: ${reason}`,
  flowLegendLabel: 'Keterangan',
  flowLegendKeys: {
    delivered: 'Tersalurkan',
    pledged: 'Dijanjikan',
    planned: 'Direncanakan',
    disputed: 'Diperdebatkan (garis tepi putus-putus)',
    alternative: 'Angka alternatif (garis titik-titik: tanpa tinggi, tidak dijumlahkan)',
  },
  flowTotal: (total) => `Total yang digambar: ${total}`,
  flowChartFailed: 'Grafik tidak dapat dimuat; fakta yang sama ditampilkan dalam tabel.',
  flowChartLabel: (title) => `${title}, grafik interaktif`,
  flowChartInstructions: 'Tombol panah berpindah antara donor, saluran, penerima, dan aliran; Home dan End menuju yang pertama dan terakhir. Enter atau Spasi pada aliran membuka bukti dan sitasinya.',
  flowNoFlows: 'Tidak ada aliran yang cocok dengan filter ini.',
  flowTableFlow: 'Aliran',
  flowTableAmount: 'Jumlah',
  flowTableDate: 'Tanggal',
  flowTableStatus: 'Status',
  flowTableNotes: 'Catatan',
  flowTableSource: 'Sumber',
  flowDirect: 'langsung',
  flowDirectNode: 'Langsung (tanpa saluran)',
  flowSourceLine: (sources) => `Sumber: ${sources}`,
  flowLicenceLine: (dataset, licence) => `Data: ${dataset}. Lisensi: ${licence}`,
  flowSourceNone: 'tidak dinyatakan',
  flowSelected: 'Aliran terpilih',
  flowActions: 'Tindakan grafik',
  flowGroupTotal: (name, total, count) => `${name}: ${total} dalam ${count} aliran`,
  flowBarsAxis: (unit) => `Jumlah (${unit})`,
};

/** What the chart reads: its own strings and the placeholders. */
export type FlowStrings = FlowOnlyStrings & PlaceholderStrings;

const FLOW_STRINGS: Record<Locale, FlowStrings> = { en: { ...placeholderEn, ...flowEn }, id: { ...placeholderId, ...flowId } };

export function flowStrings(locale: Locale): FlowStrings {
  return FLOW_STRINGS[locale] ?? FLOW_STRINGS.en;
}
