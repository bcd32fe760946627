import type { DatasetT, CitationT } from '../../src/data/schema.js';

const entry = (citation: string, title: string) => ({ bibliography: [{ text: 'Author, A. (2020). ' }, { text: title, italic: true }], citation });
export function formattedFor(citation: string, title: string): CitationT['formatted'] {
  const locales = { en: entry(citation, title), id: entry(citation, title) };
  return { apa: locales, chicago: locales, mla: locales };
}

/** A small, valid dataset; every call returns a fresh copy that tests may mutate. */
export function minimalDataset(): DatasetT {
  const ev = [{ source: 'doc-a', quote: 'Japan lent money to Indonesia.' }];
  return {
    version: '0.0.1',
    license: { id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', notice: 'Test data.' },
    sources: [
      { id: 'doc-a', file: 'doc-a.txt', title: { en: 'Doc A', id: 'Dok A' }, authors: ['A. Author'], kind: 'article', languages: ['en'], license: null, date: null, citation: 'author-2020', evidence: ev },
    ],
    actors: [
      { id: 'japan', name: 'Japan', kind: 'state', country: 'JP', role: { en: 'Donor', id: 'Donor' }, evidence: ev },
      { id: 'indonesia', name: 'Indonesia', kind: 'state', country: 'ID', role: { en: 'Recipient', id: 'Penerima' }, evidence: ev },
      { id: 'unicef', name: 'UNICEF', kind: 'international-organisation', country: null, role: { en: 'Channel', id: 'Saluran' }, evidence: ev },
    ],
    events: [
      { id: 'loan-2020', date: { start: '2020-10-12', precision: 'day' }, title: { en: 'Loan agreed', id: 'Pinjaman disepakati' }, countries: ['ID', 'JP'], sector: 'health', actors: ['japan', 'indonesia'], evidence: ev },
      { id: 'forum-2022', date: { start: '2022-10-05', end: '2022-10-07', precision: 'day' }, title: { en: 'Forum', id: 'Forum' }, countries: ['ID', 'JP'], sector: 'economy', actors: ['indonesia'], evidence: ev },
      { id: 'undated', date: null, title: { en: 'Undated thing', id: 'Hal tanpa tanggal' }, countries: ['ID'], sector: 'research', actors: [], evidence: ev },
      { id: 'defense-2015', date: { start: '2015', precision: 'year', approximate: true, inferred: { en: 'From anniversaries.', id: 'Dari peringatan.' } }, title: { en: 'Defense talks', id: 'Pembicaraan pertahanan' }, countries: ['ID', 'JP'], sector: 'defense', actors: ['japan'], evidence: ev },
    ],
    flows: [
      { id: 'loan-usd', from: 'japan', to: 'indonesia', via: [], kind: 'loan', amount: { value: 473_000_000, unit: 'USD' }, date: { start: '2020', precision: 'year' }, status: 'delivered', relatedTo: ['loan-idr'], evidence: ev },
      { id: 'loan-idr', from: 'japan', to: 'indonesia', via: [], kind: 'loan-and-grant', amount: { value: 7_140_000_000_000, unit: 'IDR' }, date: null, status: 'delivered', evidence: ev },
      { id: 'cold-chain', from: 'japan', to: 'indonesia', via: ['unicef'], kind: 'grant', amount: { value: 6_900_000, unit: 'USD' }, date: null, status: 'delivered', evidence: ev },
      { id: 'doses', from: 'japan', to: 'indonesia', via: [], kind: 'vaccine-doses', amount: { value: 2_722_930, unit: 'doses' }, date: { start: '2022-01-19', precision: 'day' }, status: 'delivered', evidence: ev },
      { id: 'aircraft', from: 'japan', to: 'indonesia', via: [], kind: 'equipment', amount: null, date: null, status: 'planned', evidence: ev },
    ],
    citations: [
      { id: 'author-2020', type: 'article-journal', title: 'A Title', author: [{ family: 'Author', given: 'A.' }], issued: { 'date-parts': [[2020]] }, DOI: '10.1000/xyz', evidence: ev, formatted: formattedFor('(Author, 2020)', 'A Title') },
    ],
  };
}
