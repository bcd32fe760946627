/**
 * The horizontal and `auto` layouts' styles: events side by side on a scrolling row, the strip's
 * earlier/later buttons. Apart from the vertical default's first render; a horizontal or `auto`
 * timeline's first render waits for them as for its data, so nothing reflows when they arrive.
 */
import { css } from 'lit';

export const horizontalStyles = css`
  /* Horizontal: a scrollable axis with year ticks. */
  .layout-horizontal .list:not(.undated) {
    display: flex;
    overflow-x: auto;
    gap: 0.75rem;
    padding-block: 0.5rem;
    scroll-snap-type: inline proximity;
  }
  .layout-horizontal.virtual .list {
    height: 20rem;
  }
  .layout-horizontal .list:not(.undated) .item {
    flex: 0 0 min(16rem, 85%);
    width: min(16rem, 85vw);
    margin: 0;
    padding: 1.5rem 0 0;
    border-inline-start: 0;
    border-block-start: 2px solid var(--_border);
    scroll-snap-align: start;
  }
  .layout-horizontal .list:not(.undated) .item::before {
    inset-block-start: calc(-0.45rem - 1px);
    inset-inline-start: 0.5rem;
  }
  .layout-horizontal .tick {
    position: absolute;
    inset-block-start: 0.2rem;
    inset-inline-start: 1.6rem;
    margin: 0;
    padding: 0;
  }
  @container (min-width: 48rem) {
    .layout-auto:not(.virtual) .list:not(.undated) {
      display: flex;
      overflow-x: auto;
      gap: 0.75rem;
      padding-block: 0.5rem;
    }
    .layout-auto:not(.virtual) .list:not(.undated) .item {
      flex: 0 0 16rem;
      margin: 0;
      padding: 1.5rem 0 0;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_border);
    }
    .layout-auto:not(.virtual) .list:not(.undated) .item::before {
      inset-block-start: calc(-0.45rem - 1px);
      inset-inline-start: 0.5rem;
    }
    .layout-auto:not(.virtual) .tick {
      position: absolute;
      inset-block-start: 0.2rem;
      inset-inline-start: 1.6rem;
      margin: 0;
      padding: 0;
    }
  }

  .page:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .page {
    flex: none;
    min-width: 2.25rem;
    min-height: 2.25rem;
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Earlier is at the inline start: in a right-to-left page the arrows point the other way. */
  .page:dir(rtl) > span {
    display: inline-block;
    transform: scaleX(-1);
  }
  .page[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
    opacity: 0.6;
  }

  .layout-horizontal .list:not(.undated) .item {
    padding-block-start: 1.5rem;
    margin-inline-start: calc(var(--_gap, 0) * 1rem);
  }
  .layout-horizontal .list:not(.undated) .item:has(> .axis-break) {
    margin-inline-start: 3.5rem;
  }
  .layout-horizontal .list:not(.undated) .axis-break {
    inset-block-start: 0.3rem;
    inset-inline-start: auto;
    inset-inline-end: calc(100% + 0.25rem);
    width: 3rem;
    padding: 0;
    font-size: 0.7rem;
    line-height: 1.15;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .layout-horizontal .list:not(.undated) .axis-break::before {
    display: none;
  }
  @media print {
    .layout-horizontal .list:not(.undated),
    .layout-auto .list:not(.undated) {
      display: block;
      overflow: visible;
    }
  }
`;
