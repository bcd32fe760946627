import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { bandCrossings, barGroups, buildFlowGraph, labelledBars, legendOf, buildLinks, chooseDrawnFigure, describeFlows, groupNodes, markAlternatives, MIN_BAND_SHARE, orderNodes, routeFlows, selectFlows, withSyntheticFlows, type FlowChartFilters, type FlowGraph } from '../../src/components/aid-flow-chart/aid-flow-chart.view.js';
import { formatAmount } from '../../src/i18n/format-amounts.js';
import type { DatasetT, FlowT } from '../../src/data/schema.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { csvCell, CSV_COLUMNS, flowsToCsv, flowTable } from '../../src/components/aid-flow-chart/aid-flow-chart.table.js';
import { csvRecords } from '../support/csv.js';

// Facts from data/records/flows.yaml: in USD, Japan's $473 million loan (c. 2020, related to the
// Rp 7.14 trillion) and its $6.9 million grant through UNICEF (undated); in doses three figures that
// disagree (4.15 million provided in 2021, 2,722,930 received as of 19 Jan 2022, 6.88 million with no
// channel named), all related to each other; eleven flows without an amount. The facts themselves
// are pinned in test/data/facts.test.ts; here they only feed the view-model.
const ds = bundledDataset;
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('aid-flow-chart view-model', () => {
  // The view-model reads the table at hand; an element waits for it, a pure call has to ask.
  before(() => loadStrings('id'));

  it('builds donor, channel and recipient nodes and split links for USD, a direct flow through a named node', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(g.flows.map((f) => f.id)).to.deep.equal(['japan-loan-473m-2020', 'japan-unicef-cold-chain-grant-6-9m']);
    expect(g.nodes.map((n) => [n.key, n.column, n.columnIndex, n.label])).to.deep.equal([
      ['donor:japan', 'donor', 0, 'Japan'],
      ['channel:direct', 'channel', 1, 'Direct (no channel)'],
      ['channel:unicef', 'channel', 1, 'UNICEF'],
      ['recipient:indonesia', 'recipient', 2, 'Indonesia'],
    ]);
    expect(g.links.map((l) => [l.from, l.to, l.value, l.segment])).to.deep.equal([
      ['donor:japan', 'channel:direct', 473_000_000, 'to-channel'],
      ['channel:direct', 'recipient:indonesia', 473_000_000, 'from-channel'],
      ['donor:japan', 'channel:unicef', 6_900_000, 'to-channel'],
      ['channel:unicef', 'recipient:indonesia', 6_900_000, 'from-channel'],
    ]);
    expect(g.columns.map((c) => c.label)).to.deep.equal(['Donor', 'Channel', 'Recipient']);
    expect(g.total).to.equal(479_900_000);
    expect(buildFlowGraph(ds, {}, 'USD', 'id').nodes[1].label).to.equal('Langsung (tanpa saluran)');
  });

  it('puts recipients in the second column when no flow has a channel', () => {
    const g = buildFlowGraph(ds, {}, 'IDR', 'en');
    expect(g.nodes.map((n) => [n.key, n.columnIndex])).to.deep.equal([
      ['donor:japan', 0],
      ['recipient:indonesia', 1],
    ]);
  });

  it('never mixes units', () => {
    for (const unit of ['USD', 'IDR', 'doses'] as const) {
      const g = buildFlowGraph(ds, {}, unit, 'en');
      expect(g.flows.length).to.be.greaterThan(0);
      for (const f of g.flows) expect(f.flow.amount?.unit, f.id).to.equal(unit);
    }
    const none = buildFlowGraph(ds, {}, 'none', 'en');
    expect(none.flows).to.have.length(10);
    for (const f of none.flows) expect(f.flow.amount).to.equal(null);
    // The four units together hold every flow exactly once.
    const all = (['USD', 'IDR', 'doses', 'none'] as const).flatMap((u) => buildFlowGraph(ds, {}, u, 'en').flows.map((f) => f.id));
    expect(new Set(all).size).to.equal(ds.flows.length);
    expect(all).to.have.length(ds.flows.length);
  });

  it('draws one figure of the related doses, says which and why, and stacks none of the others', () => {
    const g = buildFlowGraph(ds, {}, 'doses', 'en');
    const drawn = g.flows.filter((f) => !f.excludedFromTotal);
    // The rule: delivered before pledged, then the smallest — 2,722,930 (delivered) over 6.88 million (delivered) and 4.15 million (pledged).
    expect(drawn.map((f) => f.id)).to.deep.equal(['japan-doses-received-as-of-2022-01-19']);
    expect(g.relatedGroups).to.deep.equal([['japan-doses-received-as-of-2022-01-19', 'japan-astrazeneca-doses-2021', 'japan-covax-doses-6-88m']]);
    expect(g.links.map((l) => [l.flowId, l.value])).to.deep.equal([['japan-doses-received-as-of-2022-01-19', 2_722_930]]);
    expect(g.totalText).to.equal('2,722,930 doses');
    expect(g.notes.map(plain)).to.deep.equal([
      'Japan to Indonesia: the sources give 3 figures that may describe the same doses. Drawn: 2,722,930 doses. Alternative figures, which take no height and are not added up: 4,150,000 doses; 6,880,000 doses.',
      'Of figures that may describe the same quantity the chart draws one: a delivered figure before a pledged or planned one, and of those the smallest, so that it never shows more than a source states.',
    ]);
    const indonesia = g.nodes.find((n) => n.key === 'recipient:indonesia')!;
    expect(plain(indonesia.sentence)).to.equal('Indonesia, recipient: 2,722,930 doses in 1 flow (and 2 alternative figures, not added up)');
    expect(plain(g.flows[0].sentence)).to.contain('an alternative figure, not drawn and not added up (2,722,930 doses is drawn)');
    // The doses chart never calls doses money, in either language.
    for (const locale of ['en', 'id'] as const) {
      const text = JSON.stringify(buildFlowGraph(ds, {}, 'doses', locale));
      expect(text).not.to.match(/money|\bdana\b/i);
    }
    expect(g.legend).to.deep.equal(['delivered', 'disputed', 'alternative']);
  });

  it('adds a flow whose twin is in another unit, and says so truthfully', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    const loan = g.flows[0];
    expect(loan.relatedIds).to.deep.equal(['japan-loan-grant-idr-7-14t']);
    expect(loan.excludedFromTotal).to.equal(false);
    expect(loan.relatedElsewhere).to.deep.equal(['Rp7.14 trillion']);
    expect(g.notes.map(plain)).to.deep.equal([
      'US$473 million (Japan to Indonesia) may be the same as Rp7.14 trillion, which this chart does not show; it is drawn and added up once here.',
      'So that no flow is a hairline, bands are drawn at least 3% of the tallest column thick; these are drawn thicker than their share: Japan to Indonesia through UNICEF (US$6.9 million).',
    ]);
    expect(plain(buildFlowGraph(ds, {}, 'USD', 'id').notes[0])).to.equal(
      'US$473 juta (Jepang ke Indonesia) mungkin sama dengan Rp7,14 triliun, yang tidak ditampilkan grafik ini; di sini digambar dan dijumlahkan sekali.',
    );
  });

  it('draws a small flow at the minimum band thickness, keeps its true value everywhere else, and says so', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    const grant = g.flows.find((f) => f.id === 'japan-unicef-cold-chain-grant-6-9m')!;
    // US$6.9 million is 1.4% of the US$479.9 million column: raised to 3% of it.
    expect([grant.floored, grant.drawnValue, grant.shownValue]).to.deep.equal([true, 6_900_000, 479_900_000 * MIN_BAND_SHARE]);
    expect(g.links.filter((l) => l.flowId === grant.id).map((l) => [l.value, l.shown])).to.deep.equal([
      [6_900_000, 14_397_000],
      [6_900_000, 14_397_000],
    ]);
    expect(g.nodes.find((n) => n.key === 'channel:unicef')!.totalText).to.equal('US$6.9 million');
    expect(g.flows.find((f) => f.id === 'japan-loan-473m-2020')!.floored).to.equal(false);
    for (const locale of ['id', 'ja', 'ko'] as const) expect(plain(buildFlowGraph(ds, {}, 'USD', locale).notes.at(-1)!), locale).to.contain('3');
    // Flows without amounts are all drawn equally wide: no floor.
    expect(buildFlowGraph(ds, {}, 'none', 'en').flows.some((f) => f.floored)).to.equal(false);
  });

  it('orders channels and recipients after the nodes their flows come from, so that fewer bands cross', () => {
    for (const [data, unit, most] of [
      [ds, 'none', 2],
      [withSyntheticFlows(ds, 40), 'USD', 91],
    ] as const) {
      const items = describeFlows(data, selectFlows(data, {}, unit), unit, 'en');
      markAlternatives(items);
      routeFlows(items);
      const largestFirst = bandCrossings({ nodes: orderNodes(groupNodes(data, items), unit, 'en'), links: buildLinks(items) });
      const g = buildFlowGraph(data, {}, unit, 'en');
      expect(bandCrossings(g), unit).to.be.at.most(most);
      expect(bandCrossings(g), unit).to.be.lessThan(largestFirst / 3);
      // Donors stay largest first.
      expect(g.nodes.filter((n) => n.column === 'donor').map((n) => n.total)).to.deep.equal(
        g.nodes
          .filter((n) => n.column === 'donor')
          .map((n) => n.total)
          .sort((a, b) => b - a),
      );
    }
  });

  it('reads each flow and node as a sentence, in English and Indonesian', () => {
    const en = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(plain(en.flows[1].sentence)).to.equal('Japan to Indonesia through UNICEF: grant of US$6.9 million, undated, source: Azmi et al., n.d.');
    expect(plain(en.flows[0].sentence)).to.equal(
      'Japan to Indonesia: loan of US$473 million, c. 2020 (inferred), also reported as Rp7.14 trillion, source: Azmi et al., n.d.',
    );
    expect(plain(en.nodes[0].sentence)).to.equal('Japan, donor: US$479.9 million in 2 flows');
    const id = buildFlowGraph(ds, {}, 'USD', 'id');
    expect(plain(id.flows[1].sentence)).to.equal('Jepang ke Indonesia melalui UNICEF: hibah sebesar US$6,9 juta, tanpa tanggal, sumber: Azmi dkk., t.t.');
    expect(plain(id.nodes[2].sentence)).to.equal('UNICEF, saluran: US$6,9 juta dalam 1 aliran');
    expect(id.title).to.equal('Aliran bantuan: dolar AS');
  });

  it('walks nodes and flows in a logical keyboard order', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(g.focusOrder.map((f) => (f.type === 'node' ? f.key : f.id))).to.deep.equal([
      'donor:japan',
      'japan-loan-473m-2020',
      'japan-unicef-cold-chain-grant-6-9m',
      'channel:direct',
      'channel:unicef',
      'recipient:indonesia',
    ]);
  });

  it('maps flows without an amount with equal widths', () => {
    const g = buildFlowGraph(ds, {}, 'none', 'en');
    expect(new Set(g.links.map((l) => l.value))).to.deep.equal(new Set([1]));
    expect(g.hasRelated).to.equal(false);
    expect(g.notes).to.deep.equal(['These flows have no amount in the sources; every flow is drawn equally wide.']);
    expect(new Set(g.links.filter((l) => l.status === 'planned').map((l) => l.flowId)).size).to.equal(5);
    expect([...new Set(g.links.filter((l) => l.disputed).map((l) => l.flowId))]).to.deep.equal(['japan-oda-infrastructure-share']);
  });

  it('filters by donor, channel, recipient, kind, status, period and source', () => {
    expect(buildFlowGraph(ds, { from: 'japan' }, 'none', 'en').flows).to.have.length(7);
    expect(buildFlowGraph(ds, { via: 'unicef' }, 'USD', 'en').flows.map((f) => f.id)).to.deep.equal(['japan-unicef-cold-chain-grant-6-9m']);
    expect(buildFlowGraph(ds, { to: 'bio-farma' }, 'none', 'en').flows.map((f) => f.id)).to.deep.equal(['sinovac-bio-farma-technology-transfer']);
    expect(buildFlowGraph(ds, { kind: 'equipment' }, 'none', 'en').flows).to.have.length(3);
    expect(buildFlowGraph(ds, { status: 'planned' }, 'none', 'en').flows).to.have.length(5);
    expect(buildFlowGraph(ds, { fromDate: '2022', toDate: '2022' }, 'doses', 'en').flows.map((f) => f.id)).to.deep.equal(['japan-doses-received-as-of-2022-01-19']);
    expect(buildFlowGraph(ds, { source: '003_df8caea3c0d73e78' }, 'none', 'en').flows).to.have.length(4);
  });

  it('reports unknown actors and an empty graph instead of failing', () => {
    const g = buildFlowGraph(ds, { from: 'atlantis', via: 'nowhere' }, 'USD', 'en');
    expect(g.empty).to.equal(true);
    expect(g.unknownActors).to.deep.equal(['atlantis', 'nowhere']);
    expect(g.nodes).to.deep.equal([]);
    // An unknown unit falls back to USD.
    expect(buildFlowGraph(ds, {}, 'EUR' as never, 'en').unit).to.equal('USD');
  });

  it('gives table rows with each note once, as numbered footnotes', () => {
    const { rows, footnotes } = flowTable(buildFlowGraph(ds, {}, 'doses', 'en'));
    expect(rows.map((r) => r.amount)).to.deep.equal(['4,150,000 doses', '2,722,930 doses', '6,880,000 doses']);
    expect(new Set(footnotes).size).to.equal(footnotes.length);
    const notesOf = (i: number) => rows[i].notes.map((n) => footnotes[n - 1]);
    expect(notesOf(0)[0]).to.equal('An alternative figure, not drawn and not added up (2,722,930 doses is drawn).');
    expect(notesOf(1)[0]).to.equal('Drawn in place of 2 alternative figures.');
    expect(notesOf(1)[1]).to.match(/^Disputed: The text's three Japanese dose figures disagree/);
    // The same note on two rows is one footnote.
    expect(rows[0].notes[0]).to.equal(rows[2].notes[0]);
    // Every footnote is a sentence: a capital first, a full stop last.
    for (const f of footnotes) expect(f, f).to.match(/^[A-Z].*[.!?]$/s);
    expect(rows[0].citationIds).to.deep.equal(['bhwana-2022', 'azmi-2023']);
  });

  it('writes one CSV row per flow with source and licence columns', () => {
    const csv = flowsToCsv(buildFlowGraph(ds, {}, 'doses', 'en'), ds);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).to.have.length(4);
    expect(lines[0]).to.equal(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines[0]).to.contain('"source","source_licence","dataset_licence"');
    const second = lines[2];
    expect(second).to.contain('"japan-doses-received-as-of-2022-01-19","Japan","","Indonesia","vaccine-doses","2722930","doses","2022-01-19"');
    // Added up: the drawn figure; not added up: its alternatives.
    expect(second).to.contain('"yes"');
    expect(lines[1]).to.contain('"no"');
    expect(second).to.contain("\"A Wide-Ranging Examination: Indonesia and Japan's Bilateral Vaccine Diplomacy through the Institutionalism Theory\"");
    expect(second).to.contain('"Creative Commons Attribution-ShareAlike 4.0 International","Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/)"');
  });

  it("writes a flow's dispute in the CSV as the table shows it: in the page's language, else the one it has", () => {
    const copy = structuredClone(ds);
    const disputed = copy.flows.find((f) => f.disputed)!;
    const other = copy.flows.find((f) => !f.disputed && f.amount?.unit === disputed.amount?.unit)!;
    other.disputed = { id: 'Jumlah ini diperdebatkan.' };
    const cellOf = (csv: string, id: string) => csvRecords(csv).find((r) => r.id === id)!.disputed;
    const unit = disputed.amount?.unit ?? 'none';
    const en = flowsToCsv(buildFlowGraph(copy, {}, unit, 'en'), copy);
    expect(cellOf(en, other.id)).to.equal('Jumlah ini diperdebatkan.');
    expect(cellOf(en, disputed.id)).to.equal(disputed.disputed!.en);
    if (disputed.disputed!.id) expect(cellOf(flowsToCsv(buildFlowGraph(copy, {}, unit, 'id'), copy), disputed.id)).to.equal(disputed.disputed!.id);
  });

  it('defuses spreadsheet formulas and quotes in CSV cells', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).to.equal('"\'+1"');
    expect(csvCell(42)).to.equal('"42"');
  });

  it('groups bars per donor or recipient without adding related flows', () => {
    const g = buildFlowGraph(ds, {}, 'doses', 'en');
    expect(barGroups(g, 'donor').map((b) => [b.label, b.total, b.notAdded])).to.deep.equal([['Japan', 2_722_930, 2]]);
    const none = buildFlowGraph(ds, {}, 'none', 'en');
    expect(barGroups(none, 'recipient').map((b) => [b.label, b.byStatus])).to.deep.equal([
      ['Indonesia', { delivered: 3, pledged: 0, planned: 5 }],
      ['COVAX', { delivered: 1, pledged: 0, planned: 0 }],
      ['PT Bio Farma', { delivered: 1, pledged: 0, planned: 0 }],
    ]);
  });

  it('gives labelled bars as long as their share, the drawn dose figure naming its alternatives', () => {
    const usd = labelledBars(buildFlowGraph(ds, {}, 'USD', 'en'));
    expect(usd.map((b) => [plain(b.item.route), b.item.amountText, b.share.toFixed(4)])).to.deep.equal([
      ['Japan to Indonesia', 'US$473 million', '1.0000'],
      ['Japan to Indonesia through UNICEF', 'US$6.9 million', (6.9 / 473).toFixed(4)],
    ]);
    const dosesGraph = buildFlowGraph(ds, {}, 'doses', 'en');
    const doses = labelledBars(dosesGraph);
    expect(doses.map((b) => [b.item.amountText, b.share, b.alternatives])).to.deep.equal([['2,722,930 doses', 1, ['4,150,000 doses', '6,880,000 doses']]]);
    // Alternative figures are said in words, never drawn: no dotted-line key beside the bars.
    expect(legendOf(dosesGraph, 'labelled-bars')).to.deep.equal(['delivered', 'disputed']);
    expect(legendOf(dosesGraph, 'sankey')).to.include('alternative');
  });

  it('scales to 1 000 synthetic flows', () => {
    const big = withSyntheticFlows(ds, 1000);
    const g = buildFlowGraph(big, {}, 'USD', 'en');
    expect(g.flows).to.have.length(1000);
    expect(g.links.length).to.be.greaterThan(1000);
    expect(g.nodes.length).to.be.lessThan(12);
  });
});

describe('aid-flow-chart: one number style per unit in a view', () => {
  before(() => Promise.all((['id', 'ja', 'ko'] as const).map((l) => loadStrings(l))));

  /** Every amount a chart prints: its flows', its nodes' totals, its own total. */
  const printed = (g: FlowGraph) => [...g.flows.map((f) => f.amountText), ...g.nodes.map((n) => n.totalText), g.totalText].filter(Boolean);
  // Written in full: two or more groups of three digits ("2,998,000,000", "2.722.930").
  const full = /\d[,.\s\u202f]\d{3}[,.\s\u202f]\d{3}/;

  for (const locale of ['en', 'id', 'ja', 'ko'] as const) {
    it(`never prints one amount in full beside another in compact form (${locale})`, () => {
      const cases: [DatasetT, 'USD' | 'doses'][] = [
        [withSyntheticFlows(ds, 1000), 'USD'],
        [withSyntheticFlows(ds, 40), 'USD'],
        [ds, 'doses'],
        [ds, 'USD'],
      ];
      for (const [data, unit] of cases) {
        const g = buildFlowGraph(data, {}, unit, locale);
        const texts = printed(g);
        expect(texts.length).to.be.greaterThan(2);
        const inFull = texts.filter((x) => full.test(x));
        expect(inFull.length === 0 || inFull.length === texts.length, `${unit}, ${data.flows.length} flows: ${texts.join(' | ')}`).to.equal(true);
        expect(g.numberStyle.compact, unit).to.equal(inFull.length === 0);
      }
    });
  }

  it('writes the synthetic story compactly and the doses in full, exact either way', () => {
    const story = buildFlowGraph(withSyntheticFlows(ds, 1000), {}, 'USD', 'en');
    expect(story.numberStyle.compact).to.equal(true);
    expect(story.totalText).to.match(/^US\$\d+(\.\d{1,3})? billion$/);
    expect(buildFlowGraph(ds, {}, 'doses', 'en').flows.map((f) => f.amountText)).to.deep.equal(['4,150,000 doses', '2,722,930 doses', '6,880,000 doses']);
    expect(buildFlowGraph(ds, {}, 'USD', 'id').flows.map((f) => f.amountText)).to.deep.equal(['US$473 juta', 'US$6,9 juta']);
    expect(buildFlowGraph(ds, {}, 'doses', 'ko').flows[1].amountText).to.equal('2,722,930회분');
  });
});

describe('aid-flow-chart: related figures never share a stack', () => {
  const units = ['USD', 'IDR', 'doses', 'none'] as const;
  const filterSets: FlowChartFilters[] = [{}, { from: 'japan' }, { to: 'indonesia' }, { status: 'delivered' }, { status: 'pledged' }, { fromDate: '2022' }, { via: 'unicef' }];

  /** The invariant: a node's total is its drawn size (the sankey draws max(in, out)), its label's figure, and no two related figures both add to it. */
  function assertHonest(g: FlowGraph) {
    const inOf = (key: string) => g.links.filter((l) => l.to === key).reduce((s, l) => s + l.value, 0);
    const outOf = (key: string) => g.links.filter((l) => l.from === key).reduce((s, l) => s + l.value, 0);
    for (const n of g.nodes) {
      expect(Math.max(inOf(n.key), outOf(n.key)), `${n.key} drawn`).to.equal(n.total);
      if (n.column === 'channel') expect(inOf(n.key), `${n.key} in = out`).to.equal(outOf(n.key));
      expect(n.totalText, n.key).to.equal(g.unit === 'none' ? '' : formatAmount({ value: n.total, unit: g.unit }, g.locale, g.numberStyle));
    }
    const byId = new Map(g.flows.map((f) => [f.id, f]));
    for (const l of g.links) {
      const f = byId.get(l.flowId)!;
      expect(f.excludedFromTotal, `${f.id} is an alternative yet drawn`).to.equal(false);
      for (const r of f.relatedIds) expect(byId.get(r)?.excludedFromTotal ?? true, `${f.id} and ${r} stacked`).to.equal(true);
    }
    const donors = g.nodes.filter((n) => n.column === 'donor').reduce((s, n) => s + n.total, 0);
    expect(donors).to.equal(g.total);
    // The table prints the same figures the chart draws.
    const rows = flowTable(g).rows;
    expect(rows.map((r) => r.amount)).to.deep.equal(g.flows.map((f) => f.amountText || '—'));
  }

  it('holds on the bundled data for every unit and filter', () => {
    for (const unit of units) for (const filters of filterSets) for (const locale of ['en', 'id'] as const) assertHonest(buildFlowGraph(ds, filters, unit, locale));
  });

  /** A dataset of synthetic flows in one unit; `relatedTo` given per flow. */
  function synthetic(flows: Partial<FlowT>[]): DatasetT {
    const base = ds.flows[0];
    return {
      ...ds,
      flows: flows.map((f, i) => ({ ...base, id: `f${i + 1}`, via: [], relatedTo: undefined, disputed: undefined, note: undefined, status: 'delivered', ...f }) as FlowT),
    };
  }
  const usd = (value: number) => ({ value, unit: 'USD' as const });

  it('draws one figure per group of related flows, chained or through other channels', () => {
    const big = synthetic([
      { from: 'japan', to: 'indonesia', amount: usd(100), status: 'pledged', relatedTo: ['f2'] },
      { from: 'japan', to: 'indonesia', via: ['unicef'], amount: usd(60), relatedTo: ['f3'] },
      // Related to f2 only: the group is f1, f2, f3 (transitively).
      { from: 'japan', to: 'indonesia', via: ['covax', 'jica'], amount: usd(80) },
      { from: 'south-korea', to: 'indonesia', via: ['unicef'], amount: usd(10) },
      // Two related flows from different donors, neither delivered: the smaller is drawn.
      { from: 'sinovac', to: 'bio-farma', amount: usd(7), status: 'planned', relatedTo: ['f6'] },
      { from: 'south-korea', to: 'bio-farma', amount: usd(5), status: 'planned' },
    ]);
    const g = buildFlowGraph(big, {}, 'USD', 'en');
    assertHonest(g);
    expect(g.relatedGroups).to.deep.equal([
      ['f2', 'f1', 'f3'],
      ['f6', 'f5'],
    ]);
    expect(g.total).to.equal(60 + 10 + 5);
    // COVAX + JICA carries only an alternative figure: no node, no zero-height bar.
    expect(g.nodes.map((n) => n.key)).not.to.include('channel:covax+jica');
    expect(g.nodes.find((n) => n.key === 'channel:unicef')!.total).to.equal(70);
    expect(g.nodes.find((n) => n.key === 'donor:japan')!.totalText).to.equal('US$60');
    expect(g.legend).to.deep.equal(['delivered', 'planned', 'alternative']);
    // Filtered to one figure of a group, it is drawn and added up.
    const one = buildFlowGraph(big, { via: 'covax' }, 'USD', 'en');
    assertHonest(one);
    expect(one.total).to.equal(80);
  });

  it('chooses the drawn figure by status, then the smallest', () => {
    const f = (status: FlowT['status'], value: number) => ({ status, value });
    expect(chooseDrawnFigure([f('pledged', 1), f('delivered', 9), f('delivered', 3)])).to.deep.equal(f('delivered', 3));
    expect(chooseDrawnFigure([f('planned', 1), f('pledged', 9)])).to.deep.equal(f('pledged', 9));
    const first = f('delivered', 5);
    expect(chooseDrawnFigure([first, f('delivered', 5)])).to.equal(first);
  });
});
