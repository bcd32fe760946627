/**
 * The theme's rules for what elements render once their content is in — the focus ring, visually
 * hidden text, messages — apart from theme.ts, which an element's first paint needs: the chart
 * adopts these with its content chunk, so its eager entry (a placeholder) does without them.
 * Every other element has them from the start (KerjasamaElement, kerjasama-data).
 */
import { css } from 'lit';

// A role="status" message (nothing found) is neutral; the danger colour is for errors only.
// On a right-to-left page the elements mirror (start is the right), but their text is English,
// Indonesian, Japanese or Korean, and data of any language: each paragraph takes its direction
// from its first letters (an English sentence ends with its full stop on the right, not before
// its first word), aligned right as the mirrored layout is. In a layer: any alignment an element
// sets itself (a table's numbers, a centred label) wins. Text marked with its own language (data
// in another language than the page's: Arabic on an English page, English on an Arabic one) takes
// its direction from its own letters too, wherever it is.
export const contentThemeStyles = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .message {
    display: block;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    color: var(--_text);
  }
  .message[role='status'] {
    border-inline-start-color: var(--_border);
  }
  @layer bidi {
    [lang] {
      unicode-bidi: plaintext;
    }
    :host(:dir(rtl)) :is(p, li, dt, dd, h2, h3, h4, figcaption, blockquote, summary) {
      unicode-bidi: plaintext;
      text-align: right;
    }
  }
`;
