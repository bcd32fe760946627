import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { amountBoxes, labelBoxes, nodeRects } from '../../src/components/aid-flow-chart/aid-flow-chart.chartjs.js';
import { boxesOverlap } from '../../src/components/aid-flow-chart/aid-flow-chart.labels.js';
import { formatAmount } from '../../src/i18n/format-amounts.js';
import { deepActiveElement, settled } from '../support/dom.js';
import { csvRecords } from '../support/csv.js';

// What a reader sees of the chart: drawn node heights against their labels, the legend, the
// table's cells, and the file "Download PNG" gives. The facts are pinned in test/data/facts.test.ts.

const root = (el: Element) => el.shadowRoot!;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function mount(template: ReturnType<typeof html>): Promise<AidFlowChart> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'aid-flow-chart' ? (host as AidFlowChart) : host.querySelector('aid-flow-chart')!;
  await el.updateComplete;
  return el;
}

async function ready(el: AidFlowChart): Promise<Chart> {
  const chart = await el.chartReady();
  await settled(el);
  return chart;
}

describe('<aid-flow-chart> as a reader sees it', () => {
  for (const unit of ['USD', 'IDR', 'doses', 'none'] as const) {
    it(`draws every node as tall as its labelled total (${unit})`, async () => {
      const el = await mount(html`<aid-flow-chart view="sankey" unit=${unit}></aid-flow-chart>`);
      const chart = await ready(el);
      const graph = el.flowGraph!;
      const rects = nodeRects(chart);
      const labels = (chart.data.datasets[0] as unknown as { labels: Record<string, string> }).labels;
      // What each node is drawn at: its total, plus what the minimum band adds to small flows
      // through it, which the notes name (with their true values).
      const flooredBy = new Map<string, number>();
      for (const f of graph.flows.filter((x) => x.floored)) {
        for (const key of f.nodeKeys) flooredBy.set(key, (flooredBy.get(key) ?? 0) + f.shownValue - f.drawnValue);
        expect(graph.notes.join(' '), f.id).to.contain(f.amountText);
      }
      const shown = (key: string, total: number) => total + (flooredBy.get(key) ?? 0);
      // Pixels per unit, from the tallest node; every other node must match it (±1 px).
      const tallest = graph.nodes.reduce((a, b) => (shown(b.key, b.total) > shown(a.key, a.total) ? b : a));
      const scale = rects.get(tallest.key)!.height / shown(tallest.key, tallest.total);
      for (const n of graph.nodes) {
        const drawn = rects.get(n.key);
        expect(drawn, `${n.key} drawn`).to.not.equal(undefined);
        expect(drawn!.height, `${n.key} height`).to.be.closeTo(Math.max(2, shown(n.key, n.total) * scale), 1);
        // Only the small flows are raised, by at most the minimum band each.
        expect(shown(n.key, n.total) - n.total, n.key).to.be.at.most(graph.total * 0.03 * graph.flows.filter((f) => f.floored).length);
        // Every node has a name, and its label's figure is the total it is drawn at.
        const [name, figure] = labels[n.key].split('\n');
        expect(name.trim(), n.key).to.not.equal('');
        if (unit !== 'none') expect(figure).to.equal(formatAmount({ value: n.total, unit }, 'en', graph.numberStyle));
      }
      // The same totals, from the downloaded CSV: the rows "added up", summed per donor and recipient.
      if (unit !== 'none') {
        const added = csvRecords(el.exportCsv()).filter((r) => r.added_to_total === 'yes');
        for (const n of graph.nodes.filter((x) => x.column !== 'channel')) {
          const column = n.column === 'donor' ? 'donor' : 'recipient';
          const sum = added.filter((r) => r[column] === n.label).reduce((s, r) => s + Number(r.amount), 0);
          expect(sum, n.key).to.equal(n.total);
        }
        expect(plain(root(el).querySelector('figcaption .total')?.textContent)).to.equal(`(Total drawn: ${formatAmount({ value: graph.total, unit }, 'en', graph.numberStyle)})`);
      }
    });
  }

  it('keys every mark in a legend with swatches, in English and Indonesian, never calling doses money', async () => {
    for (const lang of ['en', 'id']) {
      const el = await mount(html`<div lang=${lang}><aid-flow-chart view="sankey" unit="doses"></aid-flow-chart></div>`);
      await ready(el);
      const items = [...root(el).querySelectorAll('[part="legend"] li')];
      const text = items.map((li) => plain(li.textContent));
      expect(text).to.deep.equal(
        lang === 'en'
          ? ['Delivered', 'Disputed (dashed outline)', 'Alternative figure (dotted line: no height, not added up)']
          : ['Tersalurkan', 'Diperdebatkan (garis tepi putus-putus)', 'Angka alternatif (garis titik-titik: tanpa tinggi, tidak dijumlahkan)'],
      );
      // Each entry has a visible swatch.
      for (const li of items) {
        const swatch = li.querySelector<HTMLElement>('.swatch')!.getBoundingClientRect();
        expect(swatch.width).to.be.greaterThan(10);
      }
      expect(plain(root(el).querySelector('figure')?.textContent)).not.to.match(/money|\bdana\b/i);
      el.parentElement!.remove();
    }
  });

  it('enables "Download PNG" once the chart draws; Tab reaches it and a click gives the file with its frame', async () => {
    const el = await mount(html`<aid-flow-chart view="sankey" unit="doses" theme="light"></aid-flow-chart>`);
    const chart = await ready(el);
    const button = root(el).querySelector<HTMLButtonElement>('button.png')!;
    expect(button.disabled).to.equal(false);
    root(el).querySelector<HTMLButtonElement>('.table-toggle')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button);

    // What the page downloads: the anchor the button clicks, and the blob behind it.
    const download = new Promise<{ name: string; blob: Blob }>((resolve) => {
      root(el).addEventListener(
        'click',
        (e) => {
          const a = e.target as HTMLAnchorElement;
          if (a.localName !== 'a' || !a.download) return;
          e.preventDefault();
          void fetch(a.href)
            .then((r) => r.blob())
            .then((blob) => resolve({ name: a.download, blob }));
        },
        { capture: true },
      );
    });
    const texts: string[] = [];
    const swatches: [number, number, number, number][] = [];
    const { fillText, fillRect } = CanvasRenderingContext2D.prototype;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      texts.push(text);
      return fillText.call(this, text, x, y);
    };
    CanvasRenderingContext2D.prototype.fillRect = function (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
      if (w === 22 && h === 12) swatches.push([x, y, w, h]);
      return fillRect.call(this, x, y, w, h);
    };
    let file: { name: string; blob: Blob };
    try {
      await sendKeys({ press: 'Enter' });
      file = await download;
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
      CanvasRenderingContext2D.prototype.fillRect = fillRect;
    }
    expect(file.name).to.equal('aid-flows-doses.png');
    expect(file.blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(file.blob);
    expect(bitmap.width).to.be.greaterThan(chart.width);
    expect(bitmap.height).to.be.greaterThan(chart.height);
    const joined = texts.join(' ');
    expect(texts).to.include('Aid flows: vaccine doses');
    expect(texts).to.include('Total drawn: 2,722,930 doses');
    expect(texts).to.include.members(['Delivered', 'Disputed (dashed outline)', 'Alternative figure (dotted line: no height, not added up)']);
    expect(joined).to.contain('Source: Azmi et al., n.d.');
    expect(joined).to.contain('Creative Commons Attribution-ShareAlike 4.0 International');
    // In the decoded image: a margin of background all round, and the delivered swatch painted.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const ratio = 2;
    const pixels = (x: number, y: number, w: number, h: number) => ctx.getImageData(x, y, w, h).data;
    const background = [...pixels(0, 0, 1, 1)];
    const margin = 20 * ratio;
    for (const [x, y, w, h] of [
      [0, 0, bitmap.width, margin],
      [0, bitmap.height - margin, bitmap.width, margin],
      [0, 0, margin, bitmap.height],
      [bitmap.width - margin, 0, margin, bitmap.height],
    ]) {
      const data = pixels(x, y, w, h);
      for (let i = 0; i < data.length; i += 4) if (data[i] !== background[0] || data[i + 1] !== background[1] || data[i + 2] !== background[2]) throw new Error(`ink in the margin at ${x},${y}`);
    }
    expect(swatches.length).to.be.greaterThan(0);
    const [sx, sy, sw, sh] = swatches[0];
    const inSwatch = [...pixels(Math.round((sx + sw / 2) * ratio), Math.round((sy + sh / 2) * ratio), 1, 1)];
    expect(inSwatch.slice(0, 3)).to.not.deep.equal(background.slice(0, 3));
  });

  for (const width of [320, 1280]) {
    it(`never breaks a word inside a table cell at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await mount(html`<aid-flow-chart view="table" unit="doses"></aid-flow-chart>`);
        await settled(el);
        const cells = [...root(el).querySelectorAll('table th, table td')];
        expect(cells.length).to.be.greaterThan(20);
        for (const cell of cells) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index!);
              range.setEnd(node, m.index! + m[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              expect(lines.size, `"${m[0]}" in ${cell.localName} breaks across lines`).to.be.at.most(1);
            }
          }
        }
        // Amounts are right-aligned, short cells kept on one line.
        const amount = root(el).querySelector<HTMLElement>('tbody td.num')!;
        expect(getComputedStyle(amount).textAlign).to.equal('end');
        const box = root(el).querySelector<HTMLElement>('.table-wrap')!;
        expect(box.getBoundingClientRect().right).to.be.at.most(width);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const width of [320, 375, 768, 1280]) {
    it(`draws node labels apart, whole and on the canvas, and bands inside their node bars, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        for (const unit of ['USD', 'doses', 'none'] as const) {
          const el = await mount(html`<aid-flow-chart view="sankey" unit=${unit}></aid-flow-chart>`);
          const chart = await ready(el);
          const graph = el.flowGraph!;
          const boxes = labelBoxes(chart);
          // One label per node, each shown, with its name (whole where the room allows: at 1280 px).
          expect(boxes.map((b) => b.key).sort(), unit).to.deep.equal(graph.nodes.map((n) => n.key).sort());
          for (const b of boxes) {
            const node = graph.nodes.find((n) => n.key === b.key)!;
            expect(b.hidden, `${unit} ${b.key} hidden`).to.equal(false);
            expect(b.x, `${unit} ${b.key} left`).to.be.at.least(0);
            expect(b.x + b.width, `${unit} ${b.key} right`).to.be.at.most(chart.width);
            expect(b.y, `${unit} ${b.key} top`).to.be.at.least(0);
            expect(b.y + b.height, `${unit} ${b.key} bottom`).to.be.at.most(chart.height);
            for (const other of boxes) if (other !== b) expect(boxesOverlap(b, other), `${unit} ${b.key} overlaps ${other.key}`).to.equal(false);
            if (width === 1280 || ['Japan', 'Indonesia'].includes(node.label)) expect(b.lines[0], `${unit} ${b.key}`).to.equal(node.label);
          }
          // Each band starts and ends inside the bars of its two nodes.
          const rects = nodeRects(chart);
          const meta = chart.getDatasetMeta(0);
          graph.links.forEach((link, i) => {
            const band = meta.data[i] as unknown as { y: number; y2: number; height: number };
            const from = rects.get(link.from)!;
            const to = rects.get(link.to)!;
            expect(band.y, `${link.key} top at its source`).to.be.at.least(from.y - 1);
            expect(band.y + band.height, `${link.key} bottom at its source`).to.be.at.most(from.y + from.height + 1);
            expect(band.y2, `${link.key} top at its target`).to.be.at.least(to.y - 1);
            expect(band.y2 + band.height, `${link.key} bottom at its target`).to.be.at.most(to.y + to.height + 1);
          });
          el.remove();
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('prints the amount on a band wide enough, and beside each bar: one or two flows are never an unlabelled rectangle', async () => {
    for (const [unit, view, expected] of [
      ['IDR', 'sankey', ['Rp7.14 trillion']],
      ['USD', 'sankey', ['US$473 million']],
      ['IDR', 'bars', ['Rp7.14 trillion']],
      ['USD', 'bars', ['US$479.9 million']],
    ] as const) {
      const el = await mount(html`<aid-flow-chart unit=${unit} view=${view}></aid-flow-chart>`);
      const chart = await ready(el);
      const amounts = amountBoxes(chart);
      expect(amounts.map((a) => a.text), `${unit} ${view}`).to.deep.equal(expected);
      for (const a of amounts) {
        expect(a.x, `${unit} ${view}`).to.be.at.least(0);
        expect(a.x + a.width, `${unit} ${view}`).to.be.at.most(chart.width);
        for (const b of labelBoxes(chart)) expect(boxesOverlap(a, b), `${a.text} over the label of ${b.key}`).to.equal(false);
      }
      el.remove();
    }
  });
});
