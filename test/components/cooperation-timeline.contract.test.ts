/**
 * The timeline's attribute contract: an unknown `layout` or `undated` stays in the author's DOM
 * as written, renders as the default with one warning, and a valid value written later applies.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { TimelineHarness } from '../support/timeline-harness.js';
import { captureWarnings } from '../support/stubs.js';

async function timeline(template: ReturnType<typeof html>): Promise<TimelineHarness> {
  const h = new TimelineHarness(await fixture<CooperationTimeline>(template));
  await h.settle();
  return h;
}

const layoutOf = (h: TimelineHarness) => [...h.root.querySelector('section.timeline')!.classList].find((c) => c.startsWith('layout-'));

describe('<cooperation-timeline> attribute contract', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
  });

  it('keeps an unknown layout as written, renders it vertical and warns once', async () => {
    const h = await timeline(html`<cooperation-timeline layout="diagonal" actor="jica"></cooperation-timeline>`);
    expect(h.element.getAttribute('layout')).to.equal('diagonal');
    expect(layoutOf(h)).to.equal('layout-vertical');
    h.element.requestUpdate(); // a re-render neither rewrites the attribute nor warns again
    await h.settle();
    expect(h.element.getAttribute('layout')).to.equal('diagonal');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('layout="diagonal"').and.contain('"vertical"');
    await expect(h.element).to.be.accessible();

    h.element.setAttribute('layout', 'horizontal');
    await h.settle();
    expect(layoutOf(h)).to.equal('layout-horizontal');
    expect(warnings.messages).to.have.length(1);
  });

  it('keeps an unknown undated mode as written, lists undated events at the end and warns once', async () => {
    const h = await timeline(html`<cooperation-timeline undated="sometimes"></cooperation-timeline>`);
    expect(h.element.getAttribute('undated')).to.equal('sometimes');
    expect(h.items).to.have.length(59); // 28 dated, then the 31 undated ones
    expect(h.undatedHeading).to.equal('31 undated events');
    expect(warnings.mentioning('undated="sometimes"')).to.have.length(1);
    expect(warnings.messages).to.have.length(1);

    h.element.setAttribute('undated', 'hide');
    await h.settle();
    expect(h.items).to.have.length(28);
    expect(h.element.getAttribute('undated')).to.equal('hide');
  });

  it('clamps heading levels into 2–6', async () => {
    const h = await timeline(html`<cooperation-timeline heading-level="1" actor="jica"></cooperation-timeline>`);
    const level = () => h.root.querySelector('.title[role="heading"]')!.getAttribute('aria-level');
    expect(level()).to.equal('2');
    h.element.setAttribute('heading-level', '9');
    await h.settle();
    expect(level()).to.equal('6');
    h.element.removeAttribute('heading-level');
    await h.settle();
    expect(level()).to.equal('3');
    expect(warnings.mentioning('heading-level="1" is not one of 2, 3, 4, 5, 6; using 2.')).to.have.length(1);
    expect(warnings.mentioning('heading-level="9"')).to.have.length(1);
  });
});
