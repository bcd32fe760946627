/**
 * The timeline's time axis as the first render draws it: the overview strip (years on a scale,
 * breaks, marks, the visible window; a slider), the horizontal layout's earlier/later buttons,
 * and the axis styles. The list itself stays in the DOM (find-in-page, print, windowing).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import type { Axis } from './cooperation-timeline.axis.js';
import { loadedModule, loadModule } from '../../controllers/lazy-module-controller.js';
import type * as SliderModule from './cooperation-timeline.slider.js';

type Slider = typeof SliderModule;
const SLIDER_KEY = 'cooperation-timeline/slider';
const loadSlider = () => import('./cooperation-timeline.slider.js');

export { buildAxis, type Axis, type AxisInput } from './cooperation-timeline.axis.js';

export interface YearRange {
  from: number;
  to: number;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * The overview strip. What drives it (tracking which years the list shows, the slider's keys and
 * clicks, the earlier/later buttons) is in `cooperation-timeline.slider.ts`, which loads right
 * after the first render: the strip draws the same before it (the years in view are measured a
 * frame after a render either way).
 */
export class TimelineAxisController implements ReactiveController {
  range?: YearRange;
  atStart = true;
  atEnd = true;
  /** The year last jumped to: the slider's value while it is in view. */
  year?: number;
  private frame = 0;
  // The host's own width changes too (a sidebar folds, a grid reflows): labels thin or come back.
  private resized?: ResizeObserver;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    /** Brings the event at this index of the list to the start of the view. */
    readonly show: (index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    // Scroll events of the list's own box do not leave the shadow root: listen there, capturing.
    this.host.shadowRoot?.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    (this.resized ??= new ResizeObserver(this.schedule)).observe(this.host);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    this.resized?.disconnect();
    this.host.shadowRoot?.removeEventListener('scroll', this.schedule, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    // Places on the strip are set through the CSSOM, which a page's CSP allows (a style
    // attribute it may not).
    for (const el of this.host.shadowRoot?.querySelectorAll<HTMLElement>('.scale [data-at]') ?? []) {
      el.style.setProperty('--at', el.dataset.at!);
      if (el.dataset.to) el.style.setProperty('--to', el.dataset.to);
    }
    this.schedule();
  }

  private schedule = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const slider = loadedModule<Slider>(SLIDER_KEY);
      if (slider) slider.measure(this);
      else void loadModule(SLIDER_KEY, loadSlider).then(this.schedule, () => undefined);
    });
  };

  render(axis: Axis, s: Strings, horizontal: boolean) {
    const { range } = this;
    if (axis.max === axis.min) return nothing;
    const year = range && this.year !== undefined && this.year >= range.from && this.year <= range.to ? this.year : (range?.from ?? axis.min);
    // Before the slider's code is in (a frame after the first render), keys and clicks do nothing.
    const slider = () => loadedModule<Slider>(SLIDER_KEY);
    const onKeydown = (e: KeyboardEvent) => slider()?.key(this, axis, year, e);
    const onClick = (e: MouseEvent) => slider()?.click(this, axis, e);
    const button = (direction: 1 | -1, disabled: boolean, glyph: string, label: string) =>
      html`<button type="button" class="page" aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && slider()?.page(this, direction)}>
        <span aria-hidden="true">${glyph}</span><span class="visually-hidden">${label}</span>
      </button>`;
    return html`<div class="overview" part="overview">
      ${horizontal ? button(-1, this.atStart, '‹', s.earlierEvents) : nothing}
      <div
        class="strip"
        role="slider"
        tabindex="0"
        aria-label=${s.jumpToYear}
        aria-orientation="horizontal"
        aria-valuemin=${axis.min}
        aria-valuemax=${axis.max}
        aria-valuenow=${year}
        aria-valuetext=${range ? (range.from === range.to ? range.from : `${range.from}–${range.to}`) : year}
        @keydown=${onKeydown}
        @click=${onClick}
      >
        <div class="scale" aria-hidden="true">
          <span class="axis-line"></span>
          ${range ? html`<span class="window" data-at=${pct(axis.at(range.from))} data-to=${pct(axis.at(range.to))}></span>` : nothing}
          ${axis.marks.map(
            (m) =>
              html`<span class="mark ${m.to > m.from ? 'span' : ''} ${m.open ? 'open' : ''}" data-at=${pct(axis.at(m.from))} data-to=${pct(axis.at(m.to))}></span>`,
          )}
          ${axis.breaks.map((b) => html`<span class="break" data-at=${pct(b.at)}>≈</span>`)}
          ${axis.ticks.map(
            (t, i, all) => html`<span class="year ${i === 0 ? 'first' : i === all.length - 1 ? 'last' : ''}" data-at=${pct(t.at)}>${t.year}</span>`,
          )}
        </div>
      </div>
      ${horizontal ? button(1, this.atEnd, '›', s.laterEvents) : nothing}
    </div>`;
  }
}

export const overviewStyles = css`
  .overview {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin-block-end: 0.5rem;
    padding-block: 0.25rem;
    background: var(--_bg);
  }
  /* Vertical: the strip stays in view while the page scrolls through the list. */
  .layout-vertical:not(.virtual) .overview {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }
  .strip {
    flex: 1;
    min-width: 0;
    padding-inline: 0.75rem;
    border-radius: var(--_radius);
    cursor: pointer;
    color: var(--_muted);
  }
  .strip:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Time runs left to right on the strip, whatever the page's direction. */
  .scale {
    position: relative;
    direction: ltr;
    height: 2.75rem;
    font-size: 0.75rem;
    line-height: 1;
  }
  .scale > * {
    position: absolute;
    left: var(--at, 0);
    box-sizing: border-box;
  }
  .axis-line {
    left: 0;
    right: 0;
    top: 15px;
    border-top: 2px solid var(--_border);
  }
  .window {
    top: 4px;
    height: 24px;
    width: calc(var(--to) - var(--at) + 12px);
    margin-left: -6px;
    border: 2px solid var(--_accent);
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
  }
  .mark {
    top: 12px;
    width: 8px;
    height: 8px;
    margin-left: -4px;
    border: 1.5px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
  }
  .mark.span {
    top: 13px;
    height: 6px;
    width: calc(var(--to) - var(--at) + 8px);
    border-radius: 3px;
  }
  .mark.open {
    background: var(--_bg);
    border-style: dashed;
  }
  .break {
    top: 8px;
    width: 1.2em;
    margin-left: -0.6em;
    line-height: 16px;
    text-align: center;
    background: var(--_bg);
  }
  .year {
    top: 26px;
    white-space: nowrap;
    transform: translateX(-50%);
  }
  .year.first {
    transform: none;
  }
  .year.crowded {
    visibility: hidden;
  }
  .year.last {
    transform: translateX(-100%);
  }
  /* The tick above each labelled year. */
  .year::before {
    content: '';
    position: absolute;
    top: -6px;
    left: 50%;
    height: 4px;
    border-left: 2px solid var(--_border);
  }
  .year.first::before {
    left: 0;
  }
  .year.last::before {
    left: auto;
    right: 0;
  }
  /* The list: space before an event in proportion to the years since the one before it; a long
     silence gets a fixed space with its length written in it. */
  .item[data-gap='1'] {
    --_lead: 0.6rem;
  }
  .item[data-gap='2'] {
    --_lead: 1.2rem;
  }
  .item[data-gap='3'] {
    --_lead: 1.8rem;
  }
  .item[data-gap='4'] {
    --_lead: 2.4rem;
  }
  .item[data-gap='5'] {
    --_lead: 3rem;
  }
  .item:has(> .axis-break) {
    --_lead: 2.6rem;
  }
  .list .item {
    padding-block-start: var(--_lead, 0rem);
    scroll-margin-block-start: 4rem;
  }
  .list .item::before {
    inset-block-start: calc(var(--_lead, 0rem) + 0.45rem);
  }
  /* Certain dates are filled marks; approximate, inferred and undated ones stay open. */
  .item[data-year]:not(.open)::before {
    background: var(--_accent);
  }
  .item:not([data-year])::before {
    border-color: var(--_border);
  }
  .item.span::before {
    height: 1.6rem;
    border-radius: 0.4rem;
  }
  .item.selected::before {
    background: var(--_accent);
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_accent);
  }
  .axis-break {
    position: absolute;
    inset-block-start: 0.6rem;
    inset-inline-start: 1.5rem;
    font-size: 0.8rem;
    font-style: italic;
    color: var(--_muted);
  }
  /* The axis line, interrupted: a long silence is not drawn to scale. */
  .axis-break::before {
    content: '≈';
    position: absolute;
    inset-inline-start: calc(-2rem - 1px);
    width: 1rem;
    text-align: center;
    font-style: normal;
    background: var(--_bg);
  }
  @media print {
    .overview {
      display: none;
    }
  }
`;
