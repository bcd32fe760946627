/**
 * The Chart.js adapter of `<aid-flow-chart>`: Chart.js with only the parts the chart uses (no
 * `chart.js/auto`), the sankey controller, the configurations for a flow graph, and the drawing
 * that canvas needs help with — column labels, status markers, the keyboard focus ring, node
 * tooltips. A chunk of its own, loaded when a chart nears the viewport (aid-flow-chart.chunks.ts):
 * the table never waits for it, and renders when it fails to load.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Interaction,
  LinearScale,
  Tooltip,
  type ActiveElement,
  type ChartConfiguration,
  type ChartType,
  type InteractionItem,
  type InteractionModeFunction,
  type Plugin,
  type TooltipItem,
  type TooltipPositionerFunction,
} from 'chart.js';
import { getRelativePosition } from 'chart.js/helpers';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import type { BarGroup, FlowGraph, FlowItem, FlowLink, GroupBy, LegendKey } from './aid-flow-chart.view.js';
import type { FlowStrings } from '../../i18n/flow-strings.js';
import { formatAmount } from '../../i18n/format-amounts.js';
import type { FlowStatus, Unit } from '../../data/schema.js';
import type { LabelBox, LabelLayoutOptions, LabelNode } from './aid-flow-chart.labels.js';

declare module 'chart.js' {
  interface InteractionModeMap {
    kjSankey: InteractionModeFunction;
  }
  interface TooltipPositionerMap {
    kjFocus: TooltipPositionerFunction<ChartType>;
  }
}

/** Colours and font read from the element's computed `--kj-*` custom properties at draw time. */
export interface ChartTheme {
  text: string;
  muted: string;
  accent: string;
  background: string;
  surface: string;
  border: string;
  focus: string;
  danger: string;
  fontFamily: string;
  fontSize: number;
}

export type ChartFocus = { type: 'node'; key: string } | { type: 'flow'; id: string } | { type: 'group'; index: number } | null;

export interface ChartState {
  graph: FlowGraph;
  view: 'sankey' | 'bars';
  groupBy: GroupBy;
  groups: BarGroup[];
  theme: ChartTheme;
  strings: FlowStrings;
  focus: ChartFocus;
  /** Node under the pointer or keyboard focus, for the node tooltip. */
  tooltipNode?: string;
  onActivate: (flowId: string) => void;
  /**
   * The node label layout (`layoutNodeLabels`): given by the content chunk, which holds the pure
   * view code, so that this chunk stays Chart.js and the drawing around it.
   */
  layoutLabels: (nodes: readonly LabelNode[], options: LabelLayoutOptions) => LabelBox[];
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const NODE_WIDTH = 12;
const states = new WeakMap<Chart, ChartState>();
let registered = false;

interface SankeyNodeLike {
  key: string;
  in: number;
  out: number;
  x?: number;
  y?: number;
}
interface SankeyInternals {
  _nodes?: Map<string, SankeyNodeLike>;
  _maxX?: number;
}
interface FlowElementLike {
  x: number;
  y: number;
  x2: number;
  y2: number;
  height: number;
}
interface BarElementLike {
  x: number;
  y: number;
  base: number;
  height: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Registers the Chart.js parts used, once. */
export function register(): void {
  if (registered) return;
  registered = true;
  Chart.register(LinearScale, CategoryScale, BarController, BarElement, Tooltip, SankeyController, Flow, columnLabelsPlugin, markersPlugin, nodeLabelsPlugin, focusRingPlugin, amountsPlugin);
  Interaction.modes.kjSankey = sankeyMode;
  Tooltip.positioners.kjFocus = focusPositioner;
}

export { Chart };

export function stateOf(chart: Chart): ChartState | undefined {
  return states.get(chart);
}

/** Pixel rectangles of the sankey nodes, keyed by node key (the controller keeps no public API for them). */
export function nodeRects(chart: Chart): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  const meta = chart.getDatasetMeta(0);
  if (!meta || meta.type !== 'sankey' || !meta.xScale || !meta.yScale) return rects;
  const internals = meta.controller as unknown as SankeyInternals;
  const maxX = internals._maxX ?? 0;
  const trailing = chart.width - chart.chartArea.right;
  const columnPadding = Math.max(0, NODE_WIDTH + 3 - trailing);
  for (const node of internals._nodes?.values() ?? []) {
    const size = Math.max(node.in || node.out, node.out || node.in);
    const y1 = meta.yScale.getPixelForValue(node.y ?? 0);
    const y2 = meta.yScale.getPixelForValue((node.y ?? 0) + size);
    const column = node.x ?? 0;
    const x = meta.xScale.getPixelForValue(column) - (maxX ? (column / maxX) * columnPadding : 0);
    rects.set(node.key, { x, y: Math.min(y1, y2), width: NODE_WIDTH, height: Math.max(2, Math.abs(y2 - y1)) });
  }
  return rects;
}

const linkIndexes = (graph: FlowGraph, test: (l: FlowLink) => boolean) => graph.links.flatMap((l, i) => (test(l) ? [i] : []));

/** Active elements for a focus target: a flow's segments, a node's links, a bar group. */
export function activeFor(chart: Chart, focus: ChartFocus): ActiveElement[] {
  const st = states.get(chart);
  if (!st || !focus) return [];
  if (focus.type === 'group') return chart.data.datasets.map((_d, datasetIndex) => ({ datasetIndex, index: focus.index, element: chart.getDatasetMeta(datasetIndex).data[focus.index] })).filter((a) => a.element);
  const meta = chart.getDatasetMeta(0);
  // An alternative figure has no band of its own: its drawn figure's band stands for it.
  const flowId = focus.type === 'flow' ? (st.graph.flows.find((f) => f.id === focus.id)?.drawnFigureId ?? focus.id) : '';
  const indexes = focus.type === 'flow' ? linkIndexes(st.graph, (l) => l.flowId === flowId) : linkIndexes(st.graph, (l) => l.from === focus.key || l.to === focus.key);
  return indexes.map((index) => ({ datasetIndex: 0, index, element: meta.data[index] })).filter((a) => a.element);
}

/** Moves the keyboard focus: focus ring, hover styling and tooltip follow. */
export function setFocus(chart: Chart, focus: ChartFocus): void {
  const st = states.get(chart);
  if (!st) return;
  st.focus = focus;
  st.tooltipNode = focus?.type === 'node' ? focus.key : undefined;
  const active = activeFor(chart, focus);
  chart.setActiveElements(active);
  const tooltip = chart.tooltip;
  if (tooltip) {
    const center = focusCenter(chart, focus);
    tooltip.setActiveElements(active, center ?? { x: 0, y: 0 });
  }
  chart.update('none');
}

function focusCenter(chart: Chart, focus: ChartFocus): { x: number; y: number } | undefined {
  if (!focus) return undefined;
  if (focus.type === 'node') {
    const r = nodeRects(chart).get(focus.key);
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
  }
  const active = activeFor(chart, focus);
  if (!active.length) return undefined;
  const points = active.map((a) => a.element.tooltipPosition(false));
  return { x: points.reduce((s, p) => s + (p.x ?? 0), 0) / points.length, y: points.reduce((s, p) => s + (p.y ?? 0), 0) / points.length };
}

/** Pointer over a node: all its links (the tooltip then describes the node); else the link under it. */
const sankeyMode: InteractionModeFunction = (chart, e, options, useFinalPosition) => {
  const st = states.get(chart);
  if (!st) return [];
  const pos = getRelativePosition(e, chart);
  for (const [key, r] of nodeRects(chart)) {
    if (pos.x >= r.x - 3 && pos.x <= r.x + r.width + 3 && pos.y >= r.y - 1 && pos.y <= r.y + r.height + 1) {
      st.tooltipNode = key;
      return activeFor(chart, { type: 'node', key }) as InteractionItem[];
    }
  }
  st.tooltipNode = undefined;
  return Interaction.modes.nearest(chart, e, { ...options, intersect: true }, useFinalPosition);
};

const focusPositioner: TooltipPositionerFunction<ChartType> = function (items, eventPosition) {
  const chart = this.chart as Chart;
  const st = states.get(chart);
  if (st?.tooltipNode) {
    const r = nodeRects(chart).get(st.tooltipNode);
    if (r) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }
  if (!items.length) return false;
  if (st?.focus && st.focus.type !== 'node') return focusCenter(chart, st.focus) ?? Tooltip.positioners.average.call(this, items, eventPosition);
  return Tooltip.positioners.average.call(this, items, eventPosition);
};

// --- drawing helpers ---------------------------------------------------------------------

const patterns = new Map<string, CanvasPattern | string>();
/** The fill of a flow of `status`: status is told by texture, not colour alone (the legend draws the same). */
export function statusFill(color: string, status: FlowStatus): CanvasPattern | string {
  return status === 'delivered' ? withAlpha(color, 0.55) : status === 'pledged' ? hatch(color) : dots(color);
}

/** A legend swatch on any canvas (the PNG's key): the same fills and lines the chart draws. */
export function drawSwatch(ctx: CanvasRenderingContext2D, key: LegendKey, box: Rect, theme: ChartTheme): void {
  ctx.save();
  if (key === 'delivered' || key === 'pledged' || key === 'planned') {
    ctx.fillStyle = statusFill(theme.accent, key);
    ctx.fillRect(box.x, box.y, box.width, box.height);
  } else {
    ctx.strokeStyle = theme.text;
    ctx.setLineDash(key === 'disputed' ? [5, 4] : [2, 3]);
    ctx.lineWidth = key === 'disputed' ? 1.5 : 2;
    if (key === 'disputed') ctx.strokeRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
    else {
      ctx.beginPath();
      ctx.moveTo(box.x, box.y + box.height / 2);
      ctx.lineTo(box.x + box.width, box.y + box.height / 2);
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** A repeating `size`-pixel tile in `color` (a pale ground, then `paint`), made once per key. */
function tilePattern(key: string, color: string, size: number, ground: number, paint: (ctx: CanvasRenderingContext2D) => void): CanvasPattern | string {
  let p = patterns.get(key);
  if (p) return p;
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.globalAlpha = ground;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  paint(ctx);
  p = ctx.createPattern(tile, 'repeat') ?? color;
  patterns.set(key, p);
  return p;
}

/** Dots in `color` on a pale ground: planned flows. */
function dots(color: string): CanvasPattern | string {
  return tilePattern(`dots:${color}`, color, 6, 0.15, (ctx) => {
    ctx.globalAlpha = 0.9;
    ctx.beginPath();
    ctx.arc(3, 3, 1.4, 0, Math.PI * 2);
    ctx.fill();
  });
}

/** Diagonal hatching in `color`: pledged flows. */
function hatch(color: string): CanvasPattern | string {
  return tilePattern(color, color, 8, 0.3, (ctx) => {
    ctx.globalAlpha = 0.85;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  });
}

export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (m) {
    const n = parseInt(m[1], 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  if (rgb) {
    const [r, g, b] = rgb[1].split(/[\s,/]+/);
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  return color;
}

function flowPath(ctx: CanvasRenderingContext2D, f: FlowElementLike): void {
  const { x, y, x2, y2, height } = f;
  const cp1x = x + ((x2 - x) / 3) * 2;
  const cp2x = x + (x2 - x) / 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.bezierCurveTo(cp1x, y, cp2x, y2, x2, y2);
  ctx.lineTo(x2, y2 + height);
  ctx.bezierCurveTo(cp2x, y2 + height, cp1x, y + height, x, y + height);
  ctx.closePath();
}

const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s);

const font = (st: ChartState, size = st.theme.fontSize, weight = 'normal') => `${weight} ${size}px ${st.theme.fontFamily}`;

/** "Donor / Channel / Recipient" above the sankey columns. */
const columnLabelsPlugin: Plugin = {
  id: 'kjColumnLabels',
  afterDraw(chart) {
    const st = states.get(chart);
    if (!st || st.view !== 'sankey' || st.graph.empty) return;
    const meta = chart.getDatasetMeta(0);
    if (!meta.xScale) return;
    const ctx = chart.ctx;
    const last = st.graph.columns.length - 1;
    const internals = meta.controller as unknown as SankeyInternals;
    const maxX = internals._maxX ?? last;
    const columnPadding = Math.max(0, NODE_WIDTH + 3 - (chart.width - chart.chartArea.right));
    ctx.save();
    ctx.font = font(st, st.theme.fontSize, '600');
    ctx.fillStyle = st.theme.text;
    ctx.textBaseline = 'bottom';
    st.graph.columns.forEach((c, i) => {
      const x = meta.xScale!.getPixelForValue(i) - (maxX ? (i / maxX) * columnPadding : 0);
      ctx.textAlign = i === 0 ? 'left' : i === last ? 'right' : 'center';
      ctx.fillText(c.label, i === last ? x + NODE_WIDTH : x, chart.chartArea.top - 6);
    });
    ctx.restore();
  },
};

/**
 * Dashed outlines for disputed flows, and a dotted line along a drawn figure's band for each of its
 * alternative figures (which take no height): what the legend's swatches show.
 */
const markersPlugin: Plugin = {
  id: 'kjMarkers',
  afterDatasetsDraw(chart) {
    const st = states.get(chart);
    if (!st || st.view !== 'sankey') return;
    const meta = chart.getDatasetMeta(0);
    const ctx = chart.ctx;
    const byId = new Map(st.graph.flows.map((f) => [f.id, f]));
    ctx.save();
    st.graph.links.forEach((link, i) => {
      const el = meta.data[i] as unknown as FlowElementLike | undefined;
      if (!el) return;
      if (link.disputed) {
        ctx.setLineDash([5, 4]);
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = st.theme.text;
        flowPath(ctx, el);
        ctx.stroke();
      }
      const alternatives = byId.get(link.flowId)?.alternativeIds.length ?? 0;
      if (alternatives) {
        ctx.setLineDash([2, 3]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = st.theme.text;
        for (let k = 0; k < alternatives; k++) {
          const dy = (el.height * (k + 1)) / (alternatives + 1);
          ctx.beginPath();
          ctx.moveTo(el.x, el.y + dy);
          ctx.bezierCurveTo(el.x + ((el.x2 - el.x) / 3) * 2, el.y + dy, el.x + (el.x2 - el.x) / 3, el.y2 + dy, el.x2, el.y2 + dy);
          ctx.stroke();
        }
      }
      ctx.setLineDash([]);
    });
    ctx.restore();
  },
};

const drawnLabels = new WeakMap<Chart, LabelBox[]>();
const drawnAmounts = new WeakMap<Chart, (Rect & { text: string })[]>();

/** The node labels as last drawn (`layoutNodeLabels`), in CSS pixels of the canvas: for tests. */
export function labelBoxes(chart: Chart): LabelBox[] {
  return drawnLabels.get(chart) ?? [];
}

/** The amounts printed on bands (sankey) or beside bars, as last drawn: for tests. */
export function amountBoxes(chart: Chart): (Rect & { text: string })[] {
  return drawnAmounts.get(chart) ?? [];
}

/** Paints `text` on a backing box; returns the box. */
function paintTag(ctx: CanvasRenderingContext2D, st: ChartState, text: string, box: Rect): Rect & { text: string } {
  ctx.fillStyle = withAlpha(st.theme.background, 0.9);
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = st.theme.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, box.x + box.width / 2, box.y + box.height / 2);
  return { ...box, text };
}

/**
 * Amounts where they fit: on each band thick and long enough to hold its flow's amount (the first
 * segment of a flow through a channel), clear of the node labels; beside each bar, its total. So a
 * chart of one or two flows is never an unlabelled rectangle; other amounts are in the labels,
 * the tooltip and the sentence read out.
 */
const amountsPlugin: Plugin = {
  id: 'kjAmounts',
  afterDraw(chart) {
    const st = states.get(chart);
    if (!st || st.graph.empty || st.graph.unit === 'none') return;
    const ctx = chart.ctx;
    const size = st.theme.fontSize - 1;
    const height = Math.round(size * 1.25) + 4;
    const boxes: (Rect & { text: string })[] = [];
    ctx.save();
    ctx.font = font(st, size);
    const meta = chart.getDatasetMeta(0);
    if (st.view === 'sankey') {
      const labels = labelBoxes(chart).filter((b) => !b.hidden);
      st.graph.links.forEach((link, i) => {
        if (link.segment === 'from-channel') return;
        const el = meta.data[i] as unknown as FlowElementLike | undefined;
        const text = st.graph.flows.find((f) => f.id === link.flowId)?.amountText;
        if (!el || !text || el.height < height) return;
        const width = ctx.measureText(text).width + 6;
        const box = { x: (el.x + el.x2) / 2 - width / 2, y: (el.y + el.y2 + el.height) / 2 - height / 2, width, height };
        if (width > el.x2 - el.x - 8 || labels.some((b) => overlaps(b, box)) || boxes.some((b) => overlaps(b, box))) return;
        boxes.push(paintTag(ctx, st, text, box));
      });
    } else {
      const last = chart.data.datasets.length - 1;
      st.groups.forEach((g, i) => {
        const bar = chart.getDatasetMeta(last).data[i] as unknown as BarElementLike | undefined;
        const text = g.totalText;
        if (!bar || !text) return;
        const width = ctx.measureText(text).width + 6;
        const end = chart.scales.x.getPixelForValue(g.total);
        // Beside the bar's end, or inside it when the end is too near the edge.
        const x = end + 4 + width <= chart.chartArea.right ? end + 4 : Math.max(chart.chartArea.left, end - 4 - width);
        boxes.push(paintTag(ctx, st, text, { x, y: bar.y - height / 2, width, height }));
      });
    }
    drawnAmounts.set(chart, boxes);
    ctx.restore();
  },
};

/**
 * The node labels, laid out by `layoutNodeLabels` instead of the sankey controller (whose labels
 * overprint each other and leave the canvas on narrow charts): name and total on a backing box.
 */
const nodeLabelsPlugin: Plugin = {
  id: 'kjNodeLabels',
  afterDatasetsDraw(chart) {
    const st = states.get(chart);
    if (!st || st.view !== 'sankey' || st.graph.empty) return;
    const ctx = chart.ctx;
    const size = st.theme.fontSize - 1;
    const lineHeight = Math.round(size * 1.25);
    ctx.save();
    ctx.font = font(st, size);
    const rects = nodeRects(chart);
    const nodes = st.graph.nodes.flatMap((n) => {
      const r = rects.get(n.key);
      return r ? [{ key: n.key, column: n.columnIndex, ...r, lines: [n.label, n.totalText || st.strings.flowCount(n.flowIds.length)] }] : [];
    });
    const boxes = st.layoutLabels(nodes, { width: chart.width, height: chart.height, top: chart.chartArea.top - 4, lineHeight, padding: 2, gap: 4, measure: (t) => ctx.measureText(t).width });
    drawnLabels.set(chart, boxes);
    ctx.textBaseline = 'middle';
    for (const b of boxes) {
      if (b.hidden) continue;
      ctx.fillStyle = withAlpha(st.theme.background, 0.9);
      ctx.fillRect(b.x, b.y, b.width, b.height);
      ctx.fillStyle = st.theme.text;
      ctx.textAlign = b.side === 'right' ? 'left' : 'right';
      const x = b.side === 'right' ? b.x + 2 : b.x + b.width - 2;
      b.lines.forEach((line, i) => ctx.fillText(line, x, b.y + 2 + lineHeight * (i + 0.5)));
    }
    ctx.restore();
  },
};

/** The keyboard focus ring, drawn on the canvas in `--kj-color-focus`. */
const focusRingPlugin: Plugin = {
  id: 'kjFocusRing',
  afterDatasetsDraw(chart) {
    const st = states.get(chart);
    const focus = st?.focus;
    if (!st || !focus) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = st.theme.focus;
    ctx.lineWidth = 3;
    if (focus.type === 'node') {
      const r = nodeRects(chart).get(focus.key);
      if (r) ctx.strokeRect(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
    } else if (focus.type === 'flow') {
      const meta = chart.getDatasetMeta(0);
      for (const a of activeFor(chart, focus)) {
        flowPath(ctx, meta.data[a.index] as unknown as FlowElementLike);
        ctx.stroke();
      }
    } else {
      for (const a of activeFor(chart, focus)) {
        const b = a.element as unknown as BarElementLike;
        const left = Math.min(b.base, b.x);
        const width = Math.abs(b.x - b.base);
        if (width > 0) ctx.strokeRect(left - 2, b.y - b.height / 2 - 2, width + 4, b.height + 4);
      }
    }
    ctx.restore();
  },
};

// --- configurations ----------------------------------------------------------------------

function flowOf(st: ChartState, linkIndex: number): FlowItem | undefined {
  const link = st.graph.links[linkIndex];
  return link ? st.graph.flows.find((f) => f.id === link.flowId) : undefined;
}

/** What a flow's tooltip says: the route as title, then amount, date, status, reason, source. */
export function flowTooltipLines(st: ChartState, item: FlowItem): { title: string; lines: string[] } {
  const s = st.strings;
  const strip = (x: string) => x.replace(/[\u2068\u2069]/g, '');
  const lines = [`${item.kindText}${item.amountText ? `: ${item.amountText}` : ''}`, `${s.flowTableDate}: ${item.dateText}`, `${s.flowTableStatus}: ${item.statusText}`];
  const alternatives = item.alternativeIds.map((id) => st.graph.flows.find((f) => f.id === id)?.amountText).filter(Boolean);
  if (alternatives.length) lines.push(`${upperFirst(s.flowDrawnFigure(alternatives.length))}: ${alternatives.join('; ')}`);
  if (item.relatedElsewhere.length) lines.push(upperFirst(s.flowAlsoReported(item.relatedElsewhere.join(', '))));
  if (item.disputed) lines.push(s.flowDisputedReason(item.disputedText));
  lines.push(`${s.flowTableSource}: ${item.sources.map((x) => x.short).join('; ')}`);
  return { title: strip(item.route), lines: lines.flatMap((l) => wrapText(strip(l), 60)) };
}

function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function tooltipOptions(st: ChartState) {
  return {
    backgroundColor: st.theme.text,
    titleColor: st.theme.background,
    bodyColor: st.theme.background,
    footerColor: st.theme.background,
    borderColor: st.theme.border,
    borderWidth: 1,
    titleFont: { family: st.theme.fontFamily, size: st.theme.fontSize, weight: 'bold' as const },
    bodyFont: { family: st.theme.fontFamily, size: st.theme.fontSize - 1 },
    footerFont: { family: st.theme.fontFamily, size: st.theme.fontSize - 1 },
    displayColors: false,
    position: 'kjFocus' as const,
  };
}

function sankeyConfig(st: ChartState): ChartConfiguration<'sankey'> {
  const { graph, theme } = st;
  const labels: Record<string, string> = {};
  const priority: Record<string, number> = {};
  const column: Record<string, number> = {};
  for (const n of graph.nodes) {
    labels[n.key] = `${n.label}\n${n.totalText || st.strings.flowCount(n.flowIds.length)}`;
    priority[n.key] = n.order;
    column[n.key] = n.columnIndex;
  }
  const solid = withAlpha(theme.accent, 0.55);
  return {
    type: 'sankey',
    data: {
      datasets: [
        {
          // A small flow's band is drawn at the minimum thickness (l.shown), said in the notes.
          data: graph.links.map((l) => ({ from: l.from, to: l.to, flow: l.shown })),
          labels,
          priority,
          column,
          colorFrom: theme.accent,
          colorTo: theme.accent,
          colorMode: 'from',
          flowColor: (ctx) => {
            const link = graph.links[ctx.dataIndex];
            return link ? statusFill(theme.accent, link.status) : solid;
          },
          borderColor: theme.text,
          borderWidth: 0,
          nodeWidth: NODE_WIDTH,
          nodePadding: 14,
          size: 'max',
          modeX: 'edge',
          parsing: { from: 'from', to: 'to', flow: 'flow' },
          color: theme.text,
          font: { family: theme.fontFamily, size: theme.fontSize - 1 },
          // Drawn by nodeLabelsPlugin, laid out so that they never overlap or leave the canvas.
          nodeLabels: { display: false },
        },
      ],
    },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      // Bottom: room for half of a two-line node label centred on a thin node at the very bottom.
      layout: { padding: { top: theme.fontSize + 14, right: 8, bottom: theme.fontSize + 6, left: 4 } },
      interaction: { mode: 'kjSankey', intersect: true },
      // The sankey's scales are hidden, yet Chart.js writes their tick labels through an
      // Intl.NumberFormat, a page's first costing ~30 ms: an empty label asks no Intl; and it
      // measures them to skip some unless their ticks are hidden too.
      scales: { x: { ticks: { display: false, callback: () => '' } }, y: { ticks: { display: false, callback: () => '' } } },
      onClick: (_e, elements) => {
        if (st.tooltipNode) return;
        const item = elements[0] ? flowOf(st, elements[0].index) : undefined;
        if (item) st.onActivate(item.id);
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...tooltipOptions(st),
          callbacks: {
            title: (items: TooltipItem<'sankey'>[]) => {
              if (st.tooltipNode) {
                const node = graph.nodes.find((n) => n.key === st.tooltipNode);
                return node ? `${node.label} (${st.strings.flowColumns[node.column]})` : '';
              }
              const item = items[0] ? flowOf(st, items[0].dataIndex) : undefined;
              return item ? flowTooltipLines(st, item).title : '';
            },
            label: (ti: TooltipItem<'sankey'>) => {
              if (st.tooltipNode) return ti.dataIndex === activeFor(ti.chart, { type: 'node', key: st.tooltipNode })[0]?.index ? nodeLines(st) : [];
              const first = ti.chart.tooltip?.dataPoints?.[0];
              if (first && first.dataIndex !== ti.dataIndex) return [];
              const item = flowOf(st, ti.dataIndex);
              return item ? flowTooltipLines(st, item).lines : [];
            },
          },
        },
      },
    },
  };
}

function nodeLines(st: ChartState): string[] {
  const node = st.graph.nodes.find((n) => n.key === st.tooltipNode);
  if (!node) return [];
  const s = st.strings;
  const lines = [node.totalText ? `${s.flowTotal(node.totalText)}` : '', s.flowCount(node.flowIds.length)];
  if (node.notAdded) lines.push(upperFirst(s.flowDrawnFigure(node.notAdded)));
  return lines.filter(Boolean);
}

const STATUS_ORDER: FlowStatus[] = ['delivered', 'pledged', 'planned'];

function barsConfig(st: ChartState): ChartConfiguration<'bar'> {
  const { theme, graph, groups } = st;
  const s = st.strings;
  const amount = (v: number) => (graph.unit === 'none' ? s.flowCount(v) : formatAmount({ value: v, unit: graph.unit as Unit }, graph.locale, graph.numberStyle));
  return {
    type: 'bar',
    data: {
      labels: groups.map((g) => g.label),
      datasets: STATUS_ORDER.map((status) => ({
        label: s.statuses[status],
        data: groups.map((g) => g.byStatus[status]),
        backgroundColor: statusFill(theme.accent, status),
        borderColor: theme.accent,
        borderWidth: 1,
        borderSkipped: false,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false, axis: 'y' },
      scales: {
        x: {
          type: 'linear',
          stacked: true,
          beginAtZero: true,
          title: { display: true, text: s.flowBarsAxis(s.flowUnits[graph.unit]), color: theme.text, font: { family: theme.fontFamily, size: theme.fontSize - 1 } },
          ticks: { color: theme.text, font: { family: theme.fontFamily, size: theme.fontSize - 2 }, maxTicksLimit: 5, callback: (v) => (graph.unit === 'none' ? String(v) : amount(Number(v))) },
          grid: { color: withAlpha(theme.border, 0.4) },
        },
        y: { type: 'category', stacked: true, ticks: { color: theme.text, font: { family: theme.fontFamily, size: theme.fontSize - 1 } }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...tooltipOptions(st),
          callbacks: {
            title: (items) => (items[0] ? groups[items[0].dataIndex]?.label ?? '' : ''),
            label: (ti) => (ti.parsed.x ? `${ti.dataset.label}: ${amount(ti.parsed.x)}` : ''),
            footer: (items) => {
              const g = items[0] ? groups[items[0].dataIndex] : undefined;
              if (!g) return '';
              return [s.flowTotal(g.totalText || s.flowCount(g.count)), ...(g.notAdded ? [upperFirst(s.flowDrawnFigure(g.notAdded))] : [])];
            },
          },
        },
      },
    },
  };
}

function configFor(st: ChartState): ChartConfiguration<'sankey'> | ChartConfiguration<'bar'> {
  return st.view === 'bars' ? barsConfig(st) : sankeyConfig(st);
}

/** Creates the chart for a state on a canvas. */
export function createChart(canvas: HTMLCanvasElement, state: ChartState): Chart {
  register();
  const config = configFor(state);
  // The state must be known before the first draw (plugins read it), so attach it in a plugin hook.
  const attach: Plugin = { id: 'kjState', beforeInit: (chart) => void states.set(chart, state) };
  return new Chart(canvas, { ...(config as ChartConfiguration), plugins: [attach] });
}

/** Applies a new state (data, colours, language) to an existing chart of the same type. */
export function updateChart(chart: Chart, state: ChartState): void {
  const previous = states.get(chart);
  state.focus = previous?.focus ?? null;
  states.set(chart, state);
  const config = configFor(state) as ChartConfiguration;
  chart.data = config.data;
  chart.options = config.options ?? {};
  chart.update('none');
  if (state.focus) setFocus(chart, state.focus);
}
