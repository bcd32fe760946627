/**
 * Pure view-model of the aid-flow chart: which flows, nodes and links to draw for given filters
 * and one unit, and what each says to a screen reader. No DOM, no Chart.js. `buildFlowGraph` runs
 * the steps below in order; the table and CSV (aid-flow-chart.table.ts) read the graph it returns.
 *
 * Rules the chart never breaks:
 * - one unit per chart: USD, IDR and doses are never mixed; `none` maps flows without an amount
 *   (equal widths, value 1 each);
 * - flows that may be the same money (`relatedTo`, either direction) are never added up: the first
 *   one counted in display order goes into totals, later related ones are shown but flagged
 *   `excludedFromTotal`, and the graph carries the note the chart prints.
 */
import type { DatasetT, FlowStatus, FlowT, Locale, Unit } from '../../data/schema.js';
import { citationForSource, filterFlows, getActor, getSource, relatedFlows, sourceTitle } from '../../data/queries.js';
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
    out.push({ id: e.source, title: sourceTitle(ds, e.source, locale, s.translatedTitle), short, licence: source?.license?.name ?? s.flowSourceNone, citation: citation?.id });
  }
  return out;
}

/** Step 1: the flows that match the filters, in one unit (`none`: those without an amount). */
export function selectFlows(ds: DatasetT, filters: FlowChartFilters, unit: ChartUnit): FlowT[] {
  return filterFlows(ds, {
    unit: unit as Unit | 'none',
    from: filters.from || undefined,
    to: filters.to || undefined,
    via: filters.via || undefined,
    kind: filters.kind || undefined,
    status: filters.status || undefined,
    fromDate: filters.fromDate || undefined,
    toDate: filters.toDate || undefined,
    source: filters.source || undefined,
  });
}

const nodeKey = (column: FlowColumn, ids: string[]) => `${column}:${ids.join('+')}`;

/**
 * Step 2: each flow as the chart, table and CSV say it. In display order, the first of flows
 * that may be the same money is counted; later related ones are flagged `excludedFromTotal`.
 */
export function describeFlows(ds: DatasetT, flows: FlowT[], unit: ChartUnit, locale: Locale): FlowItem[] {
  const s = t(locale);
  const counted = new Set<string>();
  return flows.map((f) => {
    const relatedIds = relatedFlows(ds, f).map((r) => r.id);
    const excluded = unit !== 'none' && relatedIds.some((id) => counted.has(id));
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
    const nodeKeys = [nodeKey('donor', [f.from]), ...(f.via.length ? [nodeKey('channel', f.via)] : []), nodeKey('recipient', [f.to])];
    return {
      id: f.id,
      flow: f,
      fromName,
      toName,
      viaNames,
      route,
      kindText,
      amountText,
      value: unit === 'none' ? 1 : (f.amount?.value ?? 0),
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
      evidence: f.evidence.map((e) => ({ quote: e.quote, sourceTitle: sourceTitle(ds, e.source, locale, s.translatedTitle), citation: citationForSource(ds, e.source)?.id })),
      sentence,
      nodeKeys,
    };
  });
}

/** Step 3: one node per actor (or channel group) per column, with the counted flows' total. */
export function groupNodes(ds: DatasetT, items: FlowItem[]): FlowNode[] {
  const hasChannel = items.some((i) => i.flow.via.length > 0);
  const columnIndex: Record<FlowColumn, number> = { donor: 0, channel: 1, recipient: hasChannel ? 2 : 1 };
  const nodes = new Map<string, FlowNode>();
  const touch = (column: FlowColumn, ids: string[], item: FlowItem) => {
    const key = nodeKey(column, ids);
    let node = nodes.get(key);
    if (!node) {
      const label = ids.map((id) => shortActorName(ds, id)).join(' + ');
      node = { key, actorIds: ids, column, columnIndex: columnIndex[column], label, order: 0, total: 0, totalText: '', flowIds: [], notAdded: 0, notAddedValues: [], sentence: '' };
      nodes.set(key, node);
    }
    node.flowIds.push(item.id);
    if (item.excludedFromTotal) {
      node.notAdded++;
      node.notAddedValues.push(item.value);
    } else node.total += item.value;
  };
  for (const item of items) {
    const f = item.flow;
    touch('donor', [f.from], item);
    if (f.via.length) touch('channel', f.via, item);
    touch('recipient', [f.to], item);
  }
  return [...nodes.values()];
}

/** Step 4: a link per flow, or two through a channel (donor → channel → recipient). */
export function buildLinks(items: FlowItem[]): FlowLink[] {
  return items.flatMap((item): FlowLink[] => {
    const base = { flowId: item.id, value: item.value, status: item.status, disputed: item.disputed, related: item.related, excludedFromTotal: item.excludedFromTotal };
    const [donor, second, third] = item.nodeKeys;
    if (!third) return [{ ...base, key: `${item.id}#1`, from: donor, to: second, segment: 'direct' }];
    return [
      { ...base, key: `${item.id}#1`, from: donor, to: second, segment: 'to-channel' },
      { ...base, key: `${item.id}#2`, from: second, to: third, segment: 'from-channel' },
    ];
  });
}

const totalFormatter = (unit: ChartUnit, locale: Locale) => (value: number) => (unit === 'none' ? '' : formatAmount({ value, unit: unit as Unit }, locale));

/**
 * Step 5: each column's nodes ordered (largest first), with their totals and sentences; the
 * nodes returned column by column. Sets `order`, `totalText` and `sentence` on the nodes.
 */
export function orderNodes(nodes: FlowNode[], unit: ChartUnit, locale: Locale): FlowNode[] {
  const s = t(locale);
  const formatTotal = totalFormatter(unit, locale);
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
  return [...nodes].sort((a, b) => a.columnIndex - b.columnIndex || a.order - b.order);
}

/** Step 6: the notes printed under the chart (related amounts not added up; no amounts at all). */
export function chartNotes(items: FlowItem[], unit: ChartUnit, locale: Locale): { notes: string[]; hasRelated: boolean } {
  const s = t(locale);
  const hasRelated = unit !== 'none' && items.some((i) => i.related);
  const notes: string[] = [];
  if (hasRelated) notes.push(s.flowRelatedNote);
  if (unit === 'none' && items.length) notes.push(s.flowNoAmountsNote);
  return { notes, hasRelated };
}

/** Step 7: the keyboard order: donors, each followed by its flows; then channels; then recipients. */
export function keyboardOrder(nodes: FlowNode[], items: FlowItem[]): FocusItem[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order: FocusItem[] = [];
  for (const n of nodes) {
    order.push({ type: 'node', key: n.key, sentence: n.sentence });
    if (n.column === 'donor') for (const id of n.flowIds) order.push({ type: 'flow', id, sentence: byId.get(id)!.sentence });
  }
  return order;
}

/** Step 8: the source line (each source used once, with its licence) and the dataset's licence line. */
export function creditLines(ds: DatasetT, items: FlowItem[], locale: Locale): { sourceLine: string; licenceLine: string } {
  const s = t(locale);
  const used = new Map<string, FlowSourceInfo>();
  for (const i of items) for (const src of i.sources) used.set(src.id, src);
  return {
    sourceLine: s.flowSourceLine([...used.values()].map((x) => `${x.short}, “${x.title}” (${x.licence})`).join('; ') || s.flowSourceNone),
    licenceLine: s.flowLicenceLine(`Kerjasama ${ds.version}`, `${ds.license.name}${ds.license.url ? ` ${ds.license.url}` : ''}`),
  };
}

/** The flows, nodes and links of one chart: one unit, filters applied, related flows not summed. */
export function buildFlowGraph(ds: DatasetT, filters: FlowChartFilters, unit: ChartUnit, locale: Locale): FlowGraph {
  const s = t(locale);
  const safeUnit: ChartUnit = (CHART_UNITS as readonly string[]).includes(unit) ? unit : 'USD';
  const items = describeFlows(ds, selectFlows(ds, filters, safeUnit), safeUnit, locale);
  const nodes = orderNodes(groupNodes(ds, items), safeUnit, locale);
  const total = items.filter((i) => !i.excludedFromTotal).reduce((sum, i) => sum + i.value, 0);
  return {
    unit: safeUnit,
    locale,
    title: s.flowChartTitle(s.flowUnits[safeUnit]),
    flows: items,
    nodes,
    links: buildLinks(items),
    columns: FLOW_COLUMNS.filter((c) => nodes.some((n) => n.column === c)).map((column) => ({ column, label: s.flowColumns[column] })),
    total,
    totalText: totalFormatter(safeUnit, locale)(total),
    ...chartNotes(items, safeUnit, locale),
    empty: items.length === 0,
    unknownActors: [filters.from, filters.to, filters.via].filter((id): id is string => !!id && !getActor(ds, id)),
    ...creditLines(ds, items, locale),
    focusOrder: keyboardOrder(nodes, items),
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
