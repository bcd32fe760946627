import { css } from 'lit';

/**
 * The popover's box, with the marker's or chip's first render: opened by a first tap before its
 * code and the rest of these styles arrive, it already looks as it will, beside its trigger (the
 * `popovertarget` button is its implicit anchor, where the browser has anchor positioning),
 * rather than a bare box in the middle of the screen that then jumps. Only while open: a closed
 * popover is not displayed, and matching its anchoring rules for each of 200 closed ones cost a
 * page of markers a quarter of its style pass.
 */
export const popoverBoxStyles = css`
  .popover:popover-open {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: min(28rem, calc(100vw - 16px));
    overflow: auto;
    padding: 0.75rem 0.9rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 0.9375rem;
    font-style: normal;
    font-weight: normal;
    line-height: var(--_leading);
    text-align: start;
    white-space: normal;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
    margin-block: 6px;
  }
`;
