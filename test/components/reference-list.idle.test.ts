// A reference list usually closes an article. It lets the citations it lists load and render
// first, and loads its own entries once the page is idle: a reader who reaches it (by scrolling,
// find in page or a screen reader) finds them there.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { ReferenceList } from '../../src/components/reference-list/reference-list.js';
import { coldPage, countShards } from '../support/shards.js';
import { frames, visibleText } from '../support/dom.js';

/** Holds the page's idle callbacks until `run()`: a page still busy with what is in view. */
function holdIdle() {
  const original = window.requestIdleCallback;
  const pending: IdleRequestCallback[] = [];
  window.requestIdleCallback = (callback) => pending.push(callback);
  return {
    run: () => pending.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })),
    restore: () => (window.requestIdleCallback = original),
  };
}

const text = (el: Element | null) => visibleText(el!).replace(/\s+/g, ' ').trim();
/** What a reader sees in the list: its heading, then its status or entries. */
const shown = (list: ReferenceList) => [...list.shadowRoot!.querySelectorAll('h2, .empty, li')].map(text);
const HOTEZ = /^Hotez, P\. J\. \(2014\)\./;

async function article() {
  const wrapper = await fixture<HTMLElement>(html`<article>
    <p>Vaccine diplomacy has a history <citation-badge cite="hotez-2014"></citation-badge>.</p>
    <reference-list></reference-list>
  </article>`);
  return { wrapper, badge: wrapper.querySelector<CitationBadge>('citation-badge')!, list: wrapper.querySelector<ReferenceList>('reference-list')! };
}

describe('<reference-list> on a busy page', () => {
  let idle: ReturnType<typeof holdIdle>;
  let shards: ReturnType<typeof countShards>;
  beforeEach(() => {
    coldPage();
    idle = holdIdle();
    shards = countShards();
  });
  afterEach(() => {
    idle.restore();
    shards.restore();
  });

  it('lets the citation render first, politely loading, then shows its entries once the page is idle', async () => {
    const { badge, list } = await article();
    await badge.updateComplete;
    await frames(3);
    expect(text(badge.shadowRoot!.querySelector('.marker'))).to.equal('(Hotez, 2014)');
    expect(shown(list), 'a polite loading state under its heading').to.deep.equal(['References', 'Loading data…']);
    expect(list.shadowRoot!.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(shards.loaded, 'its entries wait').to.not.include('citations.detail.en');

    idle.run();
    await list.updateComplete;
    expect(shown(list)).to.have.length(2);
    expect(shown(list)[1]).to.match(HOTEZ);
  });

  it('removed before the page was idle and put back: shows its entries', async () => {
    const { wrapper, list } = await article();
    list.remove();
    idle.run();
    wrapper.append(list);
    await list.updateComplete;
    expect(shown(list)[1]).to.match(HOTEZ);
  });

  it('shows at once what an earlier element loaded', async () => {
    const { list } = await article();
    idle.run();
    await list.updateComplete;
    const second = document.createElement('reference-list');
    list.after(second);
    await frames(2);
    expect(shown(second)[1], 'no wait for another idle moment').to.match(HOTEZ);
  });
});
