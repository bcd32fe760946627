/** A heading of a configurable level; out-of-range levels clamp to 1–6. */
import { html, type TemplateResult } from 'lit';

export function clampLevel(level: unknown, fallback: number): number {
  // A removed or empty attribute (null, '') means the default, not level 0 clamped to 1.
  if (level === null || level === undefined || level === '') return fallback;
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : fallback;
}

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
