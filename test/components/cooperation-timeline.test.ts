import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { KjSelectEvent } from '../../src/events.js';
import { bundledCopy } from '../support/datasets.js';
import { TimelineHarness } from '../support/timeline-harness.js';
import { captureWarnings } from '../support/stubs.js';
import { visibleText } from '../support/dom.js';

// Facts from data/records/events.yaml (59 events: 28 dated, 31 undated); the research facts
// themselves are pinned in test/data/facts.test.ts.
const OSAKA = 'Indonesia–Japan Pharmaceutical and Medical Device Business Forum in Osaka';
const OSAKA_ID = 'Forum Bisnis Farmasi dan Alat Kesehatan Indonesia–Jepang di Osaka';
const JOKOWI_SUGA = 'Joko Widodo and Yoshihide Suga meet';
const SKILLED_WORKERS = "More than 16,000 Indonesians employed in Japan's special skilled worker scheme";
const ASTRAZENECA = 'Japan provides 4.15 million AstraZeneca doses to Indonesia';
const BIO_FARMA = 'PT Bio Farma and Sinovac cooperate through multi-track diplomacy';
const BIO_FARMA_TRANSFER = 'Technology transfer achieved through the Bio Farma–Sinovac cooperation';
const JICA_1970 = "JICA works on Indonesia's healthcare system since the 1970s";
const DEFENSE_TREATY = 'Indonesian Defense Ministry announces a coming defense cooperation treaty with Japan';
// Undated: "after World War Two" is a period, not a year.
const REBRANDING = 'Japan begins its post-war "cultural rebranding"';
const FIRST_EVENT = JICA_1970;
const LAST_EVENT = 'Hospital-to-hospital collaboration under the JWG on Health';
const JWG = [
  'Indonesia and South Korea strengthen health cooperation through the JWG on Health',
  'Plasma fractionation facility established under the JWG on Health',
  'Joint research initiatives under the JWG on Health',
  'Biopharmaceutical technology transfer under the JWG on Health',
  LAST_EVENT,
];
// Indonesia's state-level aim (ID, KR) and the JWG outcomes, all undated, in file order.
const KOREA = ['Indonesia aims at national health resilience; South Korea at pharmaceutical expansion', ...JWG];
const SOURCE_003 = [
  'Draft Indonesia–Japan defense MoU reportedly ready',
  "Abe's Cabinet approves military equipment exports",
  "Japanese Cabinet's legal review backs deploying military power abroad",
  'Japan eases its defense-equipment transfer principles',
  '42nd ASEAN–Japan and 57th Indonesia–Japan anniversaries approach',
  DEFENSE_TREATY,
  'Indonesia and Japan agree on fields of defense cooperation',
  'Defense MoU still unsigned, reportedly because of politics in both countries',
  'Japan introduces a law that would allow strategic-industry technology transfer to Indonesia',
  'Japan overhauls its national security strategy under Shinzo Abe',
];
const OCTOBER_2022 = [
  'Indonesia pursues multi-track vaccine diplomacy',
  BIO_FARMA,
  BIO_FARMA_TRANSFER,
  'Japan and UNICEF support vulnerable children in post-pandemic recovery',
  OSAKA,
  'GPFI signs a cooperation commitment with Japanese partners',
];

async function timeline(template: ReturnType<typeof html>): Promise<TimelineHarness> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'cooperation-timeline' ? host : host.querySelector('cooperation-timeline')) as CooperationTimeline;
  const h = new TimelineHarness(el);
  await h.settle();
  return h;
}

describe('<cooperation-timeline>', () => {
  describe('events and filters', () => {
    it('lists every event by date, undated ones grouped apart, with a count', async () => {
      const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
      expect(h.items).to.have.length(59);
      expect(h.countText).to.equal('59 events');
      expect(h.countRegion.getAttribute('role')).to.equal('status');
      expect(h.countRegion.getAttribute('aria-live')).to.equal('polite');
      const [dated, undated] = h.lists;
      expect(dated.querySelectorAll('li')).to.have.length(28);
      expect(undated.querySelectorAll('li')).to.have.length(31);
      expect(h.titles[0]).to.equal(FIRST_EVENT);
      expect(h.titles[27]).to.equal(SKILLED_WORKERS);
      expect(h.titles.slice(28)).to.include(REBRANDING);
      expect(h.titles.at(-1)).to.equal(LAST_EVENT);
      expect(h.undatedHeading).to.equal('31 undated events');
      // The undated list is named by its visible heading, the dated one as the timeline.
      expect(undated.getAttribute('aria-labelledby')).to.equal(h.root.querySelector('.undated-heading')!.id);
      expect(dated.getAttribute('aria-label')).to.equal('Timeline of events');
      // Year ticks mark the first event of each year on the axis.
      expect([...h.root.querySelectorAll('.tick')].map((t) => t.textContent?.trim()).slice(0, 4)).to.deep.equal(['1970', '2014', '2015', '2020']);
      await expect(h.element).to.be.accessible();
    });

    it('filters by countries, requiring every listed country', async () => {
      const kr = await timeline(html`<cooperation-timeline countries="ID KR"></cooperation-timeline>`);
      expect(kr.titles).to.deep.equal(KOREA);
      expect(kr.countText).to.equal('6 events');

      const jp = await timeline(html`<cooperation-timeline countries="ID JP"></cooperation-timeline>`);
      expect(jp.titles).to.include(OSAKA);
      expect(jp.titles).to.include(JOKOWI_SUGA);
      // Japan alone (the post-war rebranding) or Indonesia alone (COVID-19 as a global threat) is not enough.
      expect(jp.titles).to.not.include(REBRANDING);
      expect(jp.titles).to.not.include('COVID-19 becomes a global threat');
      expect(jp.titles).to.not.include(JWG[0]);
      expect(jp.countText).to.equal(`${jp.items.length} events`);
      // Every shown event names both countries.
      for (const item of jp.items) expect(visibleText(item.querySelector('.meta')!)).to.match(/Indonesia/).and.match(/Japan/);
    });

    it('filters by sectors (any of them)', async () => {
      const h = await timeline(html`<cooperation-timeline sectors="labour research"></cooperation-timeline>`);
      expect(h.titles).to.deep.equal([
        'GPFI signs a cooperation commitment with Japanese partners',
        SKILLED_WORKERS,
        'Ministry of Manpower makes workplace safety a pandemic priority',
        'Pandemic costs 2.6 million jobs and cuts the wages of 24 million workers',
        'Ambassador Kanasugi links worker safety to economic recovery',
        'Exchanges of health professionals, researchers and students',
        'Joint research initiatives under the JWG on Health',
      ]);
      const sectors = h.items.map((i) => visibleText(i.querySelector('.sector')!));
      expect(new Set(sectors)).to.deep.equal(new Set(['Research', 'Labour']));
    });

    it('filters by actor', async () => {
      const h = await timeline(html`<cooperation-timeline actor="bio-farma"></cooperation-timeline>`);
      expect(h.titles).to.deep.equal([BIO_FARMA, BIO_FARMA_TRANSFER]);
      expect(h.undatedHeading).to.equal(null);
    });

    it('filters by source document, and knows the source (no warning)', async () => {
      const warnings = captureWarnings();
      try {
        const h = await timeline(html`<cooperation-timeline source="003_df8caea3c0d73e78"></cooperation-timeline>`);
        expect(h.titles).to.deep.equal(SOURCE_003);
        expect(warnings.mentioning('unknown source')).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('filters by period at year, month and day precision', async () => {
      const h = await timeline(html`<cooperation-timeline to="1970"></cooperation-timeline>`);
      expect(h.titles).to.deep.equal([JICA_1970]);
      // A period excludes undated events: they cannot be placed in it.
      expect(h.undatedHeading).to.equal(null);

      h.element.removeAttribute('to');
      h.element.setAttribute('from', '2022');
      await h.settle();
      expect(h.titles).to.deep.equal([...OCTOBER_2022.slice(0, 4), 'Indonesia has received 2,722,930 doses as of 19 January 2022', ...OCTOBER_2022.slice(4), SKILLED_WORKERS]);

      // Month precision: October 2022 overlaps the multi-year periods and the Osaka forum, not January or December.
      h.element.setAttribute('from', '2022-10');
      h.element.setAttribute('to', '2022-10');
      await h.settle();
      expect(h.titles).to.deep.equal(OCTOBER_2022);

      // Day precision: a day inside the 5–7 October forum matches it; the day after does not.
      h.element.setAttribute('from', '2022-10-06');
      h.element.setAttribute('to', '2022-10-06');
      await h.settle();
      expect(h.titles).to.deep.equal(OCTOBER_2022);
      h.element.setAttribute('from', '2022-10-08');
      h.element.setAttribute('to', '2022-10-31');
      await h.settle();
      expect(h.titles).to.deep.equal(OCTOBER_2022.slice(0, 4));
    });

    it('combines filters', async () => {
      const h = await timeline(html`<cooperation-timeline countries="ID JP" sectors="health" from="2021"></cooperation-timeline>`);
      expect(h.titles).to.deep.equal([
        ASTRAZENECA,
        'Japan and UNICEF support vulnerable children in post-pandemic recovery',
        'Indonesia has received 2,722,930 doses as of 19 January 2022',
        OSAKA,
      ]);
      h.element.setAttribute('to', '2021-12');
      await h.settle();
      expect(h.titles).to.deep.equal([ASTRAZENECA]);
      expect(h.countText).to.equal('1 event');
    });

    it('follows attribute and property changes', async () => {
      const h = await timeline(html`<cooperation-timeline actor="bio-farma"></cooperation-timeline>`);
      expect(h.items).to.have.length(2);
      h.element.setAttribute('actor', 'jica');
      await h.settle();
      expect(h.titles).to.deep.equal([
        JICA_1970,
        'Six decades of Japanese involvement in Indonesian development',
        'Japan contributes funds and vaccines under WHO direction; Indonesia receives 6.88 million Japanese doses',
      ]);
      h.element.actor = '';
      h.element.countries = 'KR';
      await h.settle();
      expect(h.titles).to.deep.equal(KOREA);
      h.element.removeAttribute('countries');
      await h.settle();
      expect(h.items).to.have.length(59);
    });

    it('says so plainly when nothing matches', async () => {
      const h = await timeline(html`<cooperation-timeline countries="ID KR" sectors="defense"></cooperation-timeline>`);
      expect(h.items).to.have.length(0);
      expect(h.lists).to.have.length(0);
      expect(h.emptyText).to.equal('No events match these filters.');
      expect(h.countText).to.equal('0 events');
      await expect(h.element).to.be.accessible();
      h.element.removeAttribute('sectors');
      await h.settle();
      expect(h.emptyText).to.equal(null);
      expect(h.items).to.have.length(6);
    });

    it('warns once about an unknown actor or source and shows the empty state', async () => {
      const warnings = captureWarnings();
      try {
        const h = await timeline(html`<cooperation-timeline actor="no-such-actor"></cooperation-timeline>`);
        h.element.requestUpdate();
        h.element.theme = 'dark';
        await h.settle();
        expect(h.emptyText).to.equal('No events match these filters.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('no-such-actor');

        const s = await timeline(html`<cooperation-timeline source="999_nope"></cooperation-timeline>`);
        s.element.requestUpdate();
        await s.settle();
        expect(s.emptyText).to.equal('No events match these filters.');
        expect(warnings.mentioning('999_nope')).to.have.length(1);
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('says once that a country or sector no event has leaves the timeline empty', async () => {
      const warnings = captureWarnings();
      try {
        const c = await timeline(html`<cooperation-timeline countries="XX"></cooperation-timeline>`);
        c.element.requestUpdate();
        await c.settle();
        expect(c.emptyText).to.equal('No events match these filters.');
        expect(warnings.mentioning('"XX" in countries=')).to.have.length(1);
        const s = await timeline(html`<cooperation-timeline sectors="health bogus"></cooperation-timeline>`);
        await s.settle();
        expect(warnings.mentioning('"bogus" in sectors=')).to.have.length(1);
        expect(warnings.messages, 'only the names no event has').to.have.length(2);
        const fine = await timeline(html`<cooperation-timeline countries="id jp" sectors="health"></cooperation-timeline>`);
        await fine.settle();
        expect(warnings.messages).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('ignores a malformed date filter (and says so once) instead of filtering by it', async () => {
      const warnings = captureWarnings();
      try {
        const h = await timeline(html`<cooperation-timeline from="last week" countries="ID KR"></cooperation-timeline>`);
        // Undated events would vanish if the bad date were applied as a period.
        expect(h.titles).to.deep.equal(KOREA);
        expect(warnings.mentioning('last week')).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('dates', () => {
    it('shows every precision in English', async () => {
      const h = await timeline(html`<div lang="en"><cooperation-timeline></cooperation-timeline></div>`);
      expect(h.dateText(OSAKA)).to.equal('5–7 Oct 2022');
      expect(h.dateText(JOKOWI_SUGA)).to.equal('12 Oct 2020');
      expect(h.dateText(SKILLED_WORKERS)).to.equal('December 2022');
      expect(h.dateText(ASTRAZENECA)).to.equal('2021');
      expect(h.dateText(BIO_FARMA)).to.equal('c. 2020–2022');
      expect(h.dateText(JICA_1970)).to.equal('c. 1970');
      // A run of events with the same inferred date shows it once, at its head; each event still
      // carries it for screen readers.
      const run = h.items.filter((i) => i.querySelector('[part~="date"]')!.textContent!.trim() === 'c. 2015 (inferred)');
      expect(run.length).to.be.above(2);
      expect(run.map((i) => visibleText(i.querySelector('[part~="date"]')!))).to.deep.equal(['c. 2015 (inferred)', ...run.slice(1).map(() => '')]);
      expect(run.map((i) => visibleText(i.querySelector('[part~="title"]')!))).to.include(DEFENSE_TREATY);
      expect(h.dateText(LAST_EVENT)).to.equal('Undated');
      // Machine-readable dates for dated events, none made up for undated ones.
      expect(h.item(OSAKA).querySelector('time')!.getAttribute('datetime')).to.equal('2022-10-05/2022-10-07');
      expect(h.item(SKILLED_WORKERS).querySelector('time')!.getAttribute('datetime')).to.equal('2022-12');
      expect(h.item(LAST_EVENT).querySelector('time')).to.equal(null);
    });

    it('shows every precision in Indonesian', async () => {
      const h = await timeline(html`<div lang="id"><cooperation-timeline></cooperation-timeline></div>`);
      expect(h.dateText(OSAKA_ID)).to.equal('5–7 Okt 2022');
      expect(h.dateText('Pertemuan Joko Widodo dan Yoshihide Suga')).to.equal('12 Okt 2020');
      expect(h.dateText('Lebih dari 16.000 warga Indonesia bekerja melalui skema pekerja berketerampilan khusus di Jepang')).to.equal('Desember 2022');
      expect(h.dateText('Jepang memberikan 4,15 juta dosis vaksin AstraZeneca kepada Indonesia')).to.equal('2021');
      expect(h.dateText('PT Bio Farma dan Sinovac bekerja sama melalui diplomasi multijalur')).to.equal('sekitar 2020–2022');
      expect(h.dateText('JICA berkiprah dalam sistem kesehatan Indonesia sejak 1970-an')).to.equal('sekitar 1970');
      const inferred = h.items.filter((i) => visibleText(i.querySelector('[part~="date"]')!) === 'sekitar 2015 (disimpulkan)');
      expect(inferred, 'shown once for its run').to.have.length(1);
      expect(h.undatedHeading).to.equal('31 peristiwa tanpa tanggal');
      expect(h.countText).to.equal('59 peristiwa');
      expect(h.dateText(h.titles.at(-1)!)).to.equal('Tanpa tanggal');
    });

    it('gives the reason for an inferred date, and marks an approximate one, on demand', async () => {
      const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
      expect(h.details(DEFENSE_TREATY).hidden).to.equal(true);
      h.toggle(DEFENSE_TREATY).click();
      await h.settle();
      expect(h.details(DEFENSE_TREATY).hidden).to.equal(false);
      expect(visibleText(h.details(DEFENSE_TREATY).querySelector('.reason')!)).to.match(/^Date inferred: Source 003 carries no date\./);
      h.toggle(JICA_1970).click();
      await h.settle();
      expect(visibleText(h.details(JICA_1970).querySelector('.reason')!)).to.equal('Approximate date');
    });

    it('hides undated events with undated="hide"', async () => {
      const h = await timeline(html`<cooperation-timeline undated="hide"></cooperation-timeline>`);
      expect(h.items).to.have.length(28);
      expect(h.undatedHeading).to.equal(null);
      expect(h.titles).to.not.include(LAST_EVENT);
      expect(h.countText).to.equal('28 events');
      h.element.undated = 'end';
      await h.settle();
      expect(h.items).to.have.length(59);
      expect(h.undatedHeading).to.equal('31 undated events');
    });
  });

  describe('details', () => {
    it('expands to the summary, verbatim evidence with citations, and actor chips', async () => {
      const h = await timeline(html`<cooperation-timeline></cooperation-timeline>`);
      const toggle = h.toggle(JOKOWI_SUGA);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(h.root.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(h.details(JOKOWI_SUGA));
      toggle.click();
      await h.settle();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = h.details(JOKOWI_SUGA);
      expect(visibleText(details.querySelector('.summary')!)).to.match(/^Indonesian President Joko Widodo met Japanese Prime Minister Yoshihide Suga\./);
      const quote = details.querySelector('blockquote')!;
      expect(visibleText(quote)).to.contain(
        'Since the meeting between Indonesian President Joko Widodo (Jokowi) and Japanese Prime Minister Yoshihide Suga on October 12, 2020',
      );
      expect(quote.querySelector('citation-badge')!.getAttribute('cite')).to.equal('azmi-2023');
      const chips = [...details.querySelectorAll<ActorCard>('actor-card')];
      expect(chips.map((c) => c.getAttribute('actor'))).to.deep.equal(['joko-widodo', 'yoshihide-suga', 'indonesia', 'japan']);
      expect(chips.every((c) => c.variant === 'chip')).to.equal(true);
      expect(visibleText(chips[0].shadowRoot!.querySelector('button')!)).to.equal('Joko Widodo');
      await expect(h.element).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows, Home and End move focus between events', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <cooperation-timeline actor="jica"></cooperation-timeline>
        <button id="after">after</button>
      </div>`);
      const h = new TimelineHarness(page.querySelector('cooperation-timeline')!);
      await h.settle();
      const [jica, six, covax] = h.titles;
      expect(h.tabStops).to.have.length(1);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.focusedTitle).to.equal(jica);
      // The undated group is collapsed: the arrows stay among the events a reader can see.
      await sendKeys({ press: 'ArrowDown' });
      expect(h.focusedTitle).to.equal(jica);
      await h.openUndated();
      h.toggle(jica).focus();
      // Open, the undated list continues the same sequence.
      await sendKeys({ press: 'ArrowDown' });
      expect(h.focusedTitle).to.equal(six);
      await sendKeys({ press: 'ArrowDown' });
      expect(h.focusedTitle).to.equal(covax);
      await sendKeys({ press: 'ArrowDown' });
      expect(h.focusedTitle, 'stays on the last').to.equal(covax);
      await sendKeys({ press: 'ArrowUp' });
      expect(h.focusedTitle).to.equal(six);
      await sendKeys({ press: 'Home' });
      expect(h.focusedTitle).to.equal(jica);
      await sendKeys({ press: 'End' });
      expect(h.focusedTitle).to.equal(covax);
      await h.settle();
      expect(h.tabStops.map((b) => visibleText(b))).to.deep.equal([covax]);
      // Tab leaves the list; Shift+Tab comes back to the event last focused.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(h.focusedTitle).to.equal(covax);
    });

    it('expands and selects with Enter and Space, firing kj-select', async () => {
      const h = await timeline(html`<cooperation-timeline actor="bio-farma"></cooperation-timeline>`);
      const fired: KjSelectEvent[] = [];
      const record = (e: KjSelectEvent) => fired.push(e);
      document.addEventListener('kj-select', record);
      try {
        h.toggles[0].focus();
        let selected = oneEvent(h.element, 'kj-select') as Promise<KjSelectEvent>;
        await sendKeys({ press: 'Enter' });
        const event = await selected;
        await h.settle();
        expect(event.detail).to.deep.equal({ type: 'event', id: 'bio-farma-sinovac-cooperation-2020-2022' });
        expect(event.bubbles && event.composed).to.equal(true);
        expect(h.element.getAttribute('selected')).to.equal('bio-farma-sinovac-cooperation-2020-2022');
        expect(h.isExpanded(BIO_FARMA)).to.equal(true);
        expect(h.item(BIO_FARMA).getAttribute('aria-current')).to.equal('true');

        await sendKeys({ press: 'ArrowDown' });
        selected = oneEvent(h.element, 'kj-select') as Promise<KjSelectEvent>;
        await sendKeys({ press: 'Space' });
        expect((await selected).detail.id).to.equal('bio-farma-sinovac-technology-transfer');
        await h.settle();
        expect(h.element.selected).to.equal('bio-farma-sinovac-technology-transfer');
        expect(h.isExpanded(BIO_FARMA_TRANSFER)).to.equal(true);
        expect(h.item(BIO_FARMA).hasAttribute('aria-current')).to.equal(false);

        // Space again collapses the selected event (no new selection).
        await sendKeys({ press: 'Space' });
        await h.settle();
        expect(h.isExpanded(BIO_FARMA_TRANSFER)).to.equal(false);
        expect(h.focusedTitle).to.equal(BIO_FARMA_TRANSFER);
        expect(fired).to.have.length(2);
      } finally {
        document.removeEventListener('kj-select', record);
      }
    });
  });

  describe('selection from outside', () => {
    it('follows an actor card on the same page', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <actor-card actor="jica"></actor-card>
        <cooperation-timeline></cooperation-timeline>
      </div>`);
      const card = page.querySelector('actor-card')!;
      const h = new TimelineHarness(page.querySelector('cooperation-timeline')!);
      await h.settle();
      await card.updateComplete;
      const fired: KjSelectEvent[] = [];
      const record = (e: KjSelectEvent) => fired.push(e);
      document.addEventListener('kj-select', record);
      try {
        const related = [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.event-button')].find((b) => visibleText(b) === JICA_1970)!;
        related.click();
        await h.settle();
        expect(h.element.selected).to.equal('jica-health-support-since-1970s');
        expect(h.element.getAttribute('selected')).to.equal('jica-health-support-since-1970s');
        expect(h.isExpanded(JICA_1970)).to.equal(true);
        // The timeline follows silently: the card's event is the only one.
        expect(fired.map((e) => e.detail)).to.deep.equal([{ type: 'event', id: 'jica-health-support-since-1970s' }]);
      } finally {
        document.removeEventListener('kj-select', record);
      }
    });

    it('expands an event selected by attribute', async () => {
      const h = await timeline(html`<cooperation-timeline selected="osaka-pharma-medical-device-forum-2022"></cooperation-timeline>`);
      expect(h.isExpanded(OSAKA)).to.equal(true);
      expect(h.item(OSAKA).classList.contains('selected')).to.equal(true);
      expect(h.tabStops.map((b) => visibleText(b))).to.deep.equal([OSAKA]);
      h.element.selected = 'jokowi-suga-meeting-2020';
      await h.settle();
      expect(h.isExpanded(JOKOWI_SUGA)).to.equal(true);
      expect(h.item(JOKOWI_SUGA).getAttribute('aria-current')).to.equal('true');
    });
  });

  describe('layouts', () => {
    const rects = (h: TimelineHarness) => h.items.slice(0, 2).map((i) => i.getBoundingClientRect());

    it('stacks events vertically by default', async () => {
      const h = await timeline(html`<div style="width: 900px"><cooperation-timeline actor="jica"></cooperation-timeline></div>`);
      const [a, b] = rects(h);
      expect(b.top).to.be.at.least(a.bottom - 1);
    });

    it('puts events side by side on a scrollable axis with layout="horizontal"', async () => {
      const h = await timeline(html`<div style="width: 900px"><cooperation-timeline layout="horizontal" actor="bio-farma"></cooperation-timeline></div>`);
      const [a, b] = rects(h);
      expect(b.left).to.be.at.least(a.right - 1);
      expect(Math.abs(b.top - a.top)).to.be.below(2);
      const list = h.lists[0];
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      // Year ticks on the axis.
      expect(visibleText(h.items[0].querySelector('.tick')!)).to.equal('2020');
    });

    it('picks the layout by its own width with layout="auto"', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 1000px">
        <div id="wide" style="width: 960px"><cooperation-timeline layout="auto" actor="bio-farma"></cooperation-timeline></div>
        <div id="narrow" style="width: 360px"><cooperation-timeline layout="auto" actor="bio-farma"></cooperation-timeline></div>
      </div>`);
      const [wide, narrow] = [...page.querySelectorAll('cooperation-timeline')].map((el) => new TimelineHarness(el));
      await wide.settle();
      await narrow.settle();
      const [wa, wb] = rects(wide);
      expect(wb.left, 'wide: side by side').to.be.at.least(wa.right - 1);
      const [na, nb] = rects(narrow);
      expect(nb.top, 'narrow: stacked').to.be.at.least(na.bottom - 1);
      // The viewport is the same for both: the element's own width decides.
      (page.querySelector('#wide') as HTMLElement).style.width = '360px';
      await new Promise((r) => requestAnimationFrame(r));
      const [xa, xb] = rects(wide);
      expect(xb.top, 'narrowed: stacked').to.be.at.least(xa.bottom - 1);
    });

    it('mirrors in right-to-left pages: axis on the right, ArrowLeft moves forward', async () => {
      const h = await timeline(html`<div dir="rtl" style="width: 600px"><cooperation-timeline actor="jica"></cooperation-timeline></div>`);
      await h.openUndated();
      const item = h.items[0];
      const style = getComputedStyle(item);
      expect(style.borderRightWidth).to.equal('2px');
      expect(style.borderLeftWidth).to.equal('0px');
      const itemRect = item.getBoundingClientRect();
      const title = h.toggles[0].getBoundingClientRect();
      expect(itemRect.right - title.right, 'text starts from the right, next to the axis').to.be.below(itemRect.width / 2);
      const [first, second] = h.titles;
      h.toggles[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(h.focusedTitle).to.equal(second);
      await sendKeys({ press: 'ArrowRight' });
      expect(h.focusedTitle).to.equal(first);
    });

    it('runs the horizontal axis from right to left in RTL pages', async () => {
      const h = await timeline(html`<div dir="rtl" style="width: 900px"><cooperation-timeline layout="horizontal" actor="bio-farma"></cooperation-timeline></div>`);
      const [a, b] = rects(h);
      expect(b.right).to.be.at.most(a.left + 1);
    });
  });

  describe('filter bar', () => {
    it('filters by country, sector, years and text, announcing the count politely', async () => {
      const h = await timeline(html`<cooperation-timeline controls></cooperation-timeline>`);
      const form = h.root.querySelector('[part~="controls"]')!;
      expect(form.getAttribute('role')).to.equal('search');
      expect(h.countText).to.equal('59 events');
      expect(h.countRegion.classList.contains('visually-hidden')).to.equal(false);

      await h.choose('Country', 'South Korea');
      expect(h.titles).to.deep.equal(KOREA);
      expect(h.countText).to.equal('6 events');
      await h.choose('Sector', 'Research');
      expect(h.titles).to.deep.equal(['Joint research initiatives under the JWG on Health']);
      expect(h.countText).to.equal('1 event');

      h.root.querySelector<HTMLButtonElement>('[part~="controls"] button')!.click();
      await h.settle();
      expect(h.countText).to.equal('59 events');

      await h.choose('From year', '2014');
      await h.choose('To year', '2015');
      expect(h.titles).to.deep.equal(SOURCE_003);
      expect(h.countText).to.equal('10 events');

      const search = h.control<HTMLInputElement>('Search');
      search.focus();
      await sendKeys({ type: 'MoU' });
      await h.settle();
      expect(h.titles).to.deep.equal([SOURCE_003[0], SOURCE_003[7]]);
      expect(h.countText).to.equal('2 events');
      await expect(h.element).to.be.accessible();
    });

    it('offers the years events start or end in, and shows a bound the page set instead of "Any"', async () => {
      const h = await timeline(html`<cooperation-timeline controls from="2020"></cooperation-timeline>`);
      const from = h.control<HTMLSelectElement>('From year');
      const to = h.control<HTMLSelectElement>('To year');
      expect(from.selectedOptions[0].textContent!.trim(), 'the list is filtered from 2020').to.equal('2020');
      expect(to.selectedOptions[0].textContent!.trim()).to.equal('Any');
      const offered = [...from.options].slice(1).map((o) => Number(o.value));
      const eventYears = new Set(bundledCopy().events.flatMap((e) => (e.date ? [e.date.start, e.date.end ?? e.date.start].map((d) => Number(d.slice(0, 4))) : [])));
      expect(offered).to.deep.equal([...eventYears].sort((a, b) => a - b));
      expect(offered.length, 'not every year from the first to the last').to.be.below(Math.max(...offered) - Math.min(...offered) + 1);
    });

    it('narrows the attribute filters, never widens them', async () => {
      const h = await timeline(html`<cooperation-timeline controls to="2022-10" sectors="labour research"></cooperation-timeline>`);
      const before = h.titles;
      expect(before).to.deep.equal(['GPFI signs a cooperation commitment with Japanese partners']);
      await h.choose('To year', '2022');
      expect(h.titles, 'a later year in the bar keeps to="2022-10"').to.deep.equal(before);
      await h.choose('Sector', 'Defense');
      expect(h.items).to.have.length(0);
      expect(h.emptyText).to.equal('No events match these filters.');
    });

    it('speaks Indonesian', async () => {
      const h = await timeline(html`<div lang="id"><cooperation-timeline controls></cooperation-timeline></div>`);
      await h.choose('Negara', 'Korea Selatan');
      expect(h.countText).to.equal('6 peristiwa');
      await expect(h.element).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe expanded, in the dark theme and in Indonesian', async () => {
      const h = await timeline(html`<div lang="id" style="background: #16191d; padding: 1rem">
        <cooperation-timeline theme="dark" controls selected="osaka-pharma-medical-device-forum-2022"></cooperation-timeline>
      </div>`);
      expect(h.isExpanded(OSAKA_ID)).to.equal(true);
      await expect(h.element).to.be.accessible();
    });

    it('passes axe in the dark theme, differing in colour', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cooperation-timeline theme="light" actor="jica"></cooperation-timeline>
        <div style="background: #000"><cooperation-timeline theme="dark" actor="jica"></cooperation-timeline></div>
      </div>`);
      const [light, dark] = [...page.querySelectorAll('cooperation-timeline')].map((el) => new TimelineHarness(el));
      await light.settle();
      await dark.settle();
      dark.toggles[0].click();
      await dark.settle();
      expect(getComputedStyle(dark.toggles[0]).color).to.not.equal(getComputedStyle(light.toggles[0]).color);
      await expect(dark.element).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    const MARKUP = '<img src=x onerror="window.__pwned=1">';
    const JS_URL = 'javascript:window.__pwned=2';
    const RTL = '\u202Egnp.exe event';
    const LONG = 'W'.repeat(10_000);

    it('renders markup, javascript: URLs, RTL overrides and 10 000 characters as inert text within 320px', async () => {
      const data = bundledCopy();
      const titles = { 'jokowi-suga-meeting-2020': MARKUP, 'osaka-pharma-medical-device-forum-2022': JS_URL, 'japan-astrazeneca-doses-2021': RTL, 'jica-health-support-since-1970s': LONG };
      for (const [id, title] of Object.entries(titles)) data.events.find((e) => e.id === id)!.title = { en: title, id: title };
      const warnings = captureWarnings();
      let page!: HTMLElement;
      try {
        page = await fixture<HTMLElement>(html`<div style="width: 320px">
          <kerjasama-data .data=${data}><cooperation-timeline controls></cooperation-timeline></kerjasama-data>
        </div>`);
        const h = new TimelineHarness(page.querySelector('cooperation-timeline')!);
        await h.settle();
        for (const title of Object.values(titles)) expect(h.titles).to.include(title);
        h.toggle(MARKUP).click();
        h.toggle(LONG).click();
        await h.settle();
        expect(h.root.querySelector('img, script, a[href^="javascript"]')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(page.scrollWidth, 'no horizontal overflow').to.be.at.most(320);
        for (const title of Object.values(titles)) {
          const rect = h.item(title).getBoundingClientRect();
          expect(rect.width, title.slice(0, 20)).to.be.at.most(320);
          expect(h.toggle(title).getBoundingClientRect().right).to.be.at.most(page.getBoundingClientRect().right + 0.5);
        }
        // The override stays inside its title: the date and sector around it are untouched.
        expect(h.dateText(RTL)).to.equal('2021');
        expect(visibleText(h.item(RTL).querySelector('.meta')!)).to.equal('Health · Japan, Indonesia');
      } finally {
        warnings.restore();
      }
    });
  });
});
