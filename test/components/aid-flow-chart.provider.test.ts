// The chart with a <kerjasama-data> provider: the bundled dataset is never fetched for it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/aid-flow-chart.js';
import { withSyntheticFlows } from '../../src/components/aid-flow-chart/aid-flow-chart.view.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { settled } from '../support/dom.js';
import { countShards } from '../support/shards.js';

describe('<aid-flow-chart> dataset source', () => {
  let shards: ReturnType<typeof countShards>;
  beforeEach(() => {
    shards = countShards();
  });
  afterEach(() => {
    shards.restore();
  });

  it('uses the provider’s data and never loads the bundled dataset', async () => {
    const data = withSyntheticFlows(bundledDataset, 12);
    const provider = await fixture<HTMLElement>(html`<kerjasama-data .data=${data}><aid-flow-chart view="table"></aid-flow-chart></kerjasama-data>`);
    const el = provider.querySelector('aid-flow-chart')!;
    await settled(provider);
    await el.updateComplete;
    expect(el.flowGraph!.flows).to.have.length(12);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(12);
    expect(shards.loaded).to.deep.equal([]);
  });

  it('loads the bundled dataset once, for the first chart without a provider', async () => {
    const page = await fixture<HTMLElement>(html`<div><aid-flow-chart view="table"></aid-flow-chart><aid-flow-chart view="table" unit="doses"></aid-flow-chart></div>`);
    const [usd, doses] = page.querySelectorAll('aid-flow-chart');
    await usd.updateComplete;
    await doses.updateComplete;
    expect(usd.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    expect(doses.flowGraph!.flows).to.have.length(3);
    // Each shard once, for both charts, in the page's language: what a chart shows (no events, no other details).
    expect([...shards.loaded].sort()).to.deep.equal(['actors.core.en', 'citations.core.en', 'flows.core.en', 'flows.detail.en', 'sources.core.en']);
  });
});
