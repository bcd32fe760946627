/** 10 000 events: only a window of them is in the DOM, and keyboard and filters stay usable. */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { syntheticTimelineDataset } from '../support/timeline-dataset.js';
import { TimelineHarness, until } from '../support/timeline-harness.js';
import { deepActiveElement } from '../support/dom.js';

const COUNT = 10_000;
const data = syntheticTimelineDataset(bundledDataset, COUNT);
const first = data.events[0].title.en;
const last = data.events[COUNT - 1].title.en;

/**
 * Until the rendered window (and the focus, on `focused`) has not changed for three frames: the
 * windowed list measures what it has just shown, and may re-render an item meanwhile (a focused
 * one loses focus for a frame or two; the timeline takes a key pressed then as meant for it, see
 * below). The assertions about what is rendered wait for it to settle.
 */
async function steady(h: TimelineHarness, focused?: string): Promise<void> {
  let seen = '';
  for (let same = 0, frames = 0; same < 3; frames++) {
    if (frames > 120) throw new Error('the window kept changing');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = `${h.focusedTitle} ${h.titles.join('|')}`;
    same = now === seen && (focused === undefined || h.focusedTitle === focused) ? same + 1 : 0;
    seen = now;
  }
}

async function mount(attributes = ''): Promise<TimelineHarness> {
  // Over 200 events the list scrolls in its own box; any window error (such as a ResizeObserver
  // loop from the virtualizer) fails the test.
  const page = await fixture<HTMLElement>(html`<div><kerjasama-data .data=${data}></kerjasama-data></div>`);
  const provider = page.querySelector('kerjasama-data')!;
  provider.innerHTML = `<cooperation-timeline ${attributes}></cooperation-timeline>`;
  const h = new TimelineHarness(provider.querySelector<CooperationTimeline>('cooperation-timeline')!);
  await h.settle();
  await until(() => h.items.length > 0, 'the virtualiser to render its first window');
  await steady(h);
  return h;
}


describe('<cooperation-timeline> with 10 000 events', () => {

  it('renders only a window of the events', async () => {
    const h = await mount();
    expect(h.countText).to.equal('10000 events');
    expect(h.items.length).to.be.within(1, 200);
    expect(h.titles[0]).to.equal(first);
    expect(h.tabStops).to.have.length(1);
  });

  it('gives the page its main thread back before it lays out 10 000 events it was just handed', async () => {
    // A page script parses and assigns its data in one task; laying the list out in that task
    // too would block the page for both. Microtasks run within the task: the list is not there
    // after them, and is there after a later task.
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement('kerjasama-data');
    provider.data = data;
    provider.innerHTML = '<cooperation-timeline></cooperation-timeline>';
    page.append(provider);
    const h = new TimelineHarness(provider.querySelector<CooperationTimeline>('cooperation-timeline')!);
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(h.items.length, 'laid out within the task that assigned the data').to.equal(0);
    await h.settle();
    await until(() => h.items.length > 0, 'the first window');
    expect(h.titles[0]).to.equal(first);
  });

  it('moves focus to the last event with End and back with Home', async () => {
    const h = await mount();
    h.toggles[0].focus();
    await sendKeys({ press: 'End' });
    await until(() => h.focusedTitle === last, 'focus on the last event');
    await steady(h, last);
    expect(h.items.length, 'still a window').to.be.below(200);
    expect(h.titles).to.not.include(first);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => h.focusedTitle === data.events[COUNT - 2].title.en, 'focus on the one before');
    await sendKeys({ press: 'Home' });
    await until(() => h.focusedTitle === first, 'focus back on the first event');
  });

  it('takes a key pressed while the windowed list has dropped focus as meant for the event', async () => {
    const h = await mount();
    h.toggles[0].focus();
    await sendKeys({ press: 'End' });
    await until(() => h.focusedTitle === last, 'focus on the last event');
    // While it measures a far jump the windowed list re-renders the focused title for a frame or
    // two, which drops focus to the page, where a reader's key would land (and Space scroll it).
    // Too short a window to hit with a real key press: drop focus as it does, press the key there.
    (deepActiveElement() as HTMLElement).blur();
    expect(document.activeElement?.localName, 'focus dropped to the page').to.equal('body');
    const key = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented, 'the page does not act on it').to.equal(true);
    await until(() => h.focusedTitle === data.events[COUNT - 2].title.en, 'focus on the one before');
    await steady(h, data.events[COUNT - 2].title.en);
    // Once focus has stayed (the timeline counts its own three frames), keys on the page are the page's again.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    (deepActiveElement() as HTMLElement).blur();
    const later = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true, cancelable: true });
    document.body.dispatchEvent(later);
    expect(later.defaultPrevented).to.equal(false);
  });

  it('lets a reader who clicks elsewhere on the page right after a far jump keep focus and keys there', async () => {
    const h = await mount();
    const text = document.createElement('p');
    text.textContent = 'Text of the page around the timeline.';
    h.element.closest('div')!.append(text);
    h.toggles[0].focus();
    await sendKeys({ press: 'End' });
    await until(() => h.focusedTitle === last, 'focus on the last event');
    // Within the second the timeline holds focus on the far event, the reader clicks the page's text.
    const r = text.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + 10), Math.round(r.y + r.height / 2)] });
    await resetMouse();
    // Names, not elements: a failing comparison of elements would print the timeline's 10 000 events.
    expect(document.activeElement?.localName, 'the click put focus on the page').to.equal('body');
    // Longer than the hold lasts (60 frames): the timeline does not take focus back, nor a key.
    for (let i = 0; i < 70; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement?.localName, 'focus stays on the page').to.equal('body');
    const key = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented, 'the key is the page’s').to.equal(false);
    text.remove();
  });

  it('jumps through 10 000 events from the overview strip, keeping a window', async () => {
    const h = await mount();
    await until(() => h.overview !== null, 'the overview strip');
    const strip = h.overview!;
    expect(h.scaleYears[0]).to.equal('1950');
    expect(h.scaleYears.at(-1)).to.equal('2024');
    strip.focus();
    await sendKeys({ press: 'End' });
    const lastYear = data.events[COUNT - 1].date!.start.slice(0, 4);
    await until(() => strip.getAttribute('aria-valuenow') === lastYear, 'the slider at the last year');
    const firstOfYear = data.events.find((e) => e.date!.start.startsWith(lastYear))!.title.en;
    await until(() => h.titles.includes(firstOfYear), 'the last year rendered');
    expect(h.items.length, 'still a window').to.be.below(200);
    expect(h.tabStops.map((b) => b.textContent!.trim())).to.deep.equal([firstOfYear]);
    await sendKeys({ press: 'Home' });
    await until(() => h.titles.includes(first), 'back at the start');
  });

  it('filters the whole set, not just the window', async () => {
    const h = await mount();
    h.element.countries = 'ID KR';
    await h.settle();
    const expected = data.events.filter((e) => e.countries.includes('KR')).length;
    expect(h.countText).to.equal(`${expected} events`);
    await until(() => h.items.length > 0 && h.titles.every((t) => t.includes('ID–KR')), 'the filtered window');
    h.element.setAttribute('to', '1950-03');
    await h.settle();
    const early = data.events.filter((e) => e.countries.includes('KR') && e.date!.start <= '1950-03-31');
    expect(h.countText).to.equal(`${early.length} events`);
    await until(() => h.items.length === early.length, 'the short filtered list');
    expect(h.titles).to.deep.equal(early.map((e) => e.title.en));
  });

  it('marks where the undated events begin in the windowed list', async () => {
    // Each item's date already says "Undated"; the list, which has no separate undated heading
    // when windowed, shows where they start, as it shows where each year starts.
    const undated = structuredClone(data);
    for (const e of undated.events.slice(-3)) e.date = null;
    const page = await fixture<HTMLElement>(html`<div><kerjasama-data .data=${undated}></kerjasama-data></div>`);
    const provider = page.querySelector('kerjasama-data')!;
    provider.innerHTML = '<cooperation-timeline></cooperation-timeline>';
    const h = new TimelineHarness(provider.querySelector<CooperationTimeline>('cooperation-timeline')!);
    await h.settle();
    await until(() => h.items.length > 0, 'the first window');
    const root = h.element.shadowRoot!;
    expect(root.querySelector('.undated-tick'), 'not in the first window').to.equal(null);
    h.toggles[0].focus();
    await sendKeys({ press: 'End' });
    const undatedTitles = undated.events.slice(-3).map((e) => e.title.en);
    await until(() => h.titles.includes(undatedTitles[0]), 'the end of the list');
    const ticks = [...root.querySelectorAll('.undated-tick')];
    expect(ticks.map((t) => t.textContent?.trim())).to.deep.equal(['Undated events']);
    expect(ticks[0].closest('li')!.querySelector('.toggle')!.textContent!.trim()).to.equal(undatedTitles[0]);
  });

  it('windows the horizontal layout too', async () => {
    const h = await mount('layout="horizontal"');
    expect(h.items.length).to.be.within(1, 200);
    // Items are measured a frame after they render (see FrameResizeObserver); wait for that.
    const rects = () => h.items.slice(0, 2).map((i) => i.getBoundingClientRect());
    await until(() => rects()[1].left >= rects()[0].right - 1, 'the measured horizontal layout');
    const [a, b] = rects();
    expect(b.left).to.be.at.least(a.right - 1);
  });
});
