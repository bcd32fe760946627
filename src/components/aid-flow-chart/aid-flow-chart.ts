import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import { KerjasamaBase } from '../../base/kerjasama-base.js';
import { LazyModuleController, loadModule, trackLoad } from '../../controllers/lazy-module-controller.js';
import { IntersectionController } from '../../controllers/intersection-controller.js';
import { placeholderStrings } from '../../i18n/placeholder-strings.js';
import { hasStrings, loadStrings } from '../../i18n/string-tables.js';
// Types only: the contract's checks run in the lazy part, keeping this eager entry small.
import type { ChartUnit, FlowView, GroupBy, KindFilter, StatusFilter } from './aid-flow-chart.options.js';
import type { FlowGraph, FocusItem } from './aid-flow-chart.view.js';
import type { FlowChartContent } from './aid-flow-chart.lazy.js';
import { CHUNK_KEYS, flowChartChunks, type ChartjsModule, type ContentModule } from './aid-flow-chart.chunks.js';
import { frameStyles } from './aid-flow-chart.styles.js';

/**
 * Loads what `<aid-flow-chart>` needs to render its figure and table — its content chunk and the
 * bundled dataset's shards (of `locales`, every shipped one by default) — so that afterwards
 * rendering (e.g. `view="table"` on a server) is synchronous. Chart.js stays lazy.
 */
export async function preloadAidFlowChart(locales?: readonly string[]): Promise<void> {
  const content = await loadModule(CHUNK_KEYS.content, flowChartChunks.content);
  await content.preloadData(locales);
}

let nextId = 0;

/**
 * Who gave what to whom, through which channel: a sankey of donor → channel → recipient (or
 * horizontal bars, or a table) for one unit; one or two flows are shown as labelled bars, the
 * sankey one click away, unless `view` is set — US dollars, rupiah, vaccine doses, or flows without
 * an amount. Units are never mixed, and figures that may describe the same money or doses never
 * share a stack: one is drawn (a delivered figure before a pledged one, then the smallest) and the
 * others are named as alternative figures, so every node is drawn as tall as its labelled total.
 * Chart.js loads only when the chart nears the viewport; until then a placeholder of the final
 * size holds its place. The view-model, strings and table load in a small chunk of their own
 * (with the bundled dataset when no provider gives one): see `preloadAidFlowChart()`. One tab
 * stop: arrow keys walk nodes and flows, each announced as a sentence; Enter opens a flow's
 * evidence and citation. A table lists its first 200 rows, the rest on request (the CSV has them
 * all). Light-DOM content (e.g. a static table) shows where scripts do not run
 * and is hidden once the element renders. Before the script is loaded, reserve the chart's room
 * in the page's CSS: `aid-flow-chart:not(:defined) { display: block; min-height:
 * calc(var(--kj-chart-height, 24rem) + 12rem); }`.
 *
 * @tagname aid-flow-chart
 * @summary Sankey, bars or table of aid flows between donors, channels and recipients.
 * @csspart figure - The whole chart with its title, notes and source.
 * @csspart title - The chart title.
 * @csspart toolbar - The buttons: bars/flow diagram and table toggles, downloads.
 * @csspart chart - The box holding the canvas, or the labelled bars of one or two flows (and the placeholder before it loads).
 * @csspart legend - The key under the chart: a swatch for each status, disputed outline and alternative figure drawn.
 * @csspart note - A note under the chart (which of related figures is drawn and why, flows without amounts), and the table's footnotes.
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
 * @cssprop --kj-font-family - Font (a system sans-serif stack by default), also used on the canvas.
 */
export class AidFlowChart extends KerjasamaBase {
  static override readonly tag = 'aid-flow-chart';

  static override styles = [...KerjasamaBase.styles, frameStyles];

  // Declared without decorators: the decorator helpers would weigh on the small eager entry.
  static override properties: PropertyDeclarations = {
    // useDefault: a default is not reflected (the author's markup stays as written), so an absent
    // attribute means "not chosen" (see `view`).
    view: { reflect: true, useDefault: true },
    from: { reflect: true, useDefault: true },
    to: { reflect: true, useDefault: true },
    via: { reflect: true, useDefault: true },
    kind: { reflect: true, useDefault: true },
    status: { reflect: true, useDefault: true },
    fromDate: { attribute: 'from-date', reflect: true, useDefault: true },
    toDate: { attribute: 'to-date', reflect: true, useDefault: true },
    source: { reflect: true, useDefault: true },
    unit: { reflect: true, useDefault: true },
    groupBy: { attribute: 'group-by', reflect: true, useDefault: true },
  };

  /**
   * `sankey`, `bars` or `table`. Not set, a unit with one or two flows drawn is shown as labelled
   * bars (one per flow) with a button to draw the sankey; otherwise the sankey. Set, it is kept.
   */
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

  private readonly uid = `kj-flow-${++nextId}`;
  private readonly nearness = new IntersectionController(this);
  // Each chunk loads once per page, whichever chart asks first; `updateComplete` waits for it.
  private readonly contentChunk = new LazyModuleController<ContentModule>(this, {
    key: CHUNK_KEYS.content,
    load: () => flowChartChunks.content(),
    styles: (m) => [m.contentThemeStyles, m.contentStyles],
  });
  private readonly chartjs = new LazyModuleController<ChartjsModule>(this, { key: CHUNK_KEYS.chartjs, load: () => flowChartChunks.chartjs() });
  private readonly citationBadge = new LazyModuleController<unknown>(this, { key: CHUNK_KEYS.citationBadge, load: () => flowChartChunks.citationBadge() });
  /** This chart's content, once its chunk has arrived. */
  private content?: FlowChartContent;

  /** The Chart.js instance, once loaded and drawn (for tests and advanced use). */
  get chart(): Chart | undefined {
    return this.content?.chart;
  }

  /** The view-model the element draws: nodes, links, flows, notes (once data and view are in). */
  get flowGraph(): FlowGraph | undefined {
    return this.content?.graph;
  }

  /** The keyboard order of nodes and flows (bars view: the bars). */
  get focusItems(): FocusItem[] {
    return this.content?.focusItems ?? [];
  }

  /** Resolves with the chart once it is loaded and drawn (rejects when Chart.js fails to load). */
  async chartReady(): Promise<Chart> {
    return (await this.whenContent()).chartReady();
  }

  /** Opens a flow's evidence and citation and fires `kj-select`. */
  async activateFlow(id: string): Promise<void> {
    return (await this.whenContent()).activateFlow(id);
  }

  /** The flows shown, as CSV: one row per flow with source and licence columns ('' before the data is in). */
  exportCsv(): string {
    return this.content?.exportCsv() ?? '';
  }

  /** The chart as a PNG with its title, source line and licence drawn in. */
  async exportPng(): Promise<Blob> {
    return (await this.whenContent()).exportPng();
  }

  private async whenContent(): Promise<FlowChartContent> {
    await this.updateComplete;
    if (!this.content) throw new Error('the chart could not be loaded');
    return this.content;
  }

  // Its canvas paints the theme's colours itself: redraw when the theme it follows changes.
  // (Its own options, `{}`: with the declared ones, an unchanged default would be reflected.)
  protected override followedThemeChanged(): void {
    this.requestUpdate('theme', undefined, {});
  }

  // --- loading -------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('defer-hydration')) {
      // Server-rendered: hydrate only once the content (and the data it rendered) can render the same template.
      this.localeController.refresh(); // connects only with the hydration
      trackLoad(this, this.loadContent(true).then((ok) => ok && this.removeAttribute('defer-hydration')));
    } else if (!this.contentChunk.value) {
      void this.loadContent(false);
    }
  }

  /** Loads the content chunk (hydrating: with what the server rendered); warns once when it cannot. */
  private async loadContent(hydrating: boolean): Promise<boolean> {
    const m = await this.contentChunk.load();
    if (!m) this.warnOnce('view', `the chart could not be loaded: ${String(this.contentChunk.error)}`);
    else if (hydrating) await m.hydrationReady(this);
    return !!m;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page's string table (for a locale other than English): the placeholder shows no text
    // until it arrives, rather than text in another language.
    const locale = this.locale;
    if (!hasStrings(locale) && this.stringsAsked !== locale) {
      this.stringsAsked = locale;
      trackLoad(this, loadStrings(locale).then(() => this.requestUpdate(), () => undefined));
    }
    const m = this.contentChunk.value;
    if (m && !this.content) {
      this.content = new m.FlowChartContent(this, {
        uid: this.uid,
        near: () => this.nearness.near,
        chartjs: this.chartjs,
        citationBadge: this.citationBadge,
      });
    }
    this.content?.willUpdate(changed);
  }

  private stringsAsked?: string;

  protected override updated(changed: PropertyValues<this>): void {
    // Fetch Chart.js as soon as the chart nears the viewport, while the content and data may still load.
    if (this.nearness.near && this.view !== 'table' && !this.chartjs.value && !this.chartjs.error) void this.chartjs.load();
    this.content?.updated(changed);
  }

  // --- rendering -----------------------------------------------------------------------

  protected override render() {
    return this.content?.render() ?? this.renderPlaceholder();
  }

  /**
   * Before the content chunk and data arrive: the figure's frame at its final size — a caption line,
   * the toolbar's buttons (invisible), the chart box, and six lines for the legend, the notes
   * and the source line below it (the US dollar view at 800 px) — so that little shifts when they do.
   */
  private renderPlaceholder() {
    const s = placeholderStrings(this.locale);
    const data = this.content?.dataStatus;
    const failed = data === 'error' || !!this.contentChunk.error;
    const text = failed ? s.dataUnavailable : data === 'loading' ? s.loading : s.flowChartLoading;
    return html`<figure class="kj-root" part="figure" aria-busy=${failed ? 'false' : 'true'}>
      <figcaption part="title">&nbsp;</figcaption>
      <div class="toolbar skeleton" part="toolbar" aria-hidden="true">
        ${this.view === 'table'
          ? nothing
          : html`<button type="button" disabled>${s.flowShowAsTable}</button>
              <button type="button" disabled>${s.flowDownloadPng}</button>`}
        <button type="button" disabled>${s.flowDownloadCsv}</button>
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
