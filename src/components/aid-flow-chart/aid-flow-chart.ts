import { adoptStyles, html, css, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KerjasamaBase } from '../../base/kerjasama-base.js';
import { DatasetController, type DatasetNeeds } from '../../controllers/dataset-controller.js';
import { loadBundled } from '../../data/bundled.js';
import { COLLECTIONS } from '../../data/shards.js';
import { LOCALES } from '../../data/locales.js';
import { IntersectionController } from '../../controllers/intersection-controller.js';
import type { ElementDatasetState } from '../../context/dataset-context.js';
import { placeholderStrings } from '../../i18n/placeholder-strings.js';
// Types only: the contract's checks run in the lazy view, keeping this eager entry small.
import type { ChartUnit, FlowView, GroupBy, KindFilter, StatusFilter } from './aid-flow-chart.options.js';
import type { FlowGraph, FocusItem } from './aid-flow-chart.view.js';
import type * as ViewChunk from './aid-flow-chart.internals.js';
import type { FlowChartInternals } from './aid-flow-chart.internals.js';
import type { Chart } from 'chart.js';
import type * as ChartLoader from './chart-loader.js';

type ChartModule = typeof ChartLoader;
type ViewModule = typeof ViewChunk;

// The view chunk: loaded once per page, shared by every chart.
let viewModule: ViewModule | undefined;
let viewLoading: Promise<ViewModule> | undefined;

const loadView = () => {
  if (!viewLoading) {
    viewLoading = AidFlowChart.loadViewModule().then((m) => {
      // Before any render root that hydrates a server render is created.
      if (AidFlowChart.elementStyles && !AidFlowChart.elementStyles.includes(m.viewStyles)) AidFlowChart.elementStyles.push(m.viewStyles);
      return (viewModule = m);
    });
    // Forget a failed load, so that a later attempt (another element, a reconnect) tries again.
    viewLoading.catch(() => (viewLoading = undefined));
  }
  return viewLoading;
};

/** A chart shows every collection, with its evidence and notes (its table, its flow details). */
const CHART_DATA: DatasetNeeds = { core: COLLECTIONS, detail: COLLECTIONS };

/**
 * Loads what `<aid-flow-chart>` needs to render its figure and table — the view chunk and the
 * bundled dataset's shards (of `locales`, every shipped one by default) — so that afterwards
 * rendering (e.g. `view="table"` on a server) is synchronous. Chart.js stays lazy.
 */
export async function preloadAidFlowChart(locales: readonly string[] = LOCALES): Promise<void> {
  await Promise.all([loadView(), ...locales.flatMap((l) => [loadBundled(COLLECTIONS, 'core', l), loadBundled(COLLECTIONS, 'detail', l)])]);
}

let nextId = 0;

/**
 * Who gave what to whom, through which channel: a sankey of donor → channel → recipient (or
 * horizontal bars, or a table) for one unit — US dollars, rupiah, vaccine doses, or flows without
 * an amount. Units are never mixed, and flows that may be the same money are never added up.
 * Chart.js loads only when the chart nears the viewport; until then a placeholder of the final
 * size holds its place. The view-model, strings and table load in a small chunk of their own
 * (with the bundled dataset when no provider gives one): see `preloadAidFlowChart()`. One tab
 * stop: arrow keys walk nodes and flows, each announced as a sentence; Enter opens a flow's
 * evidence and citation. Light-DOM content (e.g. a static table) shows where scripts do not run
 * and is hidden once the element renders. Before the script is loaded, reserve the chart's room
 * in the page's CSS: `aid-flow-chart:not(:defined) { display: block; min-height:
 * calc(var(--kj-chart-height, 24rem) + 12rem); }`.
 *
 * @tagname aid-flow-chart
 * @summary Sankey, bars or table of aid flows between donors, channels and recipients.
 * @csspart figure - The whole chart with its title, notes and source.
 * @csspart title - The chart title.
 * @csspart toolbar - The buttons: table toggle and downloads.
 * @csspart chart - The box holding the canvas (and the placeholder before it loads).
 * @csspart note - A note under the chart (amounts not added up, flows without amounts).
 * @csspart table - The data table.
 * @csspart source - The source and licence line.
 * @csspart selected - The evidence of the flow chosen with Enter or a click.
 * @fires kj-select - A flow was activated (Enter, Space or click): `detail` is `{ type: 'flow', id }`.
 * @cssprop --kj-chart-height - Height of the chart area (default 24rem); the placeholder has the same height.
 * @cssprop --kj-color-accent - Flow and bar colour.
 * @cssprop --kj-color-background - Background; label backing on the canvas.
 * @cssprop --kj-color-text - Text and node labels.
 * @cssprop --kj-color-muted - Secondary text.
 * @cssprop --kj-color-border - Borders and grid lines.
 * @cssprop --kj-color-focus - Focus ring, also drawn on the canvas.
 * @cssprop --kj-font-family - Font (inherits the page's by default), also used on the canvas.
 */
export class AidFlowChart extends KerjasamaBase {
  static override readonly tag = 'aid-flow-chart';

  static override styles = [
    ...KerjasamaBase.styles,
    css`
      :host {
        display: block;
        max-width: 100%;
      }
      figure {
        margin: 0;
        min-width: 0;
        line-height: 1.45;
      }
      figcaption {
        font-weight: 600;
        margin-block-end: 0.25rem;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-block: 0.4rem;
      }
      .toolbar button {
        padding: 0.2rem 0.6rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        cursor: pointer;
      }
      .skeleton {
        visibility: hidden;
      }
      .chart {
        position: relative;
        height: var(--kj-chart-height, 24rem);
        min-width: 0;
        overflow: hidden;
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .placeholder {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        border: 1px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_muted);
      }
      .source {
        margin: 0.4rem 0 0;
        font-size: 0.875em;
        color: var(--_muted);
      }
      .reserve {
        min-height: 5.8em;
      }
    `,
  ];

  /**
   * How the chart code is loaded (a dynamic import, split into its own chunk). Replaceable,
   * e.g. to test what readers see when it fails to load.
   */
  static loadChartModule: () => Promise<ChartModule> = () => import('./chart-loader.js');

  /** How the view chunk (view-model, strings, templates, chart lifecycle, keyboard) is loaded. */
  static loadViewModule: () => Promise<ViewModule> = () => import('./aid-flow-chart.internals.js');

  /**
   * Registers `<citation-badge>` (a flow's evidence, the table's sources) the first time one is
   * shown; set by the define file. Unset, register the badge yourself.
   */
  static loadCitationBadge?: () => Promise<unknown>;

  // Declared without decorators: the decorator helpers would weigh on the small eager entry.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    via: { reflect: true },
    kind: { reflect: true },
    status: { reflect: true },
    fromDate: { attribute: 'from-date', reflect: true },
    toDate: { attribute: 'to-date', reflect: true },
    source: { reflect: true },
    unit: { reflect: true },
    groupBy: { attribute: 'group-by', reflect: true },
  };

  /** `sankey` (the default), `bars` or `table`. */
  view: FlowView = 'sankey';
  /** Donor actor id, e.g. `japan`. */
  from = '';
  /** Recipient actor id, e.g. `indonesia`. */
  to = '';
  /** Channel actor id, e.g. `unicef`. */
  via = '';
  /** Only flows of this kind: `loan`, `grant`, `loan-and-grant`, `vaccine-doses`, `equipment`, `technology-transfer`, `oda`, `funding` (any, by default). */
  kind: KindFilter = '';
  /** Only flows with this status: `delivered`, `pledged` or `planned` (any, by default). */
  status: StatusFilter = '';
  /** Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated flows never match a period. */
  fromDate = '';
  /** Latest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  toDate = '';
  /** Source document id: only flows with evidence from it. */
  source = '';
  /** The one measure shown: `USD` (the default), `IDR`, `doses`, or `none` for flows without an amount. */
  unit: ChartUnit = 'USD';
  /** Bars view: one bar per `donor` (the default) or `recipient`. */
  groupBy: GroupBy = 'donor';

  /** The view chunk could not load (the render after `track()` shows it). */
  private viewFailed = false;
  private internals?: FlowChartInternals;
  private viewPending?: Promise<unknown>;
  private badgeLoading?: Promise<unknown>;
  private chartLoading?: Promise<ChartModule>;
  private readonly uid = `kj-flow-${++nextId}`;
  private readonly data = new DatasetController(this, () => this.requestUpdate(), () => CHART_DATA);
  private readonly nearness = new IntersectionController(this);

  /** The Chart.js instance, once loaded and drawn (for tests and advanced use). */
  get chart(): Chart | undefined {
    return this.internals?.chart;
  }

  /** The view-model the element draws: nodes, links, flows, notes (once data and view are in). */
  get flowGraph(): FlowGraph | undefined {
    return this.internals?.graph;
  }

  /** The keyboard order of nodes and flows (bars view: the bars). */
  get focusItems(): FocusItem[] {
    return this.internals?.focusItems ?? [];
  }

  /** Resolves with the chart once it is loaded and drawn (rejects when Chart.js fails to load). */
  async chartReady(): Promise<Chart> {
    return (await this.whenInternals()).chartReady();
  }

  /** Opens a flow's evidence and citation and fires `kj-select`. */
  async activateFlow(id: string): Promise<void> {
    return (await this.whenInternals()).activateFlow(id);
  }

  /** The flows shown, as CSV: one row per flow with source and licence columns ('' before the data is in). */
  exportCsv(): string {
    return this.internals?.exportCsv() ?? '';
  }

  /** The chart as a PNG with its title, source line and licence drawn in. */
  async exportPng(): Promise<Blob> {
    return (await this.whenInternals()).exportPng();
  }

  private async whenInternals(): Promise<FlowChartInternals> {
    await this.updateComplete;
    if (!this.internals) throw new Error('the chart could not be loaded');
    return this.internals;
  }

  protected get datasetState(): ElementDatasetState {
    return this.data.state;
  }

  // --- loading -------------------------------------------------------------------------


  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('defer-hydration')) {
      // Server-rendered: hydrate only once the view (and data) can render the same template.
      this.localeController.refresh(); // connects only with the hydration
      const ready = this.closest('kerjasama-data') ? loadView() : preloadAidFlowChart([this.locale]);
      this.track(ready.then(() => this.removeAttribute('defer-hydration')));
    } else if (!viewModule) {
      this.track(loadView());
    }
  }

  /** Re-renders when `loading` settles; `updateComplete` waits for it meanwhile. */
  private track(loading: Promise<unknown>): void {
    const pending = loading.then(
      () => undefined,
      (error: unknown) => {
        if (viewModule) return;
        this.viewFailed = true;
        this.warnOnce('view', `the chart could not be loaded: ${String(error)}`);
      },
    );
    this.viewPending = pending;
    void pending.then(() => {
      if (this.viewPending === pending) this.viewPending = undefined;
      this.requestUpdate();
    });
  }

  /** Also waits for the view chunk, and the render after it (the base waits for the data). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = this.viewPending; p; p = this.viewPending) {
      await p.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.internals && viewModule) {
      this.adoptViewStyles(viewModule.viewStyles);
      this.internals = new viewModule.FlowChartInternals(this, {
        uid: this.uid,
        dataset: () => {
          const st = this.datasetState;
          return st.status === 'ready' ? st.dataset : undefined;
        },
        warnOnce: (key, message) => this.warnOnce(key, message),
        loadChartModule: () => this.loadChart(),
        near: () => this.nearness.near,
        badgeReady: () => this.badgeLoading?.catch(() => undefined) ?? Promise.resolve(),
      });
    }
    this.internals?.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Fetch Chart.js as soon as the chart nears the viewport, while the view and data may still load.
    if (this.nearness.near && this.view !== 'table') void this.loadChart().catch(() => undefined);
    this.internals?.updated(changed);
    this.loadBadgeIfShown();
  }

  /** Adds the view chunk's styles to the class (a server render reads them there) and to this shadow root. */
  private adoptViewStyles(styles: CSSResult): void {
    const ctor = this.constructor as typeof AidFlowChart;
    if (!ctor.elementStyles.includes(styles)) ctor.elementStyles.push(styles);
    const root = this.renderRoot as ShadowRoot | undefined; // none on a server
    if (!root) return;
    const sheet = styles.styleSheet;
    if (!sheet) adoptStyles(root, [styles]);
    else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  private loadChart(): Promise<ChartModule> {
    if (!this.chartLoading) {
      this.chartLoading = (this.constructor as typeof AidFlowChart).loadChartModule();
      // A failed load is forgotten: the next attempt retries.
      this.chartLoading.catch(() => (this.chartLoading = undefined));
    }
    return this.chartLoading;
  }

  private loadBadgeIfShown(): void {
    const load = (this.constructor as typeof AidFlowChart).loadCitationBadge;
    if (this.badgeLoading || !load || !this.renderRoot.querySelector('citation-badge:not(:defined)')) return;
    this.badgeLoading = load().catch((error: unknown) => {
      this.badgeLoading = undefined;
      this.warnOnce('badge', `the citation badge could not be loaded: ${String(error)}`);
    });
  }

  // --- rendering -----------------------------------------------------------------------

  protected override render() {
    const st = this.datasetState;
    return (st.status === 'ready' && this.internals?.render()) || this.renderPlaceholder(st);
  }

  /**
   * Before the view chunk and data arrive: the figure's frame at its final size — a caption line,
   * the toolbar's buttons (invisible), the chart box, and four lines for the legend and the
   * source line below it (typical at 700 px) — so that little shifts when they do.
   */
  private renderPlaceholder(st: ElementDatasetState) {
    const s = placeholderStrings(this.locale);
    const failed = st.status === 'error' || this.viewFailed;
    const text = failed ? s.dataUnavailable : st.status === 'loading' ? s.loading : s.flowChartLoading;
    return html`<figure class="kj-root" part="figure" aria-busy=${failed ? 'false' : 'true'}>
      <figcaption part="title">&nbsp;</figcaption>
      <div class="toolbar skeleton" part="toolbar" aria-hidden="true">
        ${this.view === 'table'
          ? nothing
          : html`<button type="button" disabled tabindex="-1">${s.flowShowAsTable}</button>
              <button type="button" disabled tabindex="-1">${s.flowDownloadPng}</button>`}
        <button type="button" disabled tabindex="-1">${s.flowDownloadCsv}</button>
      </div>
      <div class="chart" part="chart"><div class="placeholder" role=${failed ? 'status' : nothing}>${text}</div></div>
      <p class="source reserve" part="source">&nbsp;</p>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aid-flow-chart': AidFlowChart;
  }
}
