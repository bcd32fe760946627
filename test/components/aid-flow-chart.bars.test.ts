/**
 * One or two flows in a unit are shown as labelled bars (route, amount, status as text), with the
 * sankey one click away; a `view` the author wrote wins. Facts from the bundled data (pinned in
 * test/data/facts.test.ts): USD has 2 flows, IDR 1, doses 1 drawn (and 2 alternative figures).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { accessibleName, deepActiveElement, overflowsHorizontally, settled, visibleText } from '../support/dom.js';

const root = (el: Element) => el.shadowRoot!;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
const bars = (el: AidFlowChart) => [...root(el).querySelectorAll<HTMLButtonElement>('.bars button')];
const toggle = (el: AidFlowChart) => root(el).querySelector<HTMLButtonElement>('button.view-toggle');
const notes = (el: AidFlowChart) => [...root(el).querySelectorAll('[part="note"]')].map((n) => plain(n.textContent));
const toolbar = (el: AidFlowChart) => [...root(el).querySelectorAll('.toolbar button')].map((b) => plain(b.textContent));

async function mount(template: ReturnType<typeof html>): Promise<AidFlowChart> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'aid-flow-chart' ? (host as AidFlowChart) : host.querySelector<AidFlowChart>('aid-flow-chart')!;
  await settled(host);
  return el;
}

/** Clicks the middle of `button` with the real mouse. */
async function click(button: HTMLElement): Promise<void> {
  const r = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('<aid-flow-chart> labelled bars of one or two flows', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the two US dollar flows as labelled bars, each saying its route, amount and status', async () => {
    const el = await mount(html`<div style="width: 680px"><aid-flow-chart></aid-flow-chart></div>`);
    expect(root(el).querySelector('canvas'), 'no sankey of two bands').to.equal(null);
    const [first, second] = bars(el);
    expect(bars(el)).to.have.length(2);
    expect(plain(visibleText(first))).to.equal('Japan to Indonesia US$473 million · Delivered');
    expect(plain(visibleText(second))).to.equal('Japan to Indonesia through UNICEF US$6.9 million · Delivered');
    expect(plain(await accessibleName(second))).to.equal('Japan to Indonesia through UNICEF US$6.9 million · Delivered');
    // Honest lengths: the longer bar is the larger flow, in proportion.
    const width = (b: HTMLElement) => b.querySelector('.bar')!.getBoundingClientRect().width;
    expect(width(first)).to.be.greaterThan(width(second) * 20);
    expect(toolbar(el)).to.deep.equal(['Show as flow diagram', 'Show as table', 'Download CSV']);
    expect(notes(el)[0]).to.equal('Shown as bars: with 2 flows in this unit, a flow diagram would be two bands and show no more. “Show as flow diagram” draws it.');
    expect(notes(el).join(' '), 'the sankey’s minimum band does not apply to bars').not.to.contain('hairline');
    await expect(el).to.be.accessible();
  });

  it('keeps a route in its reading order on a right-to-left page: Japan before Indonesia, not reversed', async () => {
    // An English route between isolated names, laid out in an RTL paragraph, used to read
    // "Indonesia to Japan": each isolate took the page's direction and swapped places.
    const el = await mount(html`<div dir="rtl" style="width: 680px"><aid-flow-chart></aid-flow-chart></div>`);
    const route = root(el).querySelector('.bars .route')!;
    const text = route.firstChild?.nodeType === Node.TEXT_NODE ? route.firstChild : [...route.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    const left = (word: string) => {
      const range = document.createRange();
      const at = text.textContent!.indexOf(word);
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      return range.getBoundingClientRect().left;
    };
    expect(plain(route.textContent)).to.equal('Japan to Indonesia');
    expect(left('Japan'), 'Japan, then "to", then Indonesia, left to right').to.be.below(left('to'));
    expect(left('to')).to.be.below(left('Indonesia'));
  });

  it('draws the sankey on a click, keeps the focus on the button, and goes back', async () => {
    const el = await mount(html`<aid-flow-chart></aid-flow-chart>`);
    const button = toggle(el)!;
    await click(button);
    await settled(el);
    const chart = await el.chartReady();
    expect((chart.config as { type?: string }).type).to.equal('sankey');
    expect(root(el).querySelector('canvas')).to.not.equal(null);
    expect(bars(el)).to.have.length(0);
    expect(deepActiveElement(), 'focus stays on the toggle').to.equal(button);
    expect(plain(button.textContent)).to.equal('Show as bars');
    expect(toolbar(el)).to.include('Download PNG');
    expect(el.getAttribute('view'), "the author's DOM is left as written").to.equal(null);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(deepActiveElement()).to.equal(button);
    expect(plain(button.textContent)).to.equal('Show as flow diagram');
    expect(bars(el)).to.have.length(2);
    expect(root(el).querySelector('canvas')).to.equal(null);
    expect(Object.keys(Chart.instances), 'the sankey is destroyed with its canvas').to.have.length(0);
  });

  it('shows the one rupiah flow and the one dose figure drawn (naming the alternatives) as a bar', async () => {
    const idr = await mount(html`<aid-flow-chart unit="IDR"></aid-flow-chart>`);
    expect(bars(idr).map((b) => plain(visibleText(b)))).to.deep.equal(['Japan to Indonesia Rp7.14 trillion · Delivered']);
    expect(notes(idr)[0]).to.contain('with one flow in this unit, a flow diagram would be a single band');
    // Dark, on a dark page: the text and the bar keep their contrast (axe below).
    const doses = await mount(html`<div style="background: #16191d; color: #eef0f3"><aid-flow-chart unit="doses" theme="dark"></aid-flow-chart></div>`);
    expect(bars(doses)).to.have.length(1);
    expect(getComputedStyle(bars(doses)[0]).color, 'light text on the dark theme').to.not.equal('rgb(27, 31, 36)');
    const text = plain(visibleText(bars(doses)[0]));
    expect(text).to.contain('2,722,930 doses · Delivered');
    expect(text).to.contain('Alternative figures, not drawn and not added up: 4,150,000 doses; 6,880,000 doses');
    await expect(doses).to.be.accessible();
  });

  it('opens a flow’s evidence from its bar', async () => {
    const el = await mount(html`<aid-flow-chart></aid-flow-chart>`);
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('kj-select', (e) => resolve(e as CustomEvent), { once: true }));
    bars(el)[1].focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.type).to.equal('flow');
    await settled(el);
    expect(plain(root(el).querySelector('.selected h3')?.textContent)).to.equal('Selected flow: Japan to Indonesia through UNICEF');
  });

  it('keeps the sankey an author asked for, and the bars view', async () => {
    const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
    const chart = await el.chartReady();
    expect((chart.config as { type?: string }).type).to.equal('sankey');
    expect(toggle(el), 'no toggle: the author chose').to.equal(null);
    expect(bars(el)).to.have.length(0);
    const grouped = await mount(html`<aid-flow-chart view="bars"></aid-flow-chart>`);
    expect(((await grouped.chartReady()).config as { type?: string }).type).to.equal('bar');
    expect(toggle(grouped)).to.equal(null);
  });

  it('keeps the sankey for a unit with more flows', async () => {
    const el = await mount(html`<aid-flow-chart unit="none"></aid-flow-chart>`);
    expect(((await el.chartReady()).config as { type?: string }).type).to.equal('sankey');
    expect(toggle(el)).to.equal(null);
  });

  it('stays legible and operable on a page with hostile CSS', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `*, *::before, *::after { margin: 0 !important; padding: 0 !important; font: 6px/0 cursive !important; color: #fff !important;
      background: #fff !important; letter-spacing: 4px !important; text-transform: uppercase !important; }
      button, ul, li, span { display: none !important; } aid-flow-chart { all: revert !important; }`;
    document.head.append(sheet);
    try {
      const el = await mount(html`<aid-flow-chart></aid-flow-chart>`);
      const [first] = bars(el);
      const style = getComputedStyle(first.querySelector('.route')!);
      expect(parseFloat(style.fontSize), 'route font size').to.be.at.least(12);
      expect(style.textTransform).to.equal('none');
      expect(first.querySelector('.bar')!.getBoundingClientRect().width, 'bar drawn').to.be.greaterThan(100);
      expect(toggle(el)!.getBoundingClientRect().height, 'toggle shown').to.be.greaterThan(10);
      // The bars' box paints its own background: the text stays unlike it (the page's white-on-white does not reach in).
      expect(style.color).to.not.equal(getComputedStyle(root(el).querySelector('.chart')!).backgroundColor);
    } finally {
      sheet.remove();
    }
  });

  it('speaks Indonesian, and fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(html`<div lang="id"><aid-flow-chart></aid-flow-chart></div>`);
    expect(plain(toggle(el)?.textContent)).to.equal('Tampilkan sebagai diagram aliran');
    expect(plain(visibleText(bars(el)[0]))).to.equal('Jepang ke Indonesia US$473 juta · Tersalurkan');
    expect(notes(el)[0]).to.match(/^Ditampilkan sebagai batang: dengan 2 aliran dalam satuan ini/);
    expect(overflowsHorizontally(), 'nothing wider than the page').to.equal(false);
    await expect(el).to.be.accessible();
    toggle(el)!.focus();
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(plain(toggle(el)?.textContent)).to.equal('Tampilkan sebagai batang');
    await el.chartReady();
    await expect(el).to.be.accessible();
  });

  it('names the toggle and says why in Japanese and Korean too', async () => {
    for (const [lang, button, note] of [
      ['ja', 'フロー図で表示', /^棒グラフで表示しています。この単位のフローは2件だけ/],
      ['ko', '흐름도로 보기', /^막대로 표시합니다\. 이 단위의 흐름은 2건뿐/],
    ] as const) {
      const el = await mount(html`<div lang=${lang}><aid-flow-chart></aid-flow-chart></div>`);
      expect(plain(toggle(el)?.textContent), lang).to.equal(button);
      expect(notes(el)[0], lang).to.match(note);
      el.parentElement!.remove();
    }
  });
});
