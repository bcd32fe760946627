/**
 * Pure view-model of the aid-flow chart: which flows, nodes and links to draw for given filters
 * and one unit, and what each says to a screen reader. No DOM, no Chart.js. `buildFlowGraph` runs
 * the steps below in order; the table and CSV (aid-flow-chart.table.ts) read the graph it returns.
 *
 * Rules the chart never breaks:
 * - one unit per chart: USD, IDR and doses are never mixed; `none` maps flows without an amount
 *   (equal widths, value 1 each);
 * - figures that may describe the same money or doses (`relatedTo`, either direction) never share
 *   a stack: of each group of related figures on one chart, one is drawn (`chooseDrawnFigure`)
 *   and the others are alternative figures that take no height and are never added up;
 * - every node's drawn size is its labelled total: `nodeTotals` sums the drawn values, and the
 *   labels, the table, the bars and the sankey all read that sum.
 */
import { formattedIn, langOf, pick, shownText, textLanguage, type TextLanguage } from '../../data/localized.js';
import type { DatasetT, FlowStatus, FlowT, Locale, Unit } from '../../data/schema.js';
import { citationForSource, filterFlows, getActor, getSource, relatedFlows, sourceTitle } from '../../data/queries.js';
import { actorName as localActorName, formatFuzzyDate } from '../../i18n/format.js';
import { formatAmount, type NumberStyle } from '../../i18n/format-amounts.js';
import { formatShare, numberStyleFor } from '../../i18n/number-style.js';
import { flowStrings as t } from '../../i18n/flow-strings.js';
import { CHART_UNITS, type ChartUnit, type FlowView, type GroupBy } from './aid-flow-chart.options.js';

export { FLOW_VIEWS, CHART_UNITS, GROUP_BY, type FlowView, type ChartUnit, type GroupBy } from './aid-flow-chart.options.js';
export const FLOW_COLUMNS = ['donor', 'channel', 'recipient'] as const;

/**
 * The most a chart is asked to lay out. Chart.js and the sankey take about 1 s per 5 000 links on
 * a 2-core machine, and several hundred nodes are unreadable at any height: beyond either limit
 * the flows are listed in the table only, with a note (measured: test/security/hostile-data.test.ts).
 */
export const MAX_DRAWN_NODES = 300;
export const MAX_DRAWN_LINKS = 2000;
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
  /** The language `title` is in (the dataset may have it only in another than the page's). */
  titleLang?: string;
  /** Short form for sentences, e.g. "Azmi et al., n.d.". */
  short: string;
  /** The language `short` is in, when not the page's. */
  shortLang?: string;
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
  /** `lang` of those texts when not in the page's language (a fallback). */
  disputedLang?: string;
  noteLang?: string;
  /** May describe the same money or doses as another flow in the dataset. */
  related: boolean;
  relatedIds: string[];
  /**
   * An alternative figure for a quantity another flow on this chart gives: takes no height in the
   * stack and is never added up (`drawnFigureId` names the figure drawn instead).
   */
  excludedFromTotal: boolean;
  /** For an alternative figure: the flow drawn in its place. */
  drawnFigureId?: string;
  /** For a drawn figure: the alternative figures of the same quantity on this chart. */
  alternativeIds: string[];
  /** Related flows that are not on this chart (another unit, or filtered out), as "Rp 7.14 trillion". */
  relatedElsewhere: string[];
  /** Height in the stack: `value` for a drawn figure, 0 for an alternative. */
  drawnValue: number;
  /**
   * The thickness the sankey draws: `drawnValue`, or the minimum band (`MIN_BAND_SHARE`) when that
   * is thinner, so that a small flow is never a hairline (`floored`; said in the notes).
   */
  shownValue: number;
  floored: boolean;
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
  /** Sum of the drawn values of the flows through the node (`nodeTotals`): its drawn size. */
  total: number;
  totalText: string;
  /** The drawn flows through the node. */
  flowIds: string[];
  /** Alternative figures whose drawn figure passes this node (they take no height). */
  alternativeIds: string[];
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
  /** The thickness drawn: `value`, or the minimum band (the flow's `shownValue`). */
  shown: number;
  status: FlowStatus;
  disputed: boolean;
  related: boolean;
  excludedFromTotal: boolean;
}

/** What a chart shows: a view of the contract, or `labelled-bars` (one or two flows, `view` not set). */
export type ShownView = FlowView | 'labelled-bars';

/** A legend entry: a status, a disputed flow, an alternative figure. */
export type LegendKey = 'delivered' | 'pledged' | 'planned' | 'disputed' | 'alternative';

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
  /** The one way this chart writes its amounts (`viewNumberStyle`): compact for all, or full digits for all. */
  numberStyle: NumberStyle;
  /** Whether some shown flow may describe the same quantity as another flow. */
  hasRelated: boolean;
  /** Groups of related figures on this chart (two or more), the drawn one first. */
  relatedGroups: string[][];
  /** The swatches of the legend: what the chart draws. */
  legend: LegendKey[];
  /** The notes the chart prints under itself. */
  notes: string[];
  /** Of those, the minimum band's (the sankey's rule; '' when no band is floored). */
  bandNote: string;
  empty: boolean;
  /** More nodes or links than MAX_DRAWN_NODES / MAX_DRAWN_LINKS: listed in the table, never drawn. */
  tooManyToDraw: boolean;
  /** Actor ids in from/to/via that the dataset does not know. */
  unknownActors: string[];
  sourceLine: string;
  /** The sources `sourceLine` names, each once (the figure tags each one's language). */
  credits: FlowSourceInfo[];
  licenceLine: string;
  /** Keyboard order: each column's nodes, donors followed by their flows. */
  focusOrder: FocusItem[];
}

// FSI…PDI: a name's own direction cannot reorder the words around it. A sentence holding isolated
// names is isolated too: on a right-to-left page its direction comes from its own words, not
// the page's, which would swap the names ("Indonesia to Japan" for a flow from Japan).
const isolate = (s: string) => `\u2068${s}\u2069`;
const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase() + s.slice(1) : s);
const stripBrackets = (s: string) => s.trim().replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');

/** An actor's name in the reader's language (a state by its country's name: "Jepang" in Indonesian). */
function actorName(ds: DatasetT, id: string, locale: Locale): string {
  const actor = getActor(ds, id);
  return actor ? localActorName(actor, locale) : id;
}

/** A node label short enough for the canvas: the shortest alternative name of a long name. */
function shortActorName(ds: DatasetT, id: string, locale: Locale): string {
  const actor = getActor(ds, id);
  if (!actor) return id;
  if (actor.kind === 'state' && actor.country) return localActorName(actor, locale);
  const short = [...(actor.altNames ?? [])].sort((a, b) => a.length - b.length)[0];
  return actor.name.length > 24 && short && short.length < actor.name.length ? short : actor.name;
}

function sourcesOf(ds: DatasetT, flow: FlowT, locale: Locale, tl: TextLanguage): FlowSourceInfo[] {
  const s = t(locale);
  const seen = new Set<string>();
  const out: FlowSourceInfo[] = [];
  for (const e of flow.evidence) {
    if (seen.has(e.source)) continue;
    seen.add(e.source);
    const source = getSource(ds, e.source);
    const citation = citationForSource(ds, e.source);
    const short = citation ? stripBrackets(formattedIn(citation.formatted.apa, tl).citation) : source ? pick(source.title, tl) : e.source;
    const titleLang = source ? shownText(source.title, tl.lang, tl.fallback)?.lang : undefined;
    const shortLang = citation ? langOf(citation.formatted.apa, tl) : source && langOf(source.title, tl);
    out.push({ id: e.source, title: sourceTitle(ds, e.source, tl, s.translatedTitle), titleLang, short, shortLang, licence: source?.license?.name ?? s.flowSourceNone, citation: citation?.id });
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

/**
 * Step 2: each flow as the chart, table and CSV say it, before related figures are weighed
 * (`markAlternatives`) and routed (`routeFlows`); `describeSentences` then reads each out.
 */
export function describeFlows(ds: DatasetT, flows: FlowT[], unit: ChartUnit, locale: Locale, tl: TextLanguage = textLanguage(ds, locale)): FlowItem[] {
  const s = t(locale);
  const shown = new Set(flows.map((f) => f.id));
  return flows.map((f) => {
    const related = relatedFlows(ds, f);
    const fromName = actorName(ds, f.from, locale);
    const toName = actorName(ds, f.to, locale);
    const viaNames = f.via.map((v) => actorName(ds, v, locale));
    const route = isolate(s.flowRoute(isolate(fromName), isolate(toName), viaNames.map(isolate).join(s.flowViaJoin)));
    const sources = sourcesOf(ds, f, locale, tl);
    const value = unit === 'none' ? 1 : (f.amount?.value ?? 0);
    return {
      id: f.id,
      flow: f,
      fromName,
      toName,
      viaNames,
      route,
      kindText: s.flowKinds[f.kind] ?? f.kind,
      amountText: f.amount ? formatAmount(f.amount, locale) : '',
      value,
      dateText: formatFuzzyDate(f.date, locale),
      status: f.status,
      statusText: s.statuses[f.status] ?? f.status,
      disputed: !!f.disputed,
      disputedText: pick(f.disputed, tl),
      noteText: pick(f.note, tl),
      disputedLang: langOf(f.disputed, tl),
      noteLang: langOf(f.note, tl),
      related: related.length > 0,
      relatedIds: related.map((r) => r.id),
      excludedFromTotal: false,
      alternativeIds: [],
      relatedElsewhere: related.filter((r) => !shown.has(r.id)).map((r) => (r.amount ? formatAmount(r.amount, locale) : (s.flowKinds[r.kind] ?? r.kind))),
      drawnValue: value,
      shownValue: value,
      floored: false,
      sources,
      citationIds: [...new Set([...(f.citations ?? []), ...sources.map((x) => x.citation).filter((c): c is string => !!c)])],
      evidence: f.evidence.map((e) => ({ quote: e.quote, sourceTitle: sourceTitle(ds, e.source, locale, s.translatedTitle), citation: citationForSource(ds, e.source)?.id })),
      sentence: '',
      nodeKeys: [],
    };
  });
}

/** Groups of two or more flows on one chart linked by `relatedTo` (either direction, transitively), in display order. */
export function relatedGroups(items: readonly FlowItem[]): FlowItem[][] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const groups: FlowItem[][] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    const group: FlowItem[] = [];
    const stack = [item];
    seen.add(item.id);
    while (stack.length) {
      const next = stack.pop()!;
      group.push(next);
      for (const id of next.relatedIds) {
        const other = byId.get(id);
        if (other && !seen.has(id)) {
          seen.add(id);
          stack.push(other);
        }
      }
    }
    if (group.length > 1) groups.push(group.sort((a, b) => items.indexOf(a) - items.indexOf(b)));
  }
  return groups;
}

const STATUS_RANK: Record<FlowStatus, number> = { delivered: 0, pledged: 1, planned: 2 };

/**
 * The figure drawn for a group of figures that may describe the same quantity: a delivered one
 * before a pledged or planned one, and of those the smallest, so the chart never shows more than a
 * source states (ties: the first in display order).
 */
export function chooseDrawnFigure<T extends { status: FlowStatus; value: number }>(group: readonly T[]): T {
  return [...group].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.value - b.value)[0];
}

/**
 * Step 3: in each group of related figures one is drawn; the others become alternative figures
 * (`excludedFromTotal`, drawn value 0). Returns the groups' ids, the drawn figure first.
 */
export function markAlternatives(items: FlowItem[]): string[][] {
  return relatedGroups(items).map((group) => {
    const drawn = chooseDrawnFigure(group);
    const others = group.filter((i) => i !== drawn);
    for (const other of others) {
      other.excludedFromTotal = true;
      other.drawnFigureId = drawn.id;
      other.drawnValue = 0;
    }
    drawn.alternativeIds = others.map((o) => o.id);
    return [drawn.id, ...drawn.alternativeIds];
  });
}

const nodeKey = (column: FlowColumn, ids: string[]) => `${column}:${ids.join('+')}`;
/** The channel node of direct flows on a chart with channels: named, never an empty gap. */
export const DIRECT_NODE = nodeKey('channel', ['direct']);

/**
 * Step 4: the nodes each flow passes. When some drawn flow has a channel, a direct flow passes the
 * channel column's "Direct" node, so that every band between columns has a named end.
 */
export function routeFlows(items: FlowItem[]): void {
  const hasChannel = items.some((i) => !i.excludedFromTotal && i.flow.via.length > 0);
  for (const i of items) {
    const f = i.flow;
    const channel = f.via.length ? [nodeKey('channel', f.via)] : hasChannel ? [DIRECT_NODE] : [];
    i.nodeKeys = [nodeKey('donor', [f.from]), ...channel, nodeKey('recipient', [f.to])];
  }
}

/**
 * The one total of every node: the sum of the drawn values of the flows through it. The node's
 * drawn size, its label, its sentence, the bars and the table's totals all read it.
 */
export function nodeTotals(items: readonly FlowItem[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const i of items) if (!i.excludedFromTotal) for (const key of i.nodeKeys) totals.set(key, (totals.get(key) ?? 0) + i.drawnValue);
  return totals;
}

/** Step 5: one node per actor (or channel group, or "Direct") per column that a drawn flow passes. */
export function groupNodes(ds: DatasetT, items: FlowItem[], directLabel = 'Direct', locale: Locale = 'en'): FlowNode[] {
  const hasChannel = items.some((i) => !i.excludedFromTotal && i.nodeKeys.length === 3);
  const columnIndex: Record<FlowColumn, number> = { donor: 0, channel: 1, recipient: hasChannel ? 2 : 1 };
  const totals = nodeTotals(items);
  const nodes = new Map<string, FlowNode>();
  for (const item of items) {
    if (item.excludedFromTotal) continue;
    item.nodeKeys.forEach((key, index) => {
      const column: FlowColumn = index === 0 ? 'donor' : index === item.nodeKeys.length - 1 ? 'recipient' : 'channel';
      let node = nodes.get(key);
      if (!node) {
        const ids = key === DIRECT_NODE ? [] : key.slice(column.length + 1).split('+');
        const label = key === DIRECT_NODE ? directLabel : ids.map((id) => shortActorName(ds, id, locale)).join(' + ');
        node = { key, actorIds: ids, column, columnIndex: columnIndex[column], label, order: 0, total: totals.get(key) ?? 0, totalText: '', flowIds: [], alternativeIds: [], notAdded: 0, sentence: '' };
        nodes.set(key, node);
      }
      node.flowIds.push(item.id);
      node.alternativeIds.push(...item.alternativeIds);
      node.notAdded = node.alternativeIds.length;
    });
  }
  return [...nodes.values()];
}

/**
 * The thinnest band the sankey draws, as a share of its tallest column: about 10 px on a chart
 * 24rem tall. A thinner flow is drawn at this thickness and named in the notes (its true value is
 * in its label, tooltip, sentence and the table).
 */
export const MIN_BAND_SHARE = 0.03;

/**
 * Step 5b: raises each drawn flow thinner than MIN_BAND_SHARE of the tallest column to that
 * thickness (`shownValue`, `floored`). Node totals, labels and the table keep the true values.
 */
export function floorThinBands(items: FlowItem[], nodes: readonly FlowNode[], unit: ChartUnit): void {
  if (unit === 'none') return; // every flow is drawn equally wide already
  const columns = new Map<FlowColumn, number>();
  for (const n of nodes) columns.set(n.column, (columns.get(n.column) ?? 0) + n.total);
  const floor = Math.max(0, ...columns.values()) * MIN_BAND_SHARE;
  for (const i of items) {
    if (i.excludedFromTotal || i.drawnValue >= floor) continue;
    i.shownValue = floor;
    i.floored = true;
  }
}

/** Step 6: a link per drawn flow, or two through a channel (donor → channel → recipient). */
export function buildLinks(items: FlowItem[]): FlowLink[] {
  return items
    .filter((item) => !item.excludedFromTotal)
    .flatMap((item): FlowLink[] => {
      const base = { flowId: item.id, value: item.drawnValue, shown: item.shownValue, status: item.status, disputed: item.disputed, related: item.related, excludedFromTotal: false };
      const [donor, second, third] = item.nodeKeys;
      if (!third) return [{ ...base, key: `${item.id}#1`, from: donor, to: second, segment: 'direct' }];
      return [
        { ...base, key: `${item.id}#1`, from: donor, to: second, segment: 'to-channel' },
        { ...base, key: `${item.id}#2`, from: second, to: third, segment: 'from-channel' },
      ];
    });
}

const totalFormatter = (unit: ChartUnit, locale: Locale, style?: NumberStyle) => (value: number) => (unit === 'none' ? '' : formatAmount({ value, unit: unit as Unit }, locale, style));

/**
 * One number style for everything a chart prints in its unit: each flow's amount, each node's
 * total and its parts by status (the bars), and the chart's total. Sets the flows' `amountText`
 * in it, so that "US$2,998,000,000" never stands beside "US$759 million".
 */
export function viewNumberStyle(items: FlowItem[], unit: ChartUnit, locale: Locale): NumberStyle {
  const values = items.filter((i) => i.flow.amount).map((i) => i.value);
  const byStatus = new Map<string, number>();
  for (const i of items) if (!i.excludedFromTotal) for (const key of i.nodeKeys) byStatus.set(`${key}|${i.status}`, (byStatus.get(`${key}|${i.status}`) ?? 0) + i.drawnValue);
  values.push(...nodeTotals(items).values(), ...byStatus.values(), items.reduce((sum, i) => sum + i.drawnValue, 0));
  const style = numberStyleFor(values, locale);
  if (unit !== 'none') for (const i of items) if (i.flow.amount) i.amountText = formatAmount(i.flow.amount, locale, style);
  return style;
}

/**
 * Step 7: each column's nodes ordered (largest first), with their totals and sentences; the
 * nodes returned column by column. Sets `order`, `totalText` and `sentence` on the nodes.
 */
export function orderNodes(nodes: FlowNode[], unit: ChartUnit, locale: Locale, style?: NumberStyle): FlowNode[] {
  const s = t(locale);
  const formatTotal = totalFormatter(unit, locale, style);
  for (const column of FLOW_COLUMNS) {
    const inColumn = nodes
      .filter((n) => n.column === column)
      .sort((a, b) => b.total - a.total || b.flowIds.length - a.flowIds.length || a.label.localeCompare(b.label, 'en'));
    inColumn.forEach((n, i) => {
      n.order = i;
      n.totalText = formatTotal(n.total);
      n.sentence = isolate(s.flowNodeSentence(isolate(n.label), lowerFirst(s.flowColumns[column]), n.totalText, n.flowIds.length, n.notAdded));
    });
  }
  return [...nodes].sort((a, b) => a.columnIndex - b.columnIndex || a.order - b.order);
}

/**
 * Step 7b: fewer crossing bands. Each channel and recipient column is ordered by the mean
 * position of the nodes its flows come from (weighted by their drawn values; ties: the order of
 * step 7); then donors of equal total by where their flows go, and the columns again. Donors stay
 * largest first. Returns the nodes column by column with `order` updated.
 */
export function untangleNodes(nodes: FlowNode[], items: readonly FlowItem[]): FlowNode[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  // Each node's neighbours along the drawn flows (the node before it, the node after it, from its
  // first place on each flow's path), with the flow's weight, in the flows' order: gathered in one
  // pass, not one pass over every flow per node (10 000 actors and 5 000 flows took 400 ms).
  const before = new Map<string, [FlowNode, number][]>();
  const after = new Map<string, [FlowNode, number][]>();
  const add = (to: Map<string, [FlowNode, number][]>, key: string, other: FlowNode | undefined, w: number) => {
    if (!other) return;
    const list = to.get(key);
    if (list) list.push([other, w]);
    else to.set(key, [[other, w]]);
  };
  for (const i of items) {
    if (i.excludedFromTotal) continue;
    const w = i.drawnValue || 1;
    i.nodeKeys.forEach((key, at) => {
      if (i.nodeKeys.indexOf(key) !== at) return;
      add(before, key, byKey.get(i.nodeKeys[at - 1]), w);
      add(after, key, byKey.get(i.nodeKeys[at + 1]), w);
    });
  }
  /** The weighted mean order of the nodes next to `n` (before it, or after it), as they are now. */
  const centreOf = (n: FlowNode, next: Map<string, [FlowNode, number][]>) => {
    let sum = 0;
    let weight = 0;
    for (const [other, w] of next.get(n.key) ?? []) {
      sum += other.order * w;
      weight += w;
    }
    return weight ? sum / weight : n.order;
  };
  const sweep = () => {
    for (const column of FLOW_COLUMNS.slice(1)) {
      const inColumn = nodes.filter((n) => n.column === column);
      const centre = new Map(inColumn.map((n) => [n.key, centreOf(n, before)]));
      inColumn.sort((a, b) => centre.get(a.key)! - centre.get(b.key)! || a.order - b.order).forEach((n, i) => (n.order = i));
    }
  };
  sweep();
  const donors = nodes.filter((n) => n.column === 'donor');
  const onward = new Map(donors.map((n) => [n.key, centreOf(n, after)]));
  donors.sort((a, b) => b.total - a.total || onward.get(a.key)! - onward.get(b.key)! || a.order - b.order).forEach((n, i) => (n.order = i));
  sweep();
  return [...nodes].sort((a, b) => a.columnIndex - b.columnIndex || a.order - b.order);
}

/** How many pairs of bands between the same two columns cross (for tests and the layout's choice). */
export function bandCrossings(graph: Pick<FlowGraph, 'nodes' | 'links'>): number {
  const order = new Map(graph.nodes.map((n) => [n.key, n.order]));
  const column = new Map(graph.nodes.map((n) => [n.key, n.columnIndex]));
  let crossings = 0;
  graph.links.forEach((a, i) => {
    for (const b of graph.links.slice(i + 1)) {
      if (column.get(a.from) !== column.get(b.from) || column.get(a.to) !== column.get(b.to)) continue;
      if ((order.get(a.from)! - order.get(b.from)!) * (order.get(a.to)! - order.get(b.to)!) < 0) crossings++;
    }
  });
  return crossings;
}

/** Step 8: each flow read out as one sentence, saying whether it is drawn, an alternative, or reported elsewhere too. */
export function describeSentences(items: FlowItem[], locale: Locale): void {
  const s = t(locale);
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const i of items) {
    const drawn = i.drawnFigureId ? byId.get(i.drawnFigureId) : undefined;
    const extras = [
      i.disputed ? lowerFirst(s.disputed) : '',
      drawn ? s.flowAlternative(drawn.amountText) : '',
      i.alternativeIds.length ? s.flowDrawnFigure(i.alternativeIds.length) : '',
      i.relatedElsewhere.length ? s.flowAlsoReported(i.relatedElsewhere.join(', ')) : '',
    ].filter(Boolean);
    i.sentence = s.flowSentence(
      i.route,
      s.flowWhat(lowerFirst(i.kindText), i.amountText),
      lowerFirst(i.dateText),
      i.status === 'delivered' ? '' : lowerFirst(i.statusText),
      extras.join(', '),
      i.sources.map((x) => x.short).join('; '),
    );
  }
}

/**
 * Step 9: the notes printed under the chart: for each group of related figures which one is drawn
 * and why; figures also reported in another unit or outside the filters; flows without amounts.
 */
export function chartNotes(items: FlowItem[], groups: string[][], unit: ChartUnit, locale: Locale): { notes: string[]; hasRelated: boolean; bandNote: string } {
  const s = t(locale);
  const byId = new Map(items.map((i) => [i.id, i]));
  const notes: string[] = [];
  const figure = (i: FlowItem) => i.amountText || `${i.kindText} (${lowerFirst(i.dateText)})`;
  for (const [drawnId, ...others] of groups) {
    const drawn = byId.get(drawnId)!;
    notes.push(s.flowAlternativesNote(drawn.route, others.length + 1, s.flowQuantity[unit], figure(drawn), others.map((id) => figure(byId.get(id)!))));
  }
  if (groups.length) notes.push(s.flowDrawnRule);
  for (const i of items) if (i.relatedElsewhere.length && !i.excludedFromTotal) notes.push(s.flowElsewhereNote(figure(i), i.route, i.relatedElsewhere.join(', ')));
  if (unit === 'none' && items.length) notes.push(s.flowNoAmountsNote);
  const floored = items.filter((i) => i.floored);
  const bandNote = floored.length ? s.flowMinimumBandNote(formatShare(MIN_BAND_SHARE, locale), floored.map((i) => `${i.route} (${i.amountText})`).join('; ')) : '';
  if (bandNote) notes.push(bandNote);
  return { notes, hasRelated: items.some((i) => i.related), bandNote };
}

/** Step 10: the keyboard order: donors, each followed by its flows (a drawn figure by its alternatives); then channels; then recipients. */
export function keyboardOrder(nodes: FlowNode[], items: FlowItem[]): FocusItem[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const order: FocusItem[] = [];
  for (const n of nodes) {
    order.push({ type: 'node', key: n.key, sentence: n.sentence });
    if (n.column === 'donor')
      for (const id of n.flowIds) for (const f of [id, ...byId.get(id)!.alternativeIds]) order.push({ type: 'flow', id: f, sentence: byId.get(f)!.sentence });
  }
  return order;
}

/** What the legend shows: the statuses drawn, disputed outlines and alternative figures when there are some. */
export function legendKeys(items: readonly FlowItem[]): LegendKey[] {
  const drawn = items.filter((i) => !i.excludedFromTotal);
  const keys: LegendKey[] = (['delivered', 'pledged', 'planned'] as const).filter((st) => drawn.some((i) => i.status === st));
  if (drawn.some((i) => i.disputed)) keys.push('disputed');
  if (items.some((i) => i.excludedFromTotal)) keys.push('alternative');
  return keys;
}

/**
 * The legend of a view: the bars draw statuses only (no outlines, no alternative lines); labelled
 * bars draw disputed outlines too, and name alternative figures in words.
 */
export function legendOf(graph: FlowGraph, view: ShownView): LegendKey[] {
  if (view === 'bars') return graph.legend.filter((k) => k !== 'disputed' && k !== 'alternative');
  return view === 'labelled-bars' ? graph.legend.filter((k) => k !== 'alternative') : graph.legend;
}

/** One flow as a labelled bar: its length as a share of the longest (alternative figures: in words, no bar). */
export interface LabelledBar {
  item: FlowItem;
  /** `drawnValue` / the largest drawn value, 0–1. */
  share: number;
  /** The alternative figures of the same quantity, as their amounts. */
  alternatives: string[];
}

/** The labelled bars of a graph: each drawn flow, longest first, with the figures drawn in its place. */
export function labelledBars(graph: FlowGraph): LabelledBar[] {
  const drawn = graph.flows.filter((f) => !f.excludedFromTotal);
  const max = Math.max(0, ...drawn.map((f) => f.drawnValue));
  const byId = new Map(graph.flows.map((f) => [f.id, f]));
  return drawn
    .map((item) => ({ item, share: max > 0 ? item.drawnValue / max : 0, alternatives: item.alternativeIds.map((id) => byId.get(id)?.amountText ?? '').filter(Boolean) }))
    .sort((a, b) => b.share - a.share);
}

/** One source as the source line names it. */
const creditText = (x: FlowSourceInfo) => `${x.short}, “${x.title}” (${x.licence})`;

/** Step 11: the source line (each source used once, with its licence) and the dataset's licence line. */
export function creditLines(ds: DatasetT, items: FlowItem[], locale: Locale): { sourceLine: string; credits: FlowSourceInfo[]; licenceLine: string } {
  const s = t(locale);
  const used = new Map<string, FlowSourceInfo>();
  for (const i of items) for (const src of i.sources) used.set(src.id, src);
  const credits = [...used.values()];
  return {
    sourceLine: s.flowSourceLine(credits.map(creditText).join('; ') || s.flowSourceNone),
    credits,
    licenceLine: s.flowLicenceLine(`Kerjasama ${ds.version}`, `${ds.license.name}${ds.license.url ? ` ${ds.license.url}` : ''}`),
  };
}

/** The flows, nodes and links of one chart: one unit, filters applied, related figures never stacked. */
export function buildFlowGraph(ds: DatasetT, filters: FlowChartFilters, unit: ChartUnit, locale: Locale, tl: TextLanguage = textLanguage(ds, locale)): FlowGraph {
  const s = t(locale);
  const safeUnit: ChartUnit = (CHART_UNITS as readonly string[]).includes(unit) ? unit : 'USD';
  const items = describeFlows(ds, selectFlows(ds, filters, safeUnit), safeUnit, locale, tl);
  const groups = markAlternatives(items);
  routeFlows(items);
  const numberStyle = viewNumberStyle(items, safeUnit, locale);
  describeSentences(items, locale);
  const nodes = untangleNodes(orderNodes(groupNodes(ds, items, s.flowDirectNode, locale), safeUnit, locale, numberStyle), items);
  floorThinBands(items, nodes, safeUnit);
  const total = items.reduce((sum, i) => sum + i.drawnValue, 0);
  const links = buildLinks(items);
  const tooManyToDraw = nodes.length > MAX_DRAWN_NODES || links.length > MAX_DRAWN_LINKS;
  const { notes, hasRelated, bandNote } = chartNotes(items, groups, safeUnit, locale);
  const count = (n: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');
  if (tooManyToDraw) notes.unshift(s.flowTooManyToDraw(count(items.length), count(nodes.length)));
  return {
    unit: safeUnit,
    locale,
    title: s.flowChartTitle(s.flowUnits[safeUnit]),
    flows: items,
    nodes,
    links,
    columns: FLOW_COLUMNS.filter((c) => nodes.some((n) => n.column === c)).map((column) => ({ column, label: s.flowColumns[column] })),
    total,
    totalText: totalFormatter(safeUnit, locale, numberStyle)(total),
    numberStyle,
    relatedGroups: groups,
    legend: legendKeys(items),
    notes,
    bandNote,
    hasRelated,
    empty: items.length === 0,
    tooManyToDraw,
    unknownActors: [filters.from, filters.to, filters.via].filter((id): id is string => !!id && !getActor(ds, id)),
    ...creditLines(ds, items, locale),
    focusOrder: keyboardOrder(nodes, items),
  };
}

/** One bar per donor or recipient: the node's total, split by status (alternative figures take no length). */
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
        byStatus[item.status] += item.drawnValue;
      }
      return { key: n.key, label: n.label, byStatus, total: n.total, totalText: n.totalText, count: n.flowIds.length + n.notAdded, notAdded: n.notAdded };
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
