/**
 * Timeline styles. Logical properties throughout (right-to-left pages lay out mirrored);
 * `layout="auto"` switches by the element's own width with a container query.
 */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-width: 100%;
  }
  .timeline {
    line-height: 1.45;
  }
  .placeholder {
    min-height: var(--kj-timeline-min-height, 16rem);
  }
  .muted,
  .date,
  .meta,
  .count {
    color: var(--_muted);
  }
  .count {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
  }
  .empty {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    position: relative;
  }
  .item {
    position: relative;
    display: block;
    /* Full width minus the start margin (100% plus the margin overflowed narrow containers). */
    width: calc(100% - 0.5rem);
    padding-block: 0 0.75rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.5rem;
    box-sizing: border-box;
  }
  .item::before {
    content: '';
    position: absolute;
    inset-block-start: 0.45rem;
    inset-inline-start: calc(-0.45rem - 1px);
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_accent);
    box-sizing: border-box;
  }
  .item.selected::before {
    background: var(--_accent);
  }
  .tick {
    display: block;
    margin-inline-start: -1.5rem;
    padding-inline-start: 1.5rem;
    font-weight: 700;
    font-size: 0.875rem;
    color: var(--_text);
  }
  .event {
    padding: 0.4rem 0.6rem;
    border-radius: var(--_radius);
    min-width: 0;
  }
  .item.selected .event {
    background: var(--_surface);
    outline: 2px solid var(--_accent);
  }
  .date,
  .meta {
    margin: 0;
    font-size: 0.875rem;
  }
  .title {
    margin: 0.1rem 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  /* The disclosure marker leads the title and never wraps onto a line of its own. */
  .toggle,
  .undated-toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before,
  .undated-toggle::before {
    content: '▸';
    flex: none;
    color: var(--_muted);
  }
  .toggle:dir(rtl)::before,
  .undated-toggle:dir(rtl)::before {
    content: '◂';
  }
  .toggle[aria-expanded='true']::before,
  .undated-toggle[aria-expanded='true']::before {
    content: '▾';
  }
  .details {
    margin-block-start: 0.4rem;
  }
  .details[hidden] {
    display: none;
  }
  .details p {
    margin: 0 0 0.4rem;
  }
  .undated-heading {
    margin: 1rem 0 0.5rem;
    font-size: 1em;
  }
  .undated-heading button {
    font: inherit;
    color: var(--_text);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }

  /* Horizontal: a scrollable axis with year ticks. */
  .layout-horizontal .list:not(.undated) {
    display: flex;
    overflow-x: auto;
    gap: 0.75rem;
    padding-block: 0.5rem;
    scroll-snap-type: inline proximity;
  }
  .virtual .list {
    height: var(--kj-timeline-height, min(80vh, 40rem));
    overflow: auto;
    scrollbar-gutter: stable;
    overscroll-behavior: contain;
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

  @media print {
    .toggle::before,
    .undated-toggle::before {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
    .layout-horizontal .list:not(.undated),
    .layout-auto .list:not(.undated) {
      display: block;
      overflow: visible;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
