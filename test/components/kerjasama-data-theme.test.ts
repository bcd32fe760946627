/** `theme` on the provider: the elements inside that are left on `auto` follow it. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { settled } from '../support/dom.js';

const DARK_BG = '#16191d';
const LIGHT_BG = '#ffffff';
/** The background an element paints with (its theme's `--_bg`). */
const bg = (el: Element) => getComputedStyle(el).getPropertyValue('--_bg').trim();

describe('<kerjasama-data theme>', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('themes the elements inside left on auto, nested ones too, not those with their own theme', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <kerjasama-data theme="dark">
        <actor-card actor="jica"></actor-card>
        <actor-card actor="jica" theme="light"></actor-card>
        <cooperation-timeline countries="ID JP" selected="japan-loan-473m-announcement-2020"></cooperation-timeline>
      </kerjasama-data>
      <actor-card actor="japan"></actor-card>
    </div>`);
    await settled(page);
    const [inside, ownTheme, outside] = page.querySelectorAll('actor-card');
    expect(bg(inside)).to.equal(DARK_BG);
    expect(getComputedStyle(inside).colorScheme).to.equal('dark');
    expect(bg(ownTheme)).to.equal(LIGHT_BG);
    expect(bg(outside)).to.equal(LIGHT_BG);
    // A badge in the timeline's open event, inside the timeline's shadow root.
    const timeline = page.querySelector('cooperation-timeline')!;
    const nested = timeline.shadowRoot!.querySelector('.details citation-badge')!;
    await settled(page);
    expect(bg(timeline)).to.equal(DARK_BG);
    expect(bg(nested)).to.equal(DARK_BG);

    const provider = page.querySelector<KerjasamaData>('kerjasama-data')!;
    provider.theme = 'light';
    await settled(page);
    expect(bg(inside)).to.equal(LIGHT_BG);
    expect(bg(nested)).to.equal(LIGHT_BG);
  });

  it('outranks a page that follows the reader’s dark preference, and lets auto follow the page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    // The page declares both schemes: it turns dark with the reader's OS, and so do elements on auto.
    const page = await fixture<HTMLElement>(html`<div style="color-scheme: light dark">
      <kerjasama-data theme="light"><actor-card actor="jica"></actor-card></kerjasama-data>
      <actor-card actor="japan"></actor-card>
    </div>`);
    await settled(page);
    const [inside, outside] = page.querySelectorAll('actor-card');
    expect(bg(inside)).to.equal(LIGHT_BG);
    expect(bg(outside)).to.equal(DARK_BG);
    page.querySelector<KerjasamaData>('kerjasama-data')!.theme = 'auto';
    await settled(page);
    expect(bg(inside)).to.equal(DARK_BG);
  });

  it('stops applying when the element leaves the provider', async () => {
    const page = await fixture<HTMLElement>(html`<div><kerjasama-data theme="dark"><actor-card actor="jica"></actor-card></kerjasama-data></div>`);
    await settled(page);
    const card = page.querySelector('actor-card')!;
    expect(bg(card)).to.equal(DARK_BG);
    page.append(card);
    await settled(page);
    expect(bg(card)).to.equal(LIGHT_BG);
  });

  it('redraws a chart inside with the provider’s colours', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 600px"><kerjasama-data><aid-flow-chart view="sankey"></aid-flow-chart></kerjasama-data></div>`);
    const chartEl = page.querySelector<AidFlowChart>('aid-flow-chart')!;
    const chart = await chartEl.chartReady();
    const colour = () => (chart.data.datasets[0] as unknown as { colorFrom: string }).colorFrom;
    expect(colour()).to.equal('#0b5cad');
    page.querySelector<KerjasamaData>('kerjasama-data')!.theme = 'dark';
    await settled(page);
    await chartEl.updateComplete;
    expect(colour()).to.equal('#8cc4ff');
  });
});
