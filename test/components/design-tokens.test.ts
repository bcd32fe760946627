/**
 * One design system for every element: the documented tokens (src/styles/tokens.ts, rendered on
 * the Storybook theming page) are what the elements compute, text pairs meet AA, the default
 * font is a sans-serif stack, and the focus ring stands off what it surrounds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/cooperation-timeline.js';
import { DESIGN_TOKENS, SYSTEM_FONT_STACK } from '../../src/styles/tokens.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { settled } from '../support/dom.js';

const TAGS = ['actor-card', 'citation-badge', 'reference-list', 'cooperation-timeline', 'kerjasama-data'] as const;

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const token = (name: string, theme: 'light' | 'dark') => {
  const t = DESIGN_TOKENS.find((x) => x.name === name)!;
  return theme === 'dark' ? (t.dark ?? t.light) : t.light;
};
const squash = (v: string) => v.replace(/\s+/g, ' ').replace(/"/g, "'").trim();

describe('design tokens', () => {
  it('are what every element computes, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <kerjasama-data theme=${theme}></kerjasama-data>
        <actor-card actor="jica" theme=${theme}></actor-card>
        <citation-badge cite="hotez-2014" theme=${theme}></citation-badge>
        <reference-list all theme=${theme}></reference-list>
        <cooperation-timeline theme=${theme}></cooperation-timeline>
      </div>`);
      await settled(wrapper);
      for (const tag of TAGS) {
        const style = getComputedStyle(wrapper.querySelector(tag)!);
        for (const t of DESIGN_TOKENS) expect(squash(style.getPropertyValue(t.internal)), `${tag} ${t.name} (${theme})`).to.equal(squash(token(t.name, theme)));
      }
    }
  });

  it('pair text with backgrounds at AA (4.5:1) and borders at 3:1, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const bg of ['--kj-color-background', '--kj-color-surface']) {
        for (const fg of ['--kj-color-text', '--kj-color-muted', '--kj-color-accent']) {
          expect(contrast(token(fg, theme), token(bg, theme)), `${fg} on ${bg} (${theme})`).to.be.at.least(4.5);
        }
        expect(contrast(token('--kj-color-border', theme), token(bg, theme)), `border on ${bg} (${theme})`).to.be.at.least(3);
        expect(contrast(token('--kj-color-focus', theme), token(bg, theme)), `focus on ${bg} (${theme})`).to.be.at.least(3);
      }
      expect(contrast(token('--kj-color-accent-contrast', theme), token('--kj-color-accent', theme))).to.be.at.least(4.5);
    }
  });

  it('use a system sans-serif stack where the page sets no font, and --kj-font-family where it does', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <actor-card actor="jica"></actor-card>
      <actor-card actor="who" style="--kj-font-family: Georgia, serif"></actor-card>
    </div>`);
    await settled(wrapper);
    const [plain, themed] = [...wrapper.querySelectorAll('actor-card')].map((el) => getComputedStyle(el.shadowRoot!.querySelector('.kj-root')!).fontFamily);
    expect(squash(plain)).to.equal(squash(SYSTEM_FONT_STACK));
    expect(squash(plain)).not.to.match(/^serif|Times/);
    expect(themed).to.equal('Georgia, serif');
  });

  it('draw the focus ring outside what it surrounds, so it never covers text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><actor-card actor="jica"></actor-card></div>`);
    await settled(wrapper);
    const card = wrapper.querySelector('actor-card')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = card.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.classList.contains('event-button')).to.equal(true);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineOffset)).to.be.at.least(2);
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('inline elements in running text', () => {
  it('take the font of the sentence they sit in (badge and chip), their popovers the system stack', async () => {
    const wrapper = await fixture<HTMLElement>(html`<p style="font-family: Georgia, serif">
      Japan <actor-card actor="japan" variant="chip"></actor-card> donated vaccines <citation-badge cite="hotez-2014"></citation-badge>.
    </p>`);
    await settled(wrapper);
    const chip = wrapper.querySelector('actor-card')!.shadowRoot!;
    const badge = wrapper.querySelector('citation-badge')!.shadowRoot!;
    expect(getComputedStyle(chip.querySelector('button.chip')!).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(badge.querySelector('button')!).fontFamily).to.equal('Georgia, serif');
    expect(squash(getComputedStyle(badge.querySelector('.popover')!).fontFamily)).to.equal(squash(SYSTEM_FONT_STACK));
    expect(squash(getComputedStyle(chip.querySelector('.popover')!).fontFamily)).to.equal(squash(SYSTEM_FONT_STACK));
  });
});

describe('one type scale', () => {
  it('sizes headings and spaces lines alike in the card, the popover and the reference list', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <actor-card actor="who"></actor-card>
      <reference-list all source="003_df8caea3c0d73e78"></reference-list>
      <p><citation-badge cite="hotez-2014"></citation-badge></p>
    </div>`);
    await settled(wrapper);
    const shadow = (tag: string) => wrapper.querySelector(tag)!.shadowRoot!;
    const px = (el: Element, prop: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[prop]);
    const ratio = (el: Element, base: Element) => Math.round((px(el, 'fontSize') / px(base, 'fontSize')) * 100) / 100;
    const card = shadow('actor-card');
    const list = shadow('reference-list');
    expect(ratio(card.querySelector('h3')!, card.querySelector('.kj-root')!)).to.equal(1.2);
    expect(ratio(list.querySelector('h2')!, list.querySelector('.kj-root')!)).to.equal(1.2);
    const leading = (el: Element) => Math.round((px(el, 'lineHeight') / px(el, 'fontSize')) * 100) / 100;
    const badge = wrapper.querySelector<CitationBadge>('citation-badge')!;
    badge.show();
    await settled(wrapper);
    const popover = shadow('citation-badge').querySelector('.popover')!;
    expect([leading(card.querySelector('dd')!), leading(list.querySelector('li')!), leading(popover)]).to.deep.equal([1.45, 1.45, 1.45]);
  });
});
