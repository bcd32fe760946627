/** A heading of a configurable level (`clampLevel` in heading-level.ts picks it). */
import { html, type TemplateResult } from 'lit';

export function heading(level: number, id: string, content: unknown, part = 'heading'): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
  }
}
