/**
 * Timeline styles, of the vertical default. Logical properties throughout (right-to-left pages
 * lay out mirrored). The horizontal and `auto` layouts' are in cooperation-timeline.horizontal.ts.
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

  .virtual .list {
    height: var(--kj-timeline-height, min(80vh, 40rem));
    overflow: auto;
    scrollbar-gutter: stable;
    overscroll-behavior: contain;
  }
  @media print {
    .toggle::before,
    .undated-toggle::before {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
