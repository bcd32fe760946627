/**
 * Upgrade order, part 2: the provider is defined (and upgraded) before the badges inside it.
 * Nothing is defined statically; see kerjasama-data-upgrade-badge-first.test.ts for part 1.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { KjDataLoadEvent } from '../../src/events.js';
import { badgesIn } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';

describe('<kerjasama-data> defined before <citation-badge>', () => {
  it('gives badges upgraded later the dataset it loaded', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <kerjasama-data src="/test/fixtures/small-dataset.json">
        <p><citation-badge cite="author-2020"></citation-badge> <citation-badge format="numeric" cite="author-2020"></citation-badge></p>
      </kerjasama-data>
    </div>`);
    const provider = el.querySelector('kerjasama-data') as KerjasamaData;
    const loaded = new Promise<KjDataLoadEvent>((resolve) => provider.addEventListener('kj-data-load', resolve, { once: true }));

    await import('../../src/define/kerjasama-data.js');
    await loaded;
    expect(customElements.get('citation-badge'), 'defined too early').to.equal(undefined);

    await import('../../src/define/citation-badge.js');
    await settled(el);
    expect(badgesIn(el).map((b) => b.markerText)).to.deep.equal(['(Author, 2020)', '[1]']);
  });
});
