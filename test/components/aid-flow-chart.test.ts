import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/define/kerjasama-data.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { KjSelectEvent } from '../../src/events.js';
import { captureWarnings } from '../support/stubs.js';
import { failChunk } from '../support/flow-chart-chunks.js';
import { resetLazyModules } from '../../src/controllers/lazy-module-controller.js';
import { deepActiveElement, overflowsHorizontally, settled } from '../support/dom.js';

// Facts from data/records/flows.yaml: USD — the $473 million loan (related to the Rp 7.14 trillion)
// and the $6.9 million grant through UNICEF; doses — 4.15 million, 2,722,930 and 6.88 million, all
// related, so only one is drawn (2,722,930: delivered, and the smallest). The facts are pinned in test/data/facts.test.ts.

const root = (el: Element) => el.shadowRoot!;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
const wrapper = (el: AidFlowChart) => root(el).querySelector<HTMLElement>('[role="application"]')!;
const live = (el: AidFlowChart) => plain(root(el).querySelector('[aria-live]')?.textContent);
const instanceCount = () => Object.keys(Chart.instances).length;

async function mount(template: ReturnType<typeof html>): Promise<AidFlowChart> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'aid-flow-chart' ? (host as AidFlowChart) : host.querySelector('aid-flow-chart')!;
  await el.updateComplete;
  return el;
}

async function ready(el: AidFlowChart): Promise<Chart> {
  const chart = await el.chartReady();
  await el.updateComplete;
  return chart;
}

type SankeyPoint = { from: string; to: string; flow: number };
const sankeyData = (chart: Chart) => chart.data.datasets[0].data as unknown as SankeyPoint[];

async function press(el: AidFlowChart, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<aid-flow-chart>', () => {
  afterEach(() => {
    // Every test's chart is destroyed with its fixture.
    expect(instanceCount(), 'charts left behind').to.be.at.most(1);
  });

  describe('data drawn', () => {
    it('draws donor → channel → recipient for USD through the chart data', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      const chart = await ready(el);
      expect((chart.config as { type?: string }).type).to.equal('sankey');
      expect(sankeyData(chart)).to.deep.equal([
        { from: 'donor:japan', to: 'channel:direct', flow: 473_000_000 },
        { from: 'channel:direct', to: 'recipient:indonesia', flow: 473_000_000 },
        // US$6.9 million drawn at the minimum band, 3% of US$479.9 million (labelled with its true value).
        { from: 'donor:japan', to: 'channel:unicef', flow: 14_397_000 },
        { from: 'channel:unicef', to: 'recipient:indonesia', flow: 14_397_000 },
      ]);
      const ds = chart.data.datasets[0] as unknown as { labels: Record<string, string>; column: Record<string, number> };
      expect(ds.labels['channel:unicef']).to.equal('UNICEF\nUS$6.9 million');
      expect(ds.labels['channel:direct']).to.equal('Direct (no channel)\nUS$473 million');
      expect(ds.column).to.deep.equal({ 'donor:japan': 0, 'channel:direct': 1, 'channel:unicef': 1, 'recipient:indonesia': 2 });
      expect(plain(root(el).querySelector('figcaption')?.textContent)).to.equal('Aid flows: US dollars (Total drawn: US$479.9 million)');
    });

    it('draws and writes its numbers without asking Intl (a page’s first Intl object costs it ~30 ms)', async () => {
      const asked: string[] = [];
      const { NumberFormat } = Intl;
      const format = Object.getOwnPropertyDescriptor(NumberFormat.prototype, 'format')!;
      const { toLocaleString } = Number.prototype;
      // Chart.js keeps its formatters between charts, so a use is counted as well as a construction.
      Object.defineProperty(NumberFormat.prototype, 'format', { ...format, get() { asked.push('format'); return format.get!.call(this); } });
      Object.assign(Intl, { NumberFormat: new Proxy(NumberFormat, { construct: (...args) => (asked.push('new'), Reflect.construct(...args)) }) });
      Number.prototype.toLocaleString = function (this: number, ...args: []) {
        asked.push('toLocaleString');
        return toLocaleString.apply(this, args);
      };
      try {
        const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
        await ready(el);
        const notes = [...root(el).querySelectorAll('[part="note"]')].map((n) => plain(n.textContent)).join(' ');
        expect(notes, 'the minimum band is written as a percentage').to.contain('3%');
        expect(asked).to.deep.equal([]);
      } finally {
        Object.defineProperty(NumberFormat.prototype, 'format', format);
        Object.assign(Intl, { NumberFormat });
        Number.prototype.toLocaleString = toLocaleString;
      }
    });

    it('shows doses without adding up related figures, and says so', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" unit="doses"></aid-flow-chart>`);
      const chart = await ready(el);
      // One figure drawn; the two others are named, not stacked.
      expect(sankeyData(chart).map((d) => d.flow)).to.deep.equal([2_722_930]);
      expect(plain(root(el).querySelector('figcaption')?.textContent)).to.contain('Total drawn: 2,722,930 doses');
      const notes = [...root(el).querySelectorAll('[part="note"]')].map((n) => plain(n.textContent));
      expect(notes[0]).to.equal(
        'Japan to Indonesia: the sources give 3 figures that may describe the same doses. Drawn: 2,722,930 doses. Alternative figures, which take no height and are not added up: 4,150,000 doses; 6,880,000 doses.',
      );
      expect(notes[1]).to.contain('the chart draws one: a delivered figure before a pledged or planned one, and of those the smallest');
      expect(el.flowGraph!.flows.filter((f) => f.excludedFromTotal)).to.have.length(2);
    });

    it('draws IDR and the qualitative map of flows without amounts', async () => {
      const idr = await mount(html`<aid-flow-chart view="sankey" unit="IDR"></aid-flow-chart>`);
      expect(sankeyData(await ready(idr))).to.deep.equal([{ from: 'donor:japan', to: 'recipient:indonesia', flow: 7_140_000_000_000 }]);
      idr.remove();
      const none = await mount(html`<aid-flow-chart unit="none"></aid-flow-chart>`);
      const chart = await ready(none);
      expect(new Set(sankeyData(chart).map((d) => d.flow))).to.deep.equal(new Set([1]));
      // 10 flows, each in two segments: two through the JWG and JICA, the others through "Direct".
      expect(sankeyData(chart)).to.have.length(20);
      expect(plain(root(none).querySelector('[part="note"]')?.textContent)).to.contain('drawn equally wide');
    });

    it('filters by from="japan" and via', async () => {
      const el = await mount(html`<aid-flow-chart unit="none" from="japan"></aid-flow-chart>`);
      const chart = await ready(el);
      expect(el.flowGraph!.flows.every((f) => f.flow.from === 'japan')).to.equal(true);
      expect(new Set(sankeyData(chart).map((d) => d.from))).to.deep.equal(new Set(['donor:japan', 'channel:direct', 'channel:jica']));
      el.from = '';
      el.via = 'jwg-on-health';
      await el.updateComplete;
      expect(sankeyData(chart)).to.deep.equal([
        { from: 'donor:south-korea', to: 'channel:jwg-on-health', flow: 1 },
        { from: 'channel:jwg-on-health', to: 'recipient:indonesia', flow: 1 },
      ]);
      expect(el.chart, 'updated in place').to.equal(chart);
    });

    it('shows an empty state and warns once about an unknown actor', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<aid-flow-chart from="atlantis"></aid-flow-chart>`);
        el.unit = 'doses';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(plain(root(el).querySelector('[role="status"]')?.textContent)).to.equal('No flows match these filters.');
        expect(warnings.mentioning('atlantis')).to.have.length(1);
        expect(el.chart).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('table', () => {
    it('gives the same facts in a table with caption and header scopes (view="table")', async () => {
      const el = await mount(html`<aid-flow-chart view="table" unit="doses"></aid-flow-chart>`);
      const table = root(el).querySelector('table')!;
      expect(plain(table.querySelector('caption')?.textContent)).to.equal('Aid flows: vaccine doses');
      expect([...table.querySelectorAll('thead th')].map((th) => [plain(th.textContent), th.getAttribute('scope')])).to.deep.equal([
        ['Flow', 'col'],
        ['Kind', 'col'],
        ['Amount', 'col'],
        ['Date', 'col'],
        ['Status', 'col'],
        ['Notes', 'col'],
        ['Source', 'col'],
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(3);
      expect(rows[0].querySelector('th')!.getAttribute('scope')).to.equal('row');
      const cells = (r: Element) => [...r.children].map((c) => plain(c.textContent));
      expect(cells(rows[1]).slice(0, 5)).to.deep.equal(['Japan to Indonesia', 'Vaccine doses', '2,722,930 doses', '19 Jan 2022', 'Delivered']);
      // Notes are footnote numbers; each note is printed once under the table.
      const footnotes = [...root(el).querySelectorAll('.footnotes li')].map((li) => plain(li.textContent));
      const noteNumbers = cells(rows[1])[5].split(', ').map(Number);
      expect(footnotes[noteNumbers[0] - 1]).to.equal('Drawn in place of 2 alternative figures.');
      expect(new Set(footnotes).size).to.equal(footnotes.length);
      expect(rows[2].querySelector('citation-badge')?.getAttribute('cite')).to.equal('panda-2022 azmi-2023');
      // No canvas and no chart in the table view.
      expect(root(el).querySelector('canvas')).to.equal(null);
      expect(root(el).querySelector('.table-toggle')).to.equal(null);
    });

    it('toggles a table beside the chart with an aria-pressed button', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      await ready(el);
      const toggle = root(el).querySelector<HTMLButtonElement>('.table-toggle')!;
      expect(plain(toggle.textContent)).to.equal('Show as table');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(root(el).querySelector('table')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(2);
    });

    it('lists the first 200 rows of a long table and the rest on request, by keyboard, focus on the first added row', async () => {
      const { withSyntheticFlows } = await import('../../src/components/aid-flow-chart/aid-flow-chart.view.js');
      const { bundledDataset } = await import('../../src/data/generated/dataset.js');
      const data = withSyntheticFlows(bundledDataset, 1_250);
      const el = await mount(html`<kerjasama-data .data=${data}><aid-flow-chart view="table"></aid-flow-chart></kerjasama-data>`);
      await settled(el.parentElement!);
      await el.updateComplete;
      const rows = () => root(el).querySelectorAll('tbody tr');
      expect(rows()).to.have.length(200);
      const more = root(el).querySelector('.table-more')!;
      expect(plain(more.textContent)).to.equal('The first 200 of 1,250 flows are listed; the CSV download has them all. List all 1,250 flows');
      expect(el.exportCsv().trim().split('\r\n')).to.have.length(1_251); // a header and every flow
      await expect(el.parentElement).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.table-more button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(rows()).to.have.length(1_250);
      expect(root(el).querySelector('.table-more')).to.equal(null);
      expect(deepActiveElement(), 'focus on the first row added').to.equal(rows()[200].querySelector('th'));
    });

    it('scrolls the table inside its own box at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(html`<aid-flow-chart view="table" unit="doses"></aid-flow-chart>`);
        const box = root(el).querySelector<HTMLElement>('.table-wrap')!;
        expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
        expect(overflowsHorizontally()).to.equal(false);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fits the chart into 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
        const chart = await ready(el);
        expect(chart.width).to.be.at.most(320);
        expect(overflowsHorizontally()).to.equal(false);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('keyboard and screen readers', () => {
    it('has one tab stop and walks nodes and flows with the arrow keys, announcing sentences', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      const chart = await ready(el);
      const app = wrapper(el);
      expect(app.getAttribute('tabindex')).to.equal('0');
      expect(app.getAttribute('aria-label')).to.equal('Aid flows: US dollars, interactive chart');
      const description = root(el).getElementById(app.getAttribute('aria-describedby')!)!;
      expect(plain(description.textContent)).to.contain('Arrow keys move through donors, channels, recipients and flows');
      app.focus();
      expect(deepActiveElement()).to.equal(app);
      await press(el, 'ArrowRight');
      expect(live(el)).to.equal('Japan, donor: US$479.9 million in 2 flows');
      await press(el, 'ArrowDown');
      expect(live(el)).to.equal('Japan to Indonesia: loan of US$473 million, c. 2020 (inferred), also reported as Rp7.14 trillion, source: Azmi et al., n.d.');
      await press(el, 'ArrowRight');
      expect(live(el)).to.equal('Japan to Indonesia through UNICEF: grant of US$6.9 million, undated, source: Azmi et al., n.d.');
      // Both segments of the flow are active: hover styling and tooltip follow the keyboard.
      expect(chart.getActiveElements().map((a) => a.index)).to.deep.equal([2, 3]);
      expect(chart.tooltip!.getActiveElements().map((a) => a.index)).to.deep.equal([2, 3]);
      await press(el, 'End');
      expect(live(el)).to.equal('Indonesia, recipient: US$479.9 million in 2 flows');
      await press(el, 'ArrowRight');
      expect(live(el), 'stays on the last').to.equal('Indonesia, recipient: US$479.9 million in 2 flows');
      await press(el, 'ArrowLeft');
      expect(live(el)).to.equal('UNICEF, channel: US$6.9 million in 1 flow');
      await press(el, 'Home');
      expect(live(el)).to.equal('Japan, donor: US$479.9 million in 2 flows');
      // Tab leaves the chart: no further stops inside the canvas.
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.closest?.('[role="application"]') ?? null).to.equal(null);
    });

    it('draws a focus ring on the canvas in the focus colour', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" style="--kj-color-focus: #ff00aa"></aid-flow-chart>`);
      await ready(el);
      const strokes: string[] = [];
      const original = CanvasRenderingContext2D.prototype.strokeRect;
      CanvasRenderingContext2D.prototype.strokeRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
        strokes.push(String(this.strokeStyle));
        return original.apply(this, args);
      };
      try {
        wrapper(el).focus();
        await press(el, 'ArrowRight');
        expect(strokes).to.include('#ff00aa');
      } finally {
        CanvasRenderingContext2D.prototype.strokeRect = original;
      }
    });

    it('opens evidence and citation on Enter and fires kj-select, hiding the chart tooltip', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      const chart = await ready(el);
      wrapper(el).focus();
      await press(el, 'ArrowRight', 3);
      // The focused flow's tooltip shows until the details open over the chart.
      expect(chart.tooltip!.getActiveElements().length).to.be.greaterThan(0);
      expect(chart.tooltip!.opacity).to.equal(1);
      const selected = oneEvent(el, 'kj-select') as Promise<KjSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.detail).to.deep.equal({ type: 'flow', id: 'japan-unicef-cold-chain-grant-6-9m' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settled(el);
      const panel = root(el).querySelector('[part="selected"]')!;
      expect(plain(panel.querySelector('h3')?.textContent)).to.equal('Selected flow: Japan to Indonesia through UNICEF');
      expect(plain(panel.querySelector('blockquote')?.textContent)).to.contain('Japan themselves extended their fund for UNICEF for a total of $6.9 million USD');
      const badge = panel.querySelector<CitationBadge>('citation-badge')!;
      expect(badge.cite).to.equal('azmi-2023');
      expect(badge.open).to.equal(true);
      expect(chart.tooltip!.getActiveElements()).to.deep.equal([]);
      expect(chart.tooltip!.opacity).to.equal(0);
      // The focus ring stays on the flow; the next arrow key brings the tooltip back.
      expect(chart.getActiveElements().length).to.be.greaterThan(0);
    });

    it('announces in Indonesian under lang="id"', async () => {
      const el = await mount(html`<div lang="id"><aid-flow-chart view="sankey"></aid-flow-chart></div>`);
      await ready(el);
      wrapper(el).focus();
      await press(el, 'ArrowRight', 3);
      expect(live(el)).to.equal('Jepang ke Indonesia melalui UNICEF: hibah sebesar US$6,9 juta, tanpa tanggal, sumber: Azmi dkk., t.t.');
      expect(plain(root(el).querySelector('.table-toggle')?.textContent)).to.equal('Tampilkan sebagai tabel');
    });
  });

  describe('tooltips', () => {
    it('describes a flow: amount, date, status, reason and source', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" unit="doses"></aid-flow-chart>`);
      const chart = await ready(el);
      wrapper(el).focus();
      await press(el, 'ArrowRight', 2);
      const tooltip = chart.tooltip!;
      expect(tooltip.getActiveElements().map((a) => a.index)).to.deep.equal([0]);
      expect(tooltip.title).to.deep.equal(['Japan to Indonesia']);
      const body = tooltip.body.flatMap((b) => b.lines).join(' ');
      expect(body).to.contain('Vaccine doses: 2,722,930 doses');
      expect(body).to.contain('Date: 19 Jan 2022');
      expect(body).to.contain('Status: Delivered');
      expect(body).to.contain('Drawn in place of 2 alternative figures: 4,150,000 doses; 6,880,000 doses');
      expect(body).to.contain('Disputed: The text');
      expect(body).to.contain('Source: Azmi et al., n.d.');
      // The next stop is an alternative figure: announced as such, its drawn figure's band highlighted.
      await press(el, 'ArrowRight');
      expect(live(el)).to.contain('4,150,000 doses, 2021, pledged, disputed, an alternative figure, not drawn and not added up (2,722,930 doses is drawn)');
      expect(chart.getActiveElements().map((a) => a.index)).to.deep.equal([0]);
    });

    it('describes a node under the pointer', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      const chart = await ready(el);
      const { nodeRects } = await import('../../src/components/aid-flow-chart/aid-flow-chart.chartjs.js');
      const r = nodeRects(chart).get('channel:unicef')!;
      const box = chart.canvas.getBoundingClientRect();
      // A real pointer move (Chart.js handles it in an animation frame).
      await sendMouse({ type: 'move', position: [Math.round(box.left + r.x + r.width / 2), Math.round(box.top + r.y + r.height / 2)] });
      for (let i = 0; i < 10 && !chart.tooltip!.getActiveElements().length; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(chart.tooltip!.getActiveElements().length).to.be.greaterThan(0);
      expect(chart.tooltip!.title).to.deep.equal(['UNICEF (Channel)']);
      expect(chart.tooltip!.body.flatMap((b) => b.lines)).to.deep.equal(['Total drawn: US$6.9 million', '1 flow']);
      await resetMouse();
    });
  });

  it('credits its sources in the page language, each source tagged with its own (a screen reader voices it right)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ja"><aid-flow-chart view="table" unit="doses"></aid-flow-chart></div>`);
    const el = page.querySelector<AidFlowChart>('aid-flow-chart')!;
    await settled(el);
    const line = el.shadowRoot!.querySelector('[part="source"]')!;
    const g = el.flowGraph!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${g.sourceLine}. ${g.licenceLine}`);
    expect(line.textContent).to.match(/^出典：/);
    const tagged = [...line.querySelectorAll('[lang]')].map((span) => [span.getAttribute('lang'), span.textContent]);
    expect(tagged).to.deep.include(['en', 'Azmi et al., n.d.']);
    expect(tagged.every(([lang]) => lang === 'en'), JSON.stringify(tagged)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('exports', () => {
    it('exports CSV: one row per flow with source and licence columns', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" unit="doses"></aid-flow-chart>`);
      const lines = el.exportCsv().trimEnd().split('\r\n');
      expect(lines).to.have.length(4);
      expect(lines[0].split(',')).to.include.members(['"source"', '"source_licence"', '"dataset_licence"']);
      expect(lines[1]).to.match(/^"japan-astrazeneca-doses-2021","Japan","","Indonesia","vaccine-doses","4150000","doses"/);
    });

    it('exports a PNG that decodes and carries title, source line and licence', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
      const chart = await ready(el);
      const texts: string[] = [];
      const original = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, max?: number) {
        texts.push(text);
        return max === undefined ? original.call(this, text, x, y) : original.call(this, text, x, y, max);
      };
      let blob: Blob;
      try {
        blob = await el.exportPng();
      } finally {
        CanvasRenderingContext2D.prototype.fillText = original;
      }
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.be.greaterThan(chart.width);
      expect(bitmap.height).to.be.greaterThan(chart.height);
      const drawn = texts.join(' ');
      expect(texts).to.include('Aid flows: US dollars');
      expect(drawn).to.contain('Source: Azmi et al., n.d.');
      expect(drawn).to.contain('Creative Commons Attribution-ShareAlike 4.0 International');
    });
  });

  describe('lifecycle', () => {
    it('redraws with the theme colours read from --kj-* properties', async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" theme="light"></aid-flow-chart>`);
      const chart = await ready(el);
      const colour = () => (chart.data.datasets[0] as unknown as { colorFrom: string }).colorFrom;
      expect(colour()).to.equal('#0b5cad');
      el.theme = 'dark';
      await el.updateComplete;
      expect(colour()).to.equal('#8cc4ff');
      el.style.setProperty('--kj-color-accent', '#225500');
      el.theme = 'light';
      await el.updateComplete;
      expect(colour()).to.equal('#225500');
      expect(el.chart).to.equal(chart);
    });

    it('redraws when its own container resizes', async () => {
      const el = await mount(html`<div style="width: 600px"><aid-flow-chart view="sankey"></aid-flow-chart></div>`);
      const chart = await ready(el);
      expect(chart.width).to.equal(600);
      const resized = new Promise<void>((resolve) => {
        const done = () => (chart.width === 400 ? resolve() : requestAnimationFrame(done));
        done();
      });
      el.parentElement!.style.width = '400px';
      await resized;
      expect(chart.canvas.clientWidth).to.equal(400);
    });

    it('destroys the chart on removal and re-creates it when re-added', async () => {
      const el = await mount(html`<div><aid-flow-chart view="sankey"></aid-flow-chart></div>`);
      const first = await ready(el);
      expect(instanceCount()).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(instanceCount()).to.equal(0);
      expect(el.chart).to.equal(undefined);
      parent.append(el);
      await el.updateComplete;
      const second = await ready(el);
      expect(second).to.not.equal(first);
      expect(instanceCount()).to.equal(1);
      el.remove();
      expect(instanceCount()).to.equal(0);
    });

    it('switches to bars grouped by recipient', async () => {
      const el = await mount(html`<aid-flow-chart view="bars" unit="none" group-by="recipient"></aid-flow-chart>`);
      const chart = await ready(el);
      expect((chart.config as { type?: string }).type).to.equal('bar');
      expect(chart.data.labels).to.deep.equal(['Indonesia', 'COVAX', 'PT Bio Farma']);
      expect(chart.data.datasets.map((d) => d.data)).to.deep.equal([
        [3, 1, 1],
        [0, 0, 0],
        [5, 0, 0],
      ]);
      wrapper(el).focus();
      await press(el, 'ArrowRight');
      expect(live(el)).to.equal('Indonesia, recipient: 8 flows');
      el.view = 'sankey';
      await el.updateComplete;
      expect((el.chart!.config as { type?: string }).type).to.equal('sankey');
      expect(instanceCount()).to.equal(1);
    });

    it('shows the table when the chart code fails to load', async () => {
      resetLazyModules(); // a cold page: Chart.js not loaded yet
      const chartjs = failChunk('chartjs');
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
        await el.chartReady().catch(() => undefined);
        await el.updateComplete;
        expect(plain(root(el).querySelector('[role="status"]')?.textContent)).to.equal('The chart could not be loaded; the same facts are shown in the table.');
        expect(root(el).querySelectorAll('tbody tr')).to.have.length(2);
        expect(root(el).querySelector('canvas')).to.equal(null);
        expect(warnings.mentioning('could not be loaded')).to.have.length(1);
      } finally {
        chartjs.restore();
        warnings.restore();
      }
    });

    it('works inside <kerjasama-data> with a provided dataset', async () => {
      const { withSyntheticFlows } = await import('../../src/components/aid-flow-chart/aid-flow-chart.view.js');
      const { bundledDataset } = await import('../../src/data/generated/dataset.js');
      const data = withSyntheticFlows(bundledDataset, 30);
      const el = await mount(html`<kerjasama-data .data=${data}><aid-flow-chart view="sankey"></aid-flow-chart></kerjasama-data>`);
      await settled(el.parentElement!);
      const chart = await ready(el);
      expect(el.flowGraph!.flows).to.have.length(30);
      expect(sankeyData(chart).length).to.be.greaterThan(30);
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      const colours = theme === 'dark' ? 'background: #16191d; color: #eef0f3' : 'background: #fff; color: #1b1f24';
      it(`passes with the chart, ${theme}`, async () => {
        const el = await mount(html`<div style=${`${colours}; padding: 1rem`}><aid-flow-chart view="sankey" theme=${theme} unit="doses"></aid-flow-chart></div>`);
        await ready(el);
        await expect(el.parentElement).to.be.accessible();
      });
      it(`passes with the table, ${theme}`, async () => {
        const el = await mount(html`<div style=${`${colours}; padding: 1rem`}><aid-flow-chart theme=${theme} view="table" unit="none"></aid-flow-chart></div>`);
        await settled(el);
        await expect(el.parentElement).to.be.accessible();
      });
    }
  });
});
