/** The dataset builder's pure parts: which file is what, quotes marked in lines, embed code. */
import { expect } from '@open-wc/testing';
import { embedCode, embedPage, fileRole, markQuotes } from '../../src/builder/builder-model.js';

const at = (line: number, endLine = line, page?: number, endPage = page) => ({ line, endLine, page, endPage });

describe('builder model', () => {
  it('reads record files by the names the CLI reads, documents by their kind, and refuses the rest', () => {
    expect(fileRole('actors.csv')).to.deep.equal({ role: 'record' });
    expect(fileRole('dataset.yaml')).to.deep.equal({ role: 'record' });
    expect(fileRole('flows.tsv')).to.deep.equal({ role: 'record' });
    expect(fileRole('actors.yml')).to.deep.equal({ role: 'refused', reason: 'record-name' });
    expect(fileRole('Actors.CSV')).to.deep.equal({ role: 'refused', reason: 'record-name' });
    expect(fileRole('note.PDF')).to.deep.equal({ role: 'document' });
    expect(fileRole('note.md')).to.deep.equal({ role: 'document' });
    expect(fileRole('people.csv')).to.deep.equal({ role: 'refused', reason: 'kind' });
    expect(fileRole('thesis.docx')).to.deep.equal({ role: 'refused', reason: 'kind' });
  });

  it('marks a quote written on one line exactly, and a quote across lines line by line', () => {
    const lines = [
      { text: 'Field note, Jakarta, 2022', line: 1 },
      { text: 'In 2022 JICA gave a grant of', line: 2 },
      { text: '$2.5 million. Nurses came.', line: 3 },
    ];
    const marked = markQuotes(lines, [
      { quote: 'Jakarta', location: at(1) },
      { quote: 'JICA gave a grant of $2.5 million.', location: at(2, 3) },
    ]);
    expect(marked[0].parts).to.deep.equal([{ text: 'Field note, ' }, { text: 'Jakarta', mark: true }, { text: ', 2022' }]);
    expect(marked[1].parts).to.deep.equal([{ text: 'In 2022 JICA gave a grant of', mark: true }]);
    expect(marked[2].parts).to.deep.equal([{ text: '$2.5 million. Nurses came.', mark: true }]);
  });

  it('marks the whole line when the quote matched only after normalising (curly quotes), and leaves other lines alone', () => {
    const marked = markQuotes(
      [
        { text: 'the centre\u2019s equipment', line: 4 },
        { text: 'unquoted', line: 5 },
      ],
      [{ quote: "the centre's equipment", location: at(4) }],
    );
    expect(marked[0].parts).to.deep.equal([{ text: 'the centre\u2019s equipment', mark: true }]);
    expect(marked[1].parts).to.deep.equal([{ text: 'unquoted' }]);
  });

  it('keeps to the pages of a PDF quote', () => {
    const lines = [
      { text: 'end of page one', line: 9, page: 1 },
      { text: 'line one of page two', line: 1, page: 2 },
      { text: 'line two of page two', line: 2, page: 2 },
    ];
    const marked = markQuotes(lines, [{ quote: 'end of page one line one of page two', location: at(9, 1, 1, 2) }]);
    expect(marked.map((l) => l.parts.some((p) => p.mark))).to.deep.equal([true, true, false]);
    expect(marked[1].page).to.equal(2);
  });

  it('merges overlapping quotes on a line', () => {
    const marked = markQuotes([{ text: 'abc def ghi', line: 1 }], [
      { quote: 'abc def', location: at(1) },
      { quote: 'def ghi', location: at(1) },
    ]);
    expect(marked[0].parts).to.deep.equal([{ text: 'abc def', mark: true }, { text: ' ghi', mark: true }]);
  });

  it('writes embed code with every value escaped', () => {
    const code = embedCode({ tag: 'actor-card', attributes: [['actor', 'a"b<c']] }, 'data/"x".json', 'ja');
    expect(code).to.contain('<actor-card actor="a&quot;b&lt;c"></actor-card>');
    expect(code).to.contain('<kerjasama-data src="data/&quot;x&quot;.json" lang="ja">');
    expect(embedPage([{ tag: 'reference-list', attributes: [['all', '']] }], 'ja')).to.contain('<html lang="ja">');
    expect(embedPage([{ tag: 'reference-list', attributes: [['all', '']] }], 'ja')).to.contain('<reference-list all></reference-list>');
  });
});
