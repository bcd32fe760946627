/**
 * While a page's string table loads, no element shows words in another language: its own file,
 * so that the Japanese table has never loaded on this page before the test holds it back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/reference-list.js';
import '../../src/define/aid-flow-chart.js';
import { loadModule } from '../../src/controllers/lazy-module-controller.js';
import { frames, visibleText } from '../support/dom.js';

describe('languages: while a table loads', () => {
  it('a reference list and a chart on a ja page show no English words before the Japanese table arrives', async () => {
    let release!: (table: unknown) => void;
    // The Japanese table, held back until the test releases it.
    void loadModule('strings:ja', () => new Promise((resolve) => (release = resolve)));
    const page = await fixture<HTMLElement>(html`<div lang="ja"><reference-list all></reference-list><aid-flow-chart view="table"></aid-flow-chart></div>`);
    const list = page.querySelector('reference-list')!;
    await frames(3);
    const chart = page.querySelector('aid-flow-chart')!;
    expect(visibleText(list.shadowRoot!)).not.to.match(/References|Loading|[A-Za-z]{4}/);
    expect(visibleText(chart.shadowRoot!)).not.to.match(/Loading|Download|[A-Za-z]{4}/);
    release(await import('../../src/i18n/locales/ja.js'));
    await list.updateComplete;
    const text = visibleText(list.shadowRoot!);
    expect(text).to.include('参考文献');
    expect(text).to.include('Hotez'); // the entries, once the table (and the data) are here
    await chart.updateComplete;
    expect(visibleText(chart.shadowRoot!)).to.include('援助の流れ');
  });
});
