/**
 * Pure view-model of the timeline's time axis: where each dated event sits in time, which years
 * the scale labels, where long silences break the axis, and what the overview strip draws.
 * No DOM. O(n + years spanned): one pass over the events and one over the years they cover.
 */

/** A dated event as the axis sees it, in the timeline's order (by start). */
export interface AxisInput {
  start: string;
  end?: string;
  /** Approximate or inferred: drawn as an open marker. */
  open: boolean;
  /** Inferred (its date reads "(inferred)"): a date shown once per run must read the same. */
  inferred?: boolean;
}

/** How one dated event sits on the axis, relative to the one before it. */
export interface AxisItem {
  year: number;
  /** Space before the event, in years (0–BREAK_YEARS): proportional to the time since the previous one. */
  gap: number;
  /** Set instead of `gap` when more than BREAK_YEARS passed: the axis breaks, and says how long. */
  breakYears?: number;
  /** The event has an end in a later year: a period, drawn as a span. */
  span: boolean;
  open: boolean;
  /** Same date (and the same certainty, inferred or not) as the event before: the date is shown once per run. */
  repeatDate: boolean;
}

export interface Axis {
  items: AxisItem[];
  min: number;
  max: number;
  /** Labelled years, with their place on the strip (0–1). */
  ticks: { year: number; at: number }[];
  /** Long silences, drawn compressed and marked, with their place on the strip. */
  breaks: { from: number; to: number; at: number }[];
  /** What the overview strip draws, one mark per distinct date (10 000 events stay a few marks). */
  marks: { from: number; to: number; open: boolean }[];
  /** The years that have events, in order, with the index of their first event. */
  years: { year: number; index: number }[];
  /** Place of a year on the strip (0–1); monotonic in time. */
  at(year: number): number;
}

/** A silence longer than this many years is drawn as a break, not to scale. */
export const BREAK_YEARS = 5;
/** The length, in years of scale, a break takes on the strip. */
const BREAK_LENGTH = 1.5;
/** Labels closer than this (share of the strip) would overlap: the later one is dropped. */
const MIN_LABEL_GAP = 0.15;

const yearOf = (iso: string) => Number(iso.slice(0, 4));

export function buildAxis(inputs: readonly AxisInput[]): Axis {
  const items: AxisItem[] = [];
  const years: Axis['years'] = [];
  const markKeys = new Set<string>();
  const marks: Axis['marks'] = [];
  let min = Infinity;
  let max = -Infinity;
  let prev: AxisInput | undefined;
  for (const [index, input] of inputs.entries()) {
    const year = yearOf(input.start);
    const end = input.end ? yearOf(input.end) : year;
    const last = prev ? yearOf(prev.start) : year;
    const silence = year - last;
    items.push({
      year,
      gap: silence <= BREAK_YEARS ? silence : 0,
      breakYears: silence > BREAK_YEARS ? silence : undefined,
      span: end > year,
      open: input.open,
      repeatDate: !!prev && prev.start === input.start && prev.end === input.end && prev.open === input.open && !prev.inferred === !input.inferred,
    });
    if (!prev || silence) years.push({ year, index });
    const key = `${year} ${end} ${input.open}`;
    if (!markKeys.has(key)) {
      markKeys.add(key);
      marks.push({ from: year, to: end, open: input.open });
    }
    min = Math.min(min, year);
    max = Math.max(max, end);
    prev = input;
  }
  if (!items.length) return { items, min: 0, max: 0, ticks: [], breaks: [], marks: [], years, at: () => 0 };

  // Years that anchor the scale (a start or an end), then each year's offset on a scale where a
  // silence longer than BREAK_YEARS takes only BREAK_LENGTH.
  const span = max - min;
  const anchored = new Uint8Array(span + 1);
  for (const m of marks) anchored[m.from - min] = anchored[m.to - min] = 1;
  const offset = new Float64Array(span + 1);
  const breaks: { from: number; to: number; mid: number }[] = [];
  for (let y = 1, anchor = 0; y <= span; y++) {
    if (!anchored[y]) continue;
    const silence = y - anchor;
    const length = silence > BREAK_YEARS ? BREAK_LENGTH : silence;
    if (silence > BREAK_YEARS) breaks.push({ from: anchor + min, to: y + min, mid: offset[anchor] + length / 2 });
    for (let k = anchor + 1; k <= y; k++) offset[k] = offset[anchor] + (length * (k - anchor)) / silence;
    anchor = y;
  }
  const total = offset[span] || 1;
  // A single year sits in the middle of the strip.
  const at = (year: number) => (span ? offset[Math.max(0, Math.min(span, year - min))] / total : 0.5);
  // 1: inside a break; 2: the first year after one.
  const inBreak = new Uint8Array(span + 1);
  for (const b of breaks) {
    for (let y = b.from + 1; y < b.to; y++) inBreak[y - min] = 1;
    inBreak[b.to - min] = 2;
  }

  // Labels: the first and last years, every year after a break, and round years (a step that
  // gives about six), never inside a break, never overlapping.
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => total / s <= 6) ?? 1000;
  const ticks: Axis['ticks'] = [];
  for (let y = min; y <= max; y++) {
    if (inBreak[y - min] === 1) continue;
    const afterBreak = inBreak[y - min] === 2;
    if (y !== min && y !== max && !afterBreak && y % step) continue;
    const place = at(y);
    const lastTick = ticks.at(-1);
    if (lastTick && place - lastTick.at < MIN_LABEL_GAP) {
      // The last year and years after a break matter more than a round year before them.
      if (y === max || afterBreak) ticks.pop();
      else continue;
    }
    ticks.push({ year: y, at: place });
  }
  return { items, min, max, ticks, breaks: breaks.map((b) => ({ from: b.from, to: b.to, at: b.mid / total })), marks, years, at };
}
