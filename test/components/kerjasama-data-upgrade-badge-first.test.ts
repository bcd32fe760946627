/**
 * Upgrade order, part 1: the badges are defined (and upgraded) before their provider.
 * Definitions are global to a page, so this file defines nothing statically; each test file
 * runs in its own page. Part 2 is kerjasama-data-upgrade-provider-first.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import { badgesIn } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';
import { datasetWithHotez, formattedVariants } from '../support/datasets.js';

describe('<citation-badge> defined before <kerjasama-data>', () => {
  it('switches from the bundled dataset to the provider’s once the provider is defined', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <p id="outside"><citation-badge format="numeric" cite="panda-2022"></citation-badge></p>
      <kerjasama-data>
        <p><citation-badge cite="hotez-2014"></citation-badge> <citation-badge format="numeric" cite="hotez-2014"></citation-badge></p>
      </kerjasama-data>
    </div>`);
    const provider = el.querySelector('kerjasama-data') as KerjasamaData;
    expect(customElements.get('kerjasama-data'), 'defined too early').to.equal(undefined);
    // Set before the provider is upgraded: the element must pick it up when it upgrades.
    provider.data = datasetWithHotez((c) => formattedVariants(c).forEach((v) => (v.citation = '(Hotez from the provider, 2014)')));

    await import('../../src/define/citation-badge.js');
    await settled(el);
    const [outside, authorDate, numeric] = badgesIn(el);
    expect(authorDate.markerText).to.equal('(Hotez, 2014)');
    expect([outside.markerText, numeric.markerText]).to.deep.equal(['[1]', '[2]']);

    await import('../../src/define/kerjasama-data.js');
    await settled(el);
    expect(provider.status).to.equal('ready');
    expect(authorDate.markerText).to.equal('(Hotez from the provider, 2014)');
    // Inside the provider the badges now number on their own.
    expect([outside.markerText, numeric.markerText]).to.deep.equal(['[1]', '[1]']);
  });

  it('serves badges added later into the upgraded provider', async () => {
    const provider = await fixture<KerjasamaData>(html`<kerjasama-data></kerjasama-data>`);
    provider.data = datasetWithHotez((c) => formattedVariants(c).forEach((v) => (v.citation = '(Late, 2014)')));
    provider.innerHTML = '<citation-badge cite="hotez-2014"></citation-badge>';
    await settled(provider);
    expect(badgesIn(provider)[0].markerText).to.equal('(Late, 2014)');
  });
});
