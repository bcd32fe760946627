/**
 * Checks that hold for every element as a reader meets it at 320 px, in English and Indonesian:
 * no doubled brackets ("((", "))"), no empty list or section, every list marker on its item's
 * first line, nothing wider than the element. Open popovers and the timeline's filter bar count.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/cooperation-timeline.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { settled, visibleText } from '../support/dom.js';

/** Every element under `root`, shadow roots included. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

const shown = (el: Element) => el.getClientRects().length > 0;

describe('every element, as read at 320 px', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'id']) {
    it(`has no doubled brackets, empty lists, stray markers or overflow (${lang})`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} style="padding: 0 8px">
        <actor-card actor="japan"></actor-card>
        <actor-card actor="who"></actor-card>
        <p>Via <actor-card actor="jica" variant="chip"></actor-card> <citation-badge cite="hotez-2014"></citation-badge>.</p>
        <reference-list format="numeric"></reference-list>
        <reference-list all heading="none"></reference-list>
        <cooperation-timeline controls actor="jica"></cooperation-timeline>
      </main>`);
      await settled(wrapper);
      // Open what a reader opens: the card's evidence, the chip and the badge (one popover at a time).
      for (const card of wrapper.querySelectorAll<ActorCard>('actor-card:not([variant])')) card.shadowRoot!.querySelector<HTMLButtonElement>('.evidence-toggle')?.click();
      await settled(wrapper);

      const check = (label: string) => {
        const text = visibleText(wrapper);
        expect(text, `${label}: doubled brackets`).not.to.match(/\(\(|\)\)|\([^()]*\([^()]*\)[^()]*\)/);
        const all = deepElements(wrapper).filter(shown);
        for (const list of all.filter((e) => e.matches('ul, ol, dl'))) expect(list.children.length, `${label}: empty ${list.localName}`).to.be.greaterThan(0);
        for (const li of all.filter((e) => e.matches('li') && getComputedStyle(e).listStyleType !== 'none')) {
          const line = parseFloat(getComputedStyle(li).lineHeight) || 24;
          for (const child of li.querySelectorAll('*')) {
            const rects = child.getClientRects();
            if (rects.length === 1) expect(rects[0].height, `${label}: atomic box beside a marker: ${child.outerHTML.slice(0, 60)}`).to.be.at.most(line * 1.5);
          }
        }
        for (const root of all.filter((e) => e.classList.contains('kj-root') && !e.matches('[popover]'))) {
          expect(root.scrollWidth, `${label}: ${root.className} overflows`).to.be.at.most(root.clientWidth + 1);
        }
        expect(document.documentElement.scrollWidth, `${label}: the page scrolls sideways`).to.be.at.most(document.documentElement.clientWidth);
      };

      check('closed');
      const chip = wrapper.querySelector<ActorCard>('actor-card[variant="chip"]')!;
      chip.show();
      await settled(wrapper);
      check('chip open');
      chip.hide();
      wrapper.querySelector<CitationBadge>('citation-badge')!.show();
      await settled(wrapper);
      check('badge open');
    });
  }
});
