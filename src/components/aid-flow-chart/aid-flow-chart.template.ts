/**
 * The templates of `<aid-flow-chart>` once it has data: the figure, the table and the selected
 * flow's evidence (the table: aid-flow-chart.table.ts). Templates only:
 * no DOM access, so they render on a server too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlowStrings } from '../../i18n/flow-strings.js';
import { sameLanguage } from '../../data/locales.js';
import { labelledBars, legendOf, type FlowGraph, type ShownView } from './aid-flow-chart.view.js';
import { renderTable } from './aid-flow-chart.table.js';

/** What the figure shows and the handlers it calls: the element's state, read-only. */
export interface FlowChartRenderState {
  graph: FlowGraph;
  view: ShownView;
  strings: FlowStrings;
  /** Prefix of the ids inside the shadow root. */
  uid: string;
  theme: string;
  tableShown: boolean;
  /** Every row of a long table, not only the first ones (the reader asked). */
  allRows: boolean;
  onShowAllRows: () => void;
  /** The labelled bars ⇄ flow diagram button, labelled with what it shows next (absent: no choice). */
  viewToggle?: 'diagram' | 'bars';
  onToggleView: () => void;
  /** Opens a flow's evidence (a labelled bar's button). */
  onActivate: (id: string) => void;
  /** Chart.js failed to load or draw: the table stands in for the chart. */
  chartFailed: boolean;
  /** Chart.js is there (or drawn): the canvas replaces the placeholder. */
  chartReady: boolean;
  hasChart: boolean;
  announcement: string;
  selectedFlow: string;
  onToggleTable: () => void;
  onDownloadPng: () => void;
  onDownloadCsv: () => void;
  onKeydown: (e: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
}

const plainSentence = (s: string) => s.replace(/[\u2068\u2069]/g, '');

export function renderFlowChart(r: FlowChartRenderState): TemplateResult {
  const { graph: g, strings: s, view } = r;
  const showTable = view === 'table' || r.tableShown || r.chartFailed;
  const titleId = `${r.uid}-title`;
  return html`<figure class="kj-root" part="figure" aria-labelledby=${titleId}>
    <figcaption id=${titleId} part="title">
      ${g.title}${g.empty || g.unit === 'none' ? nothing : html` <span class="total">(${s.flowTotal(g.totalText)})</span>`}
    </figcaption>
    ${g.empty
      ? html`<p class="message" role="status">${s.flowNoFlows}</p>`
      : html`
          <div class="toolbar" part="toolbar" role="group" aria-label=${s.flowActions}>
            ${r.viewToggle
              ? html`<button type="button" class="view-toggle" @click=${r.onToggleView}>
                  ${r.viewToggle === 'diagram' ? s.flowShowAsDiagram : s.flowShowAsBars}
                </button>`
              : nothing}
            ${view === 'table'
              ? nothing
              : html`<button type="button" class="table-toggle" aria-pressed=${r.tableShown ? 'true' : 'false'} @click=${r.onToggleTable}>
                    ${s.flowShowAsTable}
                  </button>
                  ${view === 'labelled-bars'
                    ? nothing
                    : html`<button type="button" class="png" ?disabled=${!r.hasChart} @click=${r.onDownloadPng}>${s.flowDownloadPng}</button>`}`}
            <button type="button" class="csv" @click=${r.onDownloadCsv}>${s.flowDownloadCsv}</button>
          </div>
          ${view === 'table' ? nothing : view === 'labelled-bars' ? renderLabelledBars(r) : renderChart(r)}
          ${view === 'labelled-bars' ? html`<p class="note" part="note">${s.flowLabelledBarsNote(g.flows.filter((f) => !f.excludedFromTotal).length)}</p>` : nothing}
          ${g.notes.filter((n) => view !== 'labelled-bars' || n !== g.bandNote).map((n) => html`<p class="note" part="note">${n}</p>`)}
          ${renderSelected(r)} ${showTable ? renderTable(g, s, r.uid, r.theme, r.allRows, r.onShowAllRows) : nothing}
        `}
    <p class="source" part="source">${renderSourceLine(g, s)}. ${g.licenceLine}</p>
  </figure>`;
}

/**
 * The source line, each source's short form and title tagged with its language: on a page in
 * another language than the dataset's, a screen reader voices them in theirs (the same text as
 * `sourceLine`, which the PNG draws).
 */
function renderSourceLine(g: FlowGraph, s: FlowStrings) {
  if (!g.credits.length) return g.sourceLine;
  const [before, after = ''] = s.flowSourceLine('\u0000').split('\u0000');
  return html`${before}${g.credits.map(
    (x, i) =>
      html`${i ? '; ' : ''}<span lang=${x.shortLang ?? nothing}>${x.short}</span>, “<span lang=${x.titleLang && !sameLanguage(x.titleLang, g.locale) ? x.titleLang : nothing}>${x.title}</span>” (${x.licence})`,
  )}${after}`;
}

function renderChart(r: FlowChartRenderState) {
  const { graph: g, strings: s } = r;
  if (r.chartFailed) return html`<p class="message" role="status">${s.flowChartFailed}</p>`;
  const instructionsId = `${r.uid}-instructions`;
  return html`<div class="chart" part="chart">
      ${r.chartReady
        ? html`<div
            class="canvas-wrap"
            role="application"
            tabindex="0"
            aria-label=${s.flowChartLabel(g.title)}
            aria-describedby=${instructionsId}
            @keydown=${r.onKeydown}
            @focus=${r.onFocus}
            @blur=${r.onBlur}
          >
            <canvas aria-hidden="true"></canvas>
          </div>`
        : html`<div class="placeholder" aria-busy="true">${s.flowChartLoading}</div>`}
    </div>
    <p id=${instructionsId} class="visually-hidden">${s.flowChartInstructions}</p>
    <p class="visually-hidden live" aria-live="polite">${r.announcement}</p>
    ${renderLegend(g, s, r.view)}`;
}

/**
 * One or two flows, each a labelled bar: its route, a bar as long as its share of the longest,
 * its amount and status in words (alternative figures named, never drawn). Each is a button that
 * opens the flow's evidence. HTML, not canvas: the text reflows at any width and is read as is.
 */
function renderLabelledBars(r: FlowChartRenderState) {
  const { graph: g, strings: s } = r;
  return html`<div class="chart labelled" part="chart">
      <ul class="bars" aria-label=${s.flowLabelledBarsLabel(g.title)}>
        ${labelledBars(g).map(
          ({ item, share, alternatives }) =>
            html`<li>
              <button type="button" class="flow-bar" @click=${() => r.onActivate(item.id)}>
                <span class="route">${item.route}</span>
                <span class="track" aria-hidden="true">
                  <span class=${`bar ${item.status}${item.disputed ? ' disputed' : ''}`} data-share=${(share * 100).toFixed(2)}></span>
                </span>
                <span class="figure"
                  ><span class="amount">${item.amountText}</span> · <span class="status">${item.statusText}</span
                  >${item.disputed ? html` · <span>${s.disputed}</span>` : nothing}</span
                >
                ${alternatives.length ? html`<span class="alternatives">${s.flowLabelledBarsAlternatives(alternatives)}</span>` : nothing}
              </button>
            </li>`,
        )}
      </ul>
    </div>
    ${renderLegend(g, s, r.view)}`;
}

/** The key: a swatch per status drawn, disputed outline and alternative figure (the sankey's, or the bars' statuses). */
export function renderLegend(g: FlowGraph, s: FlowStrings, view: ShownView) {
  const keys = legendOf(g, view);
  if (!keys.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${s.flowLegendLabel}>
    ${keys.map((k) => html`<li><span class="swatch ${k}" aria-hidden="true"></span>${s.flowLegendKeys[k]}</li>`)}
  </ul>`;
}

function renderSelected(r: FlowChartRenderState) {
  const item = r.graph.flows.find((f) => f.id === r.selectedFlow);
  if (!item) return nothing;
  const s = r.strings;
  return html`<section class="selected" part="selected" aria-labelledby=${`${r.uid}-selected`}>
    <h3 id=${`${r.uid}-selected`}>${s.flowSelected}: ${item.route}</h3>
    <p>
      ${plainSentence(item.sentence)}
      ${item.citationIds.length ? html`<citation-badge cite=${item.citationIds.join(' ')} theme=${r.theme}></citation-badge>` : nothing}
    </p>
    ${item.disputed
      ? item.disputedLang
        ? html`<p>${s.disputed}: <span lang=${item.disputedLang}>${item.disputedText}</span></p>`
        : html`<p>${s.flowDisputedReason(item.disputedText)}</p>`
      : nothing}
    ${item.noteText ? html`<p>${s.note}: <span lang=${item.noteLang ?? nothing}>${item.noteText}</span></p>` : nothing}
    ${item.evidence.map(
      (e) => html`<blockquote>
        “${e.quote}” ${e.citation ? html`<citation-badge cite=${e.citation} theme=${r.theme}></citation-badge>` : html`<cite>${e.sourceTitle}</cite>`}
      </blockquote>`,
    )}
  </section>`;
}
