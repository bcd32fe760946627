/**
 * The flows as a table and as CSV: the same rows, every cell text. The table stands in for the
 * chart (`view="table"`, the toggle, Chart.js failing to load) and is what a server renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetT } from '../../data/schema.js';
import { flowStrings as t, type FlowStrings } from '../../i18n/flow-strings.js';
import { formatCount } from '../../i18n/format-amounts.js';
import type { FlowGraph, FlowSourceInfo } from './aid-flow-chart.view.js';

/** The table: one row per flow, every cell text; its notes are numbers of the table's footnotes. */
export interface FlowTableRow {
  id: string;
  route: string;
  kind: string;
  amount: string;
  date: string;
  status: string;
  /** Footnote numbers (1-based) of this row's notes. */
  notes: number[];
  sources: FlowSourceInfo[];
  citationIds: string[];
}

export interface FlowTable {
  rows: FlowTableRow[];
  /** Each note once, in order of first use; rows refer to them by number. */
  footnotes: string[];
}

const upperFirst = (s: string) => (s ? s[0].toLocaleUpperCase() + s.slice(1) : s);
const sentence = (s: string) => upperFirst(s.trim()).replace(/([^.!?])$/, '$1.');

/** The rows and footnotes of the table: a note shared by several rows is printed once. */
export function flowTable(graph: FlowGraph): FlowTable {
  const s = t(graph.locale);
  const byId = new Map(graph.flows.map((f) => [f.id, f]));
  const footnotes: string[] = [];
  const noteNumber = (text: string) => {
    let i = footnotes.indexOf(text);
    if (i < 0) i = footnotes.push(text) - 1;
    return i + 1;
  };
  const rows = graph.flows.map((f) => {
    const drawn = f.drawnFigureId ? byId.get(f.drawnFigureId) : undefined;
    const notes = [
      drawn ? s.flowAlternative(drawn.amountText) : '',
      f.alternativeIds.length ? s.flowDrawnFigure(f.alternativeIds.length) : '',
      f.relatedElsewhere.length ? s.flowAlsoReported(f.relatedElsewhere.join(', ')) : '',
      f.disputed ? s.flowDisputedReason(f.disputedText) : '',
    ]
      .filter(Boolean)
      .map((n) => noteNumber(sentence(n.replace(/[\u2068\u2069]/g, ''))));
    return { id: f.id, route: f.route, kind: f.kindText, amount: f.amountText || '—', date: f.dateText, status: f.statusText, notes, sources: f.sources, citationIds: f.citationIds };
  });
  return { rows, footnotes };
}

export function tableRows(graph: FlowGraph): FlowTableRow[] {
  return flowTable(graph).rows;
}

export const CSV_COLUMNS = [
  'id',
  'donor',
  'channel',
  'recipient',
  'kind',
  'amount',
  'unit',
  'date_start',
  'date_end',
  'status',
  'disputed',
  'related_to',
  'added_to_total',
  'source',
  'source_licence',
  'dataset_licence',
] as const;

/** A CSV cell: quoted, and a leading = + - @ defused so spreadsheets never run it as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** CSV, one row per flow with its source and licences (RFC 4180, CRLF line ends). */
export function flowsToCsv(graph: FlowGraph, ds: DatasetT): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const f of graph.flows) {
    const flow = f.flow;
    rows.push([
      f.id,
      f.fromName,
      f.viaNames.join(' + '),
      f.toName,
      flow.kind,
      flow.amount?.value ?? '',
      flow.amount?.unit ?? '',
      flow.date?.start ?? '',
      flow.date?.end ?? '',
      flow.status,
      f.disputedText,
      f.relatedIds.join(' '),
      f.excludedFromTotal || graph.unit === 'none' ? 'no' : 'yes',
      f.sources.map((x) => x.title).join('; '),
      f.sources.map((x) => x.licence).join('; '),
      `${ds.license.name}${ds.license.url ? ` (${ds.license.url})` : ''}`,
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Rows a table lists until the reader asks for all: thousands of flows (a chart too large to draw)
 * would take seconds to lay out, each row with its citation badge, and block the page meanwhile.
 */
export const TABLE_ROWS = 200;

/**
 * The table: one row per flow, its sources with their citation badge, its notes as footnotes
 * under it; the first `TABLE_ROWS` rows unless `all`, with a button that lists the rest.
 */
export function renderTable(g: FlowGraph, s: FlowStrings, uid: string, theme: string, all: boolean, onShowAll: () => void): TemplateResult {
  const { rows: every, footnotes } = flowTable(g);
  const cut = !all && every.length > TABLE_ROWS;
  const rows = cut ? every.slice(0, TABLE_ROWS) : every;
  const count = (n: number) => formatCount(n, g.locale);
  const noteId = (n: number) => `${uid}-fn-${n}`;
  return html`<div class="table-wrap" part="table" role="region" aria-labelledby=${`${uid}-caption`} tabindex="0">
      <table>
        <caption id=${`${uid}-caption`}>${g.title}</caption>
        <thead>
          <tr>
            <th scope="col">${s.flowTableFlow}</th>
            <th scope="col">${s.kind}</th>
            <th scope="col" class="num">${s.flowTableAmount}</th>
            <th scope="col">${s.flowTableDate}</th>
            <th scope="col">${s.flowTableStatus}</th>
            <th scope="col">${s.flowTableNotes}</th>
            <th scope="col">${s.flowTableSource}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-flow=${row.id}>
              <th scope="row">${row.route}</th>
              <td class="nowrap">${row.kind}</td>
              <td class="num">${row.amount}</td>
              <td class="nowrap">${row.date}</td>
              <td class="nowrap">${row.status}</td>
              <td class="notes">${row.notes.map((n, i) => html`${i ? ', ' : ''}<span class="fn">${n}</span>`)}</td>
              <td class="sources">
                ${row.sources.map((x, i) => html`${i ? '; ' : ''}<span lang=${x.titleLang ?? nothing}>${x.title}</span>`)}
                ${row.citationIds.length ? html`<citation-badge cite=${row.citationIds.join(' ')} theme=${theme}></citation-badge>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${cut
      ? html`<p class="table-more" part="note">
          ${s.flowTableShown(count(TABLE_ROWS), count(every.length))}
          <button type="button" class="show-all" @click=${onShowAll}>${s.flowTableShowAll(count(every.length))}</button>
        </p>`
      : nothing}
    ${footnotes.length
      ? html`<ol class="footnotes" part="note" aria-label=${s.flowTableNotes}>
          ${footnotes.map((n, i) => html`<li id=${noteId(i + 1)}>${n}</li>`)}
        </ol>`
      : nothing}`;
}
