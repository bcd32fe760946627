/**
 * Renders a pre-formatted reference: text segments (italics as `<i>`), with the reference's
 * own URL or DOI link made a real link where the style prints it. Everything else is text.
 */
import { html, type TemplateResult } from 'lit';
import type { CitationT, SegmentT } from '../data/schema.js';
import { safeLink } from '../data/citation-export.js';

const link = (href: string, text: string) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

export function renderReference(segments: readonly SegmentT[], citation: Pick<CitationT, 'DOI' | 'URL'>): (TemplateResult | string)[] {
  const href = safeLink(citation);
  const printed = [citation.DOI ? `https://doi.org/${citation.DOI}` : undefined, citation.URL].filter((u): u is string => !!u);
  let linked = false;
  const out = segments.map((s) => {
    const found = href && !linked ? printed.find((u) => s.text.includes(u)) : undefined;
    let content: (TemplateResult | string)[] | string = s.text;
    if (found && href) {
      const at = s.text.indexOf(found);
      content = [s.text.slice(0, at), link(href, found), s.text.slice(at + found.length)];
      linked = true;
    }
    return s.italic ? html`<i>${content}</i>` : html`${content}`;
  });
  if (href && !linked) out.push(html` ${link(href, href)}`);
  return out;
}
