/**
 * The PNG export: the drawn chart framed so that it stands alone — title and total above, the
 * legend's swatches, the chart, then its notes, source and licence lines, with margins all round.
 * Where each part goes is computed by `pngLayout` (pure, tested); `exportPng` only paints it.
 * Canvas only, no Chart.js: the swatches are painted by the chart module's `drawSwatch`.
 */
import type { ChartTheme } from './aid-flow-chart.chartjs.js';
import type { LegendKey } from './aid-flow-chart.view.js';

/** What the export reads of a drawn chart (a Chart.js instance has it). */
export interface DrawnChart {
  readonly canvas: HTMLCanvasElement;
  readonly width: number;
  readonly height: number;
}

export interface PngInfo {
  title: string;
  /** "Total drawn: …", '' for none. */
  total: string;
  legend: { key: LegendKey; label: string }[];
  /** Notes, source line, licence line. */
  lines: string[];
  theme: ChartTheme;
}

export interface PngBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngLayout {
  width: number;
  height: number;
  margin: number;
  title: PngBox & { lines: string[] };
  total?: PngBox;
  legend: (PngBox & { key: LegendKey; label: string; swatch: PngBox })[];
  chart: PngBox;
  lines: (PngBox & { text: string })[];
}

export const PNG_MARGIN = 24;
const SWATCH = { width: 22, height: 12, gap: 6, spacing: 18 };

/** Where title, total, legend, chart and credit lines go; `measure(text, size)` gives a text's width. */
export function pngLayout(measure: (text: string, size: number) => number, info: Omit<PngInfo, 'theme'>, chart: { width: number; height: number }, fontSize: number): PngLayout {
  const margin = PNG_MARGIN;
  const width = Math.max(320, chart.width) + 2 * margin;
  const inner = width - 2 * margin;
  const titleSize = fontSize + 4;
  const line = (size: number) => Math.round(size * 1.45);
  let y = margin;
  const titleLines = wrap((t) => measure(t, titleSize), info.title, inner);
  const title = { x: margin, y, width: inner, height: titleLines.length * line(titleSize), lines: titleLines };
  y += title.height;
  let total: PngBox | undefined;
  if (info.total) {
    total = { x: margin, y, width: Math.min(inner, measure(info.total, fontSize)), height: line(fontSize) };
    y += total.height;
  }
  y += 8;
  const legend: PngLayout['legend'] = [];
  let x = margin;
  const rowHeight = line(fontSize);
  for (const item of info.legend) {
    const w = SWATCH.width + SWATCH.gap + measure(item.label, fontSize);
    if (x > margin && x + w > margin + inner) {
      x = margin;
      y += rowHeight;
    }
    legend.push({ ...item, x, y, width: w, height: rowHeight, swatch: { x, y: y + (rowHeight - SWATCH.height) / 2, width: SWATCH.width, height: SWATCH.height } });
    x += w + SWATCH.spacing;
  }
  if (legend.length) y += rowHeight + 8;
  const chartBox = { x: margin + (inner - chart.width) / 2, y, width: chart.width, height: chart.height };
  y += chart.height + 10;
  const lines: PngLayout['lines'] = [];
  const small = fontSize - 1;
  for (const text of info.lines)
    for (const l of wrap((t) => measure(t, small), text, inner)) {
      lines.push({ x: margin, y, width: measure(l, small), height: line(small), text: l });
      y += line(small);
    }
  return { width, height: y + margin, margin, title, total, legend, chart: chartBox, lines };
}

/** The chart as a PNG that stands alone: title, total, legend, chart, notes, source and licence. */
export function exportPng(chart: DrawnChart, info: PngInfo, drawSwatch: (ctx: CanvasRenderingContext2D, key: LegendKey, box: PngBox) => void): Promise<Blob> {
  const { theme } = info;
  const fontSize = theme.fontSize;
  const fontOf = (size: number, weight = 'normal') => `${weight} ${size}px ${theme.fontFamily}`;
  const measurer = document.createElement('canvas').getContext('2d')!;
  const measure = (text: string, size: number) => {
    measurer.font = fontOf(size, size > fontSize ? '600' : 'normal');
    return measurer.measureText(text).width;
  };
  const plainInfo = { ...info, title: plain(info.title), total: plain(info.total), lines: info.lines.map(plain) };
  const layout = pngLayout(measure, plainInfo, chart, fontSize);
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * ratio);
  canvas.height = Math.ceil(layout.height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = theme.text;
  ctx.textBaseline = 'top';
  ctx.font = fontOf(fontSize + 4, '600');
  layout.title.lines.forEach((l, i) => ctx.fillText(l, layout.title.x, layout.title.y + (i * layout.title.height) / layout.title.lines.length));
  ctx.font = fontOf(fontSize);
  if (layout.total) ctx.fillText(plainInfo.total, layout.total.x, layout.total.y);
  for (const item of layout.legend) {
    drawSwatch(ctx, item.key, item.swatch);
    ctx.fillStyle = theme.text;
    ctx.textBaseline = 'middle';
    ctx.font = fontOf(fontSize);
    ctx.fillText(item.label, item.x + item.swatch.width + 6, item.y + item.height / 2);
  }
  ctx.textBaseline = 'top';
  ctx.drawImage(chart.canvas, layout.chart.x, layout.chart.y, chart.width, chart.height);
  ctx.font = fontOf(fontSize - 1);
  ctx.fillStyle = theme.muted;
  for (const l of layout.lines) ctx.fillText(l.text, l.x, l.y);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

function wrap(measure: (text: string) => number, text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
