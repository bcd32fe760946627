/**
 * The styles of the figure's frame — caption, toolbar, chart box, placeholder, source line — which
 * the element renders before its content arrives, at the size the content will take. The
 * content's own styles (canvas, notes, table, evidence) are in aid-flow-chart.content.styles.ts,
 * apart so that the eager entry does not carry them.
 */
import { css } from 'lit';

export const frameStyles = css`
  :host {
    display: block;
    max-width: 100%;
  }
  figure {
    margin: 0;
    min-width: 0;
    line-height: 1.45;
  }
  figcaption {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block: 0.4rem;
  }
  .toolbar button {
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .skeleton {
    visibility: hidden;
  }
  .chart {
    position: relative;
    height: var(--kj-chart-height, 24rem);
    min-width: 0;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .source {
    margin: 0.4rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .reserve {
    min-height: 7em;
  }
`;
