/**
 * The reference list's attribute contract: an unknown `format` or `citation-style` stays in the
 * author's DOM as written, renders as the default with one warning; a valid value later applies.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { ReferenceList } from '../../src/components/reference-list/reference-list.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { CitationStyle } from '../../src/data/schema.js';
import { captureWarnings } from '../support/stubs.js';
import { settled } from '../support/dom.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A reference as the dataset formats it. */
const formatted = (id: string, style: CitationStyle = 'apa') =>
  squash(bundledDataset.citations.find((c) => c.id === id)!.formatted[style].en.bibliography.map((s) => s.text).join(''));

async function page(listAttributes: Record<string, string>) {
  const wrapper = await fixture<HTMLElement>(html`<article>
    <p>
      Japan funded COVAX <citation-badge cite="panda-2022"></citation-badge>; vaccine diplomacy has a history
      <citation-badge cite="hotez-2014"></citation-badge>.
    </p>
    <reference-list></reference-list>
  </article>`);
  const list = wrapper.querySelector<ReferenceList>('reference-list')!;
  for (const [name, value] of Object.entries(listAttributes)) list.setAttribute(name, value);
  await settled(wrapper);
  return list;
}
/** Each item's text, back-links (↩) left out. */
const references = (list: ReferenceList) => [...list.shadowRoot!.querySelectorAll('li')].map((li) => squash((li.textContent ?? '').replace(/↩[\s\S]*$/, '')));

describe('<reference-list> attribute contract', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
  });

  it('keeps an unknown format as written, lists alphabetically (author-date) and warns once', async () => {
    const list = await page({ format: 'roman' });
    expect(list.getAttribute('format')).to.equal('roman');
    expect(list.shadowRoot!.querySelector('ul'), 'author-date: an unnumbered list').to.not.equal(null);
    list.requestUpdate(); // a re-render neither rewrites the attribute nor warns again
    await settled(list);
    expect(list.getAttribute('format')).to.equal('roman');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('format="roman"').and.contain('"author-date"');
    await expect(list).to.be.accessible();

    list.setAttribute('format', 'numeric');
    await settled(list);
    expect(list.shadowRoot!.querySelector('ol'), 'numeric: numbered in citation order').to.not.equal(null);
    expect(references(list)[0]).to.contain(formatted('panda-2022'));
  });

  it('keeps an unknown citation style as written, formats in APA and warns once', async () => {
    const list = await page({ 'citation-style': 'harvard' });
    expect(list.getAttribute('citation-style')).to.equal('harvard');
    expect(references(list).join(' ')).to.contain(formatted('hotez-2014', 'apa'));
    expect(warnings.mentioning('citation-style="harvard"')).to.have.length(1);
    expect(warnings.messages).to.have.length(1);

    list.setAttribute('citation-style', 'mla');
    await settled(list);
    expect(references(list).join(' ')).to.contain(formatted('hotez-2014', 'mla'));
  });
});
