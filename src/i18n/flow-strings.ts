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
  flowNodeSentence: (name: string, column: string, total: string, count: number, notAdded: number) =>
    `${name}, ${column}: ${total ? `${total} in ` : ''}${count === 1 ? '1 flow' : `${count} flows`}${notAdded ? ` (${notAdded} not added up)` : ''}`,
  flowNotAdded: 'may be the same money as another flow, not added up',
  flowRelated: 'may be the same money as another flow',
  flowRelatedNote: 'Amounts marked * may be the same money as another flow and are not added up.',
  flowNoAmountsNote: 'These flows have no amount in the sources; every flow is drawn equally wide.',
  flowDisputedReason: (reason: string) => `Disputed: ${reason}`,
  flowLegend: 'Solid: delivered. Hatched, paler and “~”: pledged or planned. Dashed outline and “!”: disputed. “*”: may be the same money as another flow.',
  flowTotal: (total: string) => `Total added up: ${total}`,
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
  flowNodeSentence: (name, column, total, count, notAdded) =>
    `${name}, ${column}: ${total ? `${total} dalam ` : ''}${count} aliran${notAdded ? ` (${notAdded} tidak dijumlahkan)` : ''}`,
  flowNotAdded: 'mungkin dana yang sama dengan aliran lain, tidak dijumlahkan',
  flowRelated: 'mungkin dana yang sama dengan aliran lain',
  flowRelatedNote: 'Jumlah bertanda * mungkin merupakan dana yang sama dengan aliran lain dan tidak dijumlahkan.',
  flowNoAmountsNote: 'Aliran ini tidak memiliki jumlah dalam sumber; setiap aliran digambar sama lebar.',
  flowDisputedReason: (reason) => `Diperdebatkan: ${reason}`,
  flowLegend: 'Padat: tersalurkan. Berarsir, lebih pucat, dan “~”: dijanjikan atau direncanakan. Garis tepi putus-putus dan “!”: diperdebatkan. “*”: mungkin dana yang sama dengan aliran lain.',
  flowTotal: (total) => `Total yang dijumlahkan: ${total}`,
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
