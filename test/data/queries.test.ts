/**
 * The pure queries against the bundled dataset. Expected values come from the facts in
 * data/records/*.yaml (and the source texts they quote), never from running the query.
 */
import { expect } from '@open-wc/testing';
import { bundledDataset as ds } from '../../src/data/generated/dataset.js';
import {
  bibliography,
  citationForSource,
  compareByDate,
  dateBounds,
  filterEvents,
  filterFlows,
  getActor,
  getCitation,
  getEvent,
  getFlow,
  getSource,
  overlapsPeriod,
  recordsFromSource,
  relatedFlows,
  relatedToActor,
} from '../../src/data/queries.js';

const S000 = '000_4396ecaf486911db';
const S001 = '001_c49f3ed1f2f9bed9';
const S002 = '002_d89d9d73c0cba5f9';
const S003 = '003_df8caea3c0d73e78';
const ids = (records: { id: string }[]) => records.map((r) => r.id);

const JWG_EVENTS = ['jwg-on-health-strengthened', 'jwg-plasma-fractionation-facility', 'jwg-joint-research', 'jwg-biopharma-technology-transfer', 'jwg-hospital-collaboration'];
// The Osaka forum (5–7 October 2022) and the GPFI commitment signed there.
const OSAKA = ['osaka-pharma-medical-device-forum-2022', 'gpfi-cooperation-commitment-2022'];
// Periods that include 6 October 2022: 2020–2022 (source 002), the year 2022, and the forum days.
const AROUND_OSAKA = [
  'indonesia-multitrack-vaccine-diplomacy',
  'bio-farma-sinovac-cooperation-2020-2022',
  'bio-farma-sinovac-technology-transfer',
  'unicef-post-pandemic-children-support',
  ...OSAKA,
];
const PLANNED_2015 = [
  'japan-amphibious-aircraft-planned',
  'japan-early-warning-technology-planned',
  'japan-strategic-industry-technology-transfer-planned',
  'japan-arms-exports-to-indonesia-planned',
];

describe('lookups by id', () => {
  it('finds each kind of record', () => {
    expect(getActor(ds, 'jica')!.name).to.equal('Japan International Cooperation Agency');
    const osaka = getEvent(ds, 'osaka-pharma-medical-device-forum-2022')!;
    expect(osaka.date).to.deep.equal({ start: '2022-10-05', end: '2022-10-07', precision: 'day' });
    const doses = getFlow(ds, 'japan-astrazeneca-doses-2021')!;
    expect(doses.amount).to.deep.equal({ value: 4_150_000, unit: 'doses' });
    expect(doses.date).to.deep.equal({ start: '2021', precision: 'year' });
    expect([doses.from, doses.to]).to.deep.equal(['japan', 'indonesia']);
    expect(getCitation(ds, 'hotez-2014')!.DOI).to.equal('10.1371/journal.pntd.0002808');
    expect(getSource(ds, S000)!.citation).to.equal('azmi-2023');
  });

  it('returns undefined for unknown ids', () => {
    expect(getActor(ds, 'nobody')).to.equal(undefined);
    expect(getEvent(ds, 'jica')).to.equal(undefined);
    expect(getFlow(ds, '')).to.equal(undefined);
    expect(getCitation(ds, 'hotez-2015')).to.equal(undefined);
    expect(getSource(ds, '004_none')).to.equal(undefined);
  });

  it('finds the citation that stands for a source document', () => {
    expect(citationForSource(ds, S000)!.id).to.equal('azmi-2023');
    expect(citationForSource(ds, S003)!.id).to.equal('defense-agreement-2015');
    expect(citationForSource(ds, 'nope')).to.equal(undefined);
  });
});

describe('dates', () => {
  it('bounds fuzzy dates at any precision', () => {
    expect(dateBounds({ start: '2022-10-05', end: '2022-10-07', precision: 'day' })).to.deep.equal(['2022-10-05', '2022-10-07']);
    expect(dateBounds({ start: '2014-04', precision: 'month' })).to.deep.equal(['2014-04-01', '2014-04-30']);
    expect(dateBounds({ start: '2024-02', precision: 'month' })).to.deep.equal(['2024-02-01', '2024-02-29']);
    expect(dateBounds({ start: '2020', end: '2022', precision: 'year' })).to.deep.equal(['2020-01-01', '2022-12-31']);
  });

  it('tests overlap with a period, never matching undated records', () => {
    const osaka = { start: '2022-10-05', end: '2022-10-07', precision: 'day' as const };
    expect(overlapsPeriod(osaka, '2022-10-07', '2022-10-07')).to.equal(true);
    expect(overlapsPeriod(osaka, '2022-10-08')).to.equal(false);
    expect(overlapsPeriod(osaka, undefined, '2022-10-04')).to.equal(false);
    expect(overlapsPeriod(osaka, '2022', '2022')).to.equal(true);
    expect(overlapsPeriod(null)).to.equal(true);
    expect(overlapsPeriod(null, '1900')).to.equal(false);
  });

  it('orders by start, then end, undated last', () => {
    const year = { date: { start: '2014', precision: 'year' as const } };
    const april = { date: { start: '2014-04', precision: 'month' as const } };
    const undated = { date: null };
    expect([undated, april, year].sort(compareByDate)).to.deep.equal([year, april, undated]);
  });
});

describe('filterEvents', () => {
  it('selects events involving all the listed countries', () => {
    // Indonesia's state-level aim (ID, KR) is as undated as the JWG outcomes, and comes first in the file.
    const idKr = ['indonesia-national-health-resilience-aim', ...JWG_EVENTS];
    expect(ids(filterEvents(ds, { countries: ['ID', 'KR'] }))).to.deep.equal(idKr);
    expect(ids(filterEvents(ds, { countries: ['kr', 'id'] })), 'case-insensitive codes').to.deep.equal(idKr);
    expect(filterEvents(ds, { countries: ['JP', 'KR'] })).to.deep.equal([]);
    const japan = filterEvents(ds, { countries: ['JP'] });
    expect(japan.every((e) => e.countries.includes('JP'))).to.equal(true);
    expect(ids(japan)).to.include('japan-eases-defense-transfer-principles-2014');
    expect(ids(japan)).to.not.include('jwg-joint-research');
  });

  it('selects events in any of the given sectors, by date', () => {
    expect(ids(filterEvents(ds, { sectors: ['defense'] }))).to.deep.equal([
      // 2014 (whole year) before April 2014, then c. 2015 in dataset order.
      'defense-mou-draft-prepared-2014',
      'japan-cabinet-approves-arms-exports-2014',
      'japan-legal-review-military-deployment-2014',
      'japan-eases-defense-transfer-principles-2014',
      'defense-treaty-announcement',
      'defense-cooperation-fields-agreed',
      'defense-mou-unsigned',
      'japan-technology-transfer-law',
      'abe-security-strategy-overhaul',
    ]);
    // The post-war rebranding is an undated period, so it sorts with the undated.
    expect(ids(filterEvents(ds, { sectors: ['labour', 'culture'] }))).to.deep.equal([
      'indonesian-skilled-workers-japan-2022',
      'japan-postwar-cultural-rebranding',
      'unicef-return-to-school-initiative',
      'workplace-safety-priority',
      'pandemic-job-losses-and-wage-cuts',
      'kanasugi-worker-safety-statement',
    ]);
  });

  it('selects events of an actor and from a source', () => {
    expect(ids(filterEvents(ds, { actor: 'jica' }))).to.deep.equal([
      'jica-health-support-since-1970s',
      'japan-indonesia-development-six-decades',
      'japan-covax-contributions',
    ]);
    expect(ids(filterEvents(ds, { source: S001 }))).to.deep.equal(['health-as-non-traditional-security', 'indonesia-national-health-resilience-aim', ...JWG_EVENTS]);
    expect(ids(filterEvents(ds, { source: S002 }))).to.deep.equal([
      'covid-19-global-threat-2020',
      'indonesia-multitrack-vaccine-diplomacy',
      'bio-farma-sinovac-cooperation-2020-2022',
      'bio-farma-sinovac-technology-transfer',
    ]);
    expect(filterEvents(ds, { actor: 'nobody' })).to.deep.equal([]);
  });

  it('filters by period at day precision', () => {
    expect(ids(filterEvents(ds, { from: '2022-10-06', to: '2022-10-06' }))).to.deep.equal(AROUND_OSAKA);
    expect(ids(filterEvents(ds, { from: '2022-10-07', to: '2022-10-07' }))).to.include.members(OSAKA);
    expect(ids(filterEvents(ds, { from: '2022-10-08', to: '2022-10-31' }))).to.not.include.members(OSAKA);
    expect(ids(filterEvents(ds, { from: '2022-10-01', to: '2022-10-04' }))).to.not.include.members(OSAKA);
    expect(ids(filterEvents(ds, { from: '2020-10-12', to: '2020-10-12' }))).to.include('jokowi-suga-meeting-2020');
  });

  it('filters by period at month precision', () => {
    expect(ids(filterEvents(ds, { from: '2022-10', to: '2022-10' }))).to.deep.equal(AROUND_OSAKA);
    expect(ids(filterEvents(ds, { from: '2022-12' }))).to.deep.equal([
      'indonesia-multitrack-vaccine-diplomacy',
      'bio-farma-sinovac-cooperation-2020-2022',
      'bio-farma-sinovac-technology-transfer',
      'unicef-post-pandemic-children-support',
      'indonesian-skilled-workers-japan-2022',
    ]);
  });

  it('filters by period at year precision', () => {
    expect(ids(filterEvents(ds, { from: '2014', to: '2014' }))).to.deep.equal([
      'defense-mou-draft-prepared-2014',
      'japan-cabinet-approves-arms-exports-2014',
      'japan-legal-review-military-deployment-2014',
      'japan-eases-defense-transfer-principles-2014',
    ]);
    // "After World War Two" and "six decades" are periods without a year: in no period.
    expect(ids(filterEvents(ds, { to: '1970' }))).to.deep.equal(['jica-health-support-since-1970s']);
  });

  it('sorts undated events last and leaves them out of any period', () => {
    const all = filterEvents(ds);
    expect(all).to.have.length(ds.events.length);
    const undated = ds.events.filter((e) => e.date === null);
    expect(undated.length).to.be.greaterThan(0);
    expect(ids(all.slice(-undated.length))).to.deep.equal(ids(undated));
    expect(all.slice(0, -undated.length).every((e) => e.date !== null)).to.equal(true);
    expect(filterEvents(ds, { from: '1900' }).some((e) => e.date === null)).to.equal(false);
    expect(filterEvents(ds, { to: '2100' }).some((e) => e.date === null)).to.equal(false);
  });

  it('searches title, summary and actor names, ignoring case and accents', () => {
    // "AstraZeneca" is in the 2021 doses' title and the 19 January 2022 total's summary.
    expect(ids(filterEvents(ds, { text: 'astrazeneca' }))).to.deep.equal(['japan-astrazeneca-doses-2021', 'doses-received-as-of-2022-01-19']);
    expect(ids(filterEvents(ds, { text: '  OSAKA ' }))).to.deep.equal(OSAKA);
    // Indonesian title of the Osaka forum.
    expect(ids(filterEvents(ds, { text: 'alat kesehatan' }))).to.include('osaka-pharma-medical-device-forum-2022');
    // An actor's name only: Kanasugi Kenji.
    expect(ids(filterEvents(ds, { text: 'Kanasugi Kenji' }))).to.have.members(['kanasugi-human-security-statement', 'kanasugi-worker-safety-statement']);
    expect(ids(filterEvents(ds, { text: 'Ósaká' })), 'accent-insensitive').to.deep.equal(OSAKA);
    expect(filterEvents(ds, { text: 'no such words anywhere' })).to.deep.equal([]);
  });

  it('combines criteria', () => {
    expect(ids(filterEvents(ds, { countries: ['JP'], sectors: ['health'], from: '2021', to: '2021' }))).to.deep.equal(['japan-astrazeneca-doses-2021']);
  });
});

describe('filterFlows', () => {
  it('filters by unit, including flows without an amount', () => {
    expect(ids(filterFlows(ds, { unit: 'USD' }))).to.deep.equal(['japan-loan-473m-2020', 'japan-unicef-cold-chain-grant-6-9m']);
    expect(ids(filterFlows(ds, { unit: 'IDR' }))).to.deep.equal(['japan-loan-grant-idr-7-14t']);
    expect(ids(filterFlows(ds, { unit: 'doses' }))).to.deep.equal([
      'japan-astrazeneca-doses-2021',
      'japan-doses-received-as-of-2022-01-19',
      'japan-covax-doses-6-88m',
    ]);
    expect(ids(filterFlows(ds, { unit: 'none' }))).to.deep.equal([
      'japan-jica-health-cooperation-since-1970s',
      ...PLANNED_2015,
      'sinovac-bio-farma-technology-transfer',
      'japan-oda-infrastructure-share',
      'japan-covax-capacity-building-funds',
      'unicef-cold-chain-equipment-planned',
      'south-korea-biopharma-technology-transfer',
    ]);
  });

  it('filters by kind and status', () => {
    expect(ids(filterFlows(ds, { kind: 'technology-transfer' }))).to.deep.equal([
      'japan-early-warning-technology-planned',
      'japan-strategic-industry-technology-transfer-planned',
      'sinovac-bio-farma-technology-transfer',
      'south-korea-biopharma-technology-transfer',
    ]);
    expect(ids(filterFlows(ds, { status: 'planned' }))).to.deep.equal([...PLANNED_2015, 'unicef-cold-chain-equipment-planned']);
    expect(ids(filterFlows(ds, { kind: 'loan-and-grant' }))).to.deep.equal(['japan-loan-grant-idr-7-14t']);
  });

  it('filters by party (donor, recipient or channel), donor, recipient and channel', () => {
    // The 6.88 million doses have no channel: their sentence names none.
    expect(ids(filterFlows(ds, { party: 'jica' }))).to.deep.equal(['japan-jica-health-cooperation-since-1970s']);
    expect(ids(filterFlows(ds, { party: 'covax' }))).to.deep.equal(['japan-covax-capacity-building-funds']);
    expect(ids(filterFlows(ds, { via: 'covax' }))).to.deep.equal([]);
    expect(ids(filterFlows(ds, { via: 'unicef' }))).to.deep.equal(['japan-unicef-cold-chain-grant-6-9m']);
    expect(ids(filterFlows(ds, { from: 'south-korea' }))).to.deep.equal(['south-korea-biopharma-technology-transfer']);
    expect(ids(filterFlows(ds, { to: 'bio-farma' }))).to.deep.equal(['sinovac-bio-farma-technology-transfer']);
    expect(ids(relatedToActor(ds, 'jica').flows)).to.deep.equal(['japan-jica-health-cooperation-since-1970s']);
  });

  it('filters by dates at any precision', () => {
    // 2021: the AstraZeneca doses and the 2020–2022 Sinovac transfer (which starts earlier).
    expect(ids(filterFlows(ds, { fromDate: '2021', toDate: '2021' }))).to.deep.equal(['sinovac-bio-farma-technology-transfer', 'japan-astrazeneca-doses-2021']);
    expect(ids(filterFlows(ds, { fromDate: '2022-01', toDate: '2022-01' }))).to.deep.equal([
      'sinovac-bio-farma-technology-transfer',
      'japan-doses-received-as-of-2022-01-19',
    ]);
    expect(ids(filterFlows(ds, { fromDate: '2022-01-20', toDate: '2022-01-31' }))).to.deep.equal(['sinovac-bio-farma-technology-transfer']);
    expect(filterFlows(ds, { fromDate: '1900' }).some((f) => f.date === null)).to.equal(false);
  });

  it('filters by source', () => {
    expect(ids(filterFlows(ds, { source: S002 }))).to.deep.equal(['sinovac-bio-farma-technology-transfer']);
    expect(ids(filterFlows(ds, { source: S003 }))).to.deep.equal(PLANNED_2015);
    expect(ids(filterFlows(ds, { source: S001 }))).to.deep.equal(['south-korea-biopharma-technology-transfer']);
  });
});

describe('relatedFlows', () => {
  it('relates the $473m loan and the Rp 7.14 trillion both ways', () => {
    const usd = getFlow(ds, 'japan-loan-473m-2020')!;
    const idr = getFlow(ds, 'japan-loan-grant-idr-7-14t')!;
    expect(ids(relatedFlows(ds, usd))).to.deep.equal(['japan-loan-grant-idr-7-14t']);
    expect(ids(relatedFlows(ds, idr))).to.deep.equal(['japan-loan-473m-2020']);
  });

  it('relates the three dose figures to each other', () => {
    expect(ids(relatedFlows(ds, getFlow(ds, 'japan-astrazeneca-doses-2021')!))).to.have.members([
      'japan-doses-received-as-of-2022-01-19',
      'japan-covax-doses-6-88m',
    ]);
  });

  it('finds a relation stated on one side only', () => {
    const copy = structuredClone(ds);
    delete getFlow(copy, 'japan-loan-grant-idr-7-14t')!.relatedTo;
    expect(ids(relatedFlows(copy, getFlow(copy, 'japan-loan-grant-idr-7-14t')!))).to.deep.equal(['japan-loan-473m-2020']);
    expect(relatedFlows(ds, getFlow(ds, 'japan-oda-infrastructure-share')!)).to.deep.equal([]);
  });
});

describe('bibliography', () => {
  it('lists every citation without a source', () => {
    expect(bibliography(ds)).to.have.length(30);
  });

  it('lists the works a source cites', () => {
    // The 17 entries of its BIBLIOGRAFI and the 8 works cited only in its running text.
    expect(ids(bibliography(ds, S000))).to.have.members([
      'antaranews-nd-a', 'antaranews-nd-b', 'antaranews-2020', 'unicef-nd', 'hotez-2014', 'ilo-2021', 'idnfinancials-nd-a',
      'idnfinancials-nd-b', 'jica-2018', 'jayanti-2020', 'keohane-martin-1995', 'kurniawati-madu-2022', 'matarani-2023',
      'panda-2022', 'setiawan-2022', 'setkab-2019', 'wang-nd', 'pires-de-campos-kawai-2022', 'jica-nd', 'kemlu-2021',
      'unicef-2022', 'backstrand-kuyper-2020', 'bhwana-2022', 'japan-to-loan-nd', 'japan-indonesia-agree-2020',
    ]);
    // 003 has no bibliography; it names the Jakarta Post in its text.
    expect(ids(bibliography(ds, S003))).to.deep.equal(['jakarta-post-nd']);
    expect(bibliography(ds, 'unknown')).to.deep.equal([]);
  });

  it('finds the records a source gives evidence for', () => {
    const fromS002 = recordsFromSource(ds, S002);
    expect(ids(fromS002.flows)).to.deep.equal(['sinovac-bio-farma-technology-transfer']);
    expect(ids(fromS002.events)).to.have.members(['covid-19-global-threat-2020', 'indonesia-multitrack-vaccine-diplomacy', 'bio-farma-sinovac-cooperation-2020-2022', 'bio-farma-sinovac-technology-transfer']);
  });
});
