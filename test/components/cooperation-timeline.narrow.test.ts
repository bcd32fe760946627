/**
 * The timeline's filter bar on narrow and wide screens: every label stays beside its field (on
 * its row, next to it), and nothing scrolls sideways, from 320 to 1280 px, in English and
 * Indonesian (longer labels).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/cooperation-timeline.js';
import { settled } from '../support/dom.js';

describe('<cooperation-timeline controls> on narrow screens', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 375, 680, 1280]) {
    for (const lang of ['en', 'id']) {
      it(`keeps labels beside their fields without sideways scrolling at ${width} px (${lang})`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} style="margin: 0; padding: 0 8px"><cooperation-timeline controls></cooperation-timeline></main>`);
        await settled(wrapper);
        const timeline = wrapper.querySelector('cooperation-timeline')!;
        const form = timeline.shadowRoot!.querySelector<HTMLFormElement>('form.controls')!;
        expect(form.scrollWidth, 'the filter bar').to.be.at.most(form.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(document.documentElement.clientWidth);

        const labels = [...form.querySelectorAll('label')];
        expect(labels).to.have.length(5);
        for (const label of labels) {
          const field = form.querySelector<HTMLElement>(`#${CSS.escape(label.htmlFor)}`)!;
          const l = label.getBoundingClientRect();
          const f = field.getBoundingClientRect();
          const name = `${label.textContent} (${width} px)`;
          // Same row: their boxes overlap vertically; next to each other: the gap is small.
          expect(Math.min(l.bottom, f.bottom) - Math.max(l.top, f.top), `${name}: on its field's row`).to.be.greaterThan(0);
          expect(f.left - l.right, `${name}: just before its field`).to.be.within(0, 24);
          expect(f.right, `${name}: field inside the bar`).to.be.at.most(form.getBoundingClientRect().right);
        }
      });
    }
  }

  for (const rootSize of [22, 24, 40]) {
    it(`stands each label above its field, with no sideways scrolling, at 320 px with ${rootSize} px text`, async () => {
      await setViewport({ width: 320, height: 800 });
      document.documentElement.style.fontSize = `${rootSize}px`;
      try {
        const wrapper = await fixture<HTMLElement>(html`<main style="margin: 0; padding: 0 8px"><cooperation-timeline controls></cooperation-timeline></main>`);
        await settled(wrapper);
        const form = wrapper.querySelector('cooperation-timeline')!.shadowRoot!.querySelector<HTMLFormElement>('form.controls')!;
        expect(form.scrollWidth, 'the filter bar').to.be.at.most(form.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(document.documentElement.clientWidth);
        for (const label of form.querySelectorAll('label')) {
          const field = form.querySelector<HTMLElement>(`#${CSS.escape(label.htmlFor)}`)!;
          const l = label.getBoundingClientRect();
          const f = field.getBoundingClientRect();
          expect(f.top - l.bottom, `${label.textContent}: just above its field`).to.be.within(0, rootSize);
          expect(f.right, `${label.textContent}: field inside the bar`).to.be.at.most(form.getBoundingClientRect().right);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  it('says "nothing matches" as a neutral status, not an error', async () => {
    await setViewport({ width: 375, height: 800 });
    const wrapper = await fixture<HTMLElement>(html`<main><cooperation-timeline controls></cooperation-timeline></main>`);
    await settled(wrapper);
    const timeline = wrapper.querySelector('cooperation-timeline')!;
    const shadow = timeline.shadowRoot!;
    shadow.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'zzqxnothing' });
    await settled(wrapper);
    const empty = shadow.querySelector<HTMLElement>('[part~="empty"]')!;
    expect(empty.textContent?.trim()).to.equal('No events match these filters.');
    expect(shadow.querySelector('[role="status"]')!.textContent?.trim()).to.equal('0 events');
    expect(empty.closest('[role="alert"]')).to.equal(null);
    const style = getComputedStyle(empty);
    const danger = getComputedStyle(timeline).getPropertyValue('--_danger').trim();
    const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const side of ['Top', 'Left', 'Right', 'Bottom'] as const) expect(style[`border${side}Color`]).not.to.equal(toRgb(danger));
    expect(style.color).not.to.equal(toRgb(danger));
  });
});
