// The popover's content (bibliography entry, link, quotes) is the detail layer of the dataset:
// fetched when the reader points at or focuses the marker. Warm, it opens with its content at
// once; cold, it says it is loading (politely), never an empty box.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/citation-badge.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { accessibleName, deepActiveElement, settled } from '../support/dom.js';
import { loadedModule } from '../../src/controllers/lazy-module-controller.js';
import { coldPage, holdShards } from '../support/shards.js';
import { watchFor } from '../support/appeared.js';

/** What a reader sees in a badge: its shadow text, with slotted light text in place of the slot. */
const visibleTextOf = (el: Element) => {
  const walk = (n: Node): string =>
    n instanceof HTMLSlotElement
      ? (n.assignedNodes().length ? n.assignedNodes() : [...n.childNodes]).map(walk).join('')
      : n.nodeType === Node.TEXT_NODE
        ? (n.textContent ?? '')
        : [...((n as Element).shadowRoot ?? n).childNodes].filter((c) => !(c instanceof Element && c.classList.contains('visually-hidden'))).map(walk).join('');
  return walk(el);
};

const HOTEZ = 'Hotez, P. J. (2014).';

describe('<citation-badge> popover content, loaded on intent', () => {
  beforeEach(() => coldPage());
  afterEach(() => resetMouse());

  it('warm (the pointer reached the marker first): opens with the reference and no loading state', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    const h = new CitationBadgeHarness(el);
    await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(h.marker) });
    await settled(el);
    const loading = watchFor(el.shadowRoot!, '.loading');
    h.marker.click();
    await settled(el);
    expect(h.isOpen).to.equal(true);
    expect(h.popoverText).to.contain(HOTEZ);
    expect(loading.seen, 'a loading state flashed').to.equal(false);
    loading.stop();
  });

  it('cold: says "Loading data…" in a status, then shows the reference in the same popover', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    const h = new CitationBadgeHarness(el);
    const slow = holdShards((key) => key.includes('.detail.'));
    try {
      h.marker.click(); // a tap: no hover or focus before it
      await new Promise((r) => setTimeout(r, 50));
      expect(h.isOpen).to.equal(true);
      const status = h.popover!.querySelector('[role="status"].loading');
      expect(status?.textContent?.trim()).to.equal('Loading data…');
      expect(h.popoverText).to.not.contain(HOTEZ);
      await expect(el).to.be.accessible(); // the loading state too
      slow.release();
      await settled(el);
      expect(h.isOpen).to.equal(true);
      expect(h.popoverText).to.contain(HOTEZ);
      expect(h.popover!.querySelector('.loading')).to.equal(null);
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('cold: the citation written inside keeps its place while the labels load, so the line does not reflow', async () => {
    const slow = holdShards((key) => key.startsWith('citations.core.'));
    try {
      const page = await fixture<HTMLElement>(html`<p style="width: 20rem">Vaccine diplomacy <citation-badge cite="hotez-2014">(Hotez, 2014)</citation-badge> is defined.</p>`);
      const el = page.querySelector<CitationBadge>('citation-badge')!;
      // The first render waits up to 100 ms for the labels, then shows the loading state.
      await new Promise((r) => setTimeout(r, 150));
      const h = new CitationBadgeHarness(el);
      expect(h.marker.classList.contains('loading'), 'still loading').to.equal(true);
      const loadingWidth = el.getBoundingClientRect().width;
      expect(visibleTextOf(el)).to.contain('(Hotez, 2014)');
      slow.release();
      await settled(el);
      expect(h.markerText).to.equal('(Hotez, 2014)');
      expect(Math.abs(el.getBoundingClientRect().width - loadingWidth), 'width change when the marker arrives').to.be.below(4);
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('cold: the popover code waits for intent, and the marker is announced correctly before it arrives', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    await settled(el);
    const h = new CitationBadgeHarness(el);
    expect(loadedModule('citation-badge.popover'), 'loaded before any intent').to.equal(undefined);
    expect(h.marker.getAttribute('aria-expanded')).to.equal('false');
    expect(h.marker.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(h.marker.getAttribute('aria-controls')).to.equal(h.popover!.id);
    expect(await accessibleName(h.marker)).to.equal('(Hotez, 2014)');
    await expect(el).to.be.accessible();
  });

  it('cold, by keyboard: Enter opens it with its content, Escape from inside returns focus to the marker', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    await settled(el);
    const h = new CitationBadgeHarness(el);
    el.focus();
    const opened = h.toggled('open');
    await sendKeys({ press: 'Enter' });
    await opened;
    await settled(el);
    expect(h.isOpen).to.equal(true);
    expect(h.expanded).to.equal('true');
    expect(h.popoverText).to.contain(HOTEZ);
    await sendKeys({ press: 'Tab' });
    expect(h.popover!.contains(deepActiveElement()), 'focus inside the popover').to.equal(true);
    const closed = h.toggled('closed');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(h.expanded).to.equal('false');
    expect(deepActiveElement()).to.equal(h.marker);
  });

  it('cold: the first hover opens it after the delay, placed by the marker', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    await settled(el);
    const h = new CitationBadgeHarness(el);
    const opened = h.toggled('open');
    await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(h.marker) });
    await opened;
    expect(h.expanded).to.equal('true');
    expect(h.popoverText).to.contain(HOTEZ);
    // Placed below the marker (its styles and controller arrived), not centred by the browser.
    expect(h.popover!.getBoundingClientRect().top).to.be.at.least(h.marker.getBoundingClientRect().bottom);
  });

  it('cold and offline: says the data is unavailable, then retries on the next intent', async () => {
    const el = await fixture<CitationBadge>(html`<citation-badge cite="hotez-2014"></citation-badge>`);
    const h = new CitationBadgeHarness(el);
    const { interceptShards } = await import('../support/shards.js');
    const offline = interceptShards((key, load) => (key.includes('.detail.') ? Promise.reject(new Error('offline')) : load()));
    try {
      h.marker.click();
      await settled(el);
      expect(h.popover!.querySelector('[role="status"].loading')?.textContent?.trim()).to.equal('Data unavailable');
    } finally {
      offline.restore();
    }
    await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(h.marker) });
    await settled(el);
    expect(h.popoverText).to.contain(HOTEZ);
  });
});
