// Lazy loading, in its own file (its own page): nothing here may import chart.js before the test
// has checked that the element did not load it either.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/kerjasama-data.js';
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

  // A chart inside a provider made with it has no box when it connects (the provider's shadow
  // root has not rendered its slot yet): it reads its box again after its first update.
  it('draws a chart in view without waiting for the observer, inside a provider made with it too', async () => {
    const Observer = window.IntersectionObserver;
    // An observer that never reports: only the element's own reading of its box can find it near.
    window.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
    const page = document.createElement('div');
    try {
      const alone = document.createElement('aid-flow-chart');
      const provider = document.createElement('kerjasama-data');
      const inside = document.createElement('aid-flow-chart');
      for (const el of [alone, inside]) el.setAttribute('view', 'sankey');
      provider.append(inside);
      page.append(alone, provider);
      document.body.append(page);
      const drawn = (el: HTMLElement & { chartReady(): Promise<unknown> }) =>
        Promise.race([el.chartReady().then(() => 'drawn'), frames(60).then(() => 'still waiting')]);
      expect(await drawn(alone), 'alone').to.equal('drawn');
      expect(await drawn(inside), 'inside the provider').to.equal('drawn');
    } finally {
      window.IntersectionObserver = Observer;
      page.remove();
    }
  });
});
