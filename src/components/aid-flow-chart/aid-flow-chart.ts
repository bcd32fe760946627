import { html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KerjasamaElement } from '../../base/kerjasama-element.js';
import { ChartController } from '../../controllers/chart-controller.js';
import { IntersectionController } from '../../controllers/intersection-controller.js';
import { KjSelectEvent } from '../../events.js';
import type { DatasetT } from '../../data/schema.js';
import {
  barGroups,
  buildFlowGraph,
  CHART_UNITS,
  flowsToCsv,
  FLOW_VIEWS,
  GROUP_BY,
  tableRows,
  type ChartUnit,
  type FlowGraph,
  type FlowView,
  type FocusItem,
  type GroupBy,
} from './aid-flow-chart.view.js';
import type { Chart } from 'chart.js';
import type * as ChartLoader from './chart-loader.js';
import type { ChartFocus, ChartState, ChartTheme } from './chart-loader.js';

type ChartModule = typeof ChartLoader;

let nextId = 0;

/**
 * Who gave what to whom, through which channel: a sankey of donor → channel → recipient (or
 * horizontal bars, or a table) for one unit — US dollars, rupiah, vaccine doses, or flows without
 * an amount. Units are never mixed, and flows that may be the same money are never added up.
 * Chart.js loads only when the chart nears the viewport; until then a placeholder of the final
 * size holds its place. One tab stop: arrow keys walk nodes and flows, each announced as a
 * sentence; Enter opens a flow's evidence and citation. Light-DOM content (e.g. a static table)
 * shows where scripts do not run and is hidden once the element renders.
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
export class AidFlowChart extends KerjasamaElement {
  static override styles = [
    ...KerjasamaElement.styles,
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
      .total {
        font-weight: normal;
        color: var(--_muted);
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
      .toolbar button[aria-pressed='true'] {
        background: var(--_accent);
        border-color: var(--_accent);
        color: var(--_accent-text);
      }
      .chart {
        position: relative;
        height: var(--kj-chart-height, 24rem);
        min-width: 0;
        overflow: hidden;
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .canvas-wrap {
        position: absolute;
        inset: 0;
        border-radius: var(--_radius);
      }
      canvas {
        display: block;
        max-width: 100%;
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
      .legend,
      .note,
      .source {
        margin: 0.4rem 0 0;
        font-size: 0.875em;
        color: var(--_muted);
      }
      .note {
        color: var(--_text);
      }
      .table-wrap {
        max-width: 100%;
        overflow-x: auto;
        margin-block-start: 0.5rem;
      }
      table {
        border-collapse: collapse;
        min-width: 40rem;
        font-size: 0.875em;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 0.25rem;
      }
      th,
      td {
        padding: 0.3rem 0.5rem;
        border-bottom: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      thead th {
        border-bottom-width: 2px;
      }
      .selected {
        margin-block-start: 0.5rem;
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--_accent);
        background: var(--_surface);
      }
      .selected h3 {
        margin: 0 0 0.25rem;
        font-size: 1em;
      }
      blockquote {
        margin: 0.25rem 0;
        padding-inline-start: 0.6rem;
        border-inline-start: 3px solid var(--_border);
      }
    `,
  ];

  /**
   * How the chart code is loaded (a dynamic import, split into its own chunk). Replaceable,
   * e.g. to test what readers see when it fails to load.
   */
  static loadChartModule: () => Promise<ChartModule> = () => import('./chart-loader.js');

  /** `sankey` (the default), `bars` or `table`. */
  @property({ reflect: true }) view: FlowView = 'sankey';
  /** Donor actor id, e.g. `japan`. */
  @property({ reflect: true }) from = '';
  /** Recipient actor id, e.g. `indonesia`. */
  @property({ reflect: true }) to = '';
  /** Channel actor id, e.g. `unicef`. */
  @property({ reflect: true }) via = '';
  /** Flow kind: `loan`, `grant`, `loan-and-grant`, `vaccine-doses`, `equipment`, `technology-transfer`, `oda`, `funding`. */
  @property({ reflect: true }) kind = '';
  /** `delivered`, `pledged` or `planned`. */
  @property({ reflect: true }) status = '';
  /** Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated flows never match a period. */
  @property({ attribute: 'from-date', reflect: true }) fromDate = '';
  /** Latest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  @property({ attribute: 'to-date', reflect: true }) toDate = '';
  /** Source document id: only flows with evidence from it. */
  @property({ reflect: true }) source = '';
  /** The one measure shown: `USD` (the default), `IDR`, `doses`, or `none` for flows without an amount. */
  @property({ reflect: true }) unit: ChartUnit = 'USD';
  /** Bars view: one bar per `donor` (the default) or `recipient`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'donor';

  @state() private tableShown = false;
  @state() private announcement = '';
  @state() private selectedFlow = '';
  private focusIndex = -1;
  private graph?: FlowGraph;
  private graphKey = '';
  private drawnKey = '';
  private readonly uid = `kj-flow-${++nextId}`;

  private readonly nearness = new IntersectionController(this);
  private readonly charts = new ChartController<ChartModule, Chart>(this, {
    load: () => (this.constructor as typeof AidFlowChart).loadChartModule(),
    enabled: () => this.nearness.near && this.effectiveView !== 'table' && !!this.graph && !this.graph.empty,
    canvas: () => this.renderRoot?.querySelector('canvas'),
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart'),
    create: (m, canvas) => {
      this.drawnKey = this.drawKey();
      return m.createChart(canvas, this.chartState());
    },
    update: (m, chart, force) => {
      const key = this.drawKey();
      if (!force && key === this.drawnKey) return;
      const type = this.effectiveView === 'bars' ? 'bar' : 'sankey';
      if ((chart.config as { type?: string }).type !== type) {
        // A different chart type: start over on the same canvas (destroy() forgets it).
        const canvas = chart.canvas;
        chart.destroy();
        this.charts.chart = m.createChart(canvas, this.chartState());
      } else {
        m.updateChart(chart, this.chartState());
      }
      this.drawnKey = key;
    },
  });

  /** The Chart.js instance, once loaded and drawn (for tests and advanced use). */
  get chart(): Chart | undefined {
    return this.charts.chart;
  }

  /** The view-model the element draws: nodes, links, flows, notes. */
  get flowGraph(): FlowGraph | undefined {
    return this.graph;
  }

  /** Resolves with the chart once it is loaded and drawn. */
  chartReady(): Promise<Chart> {
    return this.charts.whenReady();
  }

  /** The keyboard order of nodes and flows (bars view: the bars). */
  get focusItems(): FocusItem[] {
    if (!this.graph) return [];
    if (this.effectiveView === 'bars') {
      const column = this.groupBy === 'recipient' ? 'recipient' : 'donor';
      return this.graph.focusOrder.filter((f) => f.type === 'node' && this.graph!.nodes.find((n) => n.key === f.key)?.column === column);
    }
    return this.graph.focusOrder;
  }

  private get effectiveView(): FlowView {
    return (FLOW_VIEWS as readonly string[]).includes(this.view) ? this.view : 'sankey';
  }

  private get readyDataset(): DatasetT | undefined {
    const st = this.datasetState;
    return st.status === 'ready' ? st.dataset : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('unit') && !(CHART_UNITS as readonly string[]).includes(this.unit)) {
      this.warnOnce(`unit:${this.unit}`, `unknown unit "${this.unit}"; showing USD.`);
    }
    if (changed.has('groupBy') && !(GROUP_BY as readonly string[]).includes(this.groupBy)) this.groupBy = 'donor';
    const ds = this.readyDataset;
    if (!ds) {
      this.graph = undefined;
      return;
    }
    const filters = { from: this.from, to: this.to, via: this.via, kind: this.kind, status: this.status, fromDate: this.fromDate, toDate: this.toDate, source: this.source };
    const key = JSON.stringify([filters, this.unit, this.locale, ds.version, ds.flows.length]);
    if (key !== this.graphKey || !this.graph || this.graphDataset !== ds) {
      this.graph = buildFlowGraph(ds, filters, this.unit, this.locale);
      this.graphDataset = ds;
      this.graphKey = key;
      this.focusIndex = -1;
      for (const id of this.graph.unknownActors) this.warnOnce(`actor:${id}`, `unknown actor id "${id}" in from/to/via.`);
    }
  }
  private graphDataset?: DatasetT;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.charts.refresh();
  }

  private drawKey(): string {
    return `${this.graphKey}|${this.effectiveView}|${this.groupBy}|${this.theme}|${this.locale}`;
  }

  /** Colours and font from the computed custom properties: canvas cannot read CSS. */
  private readTheme(): ChartTheme {
    const cs = getComputedStyle(this);
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    const box = this.renderRoot?.querySelector('.chart') ?? this;
    const boxStyle = getComputedStyle(box);
    const size = parseFloat(boxStyle.fontSize) || 16;
    return {
      text: v('--_text', '#1b1f24'),
      muted: v('--_muted', '#4d5560'),
      accent: v('--_accent', '#0b5cad'),
      background: v('--_bg', '#ffffff'),
      surface: v('--_surface', '#f6f7f9'),
      border: v('--_border', '#8a929c'),
      focus: v('--_focus', '#b3125f'),
      danger: v('--_danger', '#a4161a'),
      fontFamily: boxStyle.fontFamily || 'sans-serif',
      fontSize: Math.max(11, Math.min(16, Math.round(size * 0.8125))),
    };
  }

  private chartState(): ChartState {
    const graph = this.graph!;
    const item = this.focusItems[this.focusIndex];
    return {
      graph,
      view: this.effectiveView === 'bars' ? 'bars' : 'sankey',
      groupBy: this.groupBy,
      groups: barGroups(graph, this.groupBy),
      theme: this.readTheme(),
      strings: this.strings,
      focus: this.toChartFocus(item),
      onActivate: (id) => void this.activateFlow(id),
    };
  }

  private toChartFocus(item: FocusItem | undefined): ChartFocus {
    if (!item) return null;
    if (this.effectiveView === 'bars') return { type: 'group', index: this.focusItems.indexOf(item) };
    return item.type === 'node' ? { type: 'node', key: item.key } : { type: 'flow', id: item.id };
  }

  // --- keyboard ------------------------------------------------------------------------

  private onKeydown = (e: KeyboardEvent) => {
    const items = this.focusItems;
    if (!items.length) return;
    let next = this.focusIndex;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, this.focusIndex + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, this.focusIndex < 0 ? 0 : this.focusIndex - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ': {
        e.preventDefault();
        const item = items[this.focusIndex];
        if (item?.type === 'flow') void this.activateFlow(item.id);
        return;
      }
      case 'Escape':
        this.moveFocus(-1);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveFocus(next);
  };

  /** Focuses item `index` of the keyboard order (-1 clears), announcing it. */
  private moveFocus(index: number): void {
    const item = this.focusItems[index];
    this.focusIndex = item ? index : -1;
    // The live region speaks names without the invisible bidi isolates.
    this.announcement = item ? item.sentence.replace(/[\u2068\u2069]/g, '') : '';
    const chart = this.charts.chart;
    if (chart && this.charts.module) this.charts.module.setFocus(chart, this.toChartFocus(item));
  }

  private onBlur = () => {
    const chart = this.charts.chart;
    if (chart?.tooltip) {
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    }
  };

  private onFocus = () => {
    if (this.focusIndex >= 0) this.moveFocus(this.focusIndex);
  };

  /** Opens a flow's evidence and citation and fires `kj-select`. */
  async activateFlow(id: string): Promise<void> {
    if (!this.graph?.flows.some((f) => f.id === id)) return;
    this.selectedFlow = id;
    this.dispatchEvent(new KjSelectEvent({ type: 'flow', id }));
    await this.updateComplete;
    const badge = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown>; show(): void }>('.selected citation-badge');
    if (badge) {
      await badge.updateComplete;
      badge.show();
    }
  }

  // --- exports -------------------------------------------------------------------------

  /** The flows shown, as CSV: one row per flow with source and licence columns. */
  exportCsv(): string {
    const ds = this.readyDataset;
    return ds && this.graph ? flowsToCsv(this.graph, ds) : '';
  }

  /** The chart as a PNG with its title, source line and licence drawn in. */
  async exportPng(): Promise<Blob> {
    const chart = await this.charts.whenReady();
    const graph = this.graph!;
    const lines = [...graph.notes, graph.sourceLine, graph.licenceLine];
    return this.charts.module!.exportPng(chart, { title: graph.title, lines, theme: this.readTheme() });
  }

  private download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private fileStem(): string {
    return `aid-flows-${this.graph?.unit.toLowerCase() ?? 'usd'}`;
  }

  private downloadCsv = () => this.download(`${this.fileStem()}.csv`, new Blob([this.exportCsv()], { type: 'text/csv;charset=utf-8' }));

  private downloadPng = async () => {
    try {
      this.download(`${this.fileStem()}.png`, await this.exportPng());
    } catch (error) {
      this.warnOnce('png', `PNG export failed: ${String(error)}`);
    }
  };

  // --- rendering -----------------------------------------------------------------------

  protected override render() {
    const st = this.datasetState;
    const s = this.strings;
    if (st.status !== 'ready' || !this.graph) {
      const text = st.status === 'loading' ? s.loading : s.dataUnavailable;
      return html`<figure class="kj-root" part="figure" aria-busy=${st.status === 'loading' ? 'true' : 'false'}>
        <div class="chart" part="chart"><div class="placeholder">${text}</div></div>
      </figure>`;
    }
    const g = this.graph;
    const view = this.effectiveView;
    const failed = this.charts.status === 'error';
    const showTable = view === 'table' || this.tableShown || failed;
    const titleId = `${this.uid}-title`;
    return html`<figure class="kj-root" part="figure" aria-labelledby=${titleId}>
      <figcaption id=${titleId} part="title">
        ${g.title}${g.empty || g.unit === 'none' ? nothing : html` <span class="total">(${s.flowTotal(g.totalText)})</span>`}
      </figcaption>
      ${g.empty
        ? html`<p class="message" role="status">${s.flowNoFlows}</p>`
        : html`
            <div class="toolbar" part="toolbar" role="group" aria-label=${s.flowActions}>
              ${view === 'table'
                ? nothing
                : html`<button type="button" class="table-toggle" aria-pressed=${this.tableShown ? 'true' : 'false'} @click=${() => (this.tableShown = !this.tableShown)}>
                      ${s.flowShowAsTable}
                    </button>
                    <button type="button" class="png" ?disabled=${!this.charts.chart} @click=${this.downloadPng}>${s.flowDownloadPng}</button>`}
              <button type="button" class="csv" @click=${this.downloadCsv}>${s.flowDownloadCsv}</button>
            </div>
            ${view === 'table' ? nothing : this.renderChart(g, failed)}
            ${g.notes.map((n) => html`<p class="note" part="note">${n}</p>`)}
            ${this.renderSelected(g)} ${showTable ? this.renderTable(g) : nothing}
          `}
      <p class="source" part="source">${g.sourceLine}. ${g.licenceLine}</p>
    </figure>`;
  }

  private renderChart(g: FlowGraph, failed: boolean) {
    const s = this.strings;
    if (failed) return html`<p class="message" role="status">${s.flowChartFailed}</p>`;
    const ready = !!this.charts.chart || this.charts.status === 'ready';
    const instructionsId = `${this.uid}-instructions`;
    return html`<div class="chart" part="chart">
        ${ready
          ? html`<div
              class="canvas-wrap"
              role="application"
              tabindex="0"
              aria-label=${s.flowChartLabel(g.title)}
              aria-describedby=${instructionsId}
              @keydown=${this.onKeydown}
              @focus=${this.onFocus}
              @blur=${this.onBlur}
            >
              <canvas aria-hidden="true"></canvas>
            </div>`
          : html`<div class="placeholder" aria-busy="true">${s.flowChartLoading}</div>`}
      </div>
      <p id=${instructionsId} class="visually-hidden">${s.flowChartInstructions}</p>
      <p class="visually-hidden live" aria-live="polite">${this.announcement}</p>
      ${this.effectiveView === 'sankey' ? html`<p class="legend">${s.flowLegend}</p>` : nothing}`;
  }

  private renderSelected(g: FlowGraph) {
    const item = g.flows.find((f) => f.id === this.selectedFlow);
    if (!item) return nothing;
    const s = this.strings;
    return html`<section class="selected" part="selected" aria-labelledby=${`${this.uid}-selected`}>
      <h3 id=${`${this.uid}-selected`}>${s.flowSelected}: ${item.route}</h3>
      <p>
        ${item.sentence.replace(/[\u2068\u2069]/g, '')}
        ${item.citationIds.length ? html`<citation-badge ref=${item.citationIds.join(' ')} theme=${this.theme}></citation-badge>` : nothing}
      </p>
      ${item.disputed ? html`<p>${s.flowDisputedReason(item.disputedText)}</p>` : nothing}
      ${item.noteText ? html`<p>${s.note}: ${item.noteText}</p>` : nothing}
      ${item.evidence.map(
        (e) => html`<blockquote>
          “${e.quote}” ${e.citation ? html`<citation-badge ref=${e.citation} theme=${this.theme}></citation-badge>` : html`<cite>${e.sourceTitle}</cite>`}
        </blockquote>`,
      )}
    </section>`;
  }

  private renderTable(g: FlowGraph) {
    const s = this.strings;
    const rows = tableRows(g);
    return html`<div class="table-wrap" part="table" role="region" aria-labelledby=${`${this.uid}-caption`} tabindex="0">
      <table>
        <caption id=${`${this.uid}-caption`}>${g.title}</caption>
        <thead>
          <tr>
            <th scope="col">${s.flowTableFlow}</th>
            <th scope="col">${s.kind}</th>
            <th scope="col">${s.flowTableAmount}</th>
            <th scope="col">${s.flowTableDate}</th>
            <th scope="col">${s.flowTableStatus}</th>
            <th scope="col">${s.flowTableNotes}</th>
            <th scope="col">${s.flowTableSource}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-flow=${r.id}>
              <th scope="row">${r.route}</th>
              <td>${r.kind}</td>
              <td>${r.amount}</td>
              <td>${r.date}</td>
              <td>${r.status}</td>
              <td>${r.notes.join(' ')}</td>
              <td>
                ${r.sources.map((x) => x.title).join('; ')}
                ${r.citationIds.length ? html`<citation-badge ref=${r.citationIds.join(' ')} theme=${this.theme}></citation-badge>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aid-flow-chart': AidFlowChart;
  }
}
