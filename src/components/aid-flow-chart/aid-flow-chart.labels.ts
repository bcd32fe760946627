/**
 * Where the sankey's node labels go: a pure function of the node rectangles, the canvas size and a
 * text measure, so that it is tested without a canvas (test/components/aid-flow-chart.labels.test.ts)
 * and the adapter only paints what it returns. Guarantees: every shown label lies inside the
 * canvas, no two shown labels overlap, and a label never crosses into another column's labels.
 * A label too wide for its room wraps at spaces, then is shortened with "…" (the node's tooltip
 * and the table keep the full name); labels that cannot all fit a column's height are hidden from
 * the smallest node up (`hidden`), never drawn over each other.
 */

export interface LabelNode {
  key: string;
  /** Column index, 0 = left. */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's lines before wrapping: name, then the figure. */
  lines: string[];
}

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The lines drawn, wrapped and shortened to fit. */
  lines: string[];
  /** Which side of its node the label sits; text is aligned towards the node. */
  side: 'left' | 'right';
  hidden: boolean;
}

export interface LabelLayoutOptions {
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** Labels stay below this line (the column headings are above it); 0 by default. */
  top?: number;
  lineHeight: number;
  /** Inside the label's backing box. */
  padding: number;
  /** Between a node and its label, and between neighbouring labels. */
  gap: number;
  measure: (text: string) => number;
}

const ELLIPSIS = '…';

/** `text` shortened with "…" to at most `max` wide (at least one character stays). */
function shorten(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(chars.join('') + ELLIPSIS) > max) chars.pop();
  return chars.join('') + ELLIPSIS;
}

/** Greedy wrap at spaces into lines at most `max` wide; a word wider than that is shortened. */
export function wrapLabel(text: string, max: number, measure: (t: string) => number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= max) line = next;
    else {
      if (line) out.push(line);
      line = shorten(word, max, measure);
    }
  }
  if (line) out.push(line);
  return out;
}

/**
 * The horizontal room of each column's labels: right of the node, except the last column's (left
 * of it). The last gap is shared by the labels either side of it: each gets what it needs when
 * both fit, else a share in proportion to its need, the last column keeping room for its longest
 * word where it can (so "Indonesia" is not shortened to make room for a channel's long name).
 */
function columnRooms(nodes: readonly LabelNode[], o: LabelLayoutOptions): Map<number, { side: 'left' | 'right'; from: number; to: number }> {
  const xs = new Map<number, { left: number; right: number; need: number; word: number }>();
  for (const n of nodes) {
    const c = xs.get(n.column);
    const need = Math.max(0, ...n.lines.map((l) => o.measure(l))) + 2 * o.padding;
    const word = Math.max(0, ...n.lines.flatMap((l) => l.split(/\s+/)).map((w) => o.measure(w))) + 2 * o.padding;
    xs.set(n.column, {
      left: Math.min(c?.left ?? Infinity, n.x),
      right: Math.max(c?.right ?? -Infinity, n.x + n.width),
      need: Math.max(c?.need ?? 0, need),
      word: Math.max(c?.word ?? 0, word),
    });
  }
  const columns = [...xs.keys()].sort((a, b) => a - b);
  const last = columns[columns.length - 1];
  const rooms = new Map<number, { side: 'left' | 'right'; from: number; to: number }>();
  // Where the shared last gap is split.
  let split = o.width;
  if (columns.length > 1) {
    const before = xs.get(columns[columns.length - 2])!;
    const end = xs.get(last)!;
    const room = end.left - before.right - 3 * o.gap;
    const share = before.need + end.need <= room ? end.need : Math.max((room * end.need) / (before.need + end.need), Math.min(end.word, 0.6 * room));
    split = end.left - o.gap - share - o.gap / 2;
  }
  columns.forEach((c, i) => {
    const here = xs.get(c)!;
    const next = xs.get(columns[i + 1]);
    if (c === last && columns.length > 1) rooms.set(c, { side: 'left', from: Math.max(0, split + o.gap / 2), to: here.left - o.gap });
    else {
      const to = !next ? o.width : columns[i + 1] === last ? split - o.gap / 2 : next.left - o.gap;
      rooms.set(c, { side: 'right', from: here.right + o.gap, to: Math.min(o.width, to) });
    }
  });
  return rooms;
}

/**
 * Stacks a column's boxes near their nodes' centres without overlap and inside [top, height]: a
 * pass down pushes each below the previous, a pass up pulls them back inside the bottom edge.
 * Returns false when they cannot fit.
 */
function stack(boxes: LabelBox[], centres: Map<string, number>, top: number, height: number, gap: number): boolean {
  const shown = boxes.filter((b) => !b.hidden).sort((a, b) => centres.get(a.key)! - centres.get(b.key)!);
  const needed = shown.reduce((s, b) => s + b.height, 0) + gap * Math.max(0, shown.length - 1);
  if (needed > height - top) return false;
  let bottom = -Infinity;
  for (const b of shown) {
    b.y = Math.max(top, centres.get(b.key)! - b.height / 2, bottom + gap);
    bottom = b.y + b.height;
  }
  let ceiling = height + gap;
  for (const b of [...shown].reverse()) {
    b.y = Math.min(b.y, ceiling - gap - b.height);
    ceiling = b.y;
  }
  return true;
}

/** Lays out every node's label (see the module comment for what it guarantees). */
export function layoutNodeLabels(nodes: readonly LabelNode[], o: LabelLayoutOptions): LabelBox[] {
  const rooms = columnRooms(nodes, o);
  const boxes: LabelBox[] = [];
  const centres = new Map<string, number>();
  for (const n of nodes) {
    const room = rooms.get(n.column)!;
    const maxText = Math.max(1, room.to - room.from - 2 * o.padding);
    const lines = n.lines.flatMap((l) => wrapLabel(l, maxText, o.measure));
    const width = Math.min(room.to - room.from, Math.max(0, ...lines.map((l) => o.measure(l))) + 2 * o.padding);
    const height = lines.length * o.lineHeight + 2 * o.padding;
    const x = room.side === 'right' ? room.from : room.to - width;
    centres.set(n.key, n.y + n.height / 2);
    boxes.push({ key: n.key, x, y: 0, width, height, lines, side: room.side, hidden: width <= 2 * o.padding || !lines.length });
  }
  const size = new Map(nodes.map((n) => [n.key, n.height]));
  for (const column of rooms.keys()) {
    const inColumn = boxes.filter((b) => nodes.find((n) => n.key === b.key)!.column === column);
    // Too tall for the canvas: the smallest node's label goes first (its name stays in the tooltip and the table).
    const bySize = [...inColumn].sort((a, b) => size.get(a.key)! - size.get(b.key)!);
    while (!stack(inColumn, centres, o.top ?? 0, o.height, o.gap)) {
      const next = bySize.find((b) => !b.hidden);
      if (!next) break;
      next.hidden = true;
    }
  }
  return boxes;
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
