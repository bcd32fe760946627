/**
 * Datasets shaped by an attacker or a careless curator: flow cycles, huge graphs, amounts out of
 * range, ids and keys that name Object.prototype's members, deep nesting, huge strings, impossible
 * dates and invisible characters. Each is shown correctly or refused with the element's message
 * and one warning; none hangs, throws uncaught or pollutes a prototype.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/reference-list.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { buildFlowGraph, MAX_DRAWN_LINKS, MAX_DRAWN_NODES } from '../../src/components/aid-flow-chart/aid-flow-chart.view.js';
import type { ActorT, DatasetT, FlowT } from '../../src/data/schema.js';
import { bundledCopy } from '../support/datasets.js';
import { settled, visibleText } from '../support/dom.js';
import { captureWarnings, watchUncaughtErrors } from '../support/stubs.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The bundled dataset with `n` more actors (`actor-0`…; bodies, since a state is named by its country) and `flows` instead of its own. */
function withShape(n: number, flows: (ds: DatasetT) => FlowT[]): DatasetT {
  const ds = bundledCopy();
  const model = ds.actors[0];
  for (let i = 0; i < n; i++) ds.actors.push({ ...model, kind: 'government-body', id: `actor-${i}`, name: `Actor ${i}`, altNames: undefined } as ActorT);
  ds.flows = flows(ds);
  return ds;
}

const flow = (ds: DatasetT, id: string, from: string, to: string, via: string[] = [], value = 10): FlowT =>
  ({ ...ds.flows[0], id, from, to, via, relatedTo: undefined, amount: { value, unit: 'USD' }, date: { start: '2020', precision: 'year' }, status: 'delivered' }) as FlowT;

/** Cycles between actors: A→B and B→A, a self-loop A→A, a channel that is the recipient, a channel that is donor and recipient. */
const cyclic = () =>
  withShape(3, (ds) => [
    flow(ds, 'a-to-b', 'actor-0', 'actor-1', [], 10),
    flow(ds, 'b-to-a', 'actor-1', 'actor-0', [], 20),
    flow(ds, 'a-to-a', 'actor-0', 'actor-0', [], 30),
    flow(ds, 'a-via-b-to-b', 'actor-0', 'actor-1', ['actor-1'], 40),
    flow(ds, 'c-via-c-to-c', 'actor-2', 'actor-2', ['actor-2'], 50),
  ]);

/** `count` flows between `actors` actors, a third of them through a channel. */
const crowded = (actors: number, count: number) =>
  withShape(actors, (ds) =>
    Array.from({ length: count }, (_, i) => flow(ds, `f-${i}`, `actor-${i % actors}`, `actor-${(i * 7 + 1) % actors}`, i % 3 ? [] : [`actor-${(i * 13 + 5) % actors}`], i + 1)),
  );

async function mountChart(data: unknown, attributes = 'unit="USD" view="sankey"') {
  const el = await fixture<KerjasamaData>(html`<kerjasama-data></kerjasama-data>`);
  el.data = data;
  el.innerHTML = `<aid-flow-chart ${attributes}></aid-flow-chart>`;
  const chart = el.querySelector<AidFlowChart>('aid-flow-chart')!;
  chart.scrollIntoView();
  await settled(el);
  return { provider: el, chart };
}

const tableRoutes = (chart: AidFlowChart) => [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => plain(visibleText(tr.querySelector('th, td')!)));

describe('hostile datasets', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof watchUncaughtErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = watchUncaughtErrors();
  });
  afterEach(() => {
    warnings.restore();
    uncaught.restore();
    expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => !OBJECT_PROTOTYPE.includes(k)), 'Object.prototype gained').to.deep.equal([]);
  });

  describe('flow graphs', () => {
    it('never hands the sankey a cycle: every link goes from one column to a later one', () => {
      const g = buildFlowGraph(cyclic(), {}, 'USD', 'en');
      const column = new Map(g.nodes.map((n) => [n.key, n.columnIndex]));
      expect(g.flows.map((f) => f.id)).to.have.members(['a-to-b', 'b-to-a', 'a-to-a', 'a-via-b-to-b', 'c-via-c-to-c']);
      for (const l of g.links) expect(column.get(l.to)!, `${l.from} → ${l.to}`).to.be.greaterThan(column.get(l.from)!);
      expect(g.total).to.equal(150);
    });

    it('draws cycles, self-loops and a channel that is also the recipient, and lists every flow', async () => {
      const { chart } = await mountChart(cyclic());
      const drawn = await chart.chartReady();
      const links = drawn.data.datasets[0].data as unknown as { from: string; to: string; flow: number }[];
      // Five flows, 150 in all leaving the donors: none lost to a cycle.
      expect(links.length).to.be.at.least(5);
      expect(links.filter((l) => l.from.startsWith('donor:')).reduce((sum, l) => sum + l.flow, 0)).to.equal(150);
      expect(plain(chart.shadowRoot!.querySelector('figcaption')!.textContent)).to.contain('US$150');
      chart.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await settled(chart);
      expect(tableRoutes(chart)).to.have.length(5);
      expect(tableRoutes(chart)).to.include('Actor 0 to Actor 0').and.include('Actor 2 to Actor 2 through Actor 2');
      expect(warnings.messages).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    });

    it(`lists 5 000 flows between 10 000 actors in the table, drawing none (beyond ${MAX_DRAWN_NODES} nodes or ${MAX_DRAWN_LINKS} links), with one warning`, async () => {
      const data = crowded(10_000, 5_000);
      // How long it takes is measured by `npm run bench` (BENCH_ONLY=hostile), never asserted here.
      const { chart } = await mountChart(data);
      expect(chart.shadowRoot!.querySelector('canvas'), 'no chart laid out').to.equal(null);
      const notes = [...chart.shadowRoot!.querySelectorAll('.note')].map((n) => plain(visibleText(n)));
      expect(notes.join(' | ')).to.match(/^5,000 flows between [\d,]+ donors, channels and recipients are too many to draw; the table lists them\./);
      // The first rows at once; the rest when the reader asks (laying out 5 000 rows blocks the page for seconds).
      expect(tableRoutes(chart)).to.have.length(200);
      const more = chart.shadowRoot!.querySelector<HTMLButtonElement>('.table-more button')!;
      expect(plain(visibleText(more))).to.equal('List all 5,000 flows');
      more.click();
      await settled(chart);
      expect(tableRoutes(chart)).to.have.length(5_000);
      expect(warnings.messages.filter((m) => m.includes('too many to draw'))).to.have.length(1);
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('still draws 1 000 flows among a few actors (the benchmark size)', async () => {
      const g = buildFlowGraph(crowded(9, 1_000), {}, 'USD', 'en');
      expect(g.tooManyToDraw).to.equal(false);
      expect(g.links.length).to.be.at.most(MAX_DRAWN_LINKS);
    });
  });

  describe('amounts', () => {
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e308, 1.0000001e18]) {
      it(`refuses an amount of ${value} with the provider's message and one warning`, async () => {
        const data = cyclic();
        data.flows[0].amount = { value, unit: 'USD' };
        const { provider, chart } = await mountChart(data);
        expect(provider.status).to.equal('error');
        // The reader is told the dataset is unusable; the path is for its maintainer, in the console.
        const alert = provider.shadowRoot!.querySelector('[role="alert"]')!;
        expect(plain(alert.textContent)).to.equal('The dataset could not be loaded: it does not match the dataset schema');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('$.flows[0].amount.value (flows "a-to-b")');
        expect(plain(visibleText(chart))).to.not.contain('∞');
      });
    }

    it('adds up the largest amounts it accepts into a finite total', () => {
      const data = cyclic();
      for (const f of data.flows) f.amount = { value: 1e18, unit: 'USD' };
      const g = buildFlowGraph(data, {}, 'USD', 'en');
      expect(Number.isFinite(g.total)).to.equal(true);
      expect(g.totalText).to.not.contain('∞');
    });
  });

  describe('units the schema does not know', () => {
    for (const unit of ['EUR', 'usd', '', 'constructor', '__proto__', 'doses ']) {
      it(`refuses an amount in ${JSON.stringify(unit)} with the provider's message and one warning`, async () => {
        const data = cyclic();
        (data.flows[1].amount as { unit: string }).unit = unit;
        const { provider, chart } = await mountChart(data);
        expect(provider.status).to.equal('error');
        // The reader gets the plain message; where the dataset broke is in the one warning.
        expect(plain(provider.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal('The dataset could not be loaded: it does not match the dataset schema');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('$.flows[1].amount.unit (flows "b-to-a")');
        // Nothing drawn or listed from a dataset that was refused, and no error thrown.
        expect(chart.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(0);
        expect(uncaught.errors).to.deep.equal([]);
      });
    }

    it('shows a chart asked for a unit it does not have in its default unit, with one warning', async () => {
      const { provider, chart } = await mountChart(cyclic(), 'unit="EUR" view="table"');
      expect(provider.status).to.equal('ready');
      expect(chart.getAttribute('unit'), 'what the author wrote is kept').to.equal('EUR');
      expect(tableRoutes(chart)).to.have.length(5);
      expect(warnings.messages.filter((m) => m.includes('unit="EUR"'))).to.have.length(1);
      expect(uncaught.errors).to.deep.equal([]);
    });
  });

  describe('duplicate ids', () => {
    it('tells apart records of different kinds that share an id', async () => {
      const data = bundledCopy();
      const jica = data.actors.find((a) => a.id === 'jica')!;
      data.flows.push({ ...data.flows[0], id: 'jica', relatedTo: undefined });
      data.events.push({ ...data.events[0], id: 'jica', title: { en: 'Event that shares its id with JICA' } });
      const model = data.citations.find((c) => c.formatted?.apa?.en)!;
      data.citations.push({ ...model, id: 'jica', citedBy: [], inBibliography: false });
      const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}>
        <actor-card actor="jica"></actor-card>
        <citation-badge cite="jica"></citation-badge>
        <cooperation-timeline selected="jica"></cooperation-timeline>
        <aid-flow-chart view="table" unit="USD"></aid-flow-chart>
      </kerjasama-data>`);
      el.querySelector('aid-flow-chart')!.scrollIntoView();
      await settled(el);
      expect(el.status, 'shown, not refused').to.equal('ready');
      expect(plain(visibleText(el.querySelector('actor-card')!))).to.contain(jica.name);
      expect(plain(visibleText(el.querySelector('actor-card')!))).to.not.contain('Event that shares');
      const badge = plain(visibleText(el.querySelector('citation-badge')!));
      expect(badge).to.equal(plain(model.formatted!.apa!.en!.citation));
      const timeline = el.querySelector<CooperationTimeline>('cooperation-timeline')!;
      const selected = timeline.shadowRoot!.querySelector('.item.selected');
      expect(selected && plain(visibleText(selected))).to.contain('Event that shares its id with JICA');
      const chart = el.querySelector<AidFlowChart>('aid-flow-chart')!;
      const rows = tableRoutes(chart);
      // The flow named "jica" is listed once more than its model's route, beside the model itself.
      const route = rows.find((r) => rows.filter((x) => x === r).length === 2);
      expect(route, 'the copied flow and its model both listed').to.be.a('string');
      expect(warnings.messages).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    });

    for (const collection of ['actors', 'events', 'flows', 'citations', 'sources'] as const) {
      it(`refuses two ${collection} with one id, with the provider's message and one warning`, async () => {
        const data = bundledCopy();
        const list = data[collection] as { id: string }[];
        list.push({ ...list[1], id: list[0].id });
        const el = await fixture<KerjasamaData>(html`<kerjasama-data><actor-card actor="jica"></actor-card></kerjasama-data>`);
        el.data = data;
        await settled(el);
        expect(el.status).to.equal('error');
        expect(plain(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal('The dataset could not be loaded: it does not match the dataset schema');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`duplicate id "${list[0].id}"`);
        expect(uncaught.errors).to.deep.equal([]);
      });
    }
  });

  describe('ids and keys that name Object.prototype members', () => {
    const NAMES = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'prototype', 'isprototypeof'];

    it('shows records whose ids are constructor, tostring, valueof…, and finds no record for an id it does not have', async () => {
      const data = bundledCopy();
      const model = data.actors.find((a) => a.id === 'jica')!;
      for (const id of NAMES) data.actors.push({ ...model, id, name: `Org ${id}`, altNames: undefined });
      const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}>
        ${NAMES.map((id) => html`<actor-card actor=${id}></actor-card>`)}
        <actor-card actor="hasownproperty-not"></actor-card>
      </kerjasama-data>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      const cards = [...el.querySelectorAll('actor-card')];
      NAMES.forEach((id, i) => expect(plain(visibleText(cards[i])), id).to.contain(`Org ${id}`));
      expect(plain(visibleText(cards[NAMES.length]))).to.not.contain('Org ');
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('refuses __proto__ as an id, and keeps __proto__ keys inside records from reaching any prototype', async () => {
      const text = JSON.stringify(bundledCopy());
      // JSON.parse makes "__proto__" an own key, as a fetched dataset would have it.
      const poisoned = JSON.parse(
        text
          .replace('"actors":[{', '"actors":[{"__proto__":{"polluted":"actor"},')
          .replace('"citations":[{', '"citations":[{"__proto__":{"polluted":"citation"},')
          .replace('{"version"', '{"__proto__":{"polluted":"top"},"version"'),
      ) as DatasetT;
      const badId = structuredClone(bundledCopy());
      badId.actors[0].id = '__proto__';
      const el = await fixture<KerjasamaData>(html`<kerjasama-data><actor-card actor="jica"></actor-card><citation-badge ref="hotez-2014"></citation-badge></kerjasama-data>`);
      for (const data of [poisoned, badId]) {
        el.data = data;
        await settled(el);
        expect(['ready', 'error']).to.include(el.status);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
        expect(Object.getPrototypeOf(data.actors[0])).to.equal(Object.prototype);
      }
      expect(el.status, '__proto__ as an id').to.equal('error');
      expect(plain(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).not.to.contain('$');
      expect(warnings.messages.join('\n')).to.contain('$.actors[0].id');
      expect(uncaught.errors).to.deep.equal([]);
    });
  });

  describe('sizes, depth, dates and characters', () => {
    async function refused(data: unknown) {
      const el = await fixture<KerjasamaData>(html`<kerjasama-data><actor-card actor="jica"></actor-card></kerjasama-data>`);
      el.data = data;
      await settled(el);
      expect(el.status).to.equal('error');
      expect(warnings.messages, 'one warning').to.have.length(1);
      expect(uncaught.errors).to.deep.equal([]);
      // The reader gets the plain message; what broke, and where, is in the one warning.
      expect(plain(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal('The dataset could not be loaded: it does not match the dataset schema');
      return warnings.messages[0];
    }

    it('refuses a 1 MB name', async () => {
      const data = bundledCopy();
      data.actors[0].name = 'x'.repeat(1 << 20);
      expect(await refused(data)).to.contain('must be at most 20000 characters');
    });

    it('refuses JSON nested 100 000 deep, whether loaded from src or assigned to .data', async () => {
      const depth = 100_000;
      let deep: unknown = 'x';
      for (let i = 0; i < depth; i++) deep = [deep];
      const data = bundledCopy() as unknown as Record<string, unknown>;
      data.version = deep;
      expect(await refused(data)).to.contain('$.version');

      warnings.messages.length = 0;
      const realFetch = window.fetch;
      window.fetch = () => Promise.resolve(new Response(`{"version":${'['.repeat(depth)}${']'.repeat(depth)}}`, { headers: { 'content-type': 'application/json' } }));
      try {
        const el = document.createElement('kerjasama-data');
        const failed = new Promise((resolve) => el.addEventListener('kj-data-error', resolve, { once: true }));
        el.setAttribute('src', '/deep.json');
        (await fixture<HTMLElement>(html`<div></div>`)).append(el);
        await failed;
        await settled(el);
        expect(el.status).to.equal('error');
        expect(warnings.messages).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('refuses a citation style with no entry in any language (a badge in that style would have nothing to show)', async () => {
      const data = bundledCopy();
      (data.citations[0].formatted as Record<string, unknown>).mla = {};
      expect(await refused(data)).to.contain('$.citations[0].formatted.mla');
    });

    for (const start of ['2021-02-30', '0000', '99999', '2021-13', '2021-00-10']) {
      it(`refuses the impossible date ${start}`, async () => {
        const data = bundledCopy();
        const event = data.events.find((e) => e.date)!;
        event.date = { start, precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year' };
        expect(await refused(data)).to.match(/\$\.events\[\d+\]\.date/);
      });
    }

    it('shows a formatted reference holding markup or a bidi override as text, with a warning, its printed DOI still left to right', async () => {
      const data = bundledCopy();
      const c = data.citations.find((x) => x.id === 'hotez-2014')!;
      const entry = c.formatted.apa.en;
      entry.bibliography[0] = { ...entry.bibliography[0], text: `\u202e<img src=x onerror=alert(1)>${entry.bibliography[0].text}` };
      const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}><p>x <citation-badge cite="hotez-2014"></citation-badge></p><reference-list></reference-list></kerjasama-data>`);
      await settled(el);
      expect(el.status, 'shown, not refused').to.equal('ready');
      expect(warnings.messages, 'one warning').to.have.length(1);
      expect(warnings.messages[0]).to.contain('$.citations').and.contain('bibliography[0].text');
      const li = el.querySelector('reference-list')!.shadowRoot!.querySelector('li')!;
      expect(li.querySelector('img')).to.equal(null);
      expect(li.textContent).to.contain('<img src=x onerror=alert(1)>');
      const doi = li.querySelector<HTMLAnchorElement>('a[href^="https://doi.org/"]')!;
      expect(getComputedStyle(doi).direction).to.equal('ltr');
      expect(getComputedStyle(doi).unicodeBidi).to.equal('isolate');
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('shows names with a lone surrogate, zero-width or bidi characters as text that cannot reorder the page', async () => {
      const data = bundledCopy();
      const jica = data.actors.find((a) => a.id === 'jica')!;
      jica.name = 'JI\u200bCA \ud800 \u202eReversed';
      const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}><p>Before <actor-card variant="chip" actor="jica"></actor-card> after</p></kerjasama-data>`);
      await settled(el);
      expect(el.status, 'shown, not refused').to.equal('ready');
      expect(warnings.messages.filter((m) => m.includes('control or bidirectional'))).to.have.length(1);
      const chip = el.querySelector('actor-card')!;
      expect(visibleText(chip)).to.contain('JI\u200bCA \ud800 \u202eReversed');
      // The chip is isolated: the override inside it ends at its edge, and " after" stays after it.
      const after = document.createRange();
      after.selectNodeContents(chip.nextSibling!);
      expect(after.getBoundingClientRect().left, 'x of the text after the chip').to.be.at.least(chip.getBoundingClientRect().right - 1);
    });
  });
});

const OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype);
