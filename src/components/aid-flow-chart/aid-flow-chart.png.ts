/**
 * The PNG export: the drawn chart with its title above and its notes, source and licence lines
 * below, so that a downloaded image never travels without its credits. Canvas only, no Chart.js.
 */
import type { ChartTheme } from './aid-flow-chart.chartjs.js';

/** What the export reads of a drawn chart (a Chart.js instance has it). */
export interface DrawnChart {
  readonly canvas: HTMLCanvasElement;
  readonly width: number;
  readonly height: number;
}

/** The chart as a PNG with its title, source line and licence drawn in. */
export function exportPng(chart: DrawnChart, info: { title: string; lines: string[]; theme: ChartTheme }): Promise<Blob> {
  const { theme } = info;
  const pad = 16;
  const width = Math.max(320, chart.width);
  const lineHeight = theme.fontSize + 6;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${theme.fontSize - 1}px ${theme.fontFamily}`;
  const wrapped = info.lines.flatMap((l) => wrapToWidth(measure, l, width - 2 * pad));
  const header = pad + lineHeight + 8;
  const height = header + chart.height + 8 + wrapped.length * lineHeight + pad;
  const ratio = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = theme.text;
  ctx.textBaseline = 'top';
  ctx.font = `600 ${theme.fontSize + 2}px ${theme.fontFamily}`;
  ctx.fillText(info.title, pad, pad);
  ctx.drawImage(chart.canvas, 0, header, chart.width, chart.height);
  ctx.font = `${theme.fontSize - 1}px ${theme.fontFamily}`;
  wrapped.forEach((line, i) => ctx.fillText(line, pad, header + chart.height + 8 + i * lineHeight));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/[\u2068\u2069]/g, '').split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
