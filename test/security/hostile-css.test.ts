/**
 * A host page whose own CSS is hostile: universal !important rules on font, colour and box
 * sizing, display:none on buttons, lists and canvas, `all: revert` on the custom elements, and
 * a CSS reset. Every element must stay legible and operable.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { settled } from '../support/dom.js';

const HOSTILE_CSS = `
  *, *::before, *::after { margin: 0 !important; padding: 0 !important; border: 0 !important; box-sizing: content-box !important;
    font: 6px/0 "Comic Sans MS", cursive !important; color: #fff !important; background: #fff !important;
    letter-spacing: 4px !important; text-transform: uppercase !important; visibility: visible !important; }
  button, ul, ol, li, canvas, dl, table { display: none !important; }
  citation-badge, reference-list, actor-card, cooperation-timeline, kerjasama-data { all: revert !important; }
  html, body { font-size: 6px !important; }
`;

/** The shadow-root element whose text is `text`, and its computed style. */
function styleOf(root: ShadowRoot, selector: string) {
  const el = root.querySelector<HTMLElement>(selector);
  expect(el, selector).to.not.equal(null);
  return { el: el!, style: getComputedStyle(el!) };
}

describe('on a page with hostile CSS', () => {
  let sheet: HTMLStyleElement;
  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  it('keeps every element legible: a readable size, visible boxes, text unlike its background', async () => {
    const el = await fixture(html`<div>
      <p>Text <citation-badge cite="hotez-2014"></citation-badge></p>
      <actor-card actor="jica"></actor-card>
      <reference-list all source="000_4396ecaf486911db"></reference-list>
      <cooperation-timeline countries="ID KR"></cooperation-timeline>
    </div>`);
    await settled(el);
    const badge = el.querySelector<CitationBadge>('citation-badge')!;
    const card = el.querySelector('actor-card')!;
    const list = el.querySelector('reference-list')!;
    const timeline = el.querySelector('cooperation-timeline')!;
    for (const [root, selector] of [
      [badge.shadowRoot!, '.marker'],
      [card.shadowRoot!, '.card'],
      [list.shadowRoot!, 'li'],
      [timeline.shadowRoot!, '.toggle'],
    ] as const) {
      const { el: node, style } = styleOf(root, selector);
      expect(parseFloat(style.fontSize), `${selector} font size`).to.be.at.least(12);
      expect(node.getBoundingClientRect().width, `${selector} is laid out`).to.be.greaterThan(0);
      expect(style.display, `${selector} display`).to.not.equal('none');
      expect(style.color, `${selector} colour`).to.not.equal('rgb(255, 255, 255)');
    }
  });

  it('stays operable by keyboard and pointer', async () => {
    const el = await fixture(html`<div><p>Text <citation-badge cite="hotez-2014"></citation-badge></p></div>`);
    await settled(el);
    const badge = el.querySelector<CitationBadge>('citation-badge')!;
    const marker = badge.shadowRoot!.querySelector<HTMLButtonElement>('.marker')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    const popover = badge.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.getBoundingClientRect().height).to.be.greaterThan(20);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(marker.getAttribute('aria-expanded')).to.equal('false');
  });
});
