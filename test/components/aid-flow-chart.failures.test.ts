// When the view chunk or the bundled dataset cannot load: a visible status, one warning, and a
// retry by the next chart. In its own file (its own page): nothing may have been loaded before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { captureWarnings } from '../support/stubs.js';
import { failShards } from '../support/shards.js';
import { failChunk } from '../support/flow-chart-chunks.js';

describe('<aid-flow-chart> lazy parts failing', () => {
  it('says the data is unavailable and warns once when the view and dataset fail to load; the next chart retries', async () => {
    const warnings = captureWarnings();
    const content = failChunk('content');
    const shards = failShards();
    try {
      const el = await fixture<AidFlowChart>(html`<aid-flow-chart></aid-flow-chart>`);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status?.textContent?.trim()).to.equal('Data unavailable');
      expect(el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect().height, 'placeholder keeps the chart height').to.equal(384);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.mentioning('could not be loaded')).to.have.length(1);
      expect(el.exportCsv()).to.equal('');
      let rejected = false;
      await el.chartReady().catch(() => (rejected = true));
      expect(rejected, 'chartReady rejects').to.equal(true);
    } finally {
      content.restore();
      shards.restore();
      warnings.restore();
    }
    const next = await fixture<AidFlowChart>(html`<aid-flow-chart view="table"></aid-flow-chart>`);
    expect(next.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
  });
});
