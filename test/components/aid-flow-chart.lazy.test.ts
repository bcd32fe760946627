// Lazy loading, in its own file (its own page): nothing here may import chart.js before the test
// has checked that the element did not load it either.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import { frames } from '../support/dom.js';

const chartRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /chart\.js|chartjs-chart-sankey|aid-flow-chart\.chartjs/.test(name));

describe('<aid-flow-chart> lazy loading', () => {
  it('loads Chart.js only when the element nears the viewport, without layout shift', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: 4000px">spacer</div>
      <aid-flow-chart view="sankey"></aid-flow-chart>
    </div>`);
    const el = page.querySelector('aid-flow-chart')!;
    await el.updateComplete;
    await frames(5);
    expect(chartRequests(), 'no chart module requested yet').to.deep.equal([]);
    expect(el.chart).to.equal(undefined);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const placeholder = box.querySelector('.placeholder')!;
    expect(placeholder.textContent?.trim()).to.equal('Loading chart…');
    const before = box.getBoundingClientRect().height;
    expect(before).to.equal(384); // --kj-chart-height default: 24rem
    const elementHeight = el.getBoundingClientRect().height;

    el.scrollIntoView();
    const chart = await el.chartReady();
    await el.updateComplete;
    expect(chartRequests().some((name) => /chart\.js/.test(name)), 'Chart.js requested').to.equal(true);
    expect(chartRequests().some((name) => /chartjs-chart-sankey/.test(name)), 'sankey requested').to.equal(true);
    expect(chart.height).to.equal(before);
    expect(box.getBoundingClientRect().height, 'same box height').to.equal(before);
    expect(el.getBoundingClientRect().height, 'no layout shift').to.equal(elementHeight);
  });
});
