/**
 * The badge popover's content: the formatted references, their evidence quotes and copy
 * buttons, with the popover's controller and styles. Loaded with the reference details when the
 * reader shows intent (pointer over or focus on the marker, or opening it), so a page of markers
 * never downloads what only an open popover shows.
 */
import { html, nothing } from 'lit';
import type { CitationStyle, Locale } from '../../data/schema.js';
import { EXPORT_LABELS, exportCitation, type ExportFormat } from '../../data/citation-export.js';
import { t } from '../../i18n/strings.js';
import { copyText } from '../../internal/clipboard.js';
import { quoteText } from '../../internal/quote-text.js';
import { renderReference } from '../../internal/render-reference.js';
import type { BadgeReference } from './citation-badge.view.js';

// The popover's behaviour and styles, which the badge adopts when this module arrives.
export { PopoverController } from '../../controllers/popover-controller.js';
export { popoverStyles } from '../../styles/popover.js';

export interface PopoverOptions {
  numeric: boolean;
  style: CitationStyle;
  locale: Locale;
  /** The popover's status line: whether the last copy worked. */
  status: string;
  /** Says in the status line whether a copy worked. */
  copied(status: string): void;
}

export function renderPopoverContent(references: BadgeReference[], unknownText: string, o: PopoverOptions) {
  return html`${references.map((r) => renderEntry(r, o))}${unknownText ? html`<p class="unknown">${unknownText}</p>` : nothing}<p class="visually-hidden" role="status">${o.status}</p>`;
}

function renderEntry(r: BadgeReference, o: PopoverOptions) {
  // The marker carries only its own labels; the popover brings the rest of the locale's strings.
  const s = t(o.locale);
  const formats: [ExportFormat, string][] = [['text', s.formattedText], ...(Object.entries(EXPORT_LABELS) as [ExportFormat, string][])];
  return html`<article class="reference" part="reference">
    <p class="bibliography" lang=${r.lang ?? nothing}>${o.numeric && r.number ? html`<span>[${r.number}] </span>` : nothing}${renderReference(r.bibliography, r.citation)}</p>
    ${r.citation.inBibliography === false ? html`<p class="in-text-only">${s.citedInTextOnly}</p>` : nothing}
    ${r.quotes.length
      ? html`<figure class="quotes">
          <figcaption>${s.inSource}</figcaption>
          ${r.quotes.map((q) => html`<blockquote part="quote"><p>${quoteText(q.quote, s.quoteMarks)}</p><footer>— <cite lang=${q.sourceTitleLang ?? nothing}>${q.sourceTitle}</cite></footer></blockquote>`)}
        </figure>`
      : nothing}
    <div class="actions" role="group" aria-label=${s.copy}>
      ${formats.map(
        ([format, label]) =>
          html`<button type="button" part="copy-button" @click=${async (e: Event) => {
            const ok = await copyText(exportCitation(r.citation, format, o.style, o.locale), e.currentTarget as HTMLElement);
            o.copied(ok ? s.copied(label) : s.copyFailed);
          }}>
            ${s.copyAs(label)}
          </button>`,
      )}
    </div>
  </article>`;
}
