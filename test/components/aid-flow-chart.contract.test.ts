/**
 * The chart's attribute contract: an unknown `unit` stays in the author's DOM as written, renders
 * as the default (US dollars) with one warning; a valid value written later applies.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { captureWarnings } from '../support/stubs.js';

describe('<aid-flow-chart> attribute contract', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
  });

  it('keeps an unknown unit as written and shows US dollars', async () => {
    const el = await fixture<AidFlowChart>(html`<aid-flow-chart view="table" unit="yen"></aid-flow-chart>`);
    await el.updateComplete;
    expect(el.getAttribute('unit')).to.equal('yen');
    expect(el.flowGraph?.unit).to.equal('USD');
    el.requestUpdate(); // a re-render neither rewrites the attribute nor warns again
    await el.updateComplete;
    expect(el.getAttribute('unit')).to.equal('yen');
    await expect(el).to.be.accessible();

    el.setAttribute('unit', 'doses');
    await el.updateComplete;
    expect(el.flowGraph?.unit).to.equal('doses');
  });

  it('warns once about an unknown unit, and keeps an unknown group-by as written', async () => {
    const el = await fixture<AidFlowChart>(html`<aid-flow-chart view="table" unit="yen" group-by="continent"></aid-flow-chart>`);
    await el.updateComplete;
    expect(el.getAttribute('group-by')).to.equal('continent');
    expect(warnings.mentioning('unit="yen"')).to.have.length(1);
    expect(warnings.mentioning('group-by="continent"')).to.have.length(1);
    el.setAttribute('view', 'bars');
    await el.updateComplete;
    expect(el.getAttribute('group-by')).to.equal('continent');
    expect(el.focusItems.length, 'one bar per donor (the default)').to.be.greaterThan(0);
    expect(warnings.mentioning('group-by="continent"'), 'still one warning').to.have.length(1);
  });

  it('ignores a date that is not one, with one warning, and lists the flows as if it were not written', async () => {
    const plain = await fixture<AidFlowChart>(html`<aid-flow-chart view="table" unit="USD"></aid-flow-chart>`);
    await plain.updateComplete;
    const all = plain.flowGraph!.flows.map((f) => f.id);
    for (const attrs of [{ 'from-date': '2020-13-45' }, { 'to-date': 'abc' }]) {
      warnings.messages.length = 0;
      const el = await fixture<AidFlowChart>(html`<aid-flow-chart view="table" unit="USD"></aid-flow-chart>`);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const [[name, value]] = Object.entries(attrs);
      expect(el.getAttribute(name)).to.equal(value);
      expect(el.flowGraph!.flows.map((f) => f.id), name).to.deep.equal(all);
      expect(warnings.messages, name).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`"${value}" in ${name}= is not a date`);
    }
  });

  it('warns once about a source it does not know', async () => {
    const el = await fixture<AidFlowChart>(html`<aid-flow-chart view="table" unit="USD" source="nope"></aid-flow-chart>`);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.mentioning('unknown source id "nope"')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
