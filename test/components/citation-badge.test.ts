import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys, sendMouse, resetMouse, setViewport, emulateMedia } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import { renderReference } from '../../src/internal/render-reference.js';
import { CitationBadgeHarness, badgesIn } from '../support/citation-badge-harness.js';
import { accessibleName, deepActiveElement, deepQueryAll, overflowsHorizontally, settled, visibleText } from '../support/dom.js';
import { captureWarnings, recordCopyEvents, stubClipboard, stubExecCommandCopy } from '../support/stubs.js';
import { datasetWithHotez, formattedVariants, retitle } from '../support/datasets.js';

const HOTEZ_APA =
  'Hotez, P. J. (2014). “Vaccine Diplomacy”: Historical Perspectives and Future Directions. PLoS Neglected Tropical Diseases, 8(6), e2808. https://doi.org/10.1371/journal.pntd.0002808';
const HOTEZ_DOI = 'https://doi.org/10.1371/journal.pntd.0002808';
/** Longer than the popover's hover-open and hover-close delays (300 ms each). */
const LONGER_THAN_HOVER_DELAY = 450;

async function badge(template: TemplateResult): Promise<CitationBadgeHarness> {
  const el = await fixture<CitationBadge>(template);
  await settled(el);
  return new CitationBadgeHarness(el);
}

async function page(template: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await settled(el);
  return el;
}

const markers = (root: ParentNode) => badgesIn(root).map((b) => b.markerText);

describe('<citation-badge>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await resetMouse();
  });

  describe('marker', () => {
    it('shows an author-date marker for one id, named the same for screen readers', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      expect(b.markerText).to.equal('(Hotez, 2014)');
      expect(b.marker.tagName).to.equal('BUTTON');
      expect(await b.markerName()).to.equal('(Hotez, 2014)');
      expect(b.expanded).to.equal('false');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows text written inside it until it renders, then only its marker, in the same space', async () => {
      // The fallback pattern from the README: readers without JavaScript get the citation, and the
      // line does not reflow when the badge renders. A tag not yet defined, to see both states.
      const el = await fixture<HTMLElement>(html`<p style="width: 40rem">
        Japan donated vaccines <kj-late-badge cite="hotez-2014">(Hotez, 2014)</kj-late-badge> to Indonesia.
      </p>`);
      const late = el.querySelector('kj-late-badge')!;
      const before = late.getBoundingClientRect();
      expect(before.width, 'the fallback text shows before the badge renders').to.be.greaterThan(0);
      const Badge = customElements.get('citation-badge') as unknown as typeof CitationBadge;
      customElements.define('kj-late-badge', class extends Badge {});
      await (late as CitationBadge).updateComplete;
      const b = new CitationBadgeHarness(late as CitationBadge);
      expect(b.markerText).to.equal('(Hotez, 2014)');
      expect(await b.markerName()).to.equal('(Hotez, 2014)');
      // The light-DOM text is no longer rendered (nor read): the marker replaces it.
      const range = document.createRange();
      range.selectNodeContents(late);
      expect(range.getClientRects().length, 'fallback text still rendered').to.equal(0);
      const after = late.getBoundingClientRect();
      expect(Math.abs(after.width - before.width), 'width change, px').to.be.below(24);
      expect(Math.abs(after.top - before.top), 'moved, px').to.be.below(2);
    });

    it('reads ref, the old name of cite, in plain HTML; cite wins when a badge has both', async () => {
      const el = await page(html`<p>
        <citation-badge format="numeric" ref="hotez-2014"></citation-badge>
        <citation-badge format="numeric" cite="panda-2022" ref="hotez-2014"></citation-badge>
        <citation-badge ref="panda-2022 hotez-2014"></citation-badge>
      </p>`);
      expect(markers(el)).to.deep.equal(['[1]', '[2]', '(Panda, 2022; Hotez, 2014)']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('lists several ids in the order given', async () => {
      const b = await badge(html`<citation-badge cite="panda-2022 hotez-2014"></citation-badge>`);
      expect(b.markerText).to.equal('(Panda, 2022; Hotez, 2014)');
    });

    it('numbers citations by their first appearance in the document', async () => {
      const el = await page(html`<p>
        A <citation-badge format="numeric" cite="panda-2022"></citation-badge>
        B <citation-badge format="numeric" cite="hotez-2014 panda-2022"></citation-badge>
        C <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
        D <citation-badge format="numeric" cite="ilo-2021"></citation-badge>
      </p>`);
      expect(markers(el)).to.deep.equal(['[1]', '[1, 2]', '[2]', '[3]']);
    });

    it('tells screen readers which work a number stands for', async () => {
      const b = await badge(html`<citation-badge format="numeric" cite="hotez-2014"></citation-badge>`);
      expect(b.markerText).to.equal('[1]');
      expect(await b.markerName()).to.equal('[1] Hotez, 2014');
    });

    it('renumbers when a badge is added before the others and again when it is removed', async () => {
      const el = await page(html`<p>
        <span id="start"></span>
        <citation-badge format="numeric" cite="panda-2022"></citation-badge>
        <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
      </p>`);
      expect(markers(el)).to.deep.equal(['[1]', '[2]']);

      const added = document.createElement('citation-badge');
      added.format = 'numeric';
      added.cite = 'hotez-2014';
      el.querySelector('#start')!.after(added);
      await settled(el);
      expect(markers(el)).to.deep.equal(['[1]', '[2]', '[1]']);

      added.remove();
      await settled(el);
      expect(markers(el)).to.deep.equal(['[1]', '[2]']);
    });

    it('keeps earlier numbers when a badge is added at the end', async () => {
      const el = await page(html`<p>
        <citation-badge format="numeric" cite="panda-2022"></citation-badge>
        <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
      </p>`);
      const added = document.createElement('citation-badge');
      added.format = 'numeric';
      added.cite = 'ilo-2021 panda-2022';
      el.append(added);
      await settled(el);
      expect(markers(el)).to.deep.equal(['[1]', '[2]', '[1, 3]']);
    });

    it('renumbers when a badge cites something else', async () => {
      const el = await page(html`<p>
        <citation-badge format="numeric" cite="panda-2022"></citation-badge>
        <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
      </p>`);
      const [first] = el.querySelectorAll('citation-badge');
      first.cite = 'hotez-2014';
      await settled(el);
      expect(markers(el)).to.deep.equal(['[1]', '[1]']);
    });

    it('numbers each provider’s badges separately', async () => {
      const el = await page(html`<div>
        <kerjasama-data id="a">
          <citation-badge format="numeric" cite="panda-2022"></citation-badge>
          <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
        </kerjasama-data>
        <kerjasama-data id="b">
          <citation-badge format="numeric" cite="hotez-2014"></citation-badge>
        </kerjasama-data>
        <citation-badge format="numeric" cite="ilo-2021"></citation-badge>
      </div>`);
      expect(markers(el.querySelector('#a')!)).to.deep.equal(['[1]', '[2]']);
      expect(markers(el.querySelector('#b')!)).to.deep.equal(['[1]']);
      expect(badgesIn(el).at(-1)!.markerText).to.equal('[1]');
    });

    it('renders an unknown format as author-date, keeps the attribute as written and warns once', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014" format="bogus"></citation-badge>`);
      expect(b.markerText).to.equal('(Hotez, 2014)');
      expect(b.element.getAttribute('format')).to.equal('bogus');
      b.element.theme = 'dark'; // a re-render neither rewrites the attribute nor warns again
      await settled(b.element);
      expect(b.element.getAttribute('format')).to.equal('bogus');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('format').and.contain('"bogus"').and.contain('"author-date"');
      b.element.setAttribute('format', 'numeric'); // a valid value written later takes effect
      await settled(b.element);
      expect(b.markerText).to.equal('[1]');
    });

    it('falls back to the defaults for unknown format and style values, one warning each', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014" format="roman" citation-style="harvard"></citation-badge>`);
      expect(b.markerText).to.equal('(Hotez, 2014)');
      await b.open();
      expect(b.popoverText).to.contain(HOTEZ_APA);
      expect([b.element.getAttribute('format'), b.element.getAttribute('citation-style')]).to.deep.equal(['roman', 'harvard']);
      expect(warnings.mentioning('"roman"')).to.have.length(1);
      expect(warnings.mentioning('"harvard"')).to.have.length(1);
      expect(warnings.messages).to.have.length(2);
    });
  });

  describe('unknown ids', () => {
    it('shows "[?]", explains it to screen readers and warns once, naming the id', async () => {
      const b = await badge(html`<citation-badge cite="nope-1999"></citation-badge>`);
      expect(b.markerText).to.equal('[?]');
      expect(await b.markerName()).to.contain('Unknown reference').and.contain('nope-1999');
      b.element.theme = 'dark'; // a re-render must not warn again
      await settled(b.element);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('nope-1999');
    });

    it('still cites the known ids next to an unknown one', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014 nope"></citation-badge>`);
      expect(b.markerText).to.equal('(Hotez, 2014; ?)');
      expect(await b.markerName()).to.contain('(Hotez, 2014; ?)').and.contain('Unknown reference “nope”');
      expect(warnings.mentioning('"nope"')).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      await b.open();
      expect(b.popoverText).to.contain(HOTEZ_APA).and.contain('Unknown reference “nope”');
    });

    it('numbers only the known ids', async () => {
      const el = await page(html`<p>
        <citation-badge format="numeric" cite="nope hotez-2014"></citation-badge>
        <citation-badge format="numeric" cite="panda-2022"></citation-badge>
      </p>`);
      expect(markers(el)).to.deep.equal(['[1, ?]', '[2]']);
    });

    it('explains an empty cite', async () => {
      const b = await badge(html`<citation-badge cite=""></citation-badge>`);
      expect(b.markerText).to.equal('[?]');
      expect(await b.markerName()).to.contain('Unknown reference');
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('opening and closing the popover', () => {
    it('opens on a pointer click and closes on a second click', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      const opened = b.toggled('open');
      await sendMouse({ type: 'click', position: CitationBadgeHarness.centreOf(b.marker) });
      await opened;
      expect(b.isOpen).to.equal(true);
      expect(b.expanded).to.equal('true');
      expect(b.popover!.getAttribute('role')).to.equal('dialog');
      expect(await accessibleName(b.popover!)).to.equal('Reference');
      expect(b.marker.getAttribute('aria-controls')).to.equal(b.popover!.id);

      const closed = b.toggled('closed');
      await sendMouse({ type: 'click', position: CitationBadgeHarness.centreOf(b.marker) });
      await closed;
      expect(b.isOpen).to.equal(false);
      expect(b.expanded).to.equal('false');
    });

    it('names a popover with several references "References"', async () => {
      const b = await badge(html`<citation-badge cite="panda-2022 hotez-2014"></citation-badge>`);
      await b.open();
      expect(await accessibleName(b.popover!)).to.equal('References');
      expect(b.popover!.querySelectorAll('[part~="reference"]')).to.have.length(2);
    });

    for (const key of ['Enter', 'Space']) {
      it(`opens with ${key} on the focused marker`, async () => {
        const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
        b.element.focus();
        expect(deepActiveElement()).to.equal(b.marker);
        const opened = b.toggled('open');
        await sendKeys({ press: key });
        await opened;
        expect(b.isOpen).to.equal(true);
        expect(b.expanded).to.equal('true');
      });
    }

    it('does not open when the marker only receives focus', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(b.marker);
      // Nothing to await for "stays closed": give a delayed opener its chance first.
      await aTimeout(LONGER_THAN_HOVER_DELAY);
      expect(b.isOpen).to.equal(false);
      expect(b.expanded).to.equal('false');
    });

    it('closes on Escape and leaves focus on the marker', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      b.element.focus();
      const opened = b.toggled('open');
      await sendKeys({ press: 'Enter' });
      await opened;
      const closed = b.toggled('closed');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(b.expanded).to.equal('false');
      expect(deepActiveElement()).to.equal(b.marker);
    });

    it('returns focus to the marker when Escape is pressed inside the popover', async () => {
      const b = await badge(html`<citation-badge ref="hotez-2014"></citation-badge>`);
      b.element.focus();
      const opened = b.toggled('open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await sendKeys({ press: 'Tab' });
      expect(b.popover!.contains(deepActiveElement()), 'focus inside the popover').to.equal(true);
      const closed = b.toggled('closed');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(b.expanded).to.equal('false');
      expect(deepActiveElement()).to.equal(b.marker);
    });

    it('lets Tab move from the marker into the popover and on out of the badge', async () => {
      const el = await page(html`<div><citation-badge cite="hotez-2014"></citation-badge><button>after</button></div>`);
      const b = badgesIn(el)[0];
      b.element.focus();
      const opened = b.toggled('open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(b.links[0]);
      const stops = b.copyButtons.length;
      for (let i = 0; i < stops; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(b.copyButtons.at(-1));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(el.querySelector('button'));
    });

    it('opens on hover only after a delay, stays while the pointer is over the popover, closes after it leaves', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      let openAtEnter: boolean | undefined;
      b.marker.addEventListener('pointerenter', () => (openAtEnter = b.isOpen), { once: true });
      const opened = b.toggled('open');
      await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(b.marker) });
      await opened;
      expect(openAtEnter, 'open the moment the pointer arrived').to.equal(false);
      expect(b.expanded).to.equal('true');

      await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(b.popover!) });
      await aTimeout(LONGER_THAN_HOVER_DELAY);
      expect(b.isOpen, 'closed while the pointer is over the popover').to.equal(true);

      const closed = b.toggled('closed');
      await sendMouse({ type: 'move', position: [790, 590] });
      await closed;
      expect(b.expanded).to.equal('false');
    });

    it('stays open after the pointer leaves when the reader clicked the hovered marker', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      const opened = b.toggled('open');
      await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(b.marker) });
      await opened;
      await sendMouse({ type: 'click', position: CitationBadgeHarness.centreOf(b.marker) });
      expect(b.isOpen, 'the click toggled it shut').to.equal(true);
      await sendMouse({ type: 'move', position: [790, 590] });
      await aTimeout(LONGER_THAN_HOVER_DELAY);
      expect(b.isOpen).to.equal(true);
      expect(b.expanded).to.equal('true');
    });

    it('closes on Escape after opening on hover, with the pointer still on the marker', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      const opened = b.toggled('open');
      await sendMouse({ type: 'move', position: CitationBadgeHarness.centreOf(b.marker) });
      await opened;
      const closed = b.toggled('closed');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(b.expanded).to.equal('false');
    });

    it('opens on a tap (touch pointers do not hover)', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      b.marker.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
      await aTimeout(LONGER_THAN_HOVER_DELAY);
      expect(b.isOpen, 'a touch pointer opened it by "hovering"').to.equal(false);
      await b.open();
      expect(b.expanded).to.equal('true');
    });

    it('is closed and says so after an open badge is removed and put back', async () => {
      const el = await page(html`<p><citation-badge cite="hotez-2014"></citation-badge></p>`);
      const b = badgesIn(el)[0];
      await b.open();
      b.element.remove();
      el.append(b.element);
      await settled(el);
      expect(b.isOpen).to.equal(false);
      expect(b.expanded).to.equal('false');
      await b.open();
      expect(b.expanded).to.equal('true');
    });

    it('offers show() and hide() and reports open', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      const opened = b.toggled('open');
      b.element.show();
      await opened;
      expect(b.element.open).to.equal(true);
      const closed = b.toggled('closed');
      b.element.hide();
      await closed;
      expect(b.element.open).to.equal(false);
      expect(b.expanded).to.equal('false');
    });
  });

  describe('popover content', () => {
    it('shows the APA reference with its DOI as a link', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      await b.open();
      expect(b.popoverText).to.contain(HOTEZ_APA);
      expect(b.links).to.have.length(1);
      expect(b.links[0].href).to.equal(HOTEZ_DOI);
      expect(b.links[0].textContent).to.equal(HOTEZ_DOI);
      expect(b.links[0].rel).to.contain('noopener');
      expect(b.popover!.querySelector('i')?.textContent).to.equal('PLoS Neglected Tropical Diseases');
    });

    it('links a web page citation to its URL', async () => {
      const b = await badge(html`<citation-badge cite="panda-2022"></citation-badge>`);
      await b.open();
      expect(b.links.map((a) => a.href)).to.deep.equal(['https://isdpeu.org/japans-global-health-diplomacy-and-the-covax-facility/']);
    });

    it('shows the verbatim evidence quote with the source document’s title', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      await b.open();
      const quotes = [...b.popover!.querySelectorAll('[part~="quote"]')].map((q) => visibleText(q));
      expect(quotes).to.have.length(2);
      expect(quotes[1]).to.contain(
        '“Vaccine diplomacy refers to all aspects of international health diplomacy that are dependent on the use or dissemination of vaccines (Hotez, 2014).”',
      );
      expect(quotes[1]).to.contain("A Wide-Ranging Examination: Indonesia and Japan's Bilateral Vaccine Diplomacy");
      expect(b.popoverText).to.contain('In the source text');
    });

    it('formats the reference in Chicago and MLA style', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014" citation-style="chicago"></citation-badge>`);
      await b.open();
      expect(b.popoverText).to.contain(
        'Hotez, P. J. 2014. “‘Vaccine Diplomacy’: Historical Perspectives and Future Directions.” PLoS Neglected Tropical Diseases 8 (6): e2808. https://doi.org/10.1371/journal.pntd.0002808.',
      );
      b.element.citationStyle = 'mla';
      await settled(b.element);
      expect(b.popoverText).to.contain(
        'Hotez, P. J. “‘Vaccine Diplomacy’: Historical Perspectives and Future Directions.” PLoS Neglected Tropical Diseases, vol. 8, no. 6, 2014, p. e2808, https://doi.org/10.1371/journal.pntd.0002808.',
      );
      expect(b.links[0].href).to.equal(HOTEZ_DOI);
    });

    it('says when the citing document cites a work in its text only, with no full reference', async () => {
      const b = await badge(html`<citation-badge cite="kemlu-2021 hotez-2014"></citation-badge>`);
      await b.open();
      const [kemlu, hotez] = [...b.popover!.querySelectorAll('[part~="reference"]')].map((r) => visibleText(r));
      expect(kemlu).to.contain('Kementerian Luar Negeri. (2021).').and.contain('Cited in the text only: the citing document gives no full reference.');
      expect(hotez).to.contain(HOTEZ_APA).and.not.contain('Cited in the text only');
      await expect(b.element).to.be.accessible();
    });

    it('prefixes the reference with its number in numeric format', async () => {
      const b = await badge(html`<citation-badge format="numeric" cite="hotez-2014"></citation-badge>`);
      await b.open();
      expect(b.popoverText).to.match(/^\[1\] Hotez, P\. J\. \(2014\)/);
    });

    it('speaks Indonesian inside lang="id": UI strings and the Indonesian reference', async () => {
      const el = await page(html`<div lang="id"><citation-badge cite="panda-2022"></citation-badge> <citation-badge cite="alman-nd"></citation-badge></div>`);
      const [panda, alman] = badgesIn(el);
      expect(alman.markerText).to.equal('(Alman dkk., t.t.)');
      await panda.open();
      expect(await accessibleName(panda.popover!)).to.equal('Referensi');
      expect(panda.popoverText).to.contain('Panda, J. (2022, Juli 12).').and.contain('Dalam teks sumber');
      expect(panda.copyButtons.map((button) => visibleText(button))).to.deep.equal([
        'Salin sebagai teks',
        'Salin sebagai BibTeX',
        'Salin sebagai RIS',
        'Salin sebagai CSL-JSON',
      ]);
    });

    it('follows a change of the page language', async () => {
      const el = await page(html`<div lang="en"><citation-badge cite="alman-nd"></citation-badge></div>`);
      const b = badgesIn(el)[0];
      expect(b.markerText).to.equal('(Alman et al., n.d.)');
      el.setAttribute('lang', 'id-ID');
      await waitUntil(() => b.markerText === '(Alman dkk., t.t.)', 'the badge did not switch to Indonesian');
    });
  });

  describe('copying the reference', () => {
    let clipboard: ReturnType<typeof stubClipboard>;
    afterEach(() => clipboard?.restore());

    it('copies the formatted text, BibTeX, RIS and CSL-JSON and says what it copied', async () => {
      clipboard = stubClipboard();
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      await b.open();
      expect(b.copyButtons.map((button) => visibleText(button))).to.deep.equal(['Copy as text', 'Copy as BibTeX', 'Copy as RIS', 'Copy as CSL-JSON']);

      for (const [label, status] of [
        ['Copy as text', 'Copied text'],
        ['Copy as BibTeX', 'Copied BibTeX'],
        ['Copy as RIS', 'Copied RIS'],
        ['Copy as CSL-JSON', 'Copied CSL-JSON'],
      ]) {
        b.copyButton(label).click();
        await waitUntil(() => b.status === status, `status after "${label}" was "${b.status}"`);
      }
      const [text, bibtex, ris, csl] = clipboard.writes;
      expect(text).to.equal(HOTEZ_APA);
      expect(bibtex).to.match(/^@article\{hotez-2014,\n/);
      expect(bibtex).to.contain('  author = {Hotez, P. J.}').and.contain('  doi = {10.1371/journal.pntd.0002808}').and.contain('  date = {2014}');
      // Case-protected, so a reference manager that sentence-cases titles keeps the capitals.
      expect(bibtex).to.contain('  title = {{"Vaccine} {Diplomacy":} {Historical} {Perspectives} and {Future} {Directions}}');
      expect(ris.split('\n')).to.include.members(['TY  - JOUR', 'AU  - Hotez, P. J.', 'PY  - 2014', 'DO  - 10.1371/journal.pntd.0002808', 'ER  - ']);
      const [item] = JSON.parse(csl) as Record<string, unknown>[];
      expect(item).to.include({ id: 'hotez-2014', type: 'article-journal', DOI: '10.1371/journal.pntd.0002808' });
      expect(item).to.not.have.any.keys('formatted', 'evidence');
    });

    it('copies the reference in the chosen style', async () => {
      clipboard = stubClipboard();
      const b = await badge(html`<citation-badge cite="hotez-2014" citation-style="chicago"></citation-badge>`);
      await b.open();
      b.copyButton('Copy as text').click();
      await waitUntil(() => clipboard.writes.length === 1);
      expect(clipboard.writes[0]).to.match(/^Hotez, P\. J\. 2014\. /);
    });

    it('keeps focus on the copy button the reader clicked', async () => {
      clipboard = stubClipboard();
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      await b.open();
      const button = b.copyButton('Copy as RIS');
      await sendMouse({ type: 'click', position: CitationBadgeHarness.centreOf(button) });
      await waitUntil(() => b.status === 'Copied RIS');
      expect(b.isOpen).to.equal(true);
      expect(deepActiveElement()).to.equal(button);
    });

    it('says "BibTeX disalin" in Indonesian', async () => {
      clipboard = stubClipboard();
      const el = await page(html`<div lang="id"><citation-badge cite="hotez-2014"></citation-badge></div>`);
      const b = badgesIn(el)[0];
      await b.open();
      b.copyButton('Salin sebagai BibTeX').click();
      await waitUntil(() => b.status === 'BibTeX disalin', `status was "${b.status}"`);
    });

    it('falls back to a selection copy when the Clipboard API refuses', async () => {
      clipboard = stubClipboard({ fail: true });
      const copyEvents = recordCopyEvents();
      try {
        const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
        await b.open();
        const button = b.copyButton('Copy as BibTeX');
        await sendMouse({ type: 'click', position: CitationBadgeHarness.centreOf(button) });
        await waitUntil(() => b.status === 'Copied BibTeX', `status was "${b.status}"`);
        expect(copyEvents.copied).to.have.length(1);
        expect(copyEvents.copied[0]).to.match(/^@article\{hotez-2014,\n/).and.match(/\n\}$/);
        expect(deepQueryAll('textarea'), 'the helper text area was left behind').to.have.length(0);
        expect(deepActiveElement()).to.equal(button);
        expect(b.isOpen).to.equal(true);
      } finally {
        copyEvents.restore();
      }
    });

    it('falls back when the page has no Clipboard API (an insecure context)', async () => {
      clipboard = stubClipboard();
      Object.defineProperty(navigator.clipboard, 'writeText', { value: undefined, configurable: true });
      const exec = stubExecCommandCopy(true);
      try {
        const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
        await b.open();
        b.copyButton('Copy as text').click();
        await waitUntil(() => b.status === 'Copied text', `status was "${b.status}"`);
        expect(exec.copied).to.deep.equal([HOTEZ_APA]);
      } finally {
        exec.restore();
      }
    });

    it('says copying is not available when the fallback fails too', async () => {
      clipboard = stubClipboard({ fail: true });
      const exec = stubExecCommandCopy(false);
      try {
        const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
        await b.open();
        b.copyButton('Copy as BibTeX').click();
        await waitUntil(() => b.status === 'Copying is not available here', `status was "${b.status}"`);
      } finally {
        exec.restore();
      }
    });
  });

  describe('layout on a 320 px wide screen', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    const insideViewport = (el: Element) => {
      const r = el.getBoundingClientRect();
      expect(r.left, 'left edge').to.be.at.least(0);
      expect(r.right, 'right edge').to.be.at.most(document.documentElement.clientWidth);
      expect(r.top, 'top edge').to.be.at.least(0);
      expect(r.bottom, 'bottom edge').to.be.at.most(window.innerHeight);
    };

    it('keeps the popover of a badge at the right edge inside the viewport', async () => {
      const el = await page(html`<p style="text-align: end; margin: 0">end <citation-badge cite="panda-2022 hotez-2014"></citation-badge></p>`);
      const b = badgesIn(el)[0];
      expect(b.marker.getBoundingClientRect().right).to.be.greaterThan(250);
      await b.open();
      insideViewport(b.popover!);
      expect(overflowsHorizontally()).to.equal(false);
    });

    it('keeps the popover of a badge near the bottom inside the viewport, above the marker', async () => {
      const el = await page(html`<div style="padding-top: 590px"><citation-badge cite="hotez-2014"></citation-badge></div>`);
      const b = badgesIn(el)[0];
      await b.open();
      insideViewport(b.popover!);
      expect(b.popover!.getBoundingClientRect().bottom).to.be.at.most(b.marker.getBoundingClientRect().top);
    });

    it('wraps a 10 000-character title inside the popover without widening the page', async () => {
      const data = datasetWithHotez((c) => retitle(c, 'W'.repeat(10_000)));
      const el = await page(html`<kerjasama-data .data=${data}><p>See <citation-badge cite="hotez-2014"></citation-badge></p></kerjasama-data>`);
      const b = badgesIn(el)[0];
      await b.open();
      expect(b.popoverText).to.contain('W'.repeat(10_000));
      insideViewport(b.popover!);
      expect(overflowsHorizontally()).to.equal(false);
    });

    it('keeps a short marker in one piece at the end of a line', async () => {
      const el = await page(html`<p style="width: 16ch; font: 16px monospace">aaaaaa <citation-badge cite="hotez-2014"></citation-badge></p>`);
      const b = badgesIn(el)[0];
      expect(b.marker.getClientRects()).to.have.length(1);
    });

    it('wraps a 10 000-character author name in the marker without widening the page', async () => {
      const data = datasetWithHotez((c) => formattedVariants(c).forEach((v) => (v.citation = `(${'N'.repeat(10_000)}, 2014)`)));
      const el = await page(html`<kerjasama-data .data=${data}><p>See <citation-badge cite="hotez-2014"></citation-badge></p></kerjasama-data>`);
      const b = badgesIn(el)[0];
      expect(b.markerText).to.have.length(10_008);
      expect(b.marker.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
      expect(overflowsHorizontally()).to.equal(false);
    });
  });

  describe('themes', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    const colours = (b: CitationBadgeHarness) => ({
      marker: getComputedStyle(b.marker).color,
      popoverBackground: getComputedStyle(b.popover!).backgroundColor,
      popoverText: getComputedStyle(b.popover!).color,
    });

    it('uses dark colours with theme="dark"', async () => {
      const el = await page(html`<div>
        <citation-badge cite="hotez-2014" theme="light"></citation-badge>
        <citation-badge cite="hotez-2014" theme="dark"></citation-badge>
      </div>`);
      const [light, dark] = badgesIn(el);
      await light.open();
      const lightColours = colours(light);
      await dark.open();
      const darkColours = colours(dark);
      expect(lightColours.popoverBackground).to.equal('rgb(255, 255, 255)');
      expect(darkColours.popoverBackground).to.equal('rgb(22, 25, 29)');
      expect(darkColours.marker).to.not.equal(lightColours.marker);
      expect(darkColours.popoverText).to.not.equal(lightColours.popoverText);
    });

    it('follows the page, not the reader’s OS alone, with theme="auto"', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014"></citation-badge>`);
      expect(b.element.theme).to.equal('auto');
      const light = getComputedStyle(b.marker).color;
      // A light page read with a dark OS stays light.
      await emulateMedia({ colorScheme: 'dark' });
      await settled(b.element);
      expect(getComputedStyle(b.marker).color).to.equal(light);
      // The page switches to following the OS (color-scheme: light dark on <body>): the badge follows.
      document.body.style.colorScheme = 'light dark';
      try {
        await settled(b.element);
        expect(getComputedStyle(b.marker).color).to.not.equal(light);
      } finally {
        document.body.style.colorScheme = '';
      }
    });

    it('lets the page set colours through --kj-* custom properties', async () => {
      const b = await badge(html`<citation-badge cite="hotez-2014" style="--kj-color-accent: rgb(1, 2, 3)"></citation-badge>`);
      expect(getComputedStyle(b.marker).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('hostile data', () => {
    it('shows markup in a title as literal text and creates no element from it', async () => {
      const hostile = '<img src=x onerror="window.__pwned = true"><b>bold</b>';
      const data = datasetWithHotez((c) => retitle(c, hostile));
      const el = await page(html`<kerjasama-data .data=${data}><citation-badge cite="hotez-2014"></citation-badge></kerjasama-data>`);
      const b = badgesIn(el)[0];
      await b.open();
      expect(b.popoverText).to.contain(hostile);
      expect(b.popover!.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
      expect(warnings.mentioning('markup'), 'the provider reports the markup once').to.have.length(1);
    });

    it('shows a dataset whose citation URL is javascript: but never links it, with one warning', async () => {
      const data = datasetWithHotez((c) => {
        delete c.DOI;
        c.URL = 'javascript:alert(document.domain)';
      });
      const el = await page(html`<kerjasama-data .data=${data}><citation-badge cite="hotez-2014"></citation-badge></kerjasama-data>`);
      const provider = el as KerjasamaData;
      expect(provider.status).to.equal('ready');
      const b = badgesIn(el)[0];
      await b.open();
      expect(b.popoverText).to.contain('Hotez');
      expect(deepQueryAll('a[href^="javascript:"]', el)).to.have.length(0);
      for (const a of deepQueryAll('a[href]', el)) expect((a as HTMLAnchorElement).protocol).to.match(/^https?:$/);
      expect(warnings.mentioning('URL'), 'the provider reports the unsafe URL once').to.have.length(1);
    });

    it('renders a non-http URL that reaches the renderer as text, never as a link', async () => {
      const host = document.createElement('p');
      document.body.append(host);
      try {
        const url = 'javascript:alert(1)';
        render(renderReference([{ text: `Someone. (2014). Title. ${url}` }], { URL: url }), host);
        expect(host.textContent).to.contain(url);
        expect(host.querySelector('a')).to.equal(null);
      } finally {
        host.remove();
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'id']) {
      for (const theme of ['light', 'dark']) {
        const pageColours = theme === 'dark' ? 'background: #16191d; color: #eef0f3' : 'background: #fff; color: #1b1f24';
        const mount = () =>
          page(html`<div lang=${lang} style=${`${pageColours}; padding: 1rem`}>
            <p>
              Vaccine diplomacy <citation-badge theme=${theme} cite="hotez-2014"></citation-badge>, numbered
              <citation-badge theme=${theme} format="numeric" cite="panda-2022 hotez-2014"></citation-badge>, unknown
              <citation-badge theme=${theme} cite="nope"></citation-badge>.
            </p>
          </div>`);

        it(`passes closed, ${theme} theme, ${lang}`, async () => {
          const el = await mount();
          await expect(el).to.be.accessible();
        });

        it(`passes open, ${theme} theme, ${lang}`, async () => {
          const el = await mount();
          const b = badgesIn(el)[1];
          await b.open();
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});

describe('<citation-badge> in-text citation of a work cited by its title', () => {
  it('sets the title in italics in the marker, as APA does, in English and Indonesian', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <citation-badge cite="japan-to-loan-nd"></citation-badge>
      <span lang="id"><citation-badge cite="japan-to-loan-nd"></citation-badge></span>
      <citation-badge cite="japan-to-loan-nd hotez-2014"></citation-badge>
    </div>`);
    await settled(page);
    const [en, id, both] = badgesIn(page);
    expect(en.markerText).to.equal('(Japan to Loan $473 Million to Indonesia for Covid-19 Mitigation, n.d.)');
    expect(en.marker.querySelector('i')?.textContent).to.equal('Japan to Loan $473 Million to Indonesia for Covid-19 Mitigation');
    expect(id.markerText).to.equal('(Japan to Loan $473 Million to Indonesia for Covid-19 Mitigation, t.t.)');
    expect(id.marker.querySelector('i')).to.not.equal(null);
    expect(both.markerText).to.equal('(Japan to Loan $473 Million to Indonesia for Covid-19 Mitigation, n.d.; Hotez, 2014)');
    expect(both.marker.querySelectorAll('i')).to.have.length(1);
  });
});

describe('<citation-badge> source titles the curator translated', () => {
  it('marks a translated source title as such, in the language it is translated into', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <citation-badge cite="hotez-2014"></citation-badge>
      <span lang="id"><citation-badge cite="hotez-2014"></citation-badge></span>
    </div>`);
    await settled(page);
    const [en, id] = badgesIn(page);
    await en.open();
    const enCite = en.popover!.querySelector('cite')!.textContent!;
    en.element.hide();
    await id.open();
    const idCite = id.popover!.querySelector('cite')!.textContent!;
    // Document 000 is in English: its English title is its own, its Indonesian title a translation.
    expect(enCite).to.not.contain('[');
    expect(idCite).to.match(/\[judul diterjemahkan oleh kurator\]$/);
  });
});
