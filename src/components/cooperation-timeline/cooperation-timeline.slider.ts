/**
 * What drives the timeline's overview strip, loaded a frame after the first render: which years
 * the dated list shows in the viewport (and in its own scroll box) and whether a horizontal row
 * can scroll further, measured over the rendered items only (a windowed list renders a few dozen
 * of 10 000); the slider's keys and clicks, and the earlier/later buttons. They move the list,
 * not focus.
 */
import type { Axis } from './cooperation-timeline.axis.js';
import type { TimelineAxisController, YearRange } from './cooperation-timeline.overview.js';

const listOf = (c: TimelineAxisController) => c.host.shadowRoot?.querySelector<HTMLElement>('ol.list');

/** Measures what is in view; the host re-renders only when that changed. */
export function measure(c: TimelineAxisController): void {
  const thin = thinLabels(c);
  const list = listOf(c);
  let range: YearRange | undefined;
  if (list) {
    const box = list.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(innerHeight, box.bottom);
    const left = Math.max(0, box.left);
    const right = Math.min(innerWidth, box.right);
    for (const li of list.querySelectorAll<HTMLElement>('li[data-year]')) {
      const r = li.getBoundingClientRect();
      if (r.bottom <= top || r.top >= bottom || r.right <= left || r.left >= right) continue;
      const year = Number(li.dataset.year);
      range = { from: Math.min(range?.from ?? year, year), to: Math.max(range?.to ?? year, year) };
    }
  }
  const scrolled = Math.abs(list?.scrollLeft ?? 0);
  const atStart = scrolled < 1;
  const atEnd = !list || scrolled + list.clientWidth >= list.scrollWidth - 1;
  thin();
  if (range?.from === c.range?.from && range?.to === c.range?.to && atStart === c.atStart && atEnd === c.atEnd) return;
  Object.assign(c, { range, atStart, atEnd });
  c.host.requestUpdate();
}

/**
 * Hides year labels that would touch the one before at this width (the last one always shows).
 * Reads every label's box first and returns the writes: measuring after each class change forced
 * a layout per label, on every scroll frame. `.crowded` only hides, so boxes do not move.
 */
function thinLabels(c: TimelineAxisController): () => void {
  const labels = [...(c.host.shadowRoot?.querySelectorAll<HTMLElement>('.scale .year') ?? [])];
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const crowded = new Set<number>();
  let previous = -1;
  for (const [i, box] of boxes.entries()) {
    if (previous < 0 || box.left >= boxes[previous].right + 6) previous = i;
    else crowded.add(i === labels.length - 1 ? previous : i);
  }
  // toggle() with an unchanged state leaves the element alone: no style invalidation.
  return () => labels.forEach((label, i) => label.classList.toggle('crowded', crowded.has(i)));
}

/** Jumps to `year`, or with `direction` to the nearest year with events that way. */
function jump(c: TimelineAxisController, axis: Axis, year: number, direction = 0): void {
  const years = axis.years;
  const target =
    direction > 0
      ? (years.find((y) => y.year >= year) ?? years.at(-1))
      : direction < 0
        ? (years.findLast((y) => y.year <= year) ?? years[0])
        : (years.find((y) => y.year >= year) ?? years.at(-1));
  if (!target) return;
  c.year = target.year;
  c.host.requestUpdate();
  c.show(target.index);
}

/** Horizontal: scrolls the row by most of its width. */
export function page(c: TimelineAxisController, direction: 1 | -1): void {
  const list = listOf(c);
  const rtl = getComputedStyle(c.host).direction === 'rtl';
  list?.scrollBy({ left: direction * (rtl ? -1 : 1) * list.clientWidth * 0.8 });
}

/** The slider's keys: up and right go later, Page keys by a decade. */
export function key(c: TimelineAxisController, axis: Axis, year: number, e: KeyboardEvent): void {
  const years = axis.years;
  let at = 0;
  while (at + 1 < years.length && years[at + 1].year <= year) at++;
  const next = years[Math.min(at + 1, years.length - 1)].year;
  const previous = years[Math.max(at - 1, 0)].year;
  const to: Record<string, [number, number?]> = {
    ArrowRight: [next],
    ArrowUp: [next],
    ArrowLeft: [previous],
    ArrowDown: [previous],
    PageUp: [year + 10, 1],
    PageDown: [year - 10, -1],
    Home: [axis.min],
    End: [years[years.length - 1].year],
  };
  if (!to[e.key]) return;
  e.preventDefault();
  jump(c, axis, ...to[e.key]);
}

/** A click on the strip: the year with events nearest to where the reader pointed. */
export function click(c: TimelineAxisController, axis: Axis, e: MouseEvent): void {
  const r = (e.currentTarget as HTMLElement).querySelector('.scale')!.getBoundingClientRect();
  const x = (e.clientX - r.left) / (r.width || 1);
  let best = axis.years[0].year;
  for (const { year } of axis.years) if (Math.abs(axis.at(year) - x) < Math.abs(axis.at(best) - x)) best = year;
  jump(c, axis, best);
}
