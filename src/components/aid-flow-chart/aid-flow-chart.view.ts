/**
 * Pure view-model of the aid-flow chart: which flows, nodes and links to draw for given filters
 * and one unit, what each says to a screen reader, the table rows and the CSV. No DOM, no Chart.js.
 *
 * Rules the chart never breaks:
 * - one unit per chart: USD, IDR and doses are never mixed; `none` maps flows without an amount
 *   (equal widths, value 1 each);
 * - flows that may be the same money (`relatedTo`, either direction) are never added up: the first
 *   one counted in display order goes into totals, later related ones are shown but flagged
 *   `excludedFromTotal`, and the graph carries the note the chart prints.
 */
import type { DatasetT, FlowStatus, FlowT, Locale, Unit } from '../../data/schema.js';
import { citationForSource, filterFlows, getActor, getSource, relatedFlows } from '../../data/queries.js';
import { formatAmount, formatFuzzyDate } from '../../i18n/format.js';
import { flowStrings as t } from '../../i18n/flow-strings.js';
import { CHART_UNITS, type ChartUnit, type GroupBy } from './aid-flow-chart.options.js';

export { FLOW_VIEWS, CHART_UNITS, GROUP_BY, type FlowView, type ChartUnit, type GroupBy } from './aid-flow-chart.options.js';
export const FLOW_COLUMNS = ['donor', 'channel', 'recipient'] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number];

export interface FlowChartFilters {
  from?: string;
  to?: string;
  via?: string;
  kind?: string;
  status?: string;
  fromDate?: string;
  toDate?: string;
  source?: string;
}

export interface FlowSourceInfo {
  id: string;
  title: string;
  /** Short form for sentences, e.g. "Azmi et al., n.d.". */
  short: string;
  licence: string;
  citation?: string;
}

/** One flow as the chart, table and CSV show it. */
export interface FlowItem {
  id: string;
  flow: FlowT;
  fromName: string;
  toName: string;
  viaNames: string[];
  route: string;
  kindText: string;
  /** Amount in the page language ("US$6.9 million"), '' for flows without an amount. */
  amountText: string;
  /** Value drawn: the amount, or 1 for `unit="none"`. */
  value: number;
  dateText: string;
  status: FlowStatus;
  statusText: string;
  disputed: boolean;
  disputedText: string;
  noteText: string;
  /** May be the same money as another flow in the dataset (marked *). */
  related: boolean;
  relatedIds: string[];
  /** Related to a flow already counted in this chart: drawn, never added up. */
  excludedFromTotal: boolean;
  sources: FlowSourceInfo[];
  /** Citation ids for the badge: the flow's own citations and its sources' citations. */
  citationIds: string[];
  evidence: { quote: string; sourceTitle: string; citation?: string }[];
  /** The sentence read out for the flow. */
  sentence: string;
  /** Keys of the nodes it passes, in order. */
  nodeKeys: string[];
}

export interface FlowNode {
  key: string;
  actorIds: string[];
  column: FlowColumn;
  /** x position: 0, 1, 2 (or 0, 1 when no flow has a channel). */
  columnIndex: number;
  label: string;
  /** Stable order within the column (0 = top). */
  order: number;
  /** Sum of the counted flows through the node. */
  total: number;
  totalText: string;
  /** Amounts of this node's flows left out of its total (possibly the same money as others). */
  notAddedValues: number[];
  flowIds: string[];
  notAdded: number;
  sentence: string;
}

export interface FlowLink {
  key: string;
  flowId: string;
  from: string;
  to: string;
  segment: 'direct' | 'to-channel' | 'from-channel';
  value: number;
  status: FlowStatus;
  disputed: boolean;
  related: boolean;
  excludedFromTotal: boolean;
}

export type FocusItem = { type: 'node'; key: string; sentence: string } | { type: 'flow'; id: string; sentence: string };

export interface FlowGraph {
  unit: ChartUnit;
  locale: Locale;
  title: string;
  flows: FlowItem[];
  nodes: FlowNode[];
  links: FlowLink[];
  /** Columns present, left to right, with their labels. */
  columns: { column: FlowColumn; label: string }[];
  total: number;
  totalText: string;
  /** Whether some shown flow may be the same money as another (the * note applies). */
  hasRelated: boolean;
  /** The notes the chart prints under itself. */
  notes: string[];
  empty: boolean;
  /** Actor ids in from/to/via that the dataset does not know. */
  unknownActors: string[];
  sourceLine: string;
  licenceLine: string;
  /** Keyboard order: each column's nodes, donors followed by their flows. */
  focusOrder: FocusItem[];
}

const isolate = (s: string) => `\u2068${s}\u2069`;
const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase() + s.slice(1) : s);
const stripBrackets = (s: string) => s.trim().replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');

function actorName(ds: DatasetT, id: string): string {
  return getActor(ds, id)?.name ?? id;
}

/** A node label short enough for the canvas: the shortest alternative name of a long name. */
function shortActorName(ds: DatasetT, id: string): string {
  const actor = getActor(ds, id);
  if (!actor) return id;
  const short = [...(actor.altNames ?? [])].sort((a, b) => a.length - b.length)[0];
  return actor.name.length > 24 && short && short.length < actor.name.length ? short : actor.name;
}

function sourcesOf(ds: DatasetT, flow: FlowT, locale: Locale): FlowSourceInfo[] {
  const s = t(locale);
  const seen = new Set<string>();
  const out: FlowSourceInfo[] = [];
  for (const e of flow.evidence) {
    if (seen.has(e.source)) continue;
    seen.add(e.source);
    const source = getSource(ds, e.source);
    const citation = citationForSource(ds, e.source);
    const short = citation ? stripBrackets(citation.formatted.apa[locale].citation) : (source?.title[locale] ?? e.source);
    out.push({ id: e.source, title: source?.title[locale] ?? e.source, short, licence: source?.license?.name ?? s.flowSourceNone, citation: citation?.id });
  }
  return out;
}

/** The flows, nodes and links of one chart: one unit, filters applied, related flows not summed. */
export function buildFlowGraph(ds: DatasetT, filters: FlowChartFilters, unit: ChartUnit, locale: Locale): FlowGraph {
  const s = t(locale);
  const safeUnit: ChartUnit = (CHART_UNITS as readonly string[]).includes(unit) ? unit : 'USD';
  const unknownActors = [filters.from, filters.to, filters.via].filter((id): id is string => !!id && !getActor(ds, id));
  const flows = filterFlows(ds, {
    unit: safeUnit as Unit | 'none',
    from: filters.from || undefined,
    to: filters.to || undefined,
    via: filters.via || undefined,
    kind: filters.kind || undefined,
    status: filters.status || undefined,
    fromDate: filters.fromDate || undefined,
    toDate: filters.toDate || undefined,
    source: filters.source || undefined,
  });
  const counted = new Set<string>();
  const hasChannel = flows.some((f) => f.via.length > 0);
  const columnIndex: Record<FlowColumn, number> = { donor: 0, channel: 1, recipient: hasChannel ? 2 : 1 };
  const keyOf = (column: FlowColumn, ids: string[]) => `${column}:${ids.join('+')}`;

  const items: FlowItem[] = flows.map((f) => {
    const relatedIds = relatedFlows(ds, f).map((r) => r.id);
    const excluded = safeUnit !== 'none' && relatedIds.some((id) => counted.has(id));
    if (!excluded) counted.add(f.id);
    const fromName = actorName(ds, f.from);
    const toName = actorName(ds, f.to);
    const viaNames = f.via.map((v) => actorName(ds, v));
    const route = s.flowRoute(isolate(fromName), isolate(toName), viaNames.map(isolate).join(locale === 'id' ? ' dan ' : ' and '));
    const kindText = s.flowKinds[f.kind] ?? f.kind;
    const amountText = f.amount ? formatAmount(f.amount, locale) : '';
    const dateText = formatFuzzyDate(f.date, locale);
    const statusText = s.statuses[f.status] ?? f.status;
    const sources = sourcesOf(ds, f, locale);
    const extras = [f.disputed ? lowerFirst(s.disputed) : '', relatedIds.length ? (excluded ? s.flowNotAdded : s.flowRelated) : ''].filter(Boolean).join(', ');
    const sentence = s.flowSentence(
      route,
      s.flowWhat(lowerFirst(kindText), amountText),
      lowerFirst(dateText),
      f.status === 'delivered' ? '' : lowerFirst(statusText),
      extras,
      sources.map((x) => x.short).join('; '),
    );
    const citationIds = [...new Set([...(f.citations ?? []), ...sources.map((x) => x.citation).filter((c): c is string => !!c)])];
    const nodeKeys = [keyOf('donor', [f.from]), ...(f.via.length ? [keyOf('channel', f.via)] : []), keyOf('recipient', [f.to])];
    return {
      id: f.id,
      flow: f,
      fromName,
      toName,
      viaNames,
      route,
      kindText,
      amountText,
      value: safeUnit === 'none' ? 1 : (f.amount?.value ?? 0),
      dateText,
      status: f.status,
      statusText,
      disputed: !!f.disputed,
      disputedText: f.disputed?.[locale] ?? '',
      noteText: f.note?.[locale] ?? '',
      related: relatedIds.length > 0,
      relatedIds,
      excludedFromTotal: excluded,
      sources,
      citationIds,
      evidence: f.evidence.map((e) => ({ quote: e.quote, sourceTitle: getSource(ds, e.source)?.title[locale] ?? e.source, citation: citationForSource(ds, e.source)?.id })),
      sentence,
      nodeKeys,
    };
  });

  // Nodes: one per actor (or channel group) per column.
  const nodeMap = new Map<string, FlowNode>();
  const touch = (column: FlowColumn, ids: string[], item: FlowItem) => {
    const key = keyOf(column, ids);
    let node = nodeMap.get(key);
    if (!node) {
      const label = ids.map((id) => shortActorName(ds, id)).join(' + ');
      node = { key, actorIds: ids, column, columnIndex: columnIndex[column], label, order: 0, total: 0, totalText: '', flowIds: [], notAdded: 0, notAddedValues: [], sentence: '' };
      nodeMap.set(key, node);
    }
    node.flowIds.push(item.id);
    if (item.excludedFromTotal) {
      node.notAdded++;
      node.notAddedValues.push(item.value);
    } else node.total += item.value;
  };
  const links: FlowLink[] = [];
  for (const item of items) {
    const f = item.flow;
    touch('donor', [f.from], item);
    if (f.via.length) touch('channel', f.via, item);
    touch('recipient', [f.to], item);
    const base = { flowId: item.id, value: item.value, status: item.status, disputed: item.disputed, related: item.related, excludedFromTotal: item.excludedFromTotal };
    if (f.via.length) {
      links.push({ ...base, key: `${item.id}#1`, from: item.nodeKeys[0], to: item.nodeKeys[1], segment: 'to-channel' });
      links.push({ ...base, key: `${item.id}#2`, from: item.nodeKeys[1], to: item.nodeKeys[2], segment: 'from-channel' });
    } else {
      links.push({ ...base, key: `${item.id}#1`, from: item.nodeKeys[0], to: item.nodeKeys[1], segment: 'direct' });
    }
  }
  const formatTotal = (value: number) => (safeUnit === 'none' ? '' : formatAmount({ value, unit: safeUnit as Unit }, locale));
  const nodes = [...nodeMap.values()];
  for (const column of FLOW_COLUMNS) {
    const inColumn = nodes
      .filter((n) => n.column === column)
      .sort((a, b) => b.total - a.total || b.flowIds.length - a.flowIds.length || a.label.localeCompare(b.label, 'en'));
    inColumn.forEach((n, i) => {
      n.order = i;
      // Amounts that may duplicate others are never summed: a node carrying only those shows
      // each one marked *, never a misleading 0.
      n.totalText = n.total || !n.notAdded ? formatTotal(n.total) : n.notAddedValues.map((v) => `${formatTotal(v)}*`).join(' / ');
      n.sentence = s.flowNodeSentence(isolate(n.label), lowerFirst(s.flowColumns[column]), n.totalText, n.flowIds.length, n.notAdded);
    });
  }
  nodes.sort((a, b) => a.columnIndex - b.columnIndex || a.order - b.order);

  const total = items.filter((i) => !i.excludedFromTotal).reduce((sum, i) => sum + i.value, 0);
  const hasRelated = safeUnit !== 'none' && items.some((i) => i.related);
  const notes: string[] = [];
  if (hasRelated) notes.push(s.flowRelatedNote);
  if (safeUnit === 'none' && items.length) notes.push(s.flowNoAmountsNote);

  // Keyboard order: donors, each followed by its flows; then channels; then recipients.
  const byId = new Map(items.map((i) => [i.id, i]));
  const focusOrder: FocusItem[] = [];
  for (const n of nodes) {
    focusOrder.push({ type: 'node', key: n.key, sentence: n.sentence });
    if (n.column === 'donor') for (const id of n.flowIds) focusOrder.push({ type: 'flow', id, sentence: byId.get(id)!.sentence });
  }

  const usedSources = new Map<string, FlowSourceInfo>();
  for (const i of items) for (const src of i.sources) usedSources.set(src.id, src);
  const sourceLine = s.flowSourceLine([...usedSources.values()].map((x) => `${x.short}, “${x.title}” (${x.licence})`).join('; ') || s.flowSourceNone);
  const licenceLine = s.flowLicenceLine(`Kerjasama ${ds.version}`, `${ds.license.name}${ds.license.url ? ` ${ds.license.url}` : ''}`);

  return {
    unit: safeUnit,
    locale,
    title: s.flowChartTitle(s.flowUnits[safeUnit]),
    flows: items,
    nodes,
    links,
    columns: FLOW_COLUMNS.filter((c) => nodes.some((n) => n.column === c)).map((column) => ({ column, label: s.flowColumns[column] })),
    total,
    totalText: formatTotal(total),
    hasRelated,
    notes,
    empty: items.length === 0,
    unknownActors,
    sourceLine,
    licenceLine,
    focusOrder,
  };
}

/** One bar per donor or recipient: the counted total, split by status. */
export interface BarGroup {
  key: string;
  label: string;
  byStatus: Record<FlowStatus, number>;
  total: number;
  totalText: string;
  count: number;
  notAdded: number;
}

export function barGroups(graph: FlowGraph, groupBy: GroupBy): BarGroup[] {
  const column: FlowColumn = groupBy === 'recipient' ? 'recipient' : 'donor';
  const byId = new Map(graph.flows.map((f) => [f.id, f]));
  return graph.nodes
    .filter((n) => n.column === column)
    .map((n) => {
      const byStatus: Record<FlowStatus, number> = { delivered: 0, pledged: 0, planned: 0 };
      for (const id of n.flowIds) {
        const item = byId.get(id)!;
        if (!item.excludedFromTotal) byStatus[item.status] += item.value;
      }
      return { key: n.key, label: n.label, byStatus, total: n.total, totalText: n.totalText, count: n.flowIds.length, notAdded: n.notAdded };
    });
}

/** The table: one row per flow, every cell text. */
export interface FlowTableRow {
  id: string;
  route: string;
  kind: string;
  amount: string;
  date: string;
  status: string;
  notes: string[];
  sources: FlowSourceInfo[];
  citationIds: string[];
}

export function tableRows(graph: FlowGraph): FlowTableRow[] {
  const s = t(graph.locale);
  return graph.flows.map((f) => ({
    id: f.id,
    route: f.route,
    kind: f.kindText,
    amount: f.amountText ? `${f.amountText}${f.related ? ' *' : ''}` : '—',
    date: f.dateText,
    status: f.statusText,
    notes: [
      f.disputed ? s.flowDisputedReason(f.disputedText) : '',
      f.related ? (f.excludedFromTotal ? s.flowNotAdded : s.flowRelated) : '',
    ].filter(Boolean),
    sources: f.sources,
    citationIds: f.citationIds,
  }));
}

export const CSV_COLUMNS = [
  'id',
  'donor',
  'channel',
  'recipient',
  'kind',
  'amount',
  'unit',
  'date_start',
  'date_end',
  'status',
  'disputed',
  'related_to',
  'added_to_total',
  'source',
  'source_licence',
  'dataset_licence',
] as const;

/** A CSV cell: quoted, and a leading = + - @ defused so spreadsheets never run it as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** CSV, one row per flow with its source and licences (RFC 4180, CRLF line ends). */
export function flowsToCsv(graph: FlowGraph, ds: DatasetT): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const f of graph.flows) {
    const flow = f.flow;
    rows.push([
      f.id,
      f.fromName,
      f.viaNames.join(' + '),
      f.toName,
      flow.kind,
      flow.amount?.value ?? '',
      flow.amount?.unit ?? '',
      flow.date?.start ?? '',
      flow.date?.end ?? '',
      flow.status,
      flow.disputed?.en ?? '',
      f.relatedIds.join(' '),
      f.excludedFromTotal || graph.unit === 'none' ? 'no' : 'yes',
      f.sources.map((x) => x.title).join('; '),
      f.sources.map((x) => x.licence).join('; '),
      `${ds.license.name}${ds.license.url ? ` (${ds.license.url})` : ''}`,
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Synthetic flows for stories and benchmarks: a dataset copy with `n` flows between its actors. */
export function withSyntheticFlows(ds: DatasetT, n: number, unit: Unit = 'USD'): DatasetT {
  const donors = ['japan', 'south-korea', 'sinovac'].filter((id) => getActor(ds, id));
  const channels = ['unicef', 'covax', 'jica', 'jwg-on-health'].filter((id) => getActor(ds, id));
  const recipients = ['indonesia', 'bio-farma'].filter((id) => getActor(ds, id));
  const evidence = ds.flows[0]?.evidence ?? [];
  const flows: FlowT[] = [];
  for (let i = 0; i < n; i++) {
    flows.push({
      id: `synthetic-flow-${String(i + 1).padStart(5, '0')}`,
      from: donors[i % donors.length],
      to: recipients[i % recipients.length],
      via: i % 3 === 0 && channels.length ? [channels[i % channels.length]] : [],
      kind: i % 2 ? 'grant' : 'loan',
      amount: { value: 1_000_000 * ((i % 17) + 1), unit },
      date: { start: String(2000 + (i % 23)), precision: 'year' },
      status: (['delivered', 'pledged', 'planned'] as const)[i % 3],
      evidence,
    } as FlowT);
  }
  return { ...ds, flows };
}
