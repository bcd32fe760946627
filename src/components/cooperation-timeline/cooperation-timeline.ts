import { html, isServer, nothing, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues } from 'lit';
import { textLanguage } from '../../data/localized.js';
import { KerjasamaElement } from '../../base/kerjasama-element.js';
import type { DatasetNeeds } from '../../controllers/dataset-controller.js';
import { LazyModuleController, loadModule } from '../../controllers/lazy-module-controller.js';
import type * as Windowing from './cooperation-timeline.windowing.js';
import { buildAxis, overviewStyles, TimelineAxisController, type Axis } from './cooperation-timeline.overview.js';
import type * as Details from './cooperation-timeline.details.js';
import type * as Controls from './cooperation-timeline.controls.js';
import type * as Horizontal from './cooperation-timeline.horizontal.js';
import type * as Navigation from './cooperation-timeline.navigation.js';
import type * as Warnings from './cooperation-timeline.warnings.js';
import { KjSelectEvent } from '../../events.js';
import { getEvent } from '../../data/lookups.js';
import type { EventFilter } from '../../data/queries.js';
import type { DatasetT, EventT } from '../../data/schema.js';
import { isoBounds, isValidIsoDate } from '../../data/iso-dates.js';
import { timelineStyles } from './cooperation-timeline.styles.js';
import {
  buildTimelineView,
  parseList,
  toEventLinks,
  toTimelineItem,
  type TimelineEntry,
  type TimelineItem,
  type TimelineView,
} from './cooperation-timeline.view.js';
import { cooperationTimelineAttributes as contract, type TimelineLayout, type UndatedMode } from './cooperation-timeline.options.js';
import { allowedValue, choiceProperty } from '../../base/attribute-contract.js';
import { clampLevel } from '../../internal/heading-level.js';
import { t, type Strings } from '../../i18n/strings.js';

/** Above this many events only the visible window is rendered. */
export const VIRTUALIZE_THRESHOLD = 200;
/** Items a long list shows while its windowing code loads. */
const WINDOW_PREVIEW = 30;
const HASH_PREFIX = '#event-';

// Ids in the shadow root: the same on server and client, so a server render hydrates.
const UID = 'kj-timeline';
/** What an open event shows besides the first render's records. */
const DETAIL_NEEDS = { core: ['actors', 'citations', 'sources'], detail: ['events'] } satisfies DatasetNeeds;

// Code the default first render does not draw: an open event's details, the filter bar, the
// horizontal and `auto` layouts.
const DETAILS = { key: 'cooperation-timeline/details', load: () => import('./cooperation-timeline.details.js'), styles: (m: typeof Details) => [m.detailsStyles] };
const CONTROLS = { key: 'cooperation-timeline/controls', load: () => import('./cooperation-timeline.controls.js'), styles: (m: typeof Controls) => [m.controlsStyles] };
const HORIZONTAL = { key: 'cooperation-timeline/horizontal', load: () => import('./cooperation-timeline.horizontal.js'), styles: (m: typeof Horizontal) => [m.horizontalStyles] };

/** Loads the timeline's lazy parts, so that a server render can show details, the filter bar and any layout; resolves to their styles. */
export async function preloadCooperationTimeline(): Promise<CSSResultOrNative[]> {
  const [d, c, h] = await Promise.all([loadModule(DETAILS.key, DETAILS.load), loadModule(CONTROLS.key, CONTROLS.load), loadModule(HORIZONTAL.key, HORIZONTAL.load)]);
  return [d.detailsStyles, c.controlsStyles, h.horizontalStyles];
}

// A filter's default is not reflected (useDefault): the author's markup stays as written (a
// false boolean is no attribute anyway).
const REFLECTED = { reflect: true, useDefault: true } as const;

/**
 * The dataset's events as an ordered list on a time axis, with filters, keyboard navigation,
 * expandable details with the verbatim evidence, and deep links. Windowed above 200 events.
 *
 * @tagname cooperation-timeline
 * @summary Filterable, accessible timeline of cooperation events.
 * @csspart controls - The filter bar (with `controls`).
 * @csspart count - The result count.
 * @csspart list - The ordered list of events.
 * @csspart item - One event.
 * @csspart date - An event's date.
 * @csspart title - An event's title button (toggles its details).
 * @csspart details - An event's expanded details.
 * @csspart empty - The message shown when nothing matches.
 * @csspart overview - The overview strip: years on a scale and the years in view (a slider).
 * @fires kj-select - An event was selected: `detail` is `{ type: 'event', id }`.
 * @cssprop --kj-color-accent - Axis, links and the selected event.
 * @cssprop --kj-color-surface - Event background.
 * @cssprop --kj-color-border - Borders and the axis line.
 * @cssprop --kj-color-text - Text colour.
 * @cssprop --kj-color-muted - Dates and secondary text.
 * @cssprop --kj-font-family - Font (a system sans-serif stack by default).
 * @cssprop --kj-timeline-min-height - Height reserved while the dataset loads (default 16rem).
 * @cssprop --kj-timeline-height - Height of the scroll box of a windowed timeline (over 200 events; default min(80vh, 40rem)).
 */
export class CooperationTimeline extends KerjasamaElement {
  static override readonly tag = 'cooperation-timeline';

  // Shows more than the placeholders: all of its locale's strings (and English's, imported here).
  protected override get strings(): Strings {
    return t(this.locale);
  }
  // Shown in an event's details (actor chips, citation badges): loaded when this is registered,
  // without holding up the first render.
  static override readonly dependencies = [
    { tag: 'actor-card', load: () => import('../actor-card/actor-card.js').then((m) => m.ActorCard) },
    { tag: 'citation-badge', load: () => import('../citation-badge/citation-badge.js').then((m) => m.CitationBadge) },
  ];

  // Titles, dates, sectors and countries show at once; an event's summary, notes, evidence,
  // actors and citations when it opens. An `actor` or `source` filter needs those records to
  // check its id.
  static override datasetNeeds: DatasetNeeds = { core: ['events'] };

  protected override get datasetNeeds(): DatasetNeeds {
    if (!this.actor && !this.source) return CooperationTimeline.datasetNeeds;
    // A `source` filter reads the events' evidence, which is in their detail layer.
    return { core: ['events', ...(this.actor ? (['actors'] as const) : []), ...(this.source ? (['sources'] as const) : [])], detail: this.source ? ['events'] : [] };
  }

  // A server render shows the `selected` event open: its details too.
  protected override get hydrationNeeds(): DatasetNeeds {
    return this.selected ? { core: [...(this.datasetNeeds.core ?? []), ...DETAIL_NEEDS.core], detail: DETAIL_NEEDS.detail } : super.hydrationNeeds;
  }
  // The axis is in the entry: every first render with two dated events draws it, and as a chunk of
  // its own it cost more bytes than it saved (it compresses with the rest).
  static override styles = [...KerjasamaElement.styles, timelineStyles, overviewStyles];

  // Declared without decorators: their helpers would weigh on the first render.
  static override properties: PropertyDeclarations = {
    countries: REFLECTED,
    sectors: REFLECTED,
    actor: REFLECTED,
    source: REFLECTED,
    from: REFLECTED,
    to: REFLECTED,
    layout: choiceProperty(contract.layout),
    undated: choiceProperty(contract.undated),
    controls: { type: Boolean, reflect: true },
    linkHash: { attribute: 'link-hash', type: Boolean, reflect: true },
    selected: REFLECTED,
    headingLevel: { attribute: 'heading-level', type: Number },
    // Internal state; `attribute: false` too, or the manifest's analyzer lists them as attributes.
    expanded: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    ctl: { state: true, attribute: false },
    printing: { state: true, attribute: false },
    undatedOpen: { state: true, attribute: false },
  };

  /** ISO alpha-2 codes: events involving all of them, e.g. `ID JP`. */
  countries = '';
  /** Sectors (any of them), e.g. `health defense`. */
  sectors = '';
  /** Only events this actor takes part in (an actor id). */
  actor = '';
  /** Only events with evidence from this source document (a source id). */
  source = '';
  /** Start of the period, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from = '';
  /** End of the period, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  to = '';
  /** `vertical` (default), `horizontal`, or `auto` (by the element's own width); any other value renders as the default, with a warning. */
  layout: TimelineLayout = contract.layout.fallback;
  /** Where undated events go: `end` (default, grouped apart) or `hide`; any other value renders as the default, with a warning. */
  undated: UndatedMode = contract.undated.fallback;
  /** Shows a filter bar (country, sector, years, text search). */
  controls = false;
  /** Selecting sets `#event-<id>` in the page URL; opening that URL selects the event. */
  linkHash = false;
  /** The selected event's id. */
  selected = '';
  /** Heading level of event titles, 2–6 (default 3; others clamp into that range). */
  headingLevel: number = contract['heading-level'].fallback;

  // What renders: the attributes' values if allowed, else their defaults (the attributes stay as written).
  private shownLayout: TimelineLayout = contract.layout.fallback;
  private shownUndated: UndatedMode = contract.undated.fallback;

  private expanded = new Set<string>();
  private activeId = '';
  private ctl = { country: '', sector: '', fromYear: '', toYear: '', text: '' };
  private printing = false;
  private undatedOpen = false;

  private view: TimelineView = { items: [], datedCount: 0, total: 0 };
  private viewKey = '';
  private viewDataset?: DatasetT;
  private itemCache = new Map<EventT, TimelineItem>();
  private readonly windowing = new LazyModuleController<typeof Windowing>(this, {
    key: 'cooperation-timeline/windowing',
    load: () => import('./cooperation-timeline.windowing.js'),
  });
  private readonly details = new LazyModuleController<typeof Details>(this, DETAILS);
  private readonly controlsCode = new LazyModuleController<typeof Controls>(this, CONTROLS);
  private readonly horizontalCode = new LazyModuleController<typeof Horizontal>(this, HORIZONTAL);
  private readonly warnings = new LazyModuleController<typeof Warnings>(this, {
    key: 'cooperation-timeline/warnings',
    load: () => import('./cooperation-timeline.warnings.js'),
  });
  private readonly navigation = new LazyModuleController<typeof Navigation>(this, {
    key: 'cooperation-timeline/navigation',
    load: () => import('./cooperation-timeline.navigation.js'),
  });
  /** The list has rendered: a later switch of layout keeps the one shown until its styles are in. */
  private listShown = false;
  private axis?: Axis;
  private axisView?: TimelineAxisController;
  /** Hydrating server markup, which has no axis: the axis then comes after the first render. */
  private fromServer = false;
  private options?: { ds: DatasetT; locale: string; value: ReturnType<typeof Controls.filterOptions> };
  private itemsLocale?: string;
  private hashHonoured = false;
  private listening?: AbortController;


  /** The events shown now (after filters), in order. */
  get visibleEventIds(): string[] {
    return this.view.items.map((i) => i.id);
  }

  override connectedCallback(): void {
    // Server markup shows the undated group open: hydrate it as it is (the reader may close it).
    if (this.hasAttribute('defer-hydration')) this.undatedOpen = this.fromServer = true;
    if (this.controls && !isServer) void this.controlsCode.load();
    if (this.layout !== 'vertical' && !isServer) void this.horizontalCode.load();
    super.connectedCallback();
    // The page's listeners, removed together on disconnect.
    const { signal } = (this.listening = new AbortController());
    window.addEventListener('hashchange', this.onHashChange, { signal });
    window.addEventListener('beforeprint', () => (this.printing = true), { signal });
    window.addEventListener('afterprint', () => (this.printing = false), { signal });
    document.addEventListener(KjSelectEvent.eventName, this.onExternalSelect, { signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.abort();
  }

  private get readyDataset(): DatasetT | undefined {
    const st = this.datasetState;
    return st.status === 'ready' ? st.dataset : undefined;
  }

  private filter(): EventFilter {
    const countries = [...parseList(this.countries), ...(this.ctl.country ? [this.ctl.country] : [])];
    const attrSectors = parseList(this.sectors);
    const sectors = this.ctl.sector ? (attrSectors.length && !attrSectors.includes(this.ctl.sector) ? ['\u0000none'] : [this.ctl.sector]) : attrSectors;
    // Malformed dates are ignored (and warned about), not used as a period.
    const valid = (d: string) => (d && isValidIsoDate(d) ? d : '');
    // The narrower of the attribute and the filter bar, compared by the days they cover:
    // `to="2022-10"` ends before the bar's "2022" does, although "2022" sorts first as a string.
    const later = (a: string, b: string) => (!a ? b : !b ? a : isoBounds(a)[0] >= isoBounds(b)[0] ? a : b);
    const earlier = (a: string, b: string) => (!a ? b : !b ? a : isoBounds(a)[1] <= isoBounds(b)[1] ? a : b);
    return {
      countries,
      sectors,
      actor: this.actor || undefined,
      source: this.source || undefined,
      from: later(valid(this.from), this.ctl.fromYear) || undefined,
      to: earlier(valid(this.to), this.ctl.toYear) || undefined,
      text: this.ctl.text || undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warn = (key: string, message: string) => this.warnOnce(key, message);
    const layout = allowedValue('layout', contract.layout, this.layout, warn);
    // Horizontal and `auto` need their styles (a chunk): a first render waits for them (render),
    // a later switch keeps the layout shown until they are in, so nothing flashes.
    if (!this.listShown || !this.awaiting(this.horizontalCode, layout !== 'vertical')) this.shownLayout = layout;
    this.shownUndated = allowedValue('undated', contract.undated, this.undated, warn);
    const ds = this.readyDataset;
    if (!ds) return;
    const filter = this.filter();
    const key = JSON.stringify([filter, this.locale, this.shownUndated]);
    const newDataset = this.viewDataset !== ds;
    // Rebuild the view-model only when its inputs change (cheap re-renders for focus and expansion).
    if (key !== this.viewKey || newDataset) {
      this.viewKey = key;
      this.viewDataset = ds;
      if (newDataset || this.itemsLocale !== `${this.locale} ${this.pageLang}`) {
        this.itemCache = new Map();
        this.itemsLocale = `${this.locale} ${this.pageLang}`;
      }
      this.view = buildTimelineView(ds, filter, this.shownUndated);
      this.axis = undefined;
      if (this.actor || this.source || this.from || this.to || this.countries || this.sectors)
        void this.warnings.load().then((m) => m?.unknownFilters(ds, this, isValidIsoDate).forEach(([id, text]) => this.warnOnce(id, text)));
    }
    // Honour `#event-<id>` once, with the first dataset (it may arrive after the first render),
    // before rendering: the event renders open at once, with no second update to open it. (A
    // server has no URL hash.)
    if (!this.hashHonoured && !isServer) {
      this.hashHonoured = true;
      this.onHashChange();
    }
    // Also when the dataset arrives after `selected` was set (a provider still loading `src`).
    if ((changed.has('selected') || newDataset) && this.selected) {
      const event = getEvent(ds, this.selected);
      if (event) {
        this.expanded = new Set(this.expanded).add(this.selected);
        if (!event.date) this.undatedOpen = true;
      } else this.warnOnce(`selected:${this.selected}`, `unknown event id "${this.selected}" in selected.`);
    }
    // An open event shows its details: load them (a deep link, `selected`, printing).
    if (this.expanded.size || this.printing) this.prefetchDetails();
    // The tab stop is on an event the reader can reach (not in a collapsed group).
    const ids = this.navigableIds();
    if (!ids.includes(this.activeId)) this.activeId = ids.includes(this.selected) ? this.selected : (ids[0] ?? '');
  }

  protected override render() {
    const st = this.datasetState;
    const s = this.strings;
    if (st.status !== 'ready' || this.awaiting(this.controlsCode, this.controls) || this.awaiting(this.horizontalCode, this.shownLayout !== 'vertical')) {
      return html`<div class="kj-root timeline placeholder" aria-busy=${st.status !== 'error' ? 'true' : 'false'}>
        <p class=${st.status === 'error' ? 'message' : 'muted'}>${st.status !== 'error' ? s.loading : s.dataUnavailable}</p>
      </div>`;
    }
    const { items, datedCount } = this.view;
    const virtual = items.length > VIRTUALIZE_THRESHOLD && !this.printing;
    const dated = items.slice(0, datedCount);
    // Undated events form a collapsed group so that they do not dominate the page;
    // `hidden=until-found` keeps them findable (find-in-page opens the group).
    const undated = items.slice(datedCount);
    // Pointer or focus inside: an event may open next, so its details start loading now.
    this.listShown = true;
    return html`<section
      class="kj-root timeline layout-${this.shownLayout} ${virtual ? 'virtual' : ''}"
      aria-label=${s.timeline}
      @pointerenter=${this.prefetchDetails}
      @focusin=${this.prefetchDetails}
    >
      ${this.controls ? this.renderControls(st.dataset) : nothing}
      <p class=${this.controls ? 'count' : 'count visually-hidden'} part="count" role="status" aria-live="polite">${s.eventCount(items.length)}</p>
      ${items.length === 0 ? html`<p class="empty" part="empty">${s.noEvents}</p>` : nothing}
      ${this.renderOverview()}
      ${virtual
        ? html`<ol class="list" part="list" aria-label=${s.timeline} @keydown=${this.onKeydown}>
            ${this.renderWindow(items)}
          </ol>`
        : html`${dated.length
              ? html`<ol class="list" part="list" aria-label=${s.timeline} @keydown=${this.onKeydown}>
                  ${dated.map((item, i) => this.renderItem(item, i, dated))}
                </ol>`
              : nothing}
            ${undated.length
              ? html`<h3 class="undated-heading" id=${`${UID}-undated`}>
                    <button type="button" class="undated-toggle" aria-expanded=${String(this.undatedShown)} aria-controls=${`${UID}-u`} @click=${() => (this.undatedOpen = !this.undatedOpen)}>
                      <bdi>${s.undatedGroup(undated.length)}</bdi>
                    </button>
                  </h3>
                  <ol
                    class="list undated"
                    part="list"
                    id=${`${UID}-u`}
                    aria-labelledby=${`${UID}-undated`}
                    hidden=${this.undatedShown ? nothing : 'until-found'}
                    @beforematch=${() => (this.undatedOpen = true)}
                    @keydown=${this.onKeydown}
                  >
                    ${undated.map((item, i) => this.renderItem(item, i, undated))}
                  </ol>`
              : nothing}`}
    </section>`;
  }

  private get undatedShown(): boolean {
    // Open with no dated events (nothing else to show), and in server markup: a reader without
    // scripts could not open it.
    return this.undatedOpen || this.printing || !this.view.datedCount || isServer;
  }

  /** The overview strip (and, horizontal, earlier/later buttons). */
  private renderOverview() {
    if (this.view.datedCount < 2 || this.printing || !this.axisShown) return nothing;
    this.axisView ??= new TimelineAxisController(this, (index) => this.showIndex(index));
    return this.axisView.render(this.ensureAxis(), this.strings, this.shownLayout === 'horizontal');
  }

  // Not in server markup (its strip could not be placed: places are set through the CSSOM), nor in
  // the first client render hydrating it, which must match it.
  private get axisShown(): boolean {
    return !isServer && (this.hasUpdated || !this.fromServer);
  }

  /**
   * Code the first render needs (`needed`) and that is still on its way: asks for it. The filter
   * bar would push the list down when it came, a layout's styles reflow it.
   */
  private awaiting<T>(code: LazyModuleController<T>, needed: boolean): boolean {
    if (!needed || code.value || code.error !== undefined) return false;
    void code.load();
    return true;
  }

  protected override firstUpdated(): void {
    // Hydrated server markup, which has no axis: draw it in a second render, by design (the
    // first had to match the markup), once this one is complete (Lit's development build warns
    // of an update asked for during one).
    if (this.fromServer) void this.updateComplete.then(() => this.requestUpdate());
    // An event's details and the keys' code next, once the page is idle: on a warm page an event opens at once.
    if (!isServer) (window.requestIdleCallback ?? setTimeout)(() => void Promise.all([this.details.load(), this.navigation.load()]));
  }

  // Hydrating server markup that shows the filter bar or an open event: their code first, so that
  // the first client render matches the markup. A dataset long enough to be windowed usually
  // arrives in the task of the script that parsed and checked it (a provider's `data`): it is laid
  // out in a task of its own (after a zero-delay timer), so that the page is not blocked for both.
  protected override async scheduleUpdate(): Promise<void> {
    const ds = this.readyDataset;
    if (!this.hasUpdated && this.fromServer && (this.controls || this.selected || this.layout !== 'vertical')) await preloadCooperationTimeline().catch(() => undefined);
    else if (ds && ds !== this.viewDataset && ds.events.length > VIRTUALIZE_THRESHOLD) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  private ensureAxis(): Axis {
    const dated = this.view.items.slice(0, this.view.datedCount);
    return (this.axis ??= buildAxis(dated.map(({ event: { date } }) => ({ start: date!.start, end: date!.end, open: !!(date!.approximate || date!.inferred), inferred: !!date!.inferred }))));
  }

  /** Scrolls the event at `index` to the start of the view and makes it the tab stop; focus stays. */
  private showIndex(index: number): void {
    const id = this.view.items[index].id;
    this.activeId = id;
    const at: ScrollIntoViewOptions = { block: this.shownLayout === 'horizontal' ? 'nearest' : 'start', inline: 'start' };
    const windowed = this.virtualizer();
    if (windowed) windowed.element(index)?.scrollIntoView(at);
    else this.findToggle(id)?.closest('li')?.scrollIntoView(at);
  }

  /** The windowed list's virtualizer, once the windowing code is in. */
  private virtualizer() {
    const w = this.windowing.value;
    const list = this.renderRoot.querySelector('.list') as (HTMLElement & Windowing.VirtualizerHostElement) | null;
    return w && list?.[w.virtualizerRef];
  }

  /** A long list, windowed; until the windowing code is in, its first items (never an empty box). */
  private renderWindow(items: TimelineEntry[]) {
    const w = this.windowing.value;
    if (!w) {
      void this.windowing.load();
      return items.slice(0, WINDOW_PREVIEW).map((item, i) => this.renderItem(item, i, items));
    }
    return w.virtualize({
      items,
      keyFunction: (item: TimelineEntry) => item.id,
      renderItem: (item: TimelineEntry, i: number) => this.renderItem(item, i, items),
      // Windowed lists scroll in their own box: a 10 000-event page would otherwise be
      // a million pixels tall, and a stable scrollbar gutter keeps item widths (and so the
      // virtualizer's measurements) from changing when the scrollbar appears.
      scroller: true,
      layout: w.flow({ direction: this.shownLayout === 'horizontal' ? 'horizontal' : 'vertical' }),
    });
  }

  /** A year field the bar leaves open reads the page's own bound (`from="2020"`), not "Any". */
  private shownBound(attribute: string, any: string): string {
    return attribute && isValidIsoDate(attribute) ? attribute : any;
  }

  private renderControls(ds: DatasetT) {
    const m = this.controlsCode.value;
    // Its code failed to load: the list without the bar (the attributes still filter).
    if (!m) return nothing;
    // Options span the whole dataset: computed once per dataset and language, not per render.
    if (this.options?.ds !== ds || this.options.locale !== this.locale) this.options = { ds, locale: this.locale, value: m.filterOptions(ds, this.locale) };
    const s = this.strings;
    return m.renderControls({
      s,
      opts: this.options.value,
      ctl: this.ctl,
      uid: UID,
      anyFrom: this.shownBound(this.from, s.anyOption),
      anyTo: this.shownBound(this.to, s.anyOption),
      set: (ctl) => (this.ctl = ctl),
    });
  }

  /** The formatted item for an event, made once per dataset and language. */
  private itemOf(entry: TimelineEntry): TimelineItem {
    let item = this.itemCache.get(entry.event);
    if (!item) this.itemCache.set(entry.event, (item = toTimelineItem(this.readyDataset!, entry.event, this.locale, textLanguage(this.readyDataset, this.pageLang))));
    return item;
  }

  private renderItem(entry: TimelineEntry, index: number, list: TimelineEntry[]) {
    const item = this.itemOf(entry);
    const open = this.expanded.has(item.id) || this.printing;
    const detailsId = `${UID}-d-${item.id}`;
    const newYear = entry.year !== undefined && (index === 0 || list[index - 1]?.year !== entry.year);
    // A windowed list holds the undated events after the dated ones, without their own heading.
    const firstUndated = entry.year === undefined && index > 0 && list[index - 1]?.year !== undefined;
    const level = clampLevel(this.headingLevel, contract['heading-level'], (k, m) => this.warnOnce(k, m));
    // Dated events come first in both lists, so the index is also the axis's. The same date as
    // the event before is shown once for the run, and still read out for each event.
    const axis = entry.year !== undefined && this.axisShown ? this.ensureAxis().items[index] : undefined;
    const title = html`<button
      type="button"
      class="toggle"
      part="title"
      data-id=${item.id}
      tabindex=${item.id === this.activeId ? '0' : '-1'}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => this.activate(item.id)}
      @focus=${() => (this.activeId = item.id)}
    >
      <span lang=${item.titleLang ?? nothing}>${item.title}</span>
    </button>`;
    return html`<li
      class="item ${item.id === this.selected ? 'selected' : ''} ${newYear ? 'new-year' : ''} ${axis?.span ? 'span' : ''} ${axis?.open ? 'open' : ''}"
      part="item"
      id=${`${UID}-i-${item.id}`}
      aria-current=${item.id === this.selected ? 'true' : nothing}
      data-year=${item.year ?? nothing}
      data-gap=${axis?.gap || nothing}
    >
      ${axis?.breakYears ? html`<span class="axis-break">${this.strings.yearsLater(axis.breakYears)}</span>` : nothing}
      ${newYear ? html`<span class="tick" aria-hidden="true">${item.year}</span>` : nothing}
      ${firstUndated ? html`<span class="tick undated-tick" aria-hidden="true">${this.strings.undatedEvents}</span>` : nothing}
      <article class="event" aria-labelledby=${`${UID}-h-${item.id}`}>
        <p class=${axis?.repeatDate ? 'date visually-hidden' : 'date'} part="date">
          ${item.datetime ? html`<time datetime=${item.datetime}>${item.dateText}</time>` : html`<span>${item.dateText}</span>`}
        </p>
        <div role="heading" aria-level=${level} class="title" id=${`${UID}-h-${item.id}`}>${title}</div>
        <p class="meta"><span class="sector sector-${item.sector}">${item.sectorLabel}</span> · <span>${item.countries.join(', ')}</span></p>
        <div class="details" part="details" id=${detailsId} ?hidden=${!open}>${open ? this.renderDetails(item) : nothing}</div>
      </article>
    </li>`;
  }

  private prefetchDetails = () => {
    void this.data.ensure(DETAIL_NEEDS);
    if (!isServer) void Promise.all([this.details.load(), this.navigation.load()]);
  };

  private renderDetails(item: TimelineItem) {
    const s = this.strings;
    // Cold page: the details are on their way (asked for on hover, focus or expansion).
    const status = this.data.statusOf(DETAIL_NEEDS);
    const m = this.details.value;
    const failed = status === 'error' || this.details.error !== undefined;
    if (status !== 'ready' || !m) return html`<p class="loading" role="status">${failed ? s.dataUnavailable : s.loading}</p>`;
    return m.renderDetails(item, toEventLinks(this.readyDataset!, item.event), textLanguage(this.readyDataset, this.pageLang), s, this.theme);
  }

  /** Selects an event: expands it, reflects `selected`, fires `kj-select`, updates the URL hash. */
  select(id: string, options: { notify?: boolean; scroll?: boolean } = {}): void {
    const notify = options.notify ?? true;
    if (!this.readyDataset || !getEvent(this.readyDataset, id)) return;
    this.expanded = new Set(this.expanded).add(id);
    this.activeId = id;
    if (!getEvent(this.readyDataset, id)?.date) this.undatedOpen = true;
    const changed = this.selected !== id;
    this.selected = id;
    if (this.linkHash && location.hash !== `${HASH_PREFIX}${id}`) history.replaceState(history.state, '', `${HASH_PREFIX}${id}`);
    if (changed && notify) this.dispatchEvent(new KjSelectEvent({ type: 'event', id }));
    if (options.scroll) void this.reveal(id, false);
  }

  private activate(id: string): void {
    if (this.selected === id && this.expanded.has(id)) {
      const next = new Set(this.expanded);
      next.delete(id);
      this.expanded = next;
      return;
    }
    this.select(id);
  }

  // Arrow keys, Home and End move between titles (their code comes on idle, pointer or focus).
  private onKeydown = (e: KeyboardEvent) => {
    if (!/^(Arrow|Home$|End$)/.test(e.key) || !(e.composedPath()[0] as HTMLElement | undefined)?.closest?.('.toggle')) return;
    e.preventDefault();
    this.moveFocus(e.key);
  };

  /** Moves from the active title as `key` (an arrow key, Home, End) says. */
  private moveFocus(key: string): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    void this.navigation.load().then((m) => {
      const ids = this.navigableIds();
      const next = m?.keyTarget(key, ids.indexOf(this.activeId), ids.length, rtl);
      if (next === undefined) return;
      this.activeId = ids[next];
      void this.reveal(ids[next], true);
    });
  }

  /** The events the arrow keys move through: not those of a collapsed undated group. */
  private navigableIds(): string[] {
    const { items, datedCount } = this.view;
    const windowed = items.length > VIRTUALIZE_THRESHOLD && !this.printing;
    return (windowed || this.undatedShown ? items : items.slice(0, datedCount)).map((i) => i.id);
  }

  /** Brings an event into view (rendering it first when windowed), optionally focusing it. */
  private async reveal(id: string, focus: boolean): Promise<void> {
    const m = await this.navigation.load();
    await this.updateComplete;
    const index = this.view.items.findIndex((i) => i.id === id);
    if (index < 0 || !m) return;
    if (!this.findToggle(id)) this.virtualizer()?.element(index)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // A key pressed while the windowed list had dropped focus was meant for this title.
    const strayKey = (key: string) => (key === 'Enter' || key === ' ' ? this.activate(id) : this.moveFocus(key));
    await m.holdFocus(this.renderRoot as ShadowRoot, () => this.findToggle(id), focus, () => this.activeId === id, strayKey);
  }

  private findToggle(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.toggle[data-id="${CSS.escape(id)}"]`);
  }

  private onHashChange = () => {
    if (!this.linkHash || !location.hash.startsWith(HASH_PREFIX)) return;
    const id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length));
    if (this.readyDataset && getEvent(this.readyDataset, id) && this.view.items.some((i) => i.id === id)) this.select(id, { notify: true, scroll: true });
  };

  /** Follows `kj-select` events for events from other elements (an actor card's related events). */
  private onExternalSelect = (e: Event) => {
    const detail = (e as KjSelectEvent).detail;
    if (detail?.type !== 'event' || e.composedPath().includes(this)) return;
    if (this.view.items.some((i) => i.id === detail.id)) this.select(detail.id, { notify: false, scroll: true });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-timeline': CooperationTimeline;
  }
}
