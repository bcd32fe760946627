// Before its view chunk arrives the chart shows a frame of its final layout: the chart box at the
// same place and size, so the chart does not move when the view renders. In its own file (its
// own page): the view chunk must not have been loaded before.
import { expect } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import { frames } from '../support/dom.js';
import { gateChunk } from '../support/flow-chart-chunks.js';

describe('<aid-flow-chart> placeholder', () => {
  it('keeps the chart box where and as large as it will be, and says it is loading', async () => {
    const content = gateChunk('content');
    const page = document.createElement('div');
    page.style.width = '800px';
    const el = document.createElement('aid-flow-chart');
    page.append(el);
    try {
      document.body.append(page);
      await frames(2);
      const box = () => el.shadowRoot!.querySelector<HTMLElement>('.chart')!.getBoundingClientRect();
      const before = box();
      const heightBefore = el.getBoundingClientRect().height;
      const placeholder = el.shadowRoot!.querySelector('.placeholder')!;
      // "Loading data…" while the bundled dataset is on its way too, then "Loading chart…".
      expect(placeholder.textContent?.trim()).to.match(/^Loading (data|chart)…$/);
      expect(el.shadowRoot!.querySelector('figure')!.getAttribute('aria-busy')).to.equal('true');
      // The invisible toolbar is not reachable: hidden from assistive technology, out of the tab order.
      const toolbar = el.shadowRoot!.querySelector('.toolbar')!;
      expect(toolbar.getAttribute('aria-hidden')).to.equal('true');
      expect([...toolbar.querySelectorAll('button')].every((b) => b.disabled)).to.equal(true);
      content.release();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain('Aid flows: US dollars');
      const after = box();
      expect({ top: after.top, height: after.height, width: after.width }).to.deep.equal({ top: before.top, height: before.height, width: before.width });
      // Below the box, the legend and the source line take about the room the frame kept for
      // them: what follows the chart on the page barely moves (it moved 92 px before).
      const grown = el.getBoundingClientRect().height - heightBefore;
      expect(Math.abs(grown), 'change of the element height, px').to.be.below(40);
    } finally {
      content.restore();
      page.remove();
    }
  });
});
