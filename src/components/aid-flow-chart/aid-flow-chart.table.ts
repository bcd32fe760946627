/**
 * The flows as a table and as CSV: the same rows, every cell text. The table stands in for the
 * chart (`view="table"`, the toggle, Chart.js failing to load) and is what a server renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetT } from '../../data/schema.js';
import { flowStrings as t, type FlowStrings } from '../../i18n/flow-strings.js';
import type { FlowGraph, FlowSourceInfo } from './aid-flow-chart.view.js';

/** The table: one row per flow, every cell text. */
export interface FlowTableRow {
  id: string;
  route: string;
  kind: string;
  amount: string;
  date: string;
  status: string;
  notes: string[];
  sources: FlowSourceInfo[];
  citationIds: string[];
}

export function tableRows(graph: FlowGraph): FlowTableRow[] {
  const s = t(graph.locale);
  return graph.flows.map((f) => ({
    id: f.id,
    route: f.route,
    kind: f.kindText,
    amount: f.amountText ? `${f.amountText}${f.related ? ' *' : ''}` : '—',
    date: f.dateText,
    status: f.statusText,
    notes: [
      f.disputed ? s.flowDisputedReason(f.disputedText) : '',
      f.related ? (f.excludedFromTotal ? s.flowNotAdded : s.flowRelated) : '',
    ].filter(Boolean),
    sources: f.sources,
    citationIds: f.citationIds,
  }));
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
      flow.disputed?.en ?? '',
      f.relatedIds.join(' '),
      f.excludedFromTotal || graph.unit === 'none' ? 'no' : 'yes',
      f.sources.map((x) => x.title).join('; '),
      f.sources.map((x) => x.licence).join('; '),
      `${ds.license.name}${ds.license.url ? ` (${ds.license.url})` : ''}`,
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The table: one row per flow, its sources with their citation badge. */
export function renderTable(g: FlowGraph, s: FlowStrings, uid: string, theme: string): TemplateResult {
  const rows = tableRows(g);
  return html`<div class="table-wrap" part="table" role="region" aria-labelledby=${`${uid}-caption`} tabindex="0">
    <table>
      <caption id=${`${uid}-caption`}>${g.title}</caption>
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
          (row) => html`<tr data-flow=${row.id}>
            <th scope="row">${row.route}</th>
            <td>${row.kind}</td>
            <td>${row.amount}</td>
            <td>${row.date}</td>
            <td>${row.status}</td>
            <td>${row.notes.join(' ')}</td>
            <td>
              ${row.sources.map((x) => x.title).join('; ')}
              ${row.citationIds.length ? html`<citation-badge ref=${row.citationIds.join(' ')} theme=${theme}></citation-badge>` : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
