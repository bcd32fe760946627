/**
 * An open event's details (the date's caveat, summary, the verbatim evidence with its citations,
 * dispute, note, actors, sources) and their styles. Loaded after the first render, which shows
 * titles and dates only: on idle, on hover or focus, or when an event opens.
 */
import { css, html, nothing } from 'lit';
import type { Strings } from '../../i18n/strings.js';
import { langOf, pick, type TextLanguage } from '../../data/localized.js';
import type { EventLinks, TimelineItem } from './cooperation-timeline.view.js';

export function renderDetails(item: TimelineItem, links: EventLinks, tl: TextLanguage, s: Strings, theme: string) {
  const { date, summary, disputed, note } = item.event;
  // A text in its language (`lang` set when it is not the page's, a fallback).
  const text = (map: Record<string, string>) => html`<span lang=${langOf(map, tl) ?? nothing}>${pick(map, tl)}</span>`;
  return html`
    ${date?.inferred ? html`<p class="reason"><strong>${s.dateInferred}:</strong> ${text(date.inferred)}</p>` : date?.approximate ? html`<p class="reason">${s.dateApproximate}</p>` : nothing}
    ${summary ? html`<p class="summary" lang=${langOf(summary, tl) ?? nothing}>${pick(summary, tl)}</p>` : nothing}
    ${links.quotes.map(
      (q) => html`<blockquote>
        <p>“${q.quote}”${q.citation ? html` <citation-badge cite=${q.citation} theme=${theme}></citation-badge>` : nothing}</p>
      </blockquote>`,
    )}
    ${disputed ? html`<p class="disputed"><strong>${s.disputed}:</strong> ${text(disputed)}</p>` : nothing}
    ${note ? html`<p class="note"><strong>${s.note}:</strong> ${text(note)}</p>` : nothing}
    ${links.actors.length
      ? html`<p class="actors">
          <span class="label">${s.actors}:</span>
          ${links.actors.map((a) => html`<actor-card variant="chip" actor=${a.id} theme=${theme}></actor-card> `)}
        </p>`
      : nothing}
    ${links.citations.length
      ? html`<p class="citations"><span class="label">${s.sources}:</span> <citation-badge cite=${links.citations.join(' ')} theme=${theme}></citation-badge></p>`
      : nothing}
  `;
}

export const detailsStyles = css`
  .details blockquote {
    margin: 0 0 0.4rem;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
  }
  .disputed strong {
    color: var(--_danger);
  }
  .label {
    color: var(--_muted);
  }
`;
