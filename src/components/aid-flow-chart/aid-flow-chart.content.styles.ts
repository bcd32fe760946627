/**
 * The styles of what the content chunk renders (chart, notes, table, evidence): the element adopts
 * them when the chunk arrives (LazyModuleController), so its eager entry carries only the frame's.
 */
import { css } from 'lit';

export const contentStyles = css`
  .total {
    font-weight: normal;
    color: var(--_muted);
  }
  .toolbar button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .canvas-wrap {
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  canvas {
    display: block;
    max-width: 100%;
  }
  .legend,
  .note,
  .footnotes {
    margin: 0.4rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    padding: 0;
    list-style: none;
    color: var(--_text);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  /* The swatches draw what the canvas draws (aid-flow-chart.chartjs.ts: statusFill, markersPlugin). */
  .swatch {
    flex: none;
    width: 1.4em;
    height: 0.9em;
    box-sizing: border-box;
    color: var(--_accent);
  }
  .swatch.delivered,
  .bar.delivered {
    background: color-mix(in srgb, currentColor 55%, transparent);
  }
  .swatch.pledged,
  .bar.pledged {
    background:
      repeating-linear-gradient(-45deg, currentColor 0 2px, transparent 2px 5px),
      color-mix(in srgb, currentColor 30%, transparent);
  }
  .swatch.planned,
  .bar.planned {
    background:
      radial-gradient(circle, currentColor 1.3px, transparent 1.6px) 0 0 / 5px 5px,
      color-mix(in srgb, currentColor 15%, transparent);
  }
  .swatch.disputed {
    border: 1.5px dashed var(--_text);
  }
  .swatch.alternative {
    height: 0;
    border-top: 2px dotted var(--_text);
  }
  .note {
    color: var(--_text);
  }
  /* Labelled bars: in the chart's box, so that switching to the sankey moves nothing below it. */
  .chart.labelled {
    display: flex;
    flex-direction: column;
    justify-content: center;
    overflow-y: auto;
    padding: 0.5rem;
    box-sizing: border-box;
  }
  .bars {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .flow-bar {
    display: grid;
    gap: 0.25rem;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.4rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .flow-bar:hover {
    border-color: var(--_border);
  }
  .route,
  .amount {
    font-weight: 600;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .track {
    display: block;
    block-size: 1.5rem;
  }
  /* As long as its share of the longest bar; a small flow stays visible, its amount in words beside. */
  .bar {
    display: block;
    box-sizing: border-box;
    block-size: 100%;
    min-inline-size: 3px;
    border: 1px solid currentColor;
    color: var(--_accent);
  }
  .bar.disputed {
    border: 1.5px dashed var(--_text);
  }
  .alternatives {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footnotes {
    padding-inline-start: 1.75em;
  }
  .table-more {
    margin: 0.4rem 0 0;
    font-size: 0.875em;
  }
  .table-more button {
    margin-inline-start: 0.25rem;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    margin-block-start: 0.5rem;
  }
  /* Columns take their content's width; words never break (the frame's overflow-wrap: anywhere
     would let the table squeeze a column to one letter). Wider than its box, the table scrolls. */
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  tbody th {
    min-width: 9em;
    font-weight: 600;
  }
  .nowrap,
  .num,
  .notes {
    white-space: nowrap;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sources {
    min-width: 14em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  .selected {
    margin-block-start: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .selected h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  blockquote {
    margin: 0.25rem 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
  }
`;
