/**
 * The dataset as plain tables: counts, then every record with its evidence. Used by the
 * Storybook "Dataset" page and the gallery. Everything is rendered as text.
 */
import { html, type TemplateResult } from 'lit';
import type { DatasetT, EvidenceT } from '../../src/data/schema.js';
import { formatFuzzyDate } from '../../src/i18n/format.js';
import { formatAmount } from '../../src/i18n/format-amounts.js';

const evidence = (list: EvidenceT[]) =>
  html`<ul class="evidence">
    ${list.map((e) => html`<li><q>${e.quote}</q> <small>(${e.source})</small></li>`)}
  </ul>`;

function table(caption: string, headers: string[], rows: (string | TemplateResult)[][]): TemplateResult {
  return html`<table>
    <caption>${caption} (${rows.length})</caption>
    <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
  </table>`;
}

export function datasetTables(ds: DatasetT): TemplateResult {
  return html`<section class="dataset-tables">
    <p>Dataset version ${ds.version}, licence <a href=${ds.license.url ?? '#'}>${ds.license.name}</a>. ${ds.license.notice}</p>
    ${table('Counts', ['Sources', 'Actors', 'Events', 'Flows', 'Citations'], [[String(ds.sources.length), String(ds.actors.length), String(ds.events.length), String(ds.flows.length), String(ds.citations.length)]])}
    ${table('Sources', ['Id', 'Title', 'Kind', 'Licence', 'Evidence'], ds.sources.map((s) => [s.id, s.title.en, s.kind, s.license?.name ?? 'none stated', evidence(s.evidence)]))}
    ${table('Actors', ['Id', 'Name', 'Kind', 'Country', 'Role', 'Evidence'], ds.actors.map((a) => [a.id, a.name, a.kind, a.country ?? '—', a.role.en, evidence(a.evidence)]))}
    ${table('Events', ['Id', 'Date', 'Title', 'Sector', 'Countries', 'Disputed', 'Evidence'], ds.events.map((e) => [e.id, formatFuzzyDate(e.date, 'en'), e.title.en, e.sector, e.countries.join(', '), e.disputed?.en ?? '', evidence(e.evidence)]))}
    ${table('Flows', ['Id', 'From', 'Via', 'To', 'Kind', 'Amount', 'Date', 'Status', 'Disputed', 'Evidence'], ds.flows.map((f) => [f.id, f.from, f.via.join(', ') || '—', f.to, f.kind, formatAmount(f.amount, 'en'), formatFuzzyDate(f.date, 'en'), f.status, f.disputed?.en ?? '', evidence(f.evidence)]))}
    ${table('Citations', ['Id', 'APA 7', 'Evidence'], ds.citations.map((c) => [c.id, c.formatted.apa.en.bibliography.map((s) => s.text).join(''), evidence(c.evidence)]))}
  </section>`;
}
