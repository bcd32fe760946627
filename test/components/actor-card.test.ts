import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { KjSelectEvent } from '../../src/events.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { DatasetT } from '../../src/data/schema.js';
import { warningsDuring } from '../support/stubs.js';
import { settled } from '../support/dom.js';

// Facts from data/records (pinned in test/data/facts.test.ts): JICA takes part in three events
// (c. 1970 health support; undated: six decades of involvement, the COVAX contributions) and one
// flow (its health work since the 1970s, no amount); its two evidence quotes come from source 000,
// cited as Azmi et al. (no date printed).
const JICA_EVENTS_EN = [
  "JICA works on Indonesia's healthcare system since the 1970s",
  'Six decades of Japanese involvement in Indonesian development',
  'Japan contributes funds and vaccines under WHO direction; Indonesia receives 6.88 million Japanese doses',
];
const JICA_EVENTS_ID = [
  'JICA berkiprah dalam sistem kesehatan Indonesia sejak 1970-an',
  'Enam dekade keterlibatan Jepang dalam pembangunan Indonesia',
  'Jepang menyumbang dana dan vaksin di bawah arahan WHO; Indonesia menerima 6,88 juta dosis vaksin Jepang',
];

// Bidi isolates (FSI/PDI) around names are invisible; leave them out of comparisons.
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const root = (el: Element) => el.shadowRoot!;
const eventButtons = (el: ActorCard) => [...root(el).querySelectorAll<HTMLButtonElement>('button.event-button')];
const chipButton = (el: ActorCard) => root(el).querySelector<HTMLButtonElement>('button.chip')!;
const popoverOf = (el: ActorCard) => root(el).querySelector<HTMLElement>('[popover]')!;
/** The pair in the profile's description list whose term is `term`. */
function described(el: ActorCard, term: string): string {
  const dts = [...root(el).querySelectorAll('dt')];
  const dt = dts.find((d) => text(d) === term);
  return text(dt?.nextElementSibling);
}


async function toggled(popover: HTMLElement, action: () => unknown | Promise<unknown>, host: ActorCard): Promise<void> {
  const done = oneEvent(popover, 'toggle');
  await action();
  await done;
  await host.updateComplete;
}

describe('<actor-card>', () => {
  describe('card', () => {
    it('shows name, alternative names, kind, country and role', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      const article = root(el).querySelector('article')!;
      const name = root(el).querySelector('h3')!;
      expect(text(name)).to.equal('Japan International Cooperation Agency');
      // The profile is a landmark-free article named by its heading.
      expect(article.getAttribute('aria-labelledby')).to.equal(name.id);
      // "Jica" differs from "JICA" only in case: one name.
      expect(text(root(el).querySelector('.alt'))).to.equal('Also known as: JICA');
      expect(described(el, 'Kind')).to.equal('Government body');
      expect(described(el, 'Country')).to.equal(new Intl.DisplayNames(['en'], { type: 'region' }).of('JP'));
      expect(described(el, 'Country')).to.equal('Japan');
      expect(described(el, 'Role')).to.contain('main institutional mechanism of Japan–Indonesia health cooperation');
    });

    it('keeps a related flow in its reading order on a right-to-left page: from Japan to Indonesia, not reversed', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 420px"><actor-card actor="jica"></actor-card></div>`);
      const el = wrapper.querySelector<ActorCard>('actor-card')!;
      await el.updateComplete;
      const li = root(el).querySelector('ul.flows li')!;
      const node = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /Japan/.test(n.textContent ?? ''))!;
      // The first line's words, left to right (the summary wraps: compare within its first line).
      const box = (word: string, from = 0) => {
        const range = document.createRange();
        const at = node.textContent!.indexOf(word, from);
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        return range.getClientRects()[0];
      };
      const [japan, to, indonesia] = [box('Japan'), box(' to ', 0), box('Indonesia')];
      expect(text(li)).to.match(/^Japan to Indonesia through /);
      expect(to.top, 'on one line').to.equal(japan.top);
      expect(japan.left, 'Japan, then "to", then Indonesia, left to right').to.be.below(to.left);
      expect(to.left).to.be.below(indonesia.left);
    });

    it('lays out English text on a right-to-left page as English: the full stop ends the sentence, on the right', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 420px"><actor-card actor="jica"></actor-card></div>`);
      const el = wrapper.querySelector<ActorCard>('actor-card')!;
      await el.updateComplete;
      const role = [...root(el).querySelectorAll('dd')].find((dd) => /donations\.$/.test(text(dd)))!;
      const node = [...role.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /donations\./.test(n.textContent ?? ''))!;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return range.getClientRects()[0];
      };
      const end = node.textContent!.lastIndexOf('donations.');
      const [word, stop] = [at(end, end + 'donations'.length), at(end + 'donations'.length, end + 'donations.'.length)];
      expect(stop.top, 'on one line').to.equal(word.top);
      expect(stop.left, 'the full stop after the word, not before it').to.be.at.least(word.right - 1);
      // Still mirrored: the paragraph keeps to the right, the card's start side.
      expect(role.getBoundingClientRect().right - stop.right, 'right-aligned').to.be.below(2);
    });

    it('counts and lists the related events and flows', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      const counts = [...root(el).querySelectorAll('.related .count')].map(text);
      expect(counts).to.deep.equal(['3 related events', '1 related flow']);
      // Dated events by date (c. 1970), the undated ones last.
      expect(eventButtons(el).map(text)).to.deep.equal(JICA_EVENTS_EN);
      const flows = [...root(el).querySelectorAll('.related ul')][1];
      expect(flows.querySelectorAll('li')).to.have.length(1);
      expect(text(flows)).to.contain('Japan to Indonesia');
      expect(text(flows)).to.contain('Japan International Cooperation Agency');
      expect(text(flows)).to.contain('Official development assistance');
      expect(text(flows)).to.contain('c. 1970');
    });

    it('quotes the evidence with citation badges to its source', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      const button = root(el).querySelector<HTMLButtonElement>('.evidence button')!;
      expect(text(button)).to.equal('Evidence (2)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('.evidence blockquote'), 'quotes open on the button').to.equal(null);
      button.click();
      await settled(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const quotes = [...root(el).querySelectorAll('.evidence blockquote')];
      expect(quotes).to.have.length(2);
      expect(text(quotes[0])).to.contain("the Japan International Cooperation Agency (JICA), which has been dedicated to improving Indonesia's healthcare system since the 1970s.");
      expect(text(quotes[1])).to.contain('by donating coronavirus vaccines by means of JICA (Panda, 2022).');
      for (const quote of quotes) {
        const badge = quote.querySelector<CitationBadge>('citation-badge')!;
        expect(badge, 'badge in quote').to.not.equal(null);
        expect(badge.cite).to.equal('azmi-2023');
        await badge.updateComplete;
        const marker = badge.shadowRoot!.querySelector('button')!;
        // The source prints no publication date, so APA says "n.d.".
        expect(text(marker)).to.match(/^\(Azmi et al\., n\.d\.\)/);
      }
    });

    it('speaks Indonesian under lang="id"', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="id"><actor-card actor="jica"></actor-card></div>`);
      const el = wrapper.querySelector('actor-card')!;
      await el.updateComplete;
      expect(described(el, 'Jenis')).to.equal('Lembaga pemerintah');
      expect(described(el, 'Negara')).to.equal('Jepang');
      expect(described(el, 'Peran')).to.contain('mekanisme kelembagaan utama');
      expect(text(root(el).querySelector('.alt'))).to.equal('Juga dikenal sebagai: JICA');
      expect([...root(el).querySelectorAll('.related .count')].map(text)).to.deep.equal(['3 peristiwa terkait', '1 aliran terkait']);
      expect(eventButtons(el).map(text)).to.deep.equal(JICA_EVENTS_ID);
      expect(text(root(el).querySelector('.related'))).to.contain('Bantuan pembangunan resmi (ODA)');
      await expect(el).to.be.accessible();
    });

    it('follows a change of the page language', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><actor-card actor="jica"></actor-card></div>`);
      const el = wrapper.querySelector('actor-card')!;
      expect(described(el, 'Kind')).to.equal('Government body');
      wrapper.lang = 'id';
      // The locale controller hears the change through a MutationObserver (a microtask).
      await Promise.resolve();
      await el.updateComplete;
      expect(described(el, 'Jenis')).to.equal('Lembaga pemerintah');
    });

    it('fires kj-select out to the document when a related event is clicked', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      const button = eventButtons(el)[0];
      setTimeout(() => button.click());
      const event = (await oneEvent(document, 'kj-select')) as KjSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'event', id: 'jica-health-support-since-1970s' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('fires kj-select when a related event is activated from the keyboard', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      const [first, second, third] = eventButtons(el);
      first.focus();
      expect(root(el).activeElement).to.equal(first);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(second);
      let selected = oneEvent(document, 'kj-select') as Promise<KjSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ type: 'event', id: 'japan-indonesia-development-six-decades' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(third);
      selected = oneEvent(document, 'kj-select') as Promise<KjSelectEvent>;
      await sendKeys({ press: 'Space' });
      expect((await selected).detail).to.deep.equal({ type: 'event', id: 'japan-covax-contributions' });
    });

    it('uses the configured heading level', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" heading-level="2"></actor-card>`);
      expect(text(root(el).querySelector('h2'))).to.equal('Japan International Cooperation Agency');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(root(el).querySelector('h3'), 'default level once the attribute is removed').to.not.equal(null);
    });

    it('differs in colour in the dark theme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <actor-card actor="jica" theme="light"></actor-card>
        <div style="background:#000"><actor-card actor="jica" theme="dark"></actor-card></div>
      </div>`);
      const [light, dark] = [...wrapper.querySelectorAll('actor-card')];
      const l = getComputedStyle(root(light).querySelector('article')!);
      const d = getComputedStyle(root(dark).querySelector('article')!);
      expect(d.backgroundColor).to.not.equal(l.backgroundColor);
      expect(d.color).to.not.equal(l.color);
      expect(getComputedStyle(eventButtons(dark)[0]).color).to.not.equal(getComputedStyle(eventButtons(light)[0]).color);
      await expect(light).to.be.accessible();
      await expect(dark).to.be.accessible();
    });

    it('is accessible', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('chip', () => {
    it('is an inline button with the name, closed at first', async () => {
      const el = await fixture<ActorCard>(html`<p>Vaccines came through <actor-card actor="jica" variant="chip"></actor-card>.</p>`).then(
        (p) => p.querySelector('actor-card')!,
      );
      const chip = chipButton(el);
      expect(text(chip)).to.equal('Japan International Cooperation Agency');
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(chip.getAttribute('aria-expanded')).to.equal('false');
      expect(chip.getAttribute('aria-controls')).to.equal(popoverOf(el).id);
      expect(popoverOf(el).matches(':popover-open')).to.equal(false);
      expect(el.open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('opens the profile on click and closes with Escape without moving focus', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
      const chip = chipButton(el);
      const popover = popoverOf(el);
      await toggled(popover, () => chip.click(), el);
      expect(chip.getAttribute('aria-expanded')).to.equal('true');
      expect(popover.matches(':popover-open')).to.equal(true);
      expect(el.open).to.equal(true);
      const heading = popover.querySelector('h3')!;
      expect(text(heading)).to.equal('Japan International Cooperation Agency');
      expect(popover.getAttribute('role')).to.equal('dialog');
      expect(popover.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(popover)).to.contain('Government body');
      expect(text(popover)).to.contain('3 related events');
      await expect(el).to.be.accessible();

      chip.focus();
      await toggled(popover, () => sendKeys({ press: 'Escape' }), el);
      expect(chip.getAttribute('aria-expanded')).to.equal('false');
      expect(popover.matches(':popover-open')).to.equal(false);
      expect(document.activeElement).to.equal(el);
      expect(root(el).activeElement).to.equal(chip);
    });

    it('returns focus to the chip when Escape is pressed inside the profile', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
      const chip = chipButton(el);
      const popover = popoverOf(el);
      chip.focus();
      await toggled(popover, () => sendKeys({ press: 'Enter' }), el);
      const inside = popover.querySelector<HTMLElement>('a[href], button');
      expect(inside, 'something to focus in the profile').to.not.equal(null);
      inside!.focus();
      await toggled(popover, () => sendKeys({ press: 'Escape' }), el);
      expect(popover.matches(':popover-open')).to.equal(false);
      expect(root(el).activeElement).to.equal(chip);
    });

    it('opens with Enter and with Space', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
      const chip = chipButton(el);
      const popover = popoverOf(el);
      chip.focus();
      await toggled(popover, () => sendKeys({ press: 'Enter' }), el);
      expect(chip.getAttribute('aria-expanded')).to.equal('true');
      await toggled(popover, () => sendKeys({ press: 'Escape' }), el);
      expect(chip.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).activeElement).to.equal(chip);
      await toggled(popover, () => sendKeys({ press: 'Space' }), el);
      expect(chip.getAttribute('aria-expanded')).to.equal('true');
      expect(popover.matches(':popover-open')).to.equal(true);
    });

    it('fires kj-select from an event in the open profile', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
      await toggled(popoverOf(el), () => chipButton(el).click(), el);
      const button = eventButtons(el)[1];
      setTimeout(() => button.click());
      const event = (await oneEvent(document, 'kj-select')) as KjSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'event', id: 'japan-indonesia-development-six-decades' });
    });

    it('is accessible open in the dark theme and in Indonesian', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="id" style="background:#16191d">
        <actor-card actor="jica" variant="chip" theme="dark"></actor-card>
      </div>`);
      const el = wrapper.querySelector('actor-card')!;
      await toggled(popoverOf(el), () => chipButton(el).click(), el);
      expect(text(popoverOf(el))).to.contain('Lembaga pemerintah');
      await expect(el).to.be.accessible();
    });
  });

  describe('structured data', () => {
    const scripts = (el: Element) => el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]');

    it('emits one schema.org Person for a person, removed with the attribute', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="joko-widodo" structured-data></actor-card>`);
      expect(scripts(el)).to.have.length(1);
      const ld = JSON.parse(scripts(el)[0].textContent!);
      expect(ld['@context']).to.equal('https://schema.org');
      expect(ld['@type']).to.equal('Person');
      expect(ld.name).to.equal('Joko Widodo');
      expect(ld.alternateName).to.deep.equal(['Jokowi']);
      // Re-rendering (a language change) keeps exactly one script.
      el.requestUpdate();
      await el.updateComplete;
      expect(scripts(el)).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(scripts(el)).to.have.length(0);
    });

    it('emits an Organization type for an organisation', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor="jica" structured-data></actor-card>`);
      expect(scripts(el)).to.have.length(1);
      const ld = JSON.parse(scripts(el)[0].textContent!);
      // GovernmentOrganization is a schema.org Organization subtype.
      expect(['Organization', 'GovernmentOrganization']).to.include(ld['@type']);
      expect(ld.name).to.equal('Japan International Cooperation Agency');
      expect(ld.alternateName).to.deep.equal(['JICA', 'Jica']);
    });

    it('emits nothing without the attribute or for an unknown actor', async () => {
      const warnings = await warningsDuring(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <actor-card actor="jica"></actor-card>
          <actor-card actor="nobody-at-all" structured-data></actor-card>
        </div>`);
        expect(scripts(wrapper)).to.have.length(0);
      });
      expect(warnings).to.have.length(1);
    });

    it('restores the script when the card is moved', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section></section><actor-card actor="joko-widodo" structured-data></actor-card></div>`);
      const el = wrapper.querySelector('actor-card')!;
      expect(scripts(el)).to.have.length(1);
      wrapper.querySelector('section')!.append(el);
      await el.updateComplete;
      expect(scripts(el)).to.have.length(1);
    });
  });

  describe('unknown actor', () => {
    it('shows an accessible not-found state naming the id and warns once', async () => {
      let el!: ActorCard;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ActorCard>(html`<actor-card actor="no-such-actor"></actor-card>`);
        el.requestUpdate();
        await el.updateComplete;
        el.theme = 'dark';
        await el.updateComplete;
      });
      const status = root(el).querySelector('[role="status"]')!;
      expect(text(status)).to.equal('No actor with the id “no-such-actor” in this dataset.');
      expect(status.checkVisibility()).to.equal(true);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('no-such-actor');
      await expect(el).to.be.accessible();
    });

    it('says so in Indonesian and as a chip', async () => {
      const warnings = await warningsDuring(async () => {
        const wrapper = await fixture<HTMLElement>(html`<p lang="id">Lihat <actor-card actor="tidak-ada" variant="chip"></actor-card>.</p>`);
        const el = wrapper.querySelector('actor-card')!;
        const status = root(el).querySelector('[role="status"]')!;
        expect(text(status)).to.contain('[?]');
        expect(text(status)).to.contain('Tidak ada aktor dengan id “tidak-ada”');
        await expect(el).to.be.accessible();
      });
      expect(warnings).to.have.length(1);
    });
  });

  describe('hostile data', () => {
    const MARKUP = '<img src=x onerror="window.__pwned=1">';
    const LONG = 'W'.repeat(10_000);
    const RTL = '\u202Egnp.exe Agency';

    function hostileDataset(): DatasetT {
      const data = structuredClone(bundledDataset);
      const actor = (id: string) => data.actors.find((a) => a.id === id)!;
      actor('jica').name = MARKUP;
      actor('jica').altNames = [MARKUP, RTL];
      actor('who').name = LONG;
      // States are named by Intl in the reader's language; JICA's name is also in its related
      // flow (Japan to Indonesia, through JICA).
      actor('jica').name = `${RTL} ${MARKUP}`;
      return data;
    }

    it('renders markup, 10 000-character names and RTL overrides as inert text inside 320px', async () => {
      let wrapper!: HTMLElement;
      await warningsDuring(async () => {
        wrapper = await fixture<HTMLElement>(html`<div style="width:320px">
          <kerjasama-data .data=${hostileDataset()}>
            <actor-card actor="jica"></actor-card>
            <actor-card actor="who"></actor-card>
            <p>Via <actor-card actor="who" variant="chip"></actor-card> and <actor-card actor="jica" variant="chip"></actor-card>.</p>
          </kerjasama-data>
        </div>`);
        const cards = [...wrapper.querySelectorAll('actor-card')];
        await Promise.all(cards.map((c) => c.updateComplete));
      });
      const [jica, who, whoChip, jicaChip] = [...wrapper.querySelectorAll('actor-card')];
      expect(text(root(jica).querySelector('h3'))).to.equal(`${RTL} ${MARKUP}`);
      expect(text(root(jica).querySelector('.alt'))).to.contain(RTL);
      // In running text the name is bidi-isolated, so its override cannot reorder what follows.
      expect(root(jica).querySelector('.related')!.textContent).to.contain(`\u2068${RTL} ${MARKUP}\u2069`);
      expect(text(root(who).querySelector('h3'))).to.equal(LONG);
      expect(text(chipButton(jicaChip))).to.equal(`${RTL} ${MARKUP}`);
      for (const card of [jica, who, whoChip, jicaChip]) {
        expect(root(card).querySelector('img, script'), 'no element from data').to.equal(null);
      }
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(wrapper.scrollWidth, 'no horizontal overflow of the container').to.be.at.most(320);
      for (const card of [jica, who]) {
        const article = root(card).querySelector('article')!;
        expect(article.getBoundingClientRect().width).to.be.at.most(320);
        expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      }
      expect(chipButton(whoChip).getBoundingClientRect().width).to.be.at.most(320);

      // Opening the hostile chip keeps everything inert and inside the viewport.
      await toggled(popoverOf(jicaChip), () => chipButton(jicaChip).click(), jicaChip as ActorCard);
      expect(root(jicaChip).querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps hostile names inert in the JSON-LD', async () => {
      let el!: ActorCard;
      await warningsDuring(async () => {
        const data = hostileDataset();
        data.actors.find((a) => a.id === 'jica')!.name = '</script><script>window.__pwned=1</script>';
        const wrapper = await fixture<HTMLElement>(html`<kerjasama-data .data=${data}><actor-card actor="jica" structured-data></actor-card></kerjasama-data>`);
        el = wrapper.querySelector('actor-card')!;
        await el.updateComplete;
      });
      const scripts = el.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!).name).to.equal('</script><script>window.__pwned=1</script>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
