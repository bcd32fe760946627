/**
 * Renders a pre-formatted reference: text segments (italics as `<i>`), with the reference's
 * own URL or DOI link made a real link where the style prints it. Everything else is text.
 */
import { html, type TemplateResult } from 'lit';
import type { CitationT, SegmentT } from '../data/schema.js';
import { safeHttpUrl, safeLink } from '../data/citation-text.js';

// A URL reads left to right and is isolated (dir): a bidi control in the reference's text (which
// the dataset check warns about) cannot reverse the address the element prints.
const link = (href: string, text: string) => html`<a href=${href} dir="ltr" target="_blank" rel="noopener noreferrer">${text}</a>`;

export function renderReference(segments: readonly SegmentT[], citation: Pick<CitationT, 'DOI' | 'URL'>): (TemplateResult | string)[] {
  const href = safeLink(citation);
  // Each printed form links to its own target: a printed URL never leads to the DOI or back.
  const printed = [
    { text: citation.DOI ? `https://doi.org/${citation.DOI}` : '', href: citation.DOI ? safeLink({ DOI: citation.DOI }) : undefined },
    { text: citation.URL ?? '', href: safeHttpUrl(citation.URL) },
  ].filter((p): p is { text: string; href: string } => !!p.text && !!p.href);
  let linked = false;
  const out = segments.map((s) => {
    const found = !linked ? printed.find((p) => s.text.includes(p.text)) : undefined;
    let content: (TemplateResult | string)[] | string = s.text;
    if (found) {
      const at = s.text.indexOf(found.text);
      content = [s.text.slice(0, at), link(found.href, found.text), s.text.slice(at + found.text.length)];
      linked = true;
    }
    return s.italic ? html`<i>${content}</i>` : html`${content}`;
  });
  if (href && !linked) out.push(html` ${link(href, href)}`);
  return out;
}
