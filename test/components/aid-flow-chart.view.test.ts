import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { barGroups, buildFlowGraph, withSyntheticFlows } from '../../src/components/aid-flow-chart/aid-flow-chart.view.js';
import { csvCell, CSV_COLUMNS, flowsToCsv, tableRows } from '../../src/components/aid-flow-chart/aid-flow-chart.table.js';

// Facts from data/records/flows.yaml: in USD, Japan's $473 million loan (c. 2020, related to the
// Rp 7.14 trillion) and its $6.9 million grant through UNICEF (undated); in doses three figures that
// disagree (4.15 million provided in 2021, 2,722,930 received as of 19 Jan 2022, 6.88 million with no
// channel named), all related to each other; eleven flows without an amount. The facts themselves
// are pinned in test/data/facts.test.ts; here they only feed the view-model.
const ds = bundledDataset;
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('aid-flow-chart view-model', () => {
  it('builds donor, channel and recipient nodes and split links for USD', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(g.flows.map((f) => f.id)).to.deep.equal(['japan-loan-473m-2020', 'japan-unicef-cold-chain-grant-6-9m']);
    expect(g.nodes.map((n) => [n.key, n.column, n.columnIndex])).to.deep.equal([
      ['donor:japan', 'donor', 0],
      ['channel:unicef', 'channel', 1],
      ['recipient:indonesia', 'recipient', 2],
    ]);
    expect(g.links.map((l) => [l.from, l.to, l.value, l.segment])).to.deep.equal([
      ['donor:japan', 'recipient:indonesia', 473_000_000, 'direct'],
      ['donor:japan', 'channel:unicef', 6_900_000, 'to-channel'],
      ['channel:unicef', 'recipient:indonesia', 6_900_000, 'from-channel'],
    ]);
    expect(g.columns.map((c) => c.label)).to.deep.equal(['Donor', 'Channel', 'Recipient']);
    expect(g.total).to.equal(479_900_000);
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
    expect(none.flows).to.have.length(11);
    for (const f of none.flows) expect(f.flow.amount).to.equal(null);
    // The four units together hold every flow exactly once.
    const all = (['USD', 'IDR', 'doses', 'none'] as const).flatMap((u) => buildFlowGraph(ds, {}, u, 'en').flows.map((f) => f.id));
    expect(new Set(all).size).to.equal(ds.flows.length);
    expect(all).to.have.length(ds.flows.length);
  });

  it('never adds up related flows, and says so', () => {
    const g = buildFlowGraph(ds, {}, 'doses', 'en');
    expect(g.flows.map((f) => [f.id, f.excludedFromTotal])).to.deep.equal([
      ['japan-astrazeneca-doses-2021', false],
      ['japan-doses-received-as-of-2022-01-19', true],
      ['japan-covax-doses-6-88m', true],
    ]);
    expect(g.total).to.equal(4_150_000);
    expect(g.totalText).to.equal('4.15 million doses');
    expect(g.hasRelated).to.equal(true);
    expect(g.notes).to.include('Amounts marked * may be the same money as another flow and are not added up.');
    const indonesia = g.nodes.find((n) => n.key === 'recipient:indonesia')!;
    expect(indonesia.total).to.equal(4_150_000);
    expect(indonesia.notAdded).to.equal(2);
    expect(plain(indonesia.sentence)).to.equal('Indonesia, recipient: 4.15 million doses in 3 flows (2 not added up)');
    // Still drawn: every flow has its links, flagged.
    expect(g.links.filter((l) => l.excludedFromTotal).map((l) => l.flowId)).to.deep.equal([
      'japan-doses-received-as-of-2022-01-19',
      'japan-covax-doses-6-88m',
    ]);
  });

  it('marks a flow related to one in another unit, without excluding it', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    const loan = g.flows[0];
    expect(loan.related).to.equal(true);
    expect(loan.relatedIds).to.deep.equal(['japan-loan-grant-idr-7-14t']);
    expect(loan.excludedFromTotal).to.equal(false);
    expect(g.notes[0]).to.contain('marked *');
  });

  it('reads each flow and node as a sentence, in English and Indonesian', () => {
    const en = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(plain(en.flows[1].sentence)).to.equal('Japan to Indonesia through UNICEF: grant of US$6.9 million, undated, source: Azmi et al., n.d.');
    expect(plain(en.flows[0].sentence)).to.equal(
      'Japan to Indonesia: loan of US$473 million, c. 2020 (inferred), may be the same money as another flow, source: Azmi et al., n.d.',
    );
    expect(plain(en.nodes[0].sentence)).to.equal('Japan, donor: US$479.9 million in 2 flows');
    const id = buildFlowGraph(ds, {}, 'USD', 'id');
    expect(plain(id.flows[1].sentence)).to.equal('Japan ke Indonesia melalui UNICEF: hibah sebesar US$6,9 juta, tanpa tanggal, sumber: Azmi dkk., t.t.');
    expect(plain(id.nodes[1].sentence)).to.equal('UNICEF, saluran: US$6,9 juta dalam 1 aliran');
    expect(id.title).to.equal('Aliran bantuan: dolar AS');
    expect(id.notes[0]).to.equal('Jumlah bertanda * mungkin merupakan dana yang sama dengan aliran lain dan tidak dijumlahkan.');
  });

  it('walks nodes and flows in a logical keyboard order', () => {
    const g = buildFlowGraph(ds, {}, 'USD', 'en');
    expect(g.focusOrder.map((f) => (f.type === 'node' ? f.key : f.id))).to.deep.equal([
      'donor:japan',
      'japan-loan-473m-2020',
      'japan-unicef-cold-chain-grant-6-9m',
      'channel:unicef',
      'recipient:indonesia',
    ]);
  });

  it('maps flows without an amount with equal widths', () => {
    const g = buildFlowGraph(ds, {}, 'none', 'en');
    expect(new Set(g.links.map((l) => l.value))).to.deep.equal(new Set([1]));
    expect(g.hasRelated).to.equal(false);
    expect(g.notes).to.deep.equal(['These flows have no amount in the sources; every flow is drawn equally wide.']);
    expect(g.links.filter((l) => l.status === 'planned')).to.have.length(5);
    expect(g.links.filter((l) => l.disputed).map((l) => l.flowId)).to.deep.equal(['japan-oda-infrastructure-share']);
  });

  it('filters by donor, channel, recipient, kind, status, period and source', () => {
    expect(buildFlowGraph(ds, { from: 'japan' }, 'none', 'en').flows).to.have.length(8);
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

  it('gives table rows with notes and sources', () => {
    const rows = tableRows(buildFlowGraph(ds, {}, 'doses', 'en'));
    expect(rows.map((r) => r.amount)).to.deep.equal(['4.15 million doses *', '2,722,930 doses *', '6.88 million doses *']);
    expect(rows[1].notes[1]).to.equal('may be the same money as another flow, not added up');
    expect(rows[0].notes[0]).to.match(/^Disputed: The text's three Japanese dose figures disagree/);
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
    expect(second).to.contain('"no"');
    expect(second).to.contain("\"A Wide-Ranging Examination: Indonesia and Japan's Bilateral Vaccine Diplomacy through the Institutionalism Theory\"");
    expect(second).to.contain('"Creative Commons Attribution-ShareAlike 4.0 International","Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/)"');
  });

  it('defuses spreadsheet formulas and quotes in CSV cells', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).to.equal('"\'+1"');
    expect(csvCell(42)).to.equal('"42"');
  });

  it('groups bars per donor or recipient without adding related flows', () => {
    const g = buildFlowGraph(ds, {}, 'doses', 'en');
    expect(barGroups(g, 'donor').map((b) => [b.label, b.total, b.notAdded])).to.deep.equal([['Japan', 4_150_000, 2]]);
    const none = buildFlowGraph(ds, {}, 'none', 'en');
    expect(barGroups(none, 'recipient').map((b) => [b.label, b.byStatus])).to.deep.equal([
      ['Indonesia', { delivered: 4, pledged: 0, planned: 5 }],
      ['COVAX', { delivered: 1, pledged: 0, planned: 0 }],
      ['PT Bio Farma', { delivered: 1, pledged: 0, planned: 0 }],
    ]);
  });

  it('scales to 1 000 synthetic flows', () => {
    const big = withSyntheticFlows(ds, 1000);
    const g = buildFlowGraph(big, {}, 'USD', 'en');
    expect(g.flows).to.have.length(1000);
    expect(g.links.length).to.be.greaterThan(1000);
    expect(g.nodes.length).to.be.lessThan(12);
  });
});

describe('aid-flow-chart node labels', () => {
  it('never shows 0 for a node whose only flows are left out of totals', () => {
    // A channel whose only flow is not added up: give the 6.88 million doses the channels the
    // sentence before them names (the dataset records none, as the text states none).
    const copy = structuredClone(bundledDataset);
    copy.flows.find((f) => f.id === 'japan-covax-doses-6-88m')!.via = ['covax', 'jica'];
    const g = buildFlowGraph(copy, {}, 'doses', 'en');
    const channel = g.nodes.find((n) => n.column === 'channel')!;
    expect(channel.label).to.equal('COVAX + JICA');
    expect(channel.totalText).to.equal('6.88 million doses*');
  });
});
