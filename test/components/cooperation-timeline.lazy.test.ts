// An event's details (summary, verbatim evidence, actors, citations) are the detail layer of the
// dataset: fetched when the reader points at or focuses the timeline. Warm, an event opens with
// its details at once; cold, it says it is loading (politely), never an empty box.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { TimelineHarness } from '../support/timeline-harness.js';
import { settled, visibleText } from '../support/dom.js';
import { coldPage, countShards, holdShards } from '../support/shards.js';
import { watchFor } from '../support/appeared.js';
import { loadModule } from '../../src/controllers/lazy-module-controller.js';

const TITLE = 'Joko Widodo and Yoshihide Suga meet';
const centreOf = (el: Element): [number, number] => {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('<cooperation-timeline> event details, loaded on intent', () => {
  beforeEach(() => coldPage());
  afterEach(() => resetMouse());

  it('first renders from the events shard alone', async () => {
    const shards = countShards();
    try {
      const el = await fixture<CooperationTimeline>(html`<cooperation-timeline countries="ID JP"></cooperation-timeline>`);
      await settled(el);
      expect(new TimelineHarness(el).titles).to.include(TITLE);
      expect(shards.loaded).to.deep.equal(['events.core.en']);
    } finally {
      shards.restore();
    }
  });

  it('cold, shows its events once with their time axis: nothing moves after they show', async () => {
    let shift = 0;
    const shifts = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    shifts.observe({ type: 'layout-shift' });
    try {
      const el = await fixture<CooperationTimeline>(html`<cooperation-timeline countries="ID JP"></cooperation-timeline>`);
      const h = new TimelineHarness(el);
      // Each frame until it settles: once an event shows, it stays where it first showed.
      const first = new Map<string, number>();
      for (let frame = 0; frame < 120 && (el.isUpdatePending || !first.size || frame < 10); frame++) {
        await new Promise((r) => requestAnimationFrame(r));
        for (const item of el.shadowRoot!.querySelectorAll<HTMLElement>('.list:not(.undated) > .item')) {
          const top = Math.round(item.getBoundingClientRect().top - el.getBoundingClientRect().top);
          const id = item.dataset.id ?? item.id;
          if (!first.has(id)) first.set(id, top);
          else expect(top, `${id} moved`).to.equal(first.get(id));
        }
      }
      await settled(el);
      expect(first.size, 'events shown').to.be.greaterThan(5);
      expect(h.root.querySelector('[part~="overview"]'), 'the axis is in').to.not.equal(null);
      await new Promise((r) => requestAnimationFrame(r));
      expect(shift, 'layout shift').to.be.below(0.01);
    } finally {
      shifts.disconnect();
    }
  });

  it('with `controls`, the filter bar is there with the first event: nothing moves when its code arrives', async () => {
    // The filter bar's code is held until the events are filtered, as on a slow network.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    void loadModule('cooperation-timeline/controls', () => held.then(() => import('../../src/components/cooperation-timeline/cooperation-timeline.controls.js')));
    // Not through fixture(), which resolves only once every load is in: every state the page shows counts.
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('cooperation-timeline') as CooperationTimeline;
    el.setAttribute('controls', '');
    el.setAttribute('countries', 'ID JP');
    box.append(el);
    const root = el.shadowRoot!;
    let barless = false;
    const look = () => (barless ||= !!root.querySelector('.list > .item') && !root.querySelector('form.controls'));
    const observer = new MutationObserver(look);
    observer.observe(root, { childList: true, subtree: true });
    try {
      // The events are filtered (the view is built): they could show now.
      for (let frame = 0; frame < 300 && !el.visibleEventIds.length; frame++)
        await new Promise((r) => requestAnimationFrame(r));
      for (let frame = 0; frame < 5; frame++) await new Promise((r) => requestAnimationFrame(r));
      expect(el.visibleEventIds.length, 'events filtered').to.be.greaterThan(0);
      look();
      expect(barless, 'events showed without the filter bar').to.equal(false);
      release();
      await settled(el);
      look();
      expect(barless, 'events showed without the filter bar').to.equal(false);
      expect(root.querySelector('.list > .item'), 'events shown').to.not.equal(null);
      expect(getComputedStyle(root.querySelector('form.controls')!).display, 'styled as a grid').to.equal('grid');
    } finally {
      observer.disconnect();
      release();
    }
  });

  it('warm (the pointer reached the timeline first): an event opens with its details and no loading state', async () => {
    const el = await fixture<CooperationTimeline>(html`<cooperation-timeline countries="ID JP"></cooperation-timeline>`);
    const h = new TimelineHarness(el);
    await sendMouse({ type: 'move', position: centreOf(h.toggle(TITLE)) });
    await settled(el);
    const loading = watchFor(h.root, '.loading');
    h.toggle(TITLE).click();
    await settled(el);
    expect(h.isExpanded(TITLE)).to.equal(true);
    expect(visibleText(h.details(TITLE))).to.contain('Suga');
    expect(h.details(TITLE).querySelector('blockquote'), 'evidence quote').to.not.equal(null);
    expect(loading.seen, 'a loading state flashed').to.equal(false);
    loading.stop();
  });

  it('cold: the opened event says "Loading data…" in a status, then shows its details in place', async () => {
    const el = await fixture<CooperationTimeline>(html`<cooperation-timeline countries="ID JP"></cooperation-timeline>`);
    const h = new TimelineHarness(el);
    const slow = holdShards((key) => key.includes('.detail.'));
    try {
      h.toggle(TITLE).click(); // a tap: no hover or focus before it
      await new Promise((r) => setTimeout(r, 50));
      expect(h.isExpanded(TITLE)).to.equal(true);
      const status = h.details(TITLE).querySelector('[role="status"]');
      expect(status?.textContent?.trim()).to.equal('Loading data…');
      await expect(el).to.be.accessible(); // the loading state too
      slow.release();
      await settled(el);
      expect(h.details(TITLE).querySelector('[role="status"]')).to.equal(null);
      expect(h.details(TITLE).querySelector('blockquote'), 'evidence quote').to.not.equal(null);
    } finally {
      slow.release();
      slow.restore();
    }
  });
});
