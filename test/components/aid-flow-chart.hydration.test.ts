// A server-rendered chart carries `defer-hydration`: it keeps it until its view chunk (and data)
// are in, so that Lit hydrates with the same table template. In its own file (its own page): the
// view chunk must not have been loaded before.
import { expect } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { frames } from '../support/dom.js';
import { interceptChunk } from '../support/flow-chart-chunks.js';

describe('<aid-flow-chart> defer-hydration', () => {
  it('removes defer-hydration only once the view chunk has loaded, then renders the table', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let viewLoaded = false;
    const content = interceptChunk('content', (load) =>
      gate.then(load).then((m) => {
        viewLoaded = true;
        return m;
      }),
    );
    const el = document.createElement('aid-flow-chart') as AidFlowChart;
    el.setAttribute('view', 'table');
    el.setAttribute('defer-hydration', '');
    let loadedWhenRemoved: boolean | undefined;
    const observer = new MutationObserver(() => {
      if (!el.hasAttribute('defer-hydration')) loadedWhenRemoved ??= viewLoaded;
    });
    observer.observe(el, { attributes: true, attributeFilter: ['defer-hydration'] });
    try {
      document.body.append(el);
      await frames(3);
      expect(el.hasAttribute('defer-hydration'), 'kept while the view loads').to.equal(true);
      expect(el.flowGraph).to.equal(undefined);
      release();
      await el.updateComplete;
      expect(el.hasAttribute('defer-hydration'), 'removed').to.equal(false);
      expect(loadedWhenRemoved, 'the view had loaded when it was removed').to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
    } finally {
      observer.disconnect();
      content.restore();
      el.remove();
    }
  });
});
