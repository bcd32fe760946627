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
  .note {
    margin: 0.4rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .note {
    color: var(--_text);
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
    margin-block-start: 0.5rem;
  }
  table {
    border-collapse: collapse;
    min-width: 40rem;
    font-size: 0.875em;
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
