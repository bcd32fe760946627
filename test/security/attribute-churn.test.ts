/**
 * Attributes changed 1 000 times in a loop end in the state of the last value: no stale render,
 * no error, one warning at most per unknown value. `lang` values behave as the README documents.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/cooperation-timeline.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { badgesIn } from '../support/citation-badge-harness.js';
import { settled, visibleText } from '../support/dom.js';
import { watchUncaughtErrors } from '../support/stubs.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
const ROUNDS = 1_000;

describe('attribute churn', () => {
  let uncaught: ReturnType<typeof watchUncaughtErrors>;
  beforeEach(() => (uncaught = watchUncaughtErrors()));
  afterEach(() => {
    expect(uncaught.errors).to.deep.equal([]);
    uncaught.restore();
  });

  it('actor, the badge reference, unit, countries and theme end in the last value, awaited or not', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <actor-card actor="jica"></actor-card>
      <p><citation-badge ref="hotez-2014"></citation-badge></p>
      <aid-flow-chart unit="USD" view="table"></aid-flow-chart>
      <cooperation-timeline countries="ID JP"></cooperation-timeline>
    </div>`);
    await settled(page);
    const card = page.querySelector('actor-card')!;
    const badge = page.querySelector('citation-badge')!;
    const chart = page.querySelector<AidFlowChart>('aid-flow-chart')!;
    const timeline = page.querySelector('cooperation-timeline')!;
    const actors = ['unicef', 'jica', 'covax'];
    const refs = ['panda-2022', 'hotez-2014', 'azmi-2023'];
    const units = ['doses', 'IDR', 'USD'];
    const countries = ['ID KR', 'ID JP', 'ID CN'];
    const themes = ['dark', 'light', 'auto'];
    const started = performance.now();
    for (let i = 0; i < ROUNDS; i++) {
      card.setAttribute('actor', actors[i % 3]);
      badge.setAttribute('ref', refs[i % 3]);
      chart.setAttribute('unit', units[i % 3]);
      timeline.setAttribute('countries', countries[i % 3]);
      for (const el of [card, badge, chart, timeline]) el.setAttribute('theme', themes[i % 3]);
      // Every tenth round lets the elements render in between, as a slow loop would.
      if (i % 10 === 0) await settled(page);
    }
    await settled(page);
    console.log(`${ROUNDS} rounds of attribute changes on four elements: ${Math.round(performance.now() - started)} ms`);
    // ROUNDS - 1 = 999: index 0 of each list.
    expect(plain(visibleText(card))).to.contain('UNICEF');
    expect(badgesIn(page)[0].markerText).to.equal('(Panda, 2022)');
    expect(plain(chart.shadowRoot!.querySelector('figcaption')!.textContent)).to.contain('vaccine doses');
    expect(plain(visibleText(timeline))).to.contain('Korea');
    for (const el of [card, badge, chart, timeline]) expect(el.getAttribute('theme')).to.equal('dark');
  });

  // As documented in the README: the language is the nearest lang attribute's primary subtag;
  // id (and the old code in) is Indonesian; anything else, empty included, is English.
  for (const [lang, expected] of [
    ['xx', '(Hotez, 2014)'],
    ['id-ID', '(Hotez, 2014)'],
    ['', '(Hotez, 2014)'],
    ['ar', '(Hotez, 2014)'],
  ] as const) {
    it(`lang="${lang}" shows the ${lang.startsWith('id') ? 'Indonesian' : 'English'} interface`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}><actor-card actor="jica"></actor-card><citation-badge ref="hotez-2014"></citation-badge></div>`);
      await settled(page);
      expect(badgesIn(page)[0].markerText).to.equal(expected);
      const card = plain(visibleText(page.querySelector('actor-card')!));
      expect(card).to.contain(lang.startsWith('id') ? 'Bukti' : 'Evidence');
    });
  }

  it('follows lang changed 1 000 times to its last value', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><actor-card actor="jica"></actor-card></div>`);
    for (let i = 0; i < ROUNDS; i++) {
      page.setAttribute('lang', ['id-ID', 'xx', '', 'ar', 'en'][i % 5]);
      if (i % 50 === 0) await settled(page);
    }
    page.setAttribute('lang', 'id');
    await settled(page);
    expect(plain(visibleText(page.querySelector('actor-card')!))).to.contain('Bukti');
  });
});
