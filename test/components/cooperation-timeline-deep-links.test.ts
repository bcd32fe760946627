/**
 * Deep links: these tests change `location.hash`, so they run in a file of their own and put
 * the page's URL back after each test.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { KjSelectEvent } from '../../src/events.js';
import { TimelineHarness, until } from '../support/timeline-harness.js';

const OSAKA = 'Indonesia–Japan Pharmaceutical and Medical Device Business Forum in Osaka';
const OSAKA_ID = 'osaka-pharma-medical-device-forum-2022';
const JOKOWI_SUGA = 'Joko Widodo and Yoshihide Suga meet';

describe('<cooperation-timeline> deep links', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  async function mount(template: ReturnType<typeof html>): Promise<TimelineHarness> {
    const host = await fixture<HTMLElement>(template);
    const h = new TimelineHarness((host.localName === 'cooperation-timeline' ? host : host.querySelector('cooperation-timeline')) as CooperationTimeline);
    await h.settle();
    return h;
  }

  it('puts #event-<id> in the URL when an event is selected', async () => {
    const h = await mount(html`<cooperation-timeline link-hash></cooperation-timeline>`);
    h.toggle(OSAKA).click();
    await h.settle();
    expect(location.hash).to.equal(`#event-${OSAKA_ID}`);
    h.toggle(JOKOWI_SUGA).click();
    await h.settle();
    expect(location.hash).to.equal('#event-jokowi-suga-meeting-2020');
  });

  it('leaves the URL alone without link-hash', async () => {
    const before = location.hash;
    const h = await mount(html`<cooperation-timeline></cooperation-timeline>`);
    h.toggle(OSAKA).click();
    await h.settle();
    expect(h.element.selected).to.equal(OSAKA_ID);
    expect(location.hash).to.equal(before);
  });

  it('opens the event named in the URL when the page loads with it', async () => {
    history.replaceState(null, '', `#event-${OSAKA_ID}`);
    const h = await mount(html`<cooperation-timeline link-hash></cooperation-timeline>`);
    expect(h.element.selected).to.equal(OSAKA_ID);
    expect(h.isExpanded(OSAKA)).to.equal(true);
    // It is scrolled to: inside the viewport.
    await until(() => {
      const r = h.item(OSAKA).getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }, 'the linked event to scroll into view');
  });

  it('opens the linked event once a dataset loaded from src arrives', async () => {
    history.replaceState(null, '', '#event-forum-2022');
    const page = await fixture<HTMLElement>(html`<div>
      <kerjasama-data src="/test/fixtures/small-dataset.json"><cooperation-timeline link-hash></cooperation-timeline></kerjasama-data>
    </div>`);
    const provider = page.querySelector<KerjasamaData>('kerjasama-data')!;
    const h = new TimelineHarness(page.querySelector('cooperation-timeline')!);
    if (provider.status === 'loading') await oneEvent(provider, 'kj-data-load');
    await h.settle();
    expect(h.items).to.have.length(4);
    expect(h.element.selected).to.equal('forum-2022');
    expect(h.isExpanded('Forum')).to.equal(true);
  });

  it('follows later changes of the hash', async () => {
    const h = await mount(html`<cooperation-timeline link-hash></cooperation-timeline>`);
    const selected = oneEvent(h.element, 'kj-select') as Promise<KjSelectEvent>;
    location.hash = '#event-jokowi-suga-meeting-2020';
    expect((await selected).detail).to.deep.equal({ type: 'event', id: 'jokowi-suga-meeting-2020' });
    await h.settle();
    expect(h.isExpanded(JOKOWI_SUGA)).to.equal(true);
  });

  it('ignores a hash for an unknown event or without link-hash', async () => {
    history.replaceState(null, '', '#event-no-such-event');
    const unknown = await mount(html`<cooperation-timeline link-hash></cooperation-timeline>`);
    expect(unknown.element.selected).to.equal('');
    history.replaceState(null, '', `#event-${OSAKA_ID}`);
    const off = await mount(html`<cooperation-timeline></cooperation-timeline>`);
    expect(off.element.selected).to.equal('');
    expect(off.isExpanded(OSAKA)).to.equal(false);
  });
});
