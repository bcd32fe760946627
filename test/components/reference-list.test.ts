import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import type { ReferenceList } from '../../src/components/reference-list/reference-list.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { CitationStyle, Locale } from '../../src/data/schema.js';
import { warningsDuring } from '../support/stubs.js';
import { settled } from '../support/dom.js';

const SOURCE_000 = '000_4396ecaf486911db';
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const items = (list: ReferenceList) => [...root(list).querySelectorAll('li')];
/** A reference as the dataset formats it (the facts the list must show, not its logic). */
function formatted(id: string, style: CitationStyle = 'apa', locale: Locale = 'en'): string {
  const c = bundledDataset.citations.find((x) => x.id === id)!;
  return c.formatted[style][locale].bibliography.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
}
/** The reference text of an item, without its back-links. */
function referenceText(li: Element): string {
  const clone = li.cloneNode(true) as Element;
  clone.querySelector('.backlinks')?.remove();
  clone.querySelector('.in-text-only')?.remove();
  return text(clone);
}

/** Badges join their scope and the list re-renders a microtask later. */
async function settle(list: ReferenceList): Promise<void> {
  await Promise.resolve();
  await list.updateComplete;
}


async function page(format: 'numeric' | 'author-date', listAttrs = html``) {
  const wrapper = await fixture<HTMLElement>(html`<article>
    <p>
      Japan funded COVAX <citation-badge format=${format} cite="panda-2022"></citation-badge>; vaccine diplomacy has a history
      <citation-badge format=${format} cite="hotez-2014 panda-2022"></citation-badge>; doses arrived
      <citation-badge format=${format} cite="bhwana-2022"></citation-badge>.
    </p>
    <reference-list format=${format}>${listAttrs}</reference-list>
  </article>`);
  const list = wrapper.querySelector('reference-list')!;
  await settle(list);
  return { wrapper, list, badges: [...wrapper.querySelectorAll('citation-badge')] as CitationBadge[] };
}

describe('<reference-list>', () => {
  it('lists cited references in citation order as a numbered list for numeric format', async () => {
    const { list } = await page('numeric');
    const ol = root(list).querySelector('ol')!;
    expect(ol, 'an ordered list').to.not.equal(null);
    expect(root(list).querySelector('ul')).to.equal(null);
    const lis = items(list);
    expect(lis.map(referenceText)).to.deep.equal([formatted('panda-2022'), formatted('hotez-2014'), formatted('bhwana-2022')]);
    expect(lis.map((li) => (li as HTMLLIElement).value)).to.deep.equal([1, 2, 3]);
    await expect(list).to.be.accessible();
  });

  it('lists cited references alphabetically for author-date', async () => {
    const { list } = await page('author-date');
    expect(root(list).querySelector('ul'), 'an unordered list').to.not.equal(null);
    expect(root(list).querySelector('ol')).to.equal(null);
    expect(items(list).map(referenceText)).to.deep.equal([formatted('bhwana-2022'), formatted('hotez-2014'), formatted('panda-2022')]);
    await expect(list).to.be.accessible();
  });

  it('links references and nothing else', async () => {
    const { list } = await page('numeric');
    const hotez = items(list)[1];
    const link = hotez.querySelector<HTMLAnchorElement>('a[href^="https://doi.org/"]')!;
    expect(link.href).to.equal('https://doi.org/10.1371/journal.pntd.0002808');
    expect(text(link)).to.equal('https://doi.org/10.1371/journal.pntd.0002808');
  });

  it('updates when badges are added and removed', async () => {
    const { wrapper, list, badges } = await page('numeric');
    const badge = document.createElement('citation-badge');
    badge.format = 'numeric';
    badge.cite = 'jayanti-2020';
    wrapper.querySelector('p')!.prepend(badge);
    await settle(list);
    expect(items(list).map(referenceText)).to.deep.equal([
      formatted('jayanti-2020'),
      formatted('panda-2022'),
      formatted('hotez-2014'),
      formatted('bhwana-2022'),
    ]);
    badges[2].remove();
    badges[1].remove();
    await settle(list);
    expect(items(list).map(referenceText)).to.deep.equal([formatted('jayanti-2020'), formatted('panda-2022')]);
    badge.cite = 'hotez-2014';
    await badge.updateComplete;
    await settle(list);
    expect(items(list).map(referenceText)).to.deep.equal([formatted('hotez-2014'), formatted('panda-2022')]);
  });

  it('links back to each place a reference is cited and moves focus there', async () => {
    const { list, badges } = await page('numeric');
    const panda = items(list)[0];
    const backlinks = [...panda.querySelectorAll<HTMLAnchorElement>('.backlinks a')];
    expect(backlinks.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Back to citation 1', 'Back to citation 2']);
    expect(items(list)[2].querySelectorAll('.backlinks a')).to.have.length(1);
    // Until a reader reaches for a link, the badges keep the markup the page wrote (no id).
    expect(badges.map((b) => b.getAttributeNames().sort())).to.deep.equal(badges.map(() => ['cite', 'format']));

    backlinks[1].click();
    expect(document.activeElement).to.equal(badges[1]);
    expect(root(badges[1]).activeElement).to.equal(root(badges[1]).querySelector('button.marker'));

    backlinks[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(badges[0]);
    expect(root(badges[0]).activeElement).to.equal(root(badges[0]).querySelector('button.marker'));
    // A backlink's href is a real target once reached for (open in a new tab, copy the link).
    const href = (a: HTMLAnchorElement) => a.getAttribute('href')!.slice(1);
    expect(document.getElementById(href(backlinks[0]))).to.equal(badges[0]);
    const third = items(list)[2].querySelector<HTMLAnchorElement>('.backlinks a')!;
    expect(document.getElementById(href(third))).to.equal(null);
    const { x, y, width, height } = third.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    expect(document.getElementById(href(third))).to.equal(badges[2]);
  });

  it("links back to a badge's own id", async () => {
    const { list, badges } = await page('numeric');
    badges[2].id = 'my-citation';
    badges[2].cite = 'jayanti-2020'; // a change of what it cites renders the list again
    await badges[2].updateComplete;
    await settle(list);
    const links = [...root(list).querySelectorAll<HTMLAnchorElement>('.backlinks a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('#my-citation');
  });

  it('lists the whole bibliography with all', async () => {
    const el = await fixture<ReferenceList>(html`<reference-list all></reference-list>`);
    const lis = items(el);
    expect(lis).to.have.length(30);
    expect(root(el).querySelector('ul')).to.not.equal(null);
    const texts = lis.map(referenceText);
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    expect(texts).to.deep.equal([...texts].sort(collator.compare));
    expect(root(el).querySelectorAll('.backlinks a')).to.have.length(0);
  });

  it('lists only the works a source cites with all source="…"', async () => {
    const el = await fixture<ReferenceList>(html`<reference-list all source=${SOURCE_000}></reference-list>`);
    const expected = bundledDataset.citations.filter((c) => c.citedBy?.includes(SOURCE_000)).map((c) => formatted(c.id));
    expect(expected).to.have.length(25);
    const shown = items(el).map(referenceText);
    expect(shown).to.have.length(25);
    expect([...shown].sort()).to.deep.equal([...expected].sort());
    // The source document itself (Azmi et al.) does not cite itself.
    expect(shown).to.not.include(formatted('azmi-2023'));
    await expect(el).to.be.accessible();
  });

  it('says which entries the citing document cites in its text only, in the page language', async () => {
    const inTextOnly = bundledDataset.citations.filter((c) => c.citedBy?.includes(SOURCE_000) && c.inBibliography === false).map((c) => c.id);
    expect(inTextOnly).to.include('kemlu-2021');
    for (const [lang, says] of [
      ['en', 'Cited in the text only: the citing document gives no full reference.'],
      ['id', 'Hanya dikutip dalam teks: dokumen yang mengutipnya tidak memuat referensi lengkap.'],
    ]) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><reference-list all source=${SOURCE_000}></reference-list></div>`);
      const el = wrapper.querySelector('reference-list')!;
      await settled(el);
      const noted = items(el).filter((li) => li.querySelector('.in-text-only'));
      expect(noted, lang).to.have.length(inTextOnly.length);
      for (const li of noted) expect(text(li.querySelector('.in-text-only')), lang).to.equal(says);
      // Each noted entry is one of those records, shown as the dataset formats it.
      expect(noted.map(referenceText).sort(), lang).to.deep.equal(inTextOnly.map((id) => formatted(id, 'apa', lang as Locale)).sort());
      await expect(el).to.be.accessible();
    }
  });

  it('gives its back links the page language inside an entry in the dataset\'s (a screen reader voices their label right)', async () => {
    for (const lang of ['ja', 'ko']) {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}><p>x <citation-badge cite="hotez-2014"></citation-badge></p><reference-list></reference-list></div>`);
      const list = page.querySelector('reference-list')!;
      await settled(page);
      const [li] = items(list);
      expect(li.getAttribute('lang'), lang).to.equal('en');
      // Text in its own language takes its direction from its own letters (Arabic on an English page, English on an Arabic one).
      expect(getComputedStyle(li).unicodeBidi).to.equal('plaintext');
      const back = li.querySelector('.backlinks a')!;
      expect(back.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
      expect(back.getAttribute('aria-label')).to.not.match(/citation/i);
    }
  });

  it('says so when a source is unknown, with one warning', async () => {
    let el!: ReferenceList;
    const warnings = await warningsDuring(async () => {
      el = await fixture<ReferenceList>(html`<reference-list all source="no-such-source"></reference-list>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(text(root(el).querySelector('.empty'))).to.equal('No references cited yet.');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('no-such-source');
  });

  it('has a configurable heading', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <reference-list all source=${SOURCE_000}></reference-list>
      <reference-list all source=${SOURCE_000} heading="Works cited" heading-level="3"></reference-list>
      <reference-list all source=${SOURCE_000} heading=""></reference-list>
      <div lang="id"><reference-list all source=${SOURCE_000}></reference-list></div>
    </div>`);
    await settled(wrapper); // the lists load their shards
    const [plain, custom, none, indonesian] = [...wrapper.querySelectorAll('reference-list')];
    const h2 = root(plain).querySelector('h2')!;
    expect(text(h2)).to.equal('References');
    expect(root(plain).querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h2.id);
    expect(text(root(custom).querySelector('h3'))).to.equal('Works cited');
    expect(root(custom).querySelector('h2')).to.equal(null);
    expect(root(none).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(root(none).querySelector('section')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(text(root(indonesian).querySelector('h2'))).to.equal('Daftar Pustaka');
    expect(items(indonesian).map(referenceText)).to.include(formatted('hotez-2014', 'apa', 'id'));
    await expect(indonesian).to.be.accessible();

    custom.headingLevel = 9;
    await custom.updateComplete;
    expect(root(custom).querySelector('h6'), 'levels clamp to 1–6').to.not.equal(null);
    custom.removeAttribute('heading-level');
    await custom.updateComplete;
    expect(root(custom).querySelector('h2'), 'default level again').to.not.equal(null);
  });

  it('leaves its heading out with heading="none", under the page own heading', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="id" aria-labelledby="own">
      <h2 id="own">Bibliografi</h2>
      <reference-list all source=${SOURCE_000} heading="none"></reference-list>
    </section>`);
    await settled(wrapper);
    const list = wrapper.querySelector('reference-list')!;
    expect(root(list).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(text(root(list))).not.to.contain('none');
    expect(text(root(list))).not.to.contain('Daftar Pustaka');
    expect(items(list).length).to.be.greaterThan(0);
    await expect(wrapper).to.be.accessible();
  });

  it('formats entries in the chosen citation style', async () => {
    const { list } = await page('numeric');
    const hotez = () => referenceText(items(list)[1]);
    expect(hotez()).to.equal(formatted('hotez-2014', 'apa'));
    for (const style of ['chicago', 'mla', 'apa'] as const) {
      list.citationStyle = style;
      await list.updateComplete;
      expect(hotez()).to.equal(formatted('hotez-2014', style));
    }
    list.setAttribute('citation-style', 'mla');
    await list.updateComplete;
    expect(hotez()).to.contain('vol. 8, no. 6, 2014');
    expect(formatted('hotez-2014', 'mla')).to.not.equal(formatted('hotez-2014', 'apa'));
  });

  it('shows an empty state when nothing is cited', async () => {
    const el = await fixture<ReferenceList>(html`<reference-list></reference-list>`);
    expect(root(el).querySelector('ol, ul')).to.equal(null);
    expect(text(root(el).querySelector('.empty'))).to.equal('No references cited yet.');
    expect(text(root(el).querySelector('h2'))).to.equal('References');
    await expect(el).to.be.accessible();
  });

  it('ignores badges inside an actor card and outside its provider', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <actor-card actor="jica"></actor-card>
      <p><citation-badge cite="hotez-2014"></citation-badge></p>
      <kerjasama-data>
        <p><citation-badge cite="panda-2022"></citation-badge></p>
        <reference-list></reference-list>
      </kerjasama-data>
    </div>`);
    const list = wrapper.querySelector('reference-list')!;
    await settle(list);
    expect(items(list).map(referenceText)).to.deep.equal([formatted('panda-2022')]);
  });

  it('is accessible in the dark theme and in Indonesian', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="id" style="background:#16191d">
      <p><citation-badge theme="dark" format="numeric" cite="hotez-2014 panda-2022"></citation-badge></p>
      <reference-list theme="dark" format="numeric"></reference-list>
    </div>`);
    const list = wrapper.querySelector('reference-list')!;
    await settle(list);
    expect(items(list).map(referenceText)).to.deep.equal([formatted('hotez-2014', 'apa', 'id'), formatted('panda-2022', 'apa', 'id')]);
    // The dark theme's default text colour, #eef0f3.
    expect(getComputedStyle(root(list).querySelector('section')!).color).to.equal('rgb(238, 240, 243)');
    await expect(list).to.be.accessible();
  });
});
