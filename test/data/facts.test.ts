/**
 * The research facts of the bundled dataset, pinned in one place. Each expectation is what the
 * source documents state (line numbers of data/sources/*.txt in the comments), so a curator who
 * changes a fact in data/records breaks this file, which names the fact, not component tests.
 */
import { expect } from '@open-wc/testing';
import { bundledDataset as ds } from '../../src/data/generated/dataset.js';

const S000 = '000_4396ecaf486911db';
const S003 = '003_df8caea3c0d73e78';
const flow = (id: string) => {
  const f = ds.flows.find((x) => x.id === id);
  if (!f) throw new Error(`no flow ${id}`);
  return f;
};
const event = (id: string) => {
  const e = ds.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const actor = (id: string) => ds.actors.find((x) => x.id === id);
const citation = (id: string) => ds.citations.find((x) => x.id === id)!;
const strings = (c: (typeof ds.citations)[number]) =>
  Object.values(c.formatted).flatMap((byLocale) => Object.values(byLocale).flatMap((f) => [f.bibliography.map((s) => s.text).join(''), f.citation]));

describe('facts: money (000)', () => {
  it('a $473 million loan and Rp 7.14 trillion in loans and grants, possibly the same money (L70, L100)', () => {
    expect(flow('japan-loan-473m-2020')).to.include({ from: 'japan', to: 'indonesia', kind: 'loan', status: 'delivered' });
    expect(flow('japan-loan-473m-2020').amount).to.deep.equal({ value: 473_000_000, unit: 'USD' });
    expect(flow('japan-loan-grant-idr-7-14t').amount).to.deep.equal({ value: 7_140_000_000_000, unit: 'IDR' });
    expect(flow('japan-loan-473m-2020').relatedTo).to.deep.equal(['japan-loan-grant-idr-7-14t']);
    expect(flow('japan-loan-grant-idr-7-14t').relatedTo).to.deep.equal(['japan-loan-473m-2020']);
  });

  it('$6.9 million through UNICEF for the cold chain, undated (L90)', () => {
    const grant = flow('japan-unicef-cold-chain-grant-6-9m');
    expect(grant.amount).to.deep.equal({ value: 6_900_000, unit: 'USD' });
    expect(grant.via).to.deep.equal(['unicef']);
    expect(grant.date).to.equal(null);
  });

  it('"about 90%" of ODA is a share, recorded without a value and disputed (L48)', () => {
    expect(flow('japan-oda-infrastructure-share').amount).to.equal(null);
    expect(flow('japan-oda-infrastructure-share').disputed?.en).to.contain('about 90%');
  });
});

describe('facts: doses (000), three figures never added up', () => {
  it('4.15 million "provided" in 2021: pledged, not delivered (L84)', () => {
    const f = flow('japan-astrazeneca-doses-2021');
    expect(f.amount).to.deep.equal({ value: 4_150_000, unit: 'doses' });
    expect(f.date).to.deep.equal({ start: '2021', precision: 'year' });
    expect(f.status).to.equal('pledged');
    expect(f.disputed?.en).to.contain('The plain reading: 4.15 million doses were provided or committed in 2021');
  });

  it('2,722,930 received as of 19 January 2022 (L84)', () => {
    const f = flow('japan-doses-received-as-of-2022-01-19');
    expect(f.amount).to.deep.equal({ value: 2_722_930, unit: 'doses' });
    expect(f.date).to.deep.equal({ start: '2022-01-19', precision: 'day' });
    expect(f.status).to.equal('delivered');
  });

  it('6.88 million received through a channel the text does not name (L110)', () => {
    const f = flow('japan-covax-doses-6-88m');
    expect(f.amount).to.deep.equal({ value: 6_880_000, unit: 'doses' });
    expect(f.via).to.deep.equal([]);
    expect(f.date).to.equal(null);
    expect(f.disputed?.en).to.contain('may include the 4.15 million');
    expect(event('japan-covax-contributions').title.en).to.not.contain('through COVAX');
  });

  it('relates the three figures to each other', () => {
    expect(flow('japan-astrazeneca-doses-2021').relatedTo).to.have.members(['japan-doses-received-as-of-2022-01-19', 'japan-covax-doses-6-88m']);
    expect(flow('japan-doses-received-as-of-2022-01-19').relatedTo).to.have.members(['japan-astrazeneca-doses-2021', 'japan-covax-doses-6-88m']);
    expect(flow('japan-covax-doses-6-88m').relatedTo).to.have.members(['japan-astrazeneca-doses-2021', 'japan-doses-received-as-of-2022-01-19']);
  });
});

describe('facts: flows stated without an amount', () => {
  it('JICA health work since the 1970s, UNICEF cold-chain equipment (L56, L94); no flow for the children\'s support, whose sentence names no gift (L110)', () => {
    expect(flow('japan-jica-health-cooperation-since-1970s')).to.include({ from: 'japan', to: 'indonesia', amount: null, status: 'delivered' });
    expect(flow('japan-jica-health-cooperation-since-1970s').via).to.deep.equal(['jica']);
    expect(flow('japan-jica-health-cooperation-since-1970s').date).to.deep.equal({ start: '1970', precision: 'year', approximate: true });
    expect(flow('unicef-cold-chain-equipment-planned')).to.include({ from: 'unicef', to: 'indonesia', kind: 'equipment', amount: null, status: 'planned' });
    // "Indonesia-Japan relations extended to post-pandemic recovery": the relations extended, not
    // funds; the event records the sentence, and no flow says Japan gave anything.
    expect(ds.flows.map((f) => f.id)).to.not.include('japan-unicef-vulnerable-children-support');
    expect(ds.flows.filter((f) => f.evidence.some((e) => e.quote.includes('relations extended to post-pandemic recovery')))).to.deep.equal([]);
    expect(ds.events.map((e) => e.id)).to.include('unicef-post-pandemic-children-support');
  });

  it('the defense flows of 003 are planned, never delivered (L11, L15, L17)', () => {
    const planned = ds.flows.filter((f) => f.evidence.some((e) => e.source === S003));
    expect(planned).to.have.length(4);
    expect(planned.every((f) => f.status === 'planned' && f.amount === null)).to.equal(true);
    expect(flow('japan-strategic-industry-technology-transfer-planned').note?.en).to.not.contain('nothing had been transferred');
  });
});

describe('facts: dates', () => {
  it('post-war and "six decades" are periods, not years (000 L46, L48)', () => {
    for (const id of ['japan-postwar-cultural-rebranding', 'japan-postwar-cooperation-with-former-occupied-countries', 'japan-indonesia-development-six-decades']) {
      expect(event(id).date, id).to.equal(null);
      expect(event(id).note?.en, id).to.match(/^Period, not a year/);
    }
  });

  it('the Jokowi–Suga meeting on 12 October 2020 (000 L70)', () => {
    expect(event('jokowi-suga-meeting-2020').date).to.deep.equal({ start: '2020-10-12', precision: 'day' });
  });

  it('the Osaka forum on 5–7 October 2022, its date and organisers disputed (000 L138, L142, L148)', () => {
    const forum = event('osaka-pharma-medical-device-forum-2022');
    expect(forum.date).to.deep.equal({ start: '2022-10-05', end: '2022-10-07', precision: 'day' });
    expect(forum.disputed?.en).to.contain('held on October 6, 2022').and.contain('jointly organized by');
    expect(event('gpfi-cooperation-commitment-2022').date?.inferred).to.not.equal(undefined);
  });

  it('"April last year" is approximate and inferred (003 L17)', () => {
    const eased = event('japan-eases-defense-transfer-principles-2014').date!;
    expect(eased).to.include({ start: '2014-04', precision: 'month', approximate: true });
    expect(eased.inferred).to.not.equal(undefined);
  });

  it('dates the undated documents by inference only', () => {
    const s000 = ds.sources.find((s) => s.id === S000)!;
    expect(s000.date).to.include({ start: '2023', approximate: true });
    expect(s000.date?.inferred?.en).to.contain('during the last three years');
    expect(ds.sources.find((s) => s.id === S003)!.date).to.include({ start: '2015', approximate: true });
  });
});

describe('facts: what the texts do not say', () => {
  it('003 announces a treaty to be signed; its headline says more (L1, L3, L9, L13)', () => {
    expect(event('defense-treaty-announcement').disputed?.en).to.contain('"would soon sign"').and.contain('"had yet to be signed"');
  });

  it('keeps hedges: API work as an aim, no direction for Sinovac, no country from an affiliation', () => {
    expect(actor('ministry-of-health-id')!.role.en).to.contain('as part of what the collaboration aimed at');
    expect(actor('sinovac')!.role.en).to.not.contain('to Indonesia');
    expect(actor('sinovac')!.country).to.equal(null);
    for (const id of ['aminah-rafa-laksita-azmi', 'gibran-rae-sidharta', 'logissa-sukmana', 'samantha-nasution', 'samina-speirs', 'wulandari-sekarwardani']) {
      expect(actor(id)!.country, id).to.equal(null);
    }
  });

  it('names who the texts name: Lisa L. Martin, the Allied powers, the byline, the Jakarta Post', () => {
    for (const id of ['lisa-l-martin', 'allied-powers', 'indonesia-correspondent', 'jakarta-post']) expect(actor(id), id).to.not.equal(undefined);
    expect(citation('jakarta-post-nd').citedBy).to.deep.equal([S003]);
  });

  it('Indonesian titles say no more than the text', () => {
    expect(event('japan-postwar-cooperation-with-former-occupied-countries').title.id).to.not.contain('jajahan');
    expect(event('japan-technology-transfer-law').title.id).to.contain('akan memungkinkan');
    expect(event('jwg-plasma-fractionation-facility').title.id).to.not.contain('dibangun');
  });

  it('marks the curator-translated document titles', () => {
    expect(Object.fromEntries(ds.sources.map((s) => [s.id.slice(0, 3), s.titleTranslated]))).to.deep.equal({ '000': ['id'], '001': ['en'], '002': ['en'], '003': ['id'] });
  });
});

describe('facts: reference strings', () => {
  it('no "Preprint", no same-author substitute, no re-cased domain', () => {
    for (const c of ds.citations) {
      for (const text of strings(c)) {
        expect(text, c.id).to.not.match(/preprint|pracetak/i);
        expect(text, c.id).to.not.match(/^\s*———/);
        expect(text, c.id).to.not.match(/Wwww\.[A-Z]|\.(?:Org|Com)\b/);
      }
    }
    expect(citation('antaranews-nd-a').formatted.mla.en.bibliography[0].text).to.match(/^antaranews\.com\./);
  });

  it('Indonesian items keep their own title case; names without initials take no stray comma', () => {
    for (const id of ['bio-farma-sinovac-nd', 'alman-nd', 'kurniawati-madu-2022', 'setiawan-2022']) expect(citation(id).language, id).to.equal('id');
    expect(strings(citation('bio-farma-sinovac-nd')).every((t) => t.includes('PT Bio Farma dan Sinovac Biotech Ltd melalui'))).to.equal(true);
    expect(citation('backstrand-kuyper-2020').formatted.apa.en.bibliography[0].text).to.equal('Bäckstrand & Kuyper. (2020).');
  });

  it('APA cites a work without author by its title in italics', () => {
    const apa = citation('japan-to-loan-nd').formatted.apa.en;
    expect(apa.citationSegments).to.deep.equal([
      { text: '(' },
      { text: 'Japan to Loan $473 Million to Indonesia for Covid-19 Mitigation', italic: true },
      { text: ', n.d.)' },
    ]);
  });
});
