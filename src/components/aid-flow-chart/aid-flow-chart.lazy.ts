/**
 * What `<aid-flow-chart>` loads lazily when it connects (its content chunk): the dataset (bundled
 * shards, or the provider's), the view-model, strings and templates, the Chart.js instance's
 * lifecycle, the keyboard walk and the exports. The element (aid-flow-chart.ts) stays thin: its
 * attributes, a placeholder of the final size, and the loading. Apart from the Chart.js chunk, so
 * that the table renders when Chart.js fails to load and for `view="table"` — also on a server,
 * where construction, `willUpdate` and `render` touch no browser-only API.
 */
import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import { ChartController } from '../../controllers/chart-controller.js';
import { DatasetController, type DatasetNeeds } from '../../controllers/dataset-controller.js';
import type { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { bundledStore } from '../../data/bundled.js';
import { loadStrings } from '../../i18n/string-tables.js';
import { LOCALES, type Locale } from '../../data/locales.js';
import type { DatasetT } from '../../data/schema.js';
import { KjSelectEvent } from '../../events.js';
import { warnOnce } from '../../base/kerjasama-base.js';
import { flowStrings } from '../../i18n/flow-strings.js';
import { barGroups, buildFlowGraph, legendOf, type FlowGraph, type FocusItem, type ShownView } from './aid-flow-chart.view.js';
import { flowsToCsv, TABLE_ROWS } from './aid-flow-chart.table.js';
import { layoutNodeLabels } from './aid-flow-chart.labels.js';
import { renderFlowChart } from './aid-flow-chart.template.js';
import { exportPng } from './aid-flow-chart.png.js';
import { aidFlowChartAttributes as contract, type ChartUnit, type FlowView, type GroupBy, type KindFilter, type StatusFilter } from './aid-flow-chart.options.js';
import { allowedValue } from '../../base/attribute-contract.js';
import type { ChartFocus, ChartState, ChartTheme } from './aid-flow-chart.chartjs.js';
import type * as Chartjs from './aid-flow-chart.chartjs.js';

type ChartjsModule = typeof Chartjs;

/** The most flows drawn (in a unit with amounts) that are shown as labelled bars rather than a sankey. */
export const MAX_LABELLED_BARS = 2;

export { contentStyles } from './aid-flow-chart.content.styles.js';
export { contentThemeStyles } from '../../styles/theme-content.js';
import { textLanguage } from '../../data/localized.js';
import { isValidIsoDate } from '../../data/iso-dates.js';

/**
 * What a chart shows: its flows with their evidence and notes (its table, its flow details), the
 * names of their actors, and their sources' titles and APA labels. Never events, nor the other
 * collections' details (the citation badges it holds load their popovers' own).
 */
const CHART_DATA = { core: ['sources', 'actors', 'flows', 'citations'], detail: ['flows'] } as const satisfies DatasetNeeds;

/**
 * Loads the bundled dataset's shards a chart shows (of `locales`, every shipped one by default),
 * so that afterwards rendering (e.g. `view="table"` on a server) is synchronous.
 */
export async function preloadData(locales: readonly string[] = LOCALES): Promise<void> {
  await Promise.all(locales.flatMap((l) => [bundledStore.load(CHART_DATA.core, 'core', l), bundledStore.load(CHART_DATA.detail, 'detail', l)]));
}

/**
 * What a server-rendered chart waits for before it hydrates, so that its first client render is
 * the server's: the bundled data (unless a provider gives it) and the strings, in the page's language.
 */
export async function hydrationReady(host: FlowChartHost): Promise<void> {
  if (!host.closest('kerjasama-data')) await preloadData([bundledStore.language(host.pageLang)]).catch(() => undefined);
  await loadStrings(host.locale).catch(() => undefined);
}

/** The element as its content sees it: its attributes, its shadow root, its page language. */
export interface FlowChartHost extends ReactiveControllerHost, HTMLElement {
  view: FlowView;
  from: string;
  to: string;
  via: string;
  kind: string;
  status: string;
  fromDate: string;
  toDate: string;
  source: string;
  unit: ChartUnit;
  groupBy: GroupBy;
  theme: string;
  readonly locale: Locale;
  readonly pageLang: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the content needs from its element beyond its attributes. */
export interface FlowChartAccess {
  /** Prefix of the ids inside the shadow root. */
  uid: string;
  /** Whether the element has come near the viewport. */
  near(): boolean;
  /** The Chart.js chunk and `<citation-badge>`'s registration, loaded once per page. */
  chartjs: LazyModuleController<ChartjsModule>;
  citationBadge: LazyModuleController<unknown>;
}

/** One chart's content: created by the element once this chunk has arrived. */
export class FlowChartContent {
  graph?: FlowGraph;
  private graphKey = '';
  private graphDataset?: DatasetT;
  private drawnKey = '';
  private tableShown = false;
  /** The reader listed every row of a long table. */
  private allRows = false;
  /** The reader asked for the sankey in place of the labelled bars ("Show as flow diagram"). */
  private diagramShown = false;
  private announcement = '';
  private selectedFlow = '';
  private focusIndex = -1;

  private readonly charts: ChartController<ChartjsModule, Chart>;
  private readonly data: DatasetController;

  constructor(
    private readonly host: FlowChartHost,
    private readonly access: FlowChartAccess,
  ) {
    this.data = new DatasetController(host, () => host.requestUpdate(), () => CHART_DATA);
    this.charts = new ChartController<ChartjsModule, Chart>(host, {
      // LazyModuleController.load never rejects: a failure is in `error`.
      load: async () => (await access.chartjs.load()) ?? Promise.reject(access.chartjs.error),
      enabled: () => access.near() && this.drawsChart && !!this.graph && !this.graph.empty,
      canvas: () => host.renderRoot?.querySelector('canvas'),
      container: () => host.renderRoot?.querySelector<HTMLElement>('.chart'),
      create: (m, canvas) => {
        this.drawnKey = this.drawKey();
        const chart = m.createChart(canvas, this.chartState());
        // Render again once drawn (after this update): "Download PNG" enables then.
        queueMicrotask(() => host.requestUpdate());
        return chart;
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
  }

  /** Whether the data is in (else the element shows its placeholder, loading or failed). */
  get dataStatus(): 'loading' | 'ready' | 'error' {
    return this.data.state.status;
  }

  private dataset(): DatasetT | undefined {
    const st = this.data.state;
    return st.status === 'ready' ? st.dataset : undefined;
  }

  get chart(): Chart | undefined {
    return this.charts.chart;
  }

  chartReady(): Promise<Chart> {
    // Labelled bars draw no chart until the reader asks for the flow diagram: say so rather than wait.
    if (this.effectiveView === 'labelled-bars') return Promise.reject(new Error('no chart is drawn while one or two flows are shown as labelled bars'));
    return this.charts.whenReady();
  }

  /** Whether the view shown is drawn by Chart.js (the sankey or the bars). */
  get drawsChart(): boolean {
    const view = this.effectiveView;
    return view === 'sankey' || view === 'bars';
  }

  /**
   * Whether the chart offers labelled bars in place of the sankey: the author set no `view` (an
   * explicit choice wins) and the unit, which has amounts, has one or two flows drawn — a sankey
   * of them would be one or two bands between a few nodes.
   */
  get offersLabelledBars(): boolean {
    const g = this.graph;
    if (!g || g.empty || g.tooManyToDraw || g.unit === 'none' || this.host.hasAttribute('view')) return false;
    return g.flows.filter((f) => !f.excludedFromTotal).length <= MAX_LABELLED_BARS;
  }

  /** The keyboard order of nodes and flows (bars view: the bars). */
  get focusItems(): FocusItem[] {
    const g = this.graph;
    if (!g) return [];
    if (this.effectiveView === 'labelled-bars') return [];
    if (this.effectiveView === 'bars') {
      const column = this.shown.groupBy;
      return g.focusOrder.filter((f) => f.type === 'node' && g.nodes.find((n) => n.key === f.key)?.column === column);
    }
    return g.focusOrder;
  }

  /**
   * `view`, or `sankey` for an unknown value; `table` for a graph too large to lay out; labelled
   * bars for one or two flows when the author set no view (the sankey once the reader asks).
   */
  get effectiveView(): ShownView {
    if (this.graph?.tooManyToDraw) return 'table';
    if (this.offersLabelledBars && !this.diagramShown) return 'labelled-bars';
    return this.shown.view;
  }

  /**
   * The values the chart renders with: each enumerated attribute if its contract allows it, else
   * the default, with one warning (the author's attribute stays as written).
   */
  private get shown(): { view: FlowView; unit: ChartUnit; groupBy: GroupBy; kind: KindFilter; status: StatusFilter } {
    const h = this.host;
    const warn = (key: string, message: string) => warnOnce(this.host, key, message);
    return {
      view: allowedValue('view', contract.view, h.view, warn),
      unit: allowedValue('unit', contract.unit, h.unit, warn),
      groupBy: allowedValue('group-by', contract['group-by'], h.groupBy, warn),
      kind: allowedValue('kind', contract.kind, h.kind, warn),
      status: allowedValue('status', contract.status, h.status, warn),
    };
  }

  /** Rebuilds the view-model when the data, filters, unit or language change. */
  willUpdate(_changed: PropertyValues): void {
    const h = this.host;
    const { unit, kind, status } = this.shown;
    const ds = this.dataset();
    if (!ds) {
      this.graph = undefined;
      return;
    }
    // A malformed date is ignored with one warning, as the timeline does (not compared as text).
    const date = (attribute: string, d: string) => {
      if (!d || isValidIsoDate(d)) return d;
      warnOnce(h, `date:${d}`, `"${d}" in ${attribute}= is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored.`);
      return '';
    };
    const filters = { from: h.from, to: h.to, via: h.via, kind, status, fromDate: date('from-date', h.fromDate), toDate: date('to-date', h.toDate), source: h.source };
    if (h.source && !ds.sources.some((x) => x.id === h.source)) warnOnce(h, `source:${h.source}`, `unknown source id "${h.source}" in source=.`);
    const key = JSON.stringify([filters, unit, h.locale, h.pageLang, ds.version, ds.flows.length]);
    if (key !== this.graphKey || !this.graph || this.graphDataset !== ds) {
      this.graph = buildFlowGraph(ds, filters, unit, h.locale, textLanguage(ds, h.pageLang));
      this.graphDataset = ds;
      this.graphKey = key;
      this.focusIndex = -1;
      for (const id of this.graph.unknownActors) warnOnce(this.host, `actor:${id}`, `unknown actor id "${id}" in from/to/via.`);
      const { flows, nodes, links } = this.graph;
      if (this.graph.tooManyToDraw) warnOnce(this.host, 'too-many', `${flows.length} flows (${nodes.length} nodes, ${links.length} links) are too many to draw: shown as a table.`);
    }
  }

  updated(changed: PropertyValues): void {
    if (changed.has('theme')) this.charts.refresh();
    // Labelled bars' lengths through the CSSOM: a style attribute would be blocked by a strict
    // Content Security Policy (style-src without 'unsafe-inline'), and styleMap writes one at first.
    for (const bar of this.host.renderRoot.querySelectorAll<HTMLElement>('.bar[data-share]')) bar.style.inlineSize = `${bar.dataset.share}%`;
    // Registers <citation-badge> the first time one is shown (guarded: a failure is not retried on every render).
    const badge = this.access.citationBadge;
    if (!badge.value && !badge.error && this.host.renderRoot.querySelector('citation-badge:not(:defined)')) {
      void badge.load().then((m) => m ?? warnOnce(this.host, 'badge', `the citation badge could not be loaded: ${String(badge.error)}`));
    }
  }

  /** The figure, or `undefined` until the data is in. */
  render() {
    const g = this.graph;
    if (!g || this.data.state.status !== 'ready') return undefined;
    return renderFlowChart({
      graph: g,
      view: this.effectiveView,
      strings: flowStrings(this.host.locale),
      uid: this.access.uid,
      theme: this.host.theme,
      tableShown: this.tableShown,
      allRows: this.allRows,
      onShowAllRows: this.showAllRows,
      viewToggle: this.offersLabelledBars ? (this.diagramShown ? 'bars' : 'diagram') : undefined,
      onToggleView: this.toggleView,
      onActivate: (id: string) => void this.activateFlow(id),
      chartFailed: this.charts.status === 'error',
      chartReady: !!this.charts.chart || this.charts.status === 'ready',
      hasChart: !!this.charts.chart,
      announcement: this.announcement,
      selectedFlow: this.selectedFlow,
      onToggleTable: this.toggleTable,
      onDownloadPng: this.downloadPng,
      onDownloadCsv: this.downloadCsv,
      onKeydown: this.onKeydown,
      onFocus: this.onFocus,
      onBlur: this.onBlur,
    });
  }

  /** Labelled bars ⇄ sankey; the button keeps the focus (the same button, relabelled). */
  private toggleView = () => {
    this.diagramShown = !this.diagramShown;
    this.focusIndex = -1;
    this.announcement = '';
    this.host.requestUpdate();
  };

  private toggleTable = () => {
    this.tableShown = !this.tableShown;
    this.host.requestUpdate();
  };

  /** Lists the rest of a long table; focus goes to the first row added (its button is gone). */
  private showAllRows = () => {
    this.allRows = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const first = this.host.renderRoot.querySelector<HTMLElement>(`tbody tr:nth-child(${TABLE_ROWS + 1}) > th`);
      if (!first) return;
      first.tabIndex = -1;
      first.focus();
    });
  };

  private drawKey(): string {
    const h = this.host;
    return `${this.graphKey}|${this.effectiveView}|${h.groupBy}|${h.theme}|${h.locale}`;
  }

  /** Colours and font from the computed custom properties: canvas cannot read CSS. */
  private readTheme(): ChartTheme {
    const cs = getComputedStyle(this.host);
    const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
    const box = this.host.renderRoot?.querySelector('.chart') ?? this.host;
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
    const groupBy = this.shown.groupBy;
    return {
      graph,
      view: this.effectiveView === 'bars' ? 'bars' : 'sankey',
      groupBy,
      groups: barGroups(graph, groupBy),
      theme: this.readTheme(),
      strings: flowStrings(this.host.locale),
      focus: this.toChartFocus(this.focusItems[this.focusIndex]),
      onActivate: (id) => void this.activateFlow(id),
      layoutLabels: layoutNodeLabels,
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
    this.host.requestUpdate();
    const chart = this.charts.chart;
    if (chart && this.charts.module) this.charts.module.setFocus(chart, this.toChartFocus(item));
  }

  /** Hides Chart.js's tooltip (the focus ring stays): on blur, and when a flow's details open over the chart. */
  private hideTooltip(): void {
    const chart = this.charts.chart;
    if (chart?.tooltip?.getActiveElements().length) {
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    }
  }

  private onBlur = () => this.hideTooltip();

  private onFocus = () => {
    if (this.focusIndex >= 0) this.moveFocus(this.focusIndex);
  };

  /** Opens a flow's evidence and citation and fires `kj-select`. */
  async activateFlow(id: string): Promise<void> {
    if (!this.graph?.flows.some((f) => f.id === id)) return;
    this.selectedFlow = id;
    // The details and the citation popover open over the chart: the tooltip would show through.
    this.hideTooltip();
    this.host.requestUpdate();
    this.host.dispatchEvent(new KjSelectEvent({ type: 'flow', id }));
    // Also waits for <citation-badge> to register, if it is loading (its load is tracked).
    await this.host.updateComplete;
    const badge = this.host.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown>; show(): void }>('.selected citation-badge');
    if (badge && customElements.get(badge.localName)) {
      await badge.updateComplete;
      badge.show();
    }
  }

  // --- exports -------------------------------------------------------------------------

  exportCsv(): string {
    const ds = this.dataset();
    return ds && this.graph ? flowsToCsv(this.graph, ds) : '';
  }

  async exportPng(): Promise<Blob> {
    // Labelled bars: chartReady() rejects (the PNG button is not shown then).
    const chart = await this.chartReady();
    const m = this.charts.module!;
    const graph = this.graph!;
    const s = flowStrings(this.host.locale);
    const theme = this.readTheme();
    const keys = legendOf(graph, this.effectiveView);
    return exportPng(
      chart,
      {
        title: graph.title,
        total: graph.unit === 'none' ? '' : s.flowTotal(graph.totalText),
        legend: keys.map((key) => ({ key, label: s.flowLegendKeys[key] })),
        lines: [...graph.notes, graph.sourceLine, graph.licenceLine],
        theme,
      },
      (ctx, key, box) => m.drawSwatch(ctx, key, box, theme),
    );
  }

  private download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    this.host.renderRoot.appendChild(a);
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
      warnOnce(this.host, 'png', `PNG export failed: ${String(error)}`);
    }
  };
}
