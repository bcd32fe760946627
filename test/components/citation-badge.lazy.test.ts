// The popover's content (bibliography entry, link, quotes) is the detail layer of the dataset:
// fetched when the reader points at or focuses the marker. Warm, it opens with its content at
// once; cold, it says it is loading (politely), never an empty box.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define/citation-badge.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { accessibleName, deepActiveElement, frames, settled } from '../support/dom.js';
import { loadedModule, loadModule } from '../../src/controllers/lazy-module-controller.js';
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

/** Holds the popover's code until the returned function is called: a tap gives it no hover or focus beforehand to load in. */
function holdPopoverCode(): () => void {
  let release = () => {};
  void loadModule('citation-badge.popover', () => new Promise((resolve) => (release = () => resolve(import('../../src/components/citation-badge/citation-badge.popover.js')))));
  return () => release();
}

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

  it('cold tap: while its code and entries load, the popover sits by the marker in its own look, and stays there', async () => {
    const slow = holdShards((key) => key.includes('.detail.'));
    const releaseCode = holdPopoverCode();
    try {
      const el = await fixture<CitationBadge>(html`<p style="margin: 120px 0 0 40px">See <citation-badge cite="hotez-2014"></citation-badge>.</p>`);
      const badge = el.querySelector('citation-badge')!;
      await settled(badge);
      const h = new CitationBadgeHarness(badge);
      h.marker.click();
      await frames(2);
      expect(h.isOpen).to.equal(true);
      expect(h.popover!.querySelector('[role="status"].loading')?.textContent?.trim()).to.equal('Loading data…');
      const marker = h.marker.getBoundingClientRect();
      const cold = h.popover!.getBoundingClientRect();
      expect(cold.top - marker.bottom, 'just below the marker, not centred on the screen').to.be.within(0, 12);
      expect(Math.abs(cold.left - marker.left), 'starting where the marker starts').to.be.below(2);
      expect(getComputedStyle(h.popover!).borderTopStyle, 'in its own border').to.equal('solid');
      await expect(badge).to.be.accessible();
      releaseCode();
      slow.release();
      await settled(badge);
      expect(h.popoverText).to.contain(HOTEZ);
      const warm = h.popover!.getBoundingClientRect();
      expect(Math.abs(warm.top - cold.top), 'no jump when its code arrives').to.be.below(2);
      expect(Math.abs(warm.left - cold.left), 'no jump when its code arrives').to.be.below(2);
    } finally {
      releaseCode();
      slow.release();
      slow.restore();
    }
  });

  it('cold tap at 320 px: the loading popover stays on the screen, wherever the marker is', async () => {
    const slow = holdShards((key) => key.includes('.detail.'));
    const releaseCode = holdPopoverCode();
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<HTMLElement>(
        html`<div style="margin-top: 80px"><p style="text-align: end">See <citation-badge cite="hotez-2014"></citation-badge></p><p>and <citation-badge cite="panda-2022"></citation-badge></p></div>`,
      );
      for (const badge of el.querySelectorAll('citation-badge')) {
        await settled(badge);
        const h = new CitationBadgeHarness(badge as CitationBadge);
        h.marker.click();
        await frames(2);
        const box = h.popover!.getBoundingClientRect();
        expect(box.left, 'inside the left edge').to.be.at.least(0);
        expect(box.right, 'inside a 320 px screen').to.be.at.most(320);
        h.marker.click();
        await frames(1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
      releaseCode();
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
