/**
 * The timeline as a time axis, as a reader sees and drives it: years on a scale, breaks for long
 * silences, space in proportion to time, the overview strip and its keys, the undated group,
 * the horizontal layout's earlier/later buttons; in English and Indonesian, down to 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { TimelineHarness, until } from '../support/timeline-harness.js';
import { deepActiveElement, frames, visibleText } from '../support/dom.js';

// From data/records/events.yaml: dated events from c. 1970 to December 2022; 31 undated.
const JICA_1970 = "JICA works on Indonesia's healthcare system since the 1970s";
const DRAFT_MOU_2014 = 'Draft Indonesia–Japan defense MoU reportedly ready';
const LAST_DATED = "More than 16,000 Indonesians employed in Japan's special skilled worker scheme";
const LAST_UNDATED = 'Hospital-to-hospital collaboration under the JWG on Health';

async function timeline(template: ReturnType<typeof html>): Promise<TimelineHarness> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'cooperation-timeline' ? host : host.querySelector('cooperation-timeline')) as CooperationTimeline;
  const h = new TimelineHarness(el);
  await h.settle();
  await until(() => h.overview !== null, 'the overview strip');
  return h;
}

const inViewport = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
};

describe('<cooperation-timeline> time axis', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('puts years on a scale, breaks long silences and spaces short gaps by time', async () => {
    const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    const years = h.scaleYears;
    expect(years[0]).to.equal('1970');
    expect(years.at(-1)).to.equal('2022');
    expect(years).to.include('2014');
    expect(years.map(Number), 'in order').to.deep.equal([...years.map(Number)].sort((a, b) => a - b));
    // 1970 to 2014 is one marked break in the list, not one step like 2014 to 2015.
    expect(h.breaks).to.deep.equal(['44 years later']);
    expect(visibleText(h.item(DRAFT_MOU_2014).querySelector('.axis-break')!)).to.equal('44 years later');
    // Events run down the page in time order.
    const dated = h.items.filter((i) => i.dataset.year);
    const tops = dated.map((i) => i.getBoundingClientRect().top);
    expect(tops, 'positions monotonic in time').to.deep.equal([...tops].sort((a, b) => a - b));
    // Five silent years (2015 to 2020) leave more room than one (2014 to 2015).
    const roomBefore = (year: string) => {
      const first = dated.findIndex((i) => i.dataset.year === year);
      return dated[first].querySelector('.tick')!.getBoundingClientRect().top - dated[first - 1].querySelector('.meta')!.getBoundingClientRect().bottom;
    };
    expect(roomBefore('2020')).to.be.above(roomBefore('2015') + 20);
    await expect(h.element).to.be.accessible();
  });

  it('lets the keyboard drive the overview strip to a year, keeping focus on it', async () => {
    const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    const strip = h.overview!;
    expect(strip.getAttribute('aria-label')).to.equal('Jump to a year');
    strip.focus();
    await sendKeys({ press: 'End' });
    await until(() => strip.getAttribute('aria-valuenow') === '2022', 'the slider at 2022');
    await until(() => inViewport(h.item(LAST_DATED)), 'the last year scrolled into view');
    await until(() => /2022$/.test(strip.getAttribute('aria-valuetext')!), 'the window on 2022');
    expect(deepActiveElement(), 'focus stays on the strip').to.equal(strip);
    // The list's tab stop follows, so Tab lands where the reader jumped.
    expect(h.tabStops.map((b) => visibleText(b))).to.deep.equal([h.items.find((i) => i.dataset.year === '2022')!.querySelector('[part~="title"]')!.textContent!.trim()]);

    await sendKeys({ press: 'Home' });
    await until(() => strip.getAttribute('aria-valuenow') === '1970', 'the slider at 1970');
    await until(() => inViewport(h.item(JICA_1970)), 'the first event in view');
    expect(strip.getAttribute('aria-valuetext')).to.match(/^1970/);
    // Arrows go from one year with events to the next, across the break.
    await sendKeys({ press: 'ArrowRight' });
    await until(() => strip.getAttribute('aria-valuenow') === '2014', 'the next year with events');
    await until(() => inViewport(h.item(DRAFT_MOU_2014)), '2014 in view');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => strip.getAttribute('aria-valuenow') === '1970', 'back to 1970');
    // Page keys move by a decade, to the nearest year with events.
    await sendKeys({ press: 'PageUp' });
    await until(() => strip.getAttribute('aria-valuenow') === '2014', 'a decade on: the next year with events');
    await sendKeys({ press: 'PageDown' });
    await until(() => strip.getAttribute('aria-valuenow') === '1970', 'a decade back');
    await expect(h.element).to.be.accessible();
  });

  it('jumps to the year a reader clicks on the strip', async () => {
    const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    const scale = h.overview!.querySelector('.scale')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(scale.right - 2), Math.round(scale.top + 16)] });
    await until(() => h.overview!.getAttribute('aria-valuenow') === '2022', 'the slider at 2022');
    await until(() => inViewport(h.item(LAST_DATED)), 'the last year scrolled into view');
  });

  it('keeps undated events in a collapsed group that opens and closes', async () => {
    const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    const button = h.undatedToggle!;
    expect(visibleText(button)).to.equal('31 undated events');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const last = h.item(LAST_UNDATED);
    expect(last.checkVisibility(), 'collapsed').to.equal(false);
    // Still in the page (find-in-page reaches it), just not shown.
    expect(h.root.textContent).to.include(LAST_UNDATED);
    const before = h.element.getBoundingClientRect().height;
    button.click();
    await h.settle();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(last.checkVisibility()).to.equal(true);
    expect(h.element.getBoundingClientRect().height, 'the group takes room only when open').to.be.above(before + 500);
    await expect(h.element).to.be.accessible();
    button.click();
    await h.settle();
    expect(last.checkVisibility()).to.equal(false);
  });

  it('reads "31 undated events" on a right-to-left page, the number before the words', async () => {
    const h = await timeline(html`<div dir="rtl"><cooperation-timeline></cooperation-timeline></div>`);
    const walker = document.createTreeWalker(h.undatedToggle!, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !/undated/.test(node.textContent ?? ''));
    const label = node!.textContent!;
    const box = (word: string) => {
      const range = document.createRange();
      range.setStart(node!, label.indexOf(word));
      range.setEnd(node!, label.indexOf(word) + word.length);
      return range.getBoundingClientRect();
    };
    expect(box('31').left, 'the number').to.be.below(box('undated').left);
    expect(box('undated').left).to.be.below(box('events').left);
  });

  it('opens the undated group when find-in-page finds text in it', async () => {
    const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    expect(h.item(LAST_UNDATED).checkVisibility()).to.equal(false);
    // The text is in the page for a search, shadow trees included…
    const found = (window as unknown as { find(text: string): boolean }).find('Hospital-to-hospital collaboration');
    expect(found, 'found in the collapsed group').to.equal(true);
    // …and the browser's find bar, on a match in a hidden=until-found group, fires `beforematch`
    // on it before revealing it (window.find does not; no script can open the find bar).
    expect(h.lists[1].getAttribute('hidden')).to.equal('until-found');
    h.lists[1].dispatchEvent(new Event('beforematch', { bubbles: true }));
    await until(() => h.undatedToggle!.getAttribute('aria-expanded') === 'true', 'the group opened by the match');
    await h.settle();
    expect(h.item(LAST_UNDATED).checkVisibility()).to.equal(true);
  });

  it('opens the undated group for an undated event that is selected, and in print', async () => {
    const h = await timeline(html`<cooperation-timeline selected="jwg-hospital-collaboration"></cooperation-timeline>`);
    if (!h.isExpanded(LAST_UNDATED)) throw new Error('fixture: the selected event is not the last undated one');
    expect(h.undatedToggle!.getAttribute('aria-expanded')).to.equal('true');
    expect(h.item(LAST_UNDATED).checkVisibility()).to.equal(true);

    const other = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      await other.settle();
      expect(other.item(LAST_UNDATED).checkVisibility(), 'printed').to.equal(true);
      expect(other.overview, 'no overview on paper').to.equal(null);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('leads each title with its disclosure marker, on the title’s first line', async () => {
    const h = await timeline(html`<div style="width: 320px"><cooperation-timeline></cooperation-timeline></div>`);
    for (const toggle of h.toggles.slice(0, 5)) {
      const title = toggle.querySelector('span')!.getBoundingClientRect();
      const box = toggle.getBoundingClientRect();
      expect(getComputedStyle(toggle, '::before').content).to.equal('"▸"');
      expect(title.left, 'the marker comes first').to.be.above(box.left + 4);
      expect(Math.abs(title.top - box.top), 'on the same line as the title starts').to.be.below(2);
    }
  });

  it('reads in Indonesian at 320 px without overflowing', async () => {
    const h = await timeline(html`<div lang="id" style="width: 320px"><cooperation-timeline controls></cooperation-timeline></div>`);
    expect(h.overview!.getAttribute('aria-label')).to.equal('Lompat ke tahun');
    expect(h.breaks).to.deep.equal(['44 tahun kemudian']);
    expect(visibleText(h.undatedToggle!)).to.equal('31 peristiwa tanpa tanggal');
    expect(h.scaleYears[0]).to.equal('1970');
    await until(() => /^1970/.test(h.overview!.getAttribute('aria-valuetext') ?? ''), 'the years in view');
    const section = h.root.querySelector('section')!;
    expect(section.scrollWidth, 'nothing wider than 320 px').to.be.at.most(320);
    await expect(h.element).to.be.accessible();
  });

  it('thins the scale\'s year labels so none touch at 320 px, and brings them back when it widens', async () => {
    const h = await timeline(html`<div style="width: 320px"><cooperation-timeline></cooperation-timeline></div>`);
    const shownBoxes = () =>
      [...h.root.querySelectorAll('[part~="overview"] .year')].filter((t) => t.checkVisibility({ visibilityProperty: true })).map((t) => t.getBoundingClientRect());
    await until(() => h.scaleYears.at(-1) === '2022', 'the last year shown');
    const narrow = shownBoxes();
    for (const [i, box] of narrow.entries()) if (i) expect(box.left, `label ${i} clear of the one before`).to.be.at.least(narrow[i - 1].right);
    const few = h.scaleYears.length;
    (h.element.parentElement as HTMLElement).style.width = '1200px';
    await until(() => h.scaleYears.length > few, 'more years on a wider scale');
    expect(h.scaleYears.at(-1)).to.equal('2022');
    const wide = shownBoxes();
    for (const [i, box] of wide.entries()) if (i) expect(box.left, `label ${i} clear of the one before`).to.be.at.least(wide[i - 1].right);
  });

  describe('horizontal', () => {
    it('shows year ticks and steps with earlier/later buttons to the last card, whole', async () => {
      const h = await timeline(html`<div style="width: 600px"><cooperation-timeline layout="horizontal" undated="hide"></cooperation-timeline></div>`);
      expect(visibleText(h.items[0].querySelector('.tick')!)).to.equal('1970');
      expect(h.scaleYears[0]).to.equal('1970');
      const earlier = h.button('Earlier events');
      const later = h.button('Later events');
      const list = h.lists[0];
      expect(earlier.getAttribute('aria-disabled')).to.equal('true');
      // Measured a frame after the first render, once the slider's code is in.
      await until(() => later.getAttribute('aria-disabled') === 'false', 'later enabled');
      later.click();
      await until(() => list.scrollLeft > 100, 'the row scrolled on');
      await until(() => earlier.getAttribute('aria-disabled') === 'false', 'earlier enabled');
      for (let i = 0; i < 40 && later.getAttribute('aria-disabled') !== 'true'; i++) {
        later.click();
        // The buttons' state is measured a frame after the scroll.
        await frames(3);
      }
      await until(() => later.getAttribute('aria-disabled') === 'true', 'the end of the row');
      const lastCard = h.item(LAST_DATED).getBoundingClientRect();
      const box = list.getBoundingClientRect();
      expect(lastCard.right, 'the last card is not cut off').to.be.at.most(box.right + 1);
      expect(lastCard.left).to.be.at.least(box.left - 1);
      await expect(h.element).to.be.accessible();
      earlier.click();
      await until(() => later.getAttribute('aria-disabled') === 'false', 'later enabled again');
    });

    it('passes axe in Indonesian at 320 px, dark', async () => {
      const h = await timeline(html`<div lang="id" style="width: 320px; background: #16191d"><cooperation-timeline theme="dark" layout="horizontal"></cooperation-timeline></div>`);
      expect(visibleText(h.button('Peristiwa berikutnya'))).to.equal('›');
      // The strip is narrow beside the buttons: the years it labels do not touch.
      await until(() => h.scaleYears.length > 1, 'labelled years');
      const labels = [...h.root.querySelectorAll<HTMLElement>('[part~="overview"] .year')].filter((l) => l.checkVisibility({ visibilityProperty: true }));
      expect(h.scaleYears.at(-1)).to.equal('2022');
      for (let i = 1; i < labels.length; i++) expect(labels[i].getBoundingClientRect().left).to.be.above(labels[i - 1].getBoundingClientRect().right);
      await expect(h.element).to.be.accessible();
    });
  });
});
