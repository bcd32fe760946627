/**
 * The actor card as a reader sees it: no doubled punctuation, no empty sections, names in the
 * reader's language, long lists that fold, quotes in one pair of marks, a readable chip for an
 * unknown actor. Facts (pinned in test/data/facts.test.ts): Japan takes part in 36 events and
 * 14 flows; WHO has no country, one event and no flow; JICA is also recorded as "JICA" and "Jica";
 * Kanasugi Kenji's evidence quote ends with a quotation inside it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import { settled } from '../support/dom.js';
import { captureWarnings } from '../support/stubs.js';

const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const root = (el: Element) => el.shadowRoot!;

async function card(actor: string, lang = 'en'): Promise<ActorCard> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 680px"><actor-card actor=${actor}></actor-card></div>`);
  const el = wrapper.querySelector('actor-card')!;
  await settled(wrapper);
  return el;
}

/** Elements that show nothing: an empty list, a heading or count with no list after it. */
function emptySections(el: ActorCard): string[] {
  const found: string[] = [];
  for (const list of root(el).querySelectorAll('ul, ol, dl')) if (!list.children.length) found.push(list.outerHTML);
  for (const count of root(el).querySelectorAll('.count')) {
    if (!(count.nextElementSibling instanceof HTMLUListElement)) found.push(text(count));
    if (/^0\b|\b0 /.test(text(count))) found.push(text(count));
  }
  return found;
}

describe('<actor-card> as read', () => {
  it('never nests parentheses or shows an empty section', async () => {
    for (const id of ['japan', 'jica', 'who', 'indonesia']) {
      const el = await card(id);
      const all = text(root(el));
      expect(all, id).not.to.match(/\(\(|\)\)|\(\s*[^()]*\([^()]*\)\s*\)/);
      expect(emptySections(el), id).to.deep.equal([]);
    }
  });

  it('leaves out the country of an actor of no one country, and the flows of an actor without any', async () => {
    const el = await card('who');
    const terms = [...root(el).querySelectorAll('dt')].map(text);
    expect(terms).to.deep.equal(['Kind', 'Role']);
    expect(text(root(el))).not.to.contain('International,');
    expect([...root(el).querySelectorAll('.count')].map(text)).to.deep.equal(['1 related event']);
    expect(text(root(el))).not.to.contain('related flow');
  });

  it('lists each alternative name once, ignoring case', async () => {
    const el = await card('jica');
    expect(text(root(el).querySelector('.alt'))).to.equal('Also known as: JICA');
  });

  it('names a state in the reader language: heading, flows and chips', async () => {
    const el = await card('japan', 'id');
    expect(text(root(el).querySelector('h3'))).to.equal('Jepang');
    // JICA's name has no Indonesian form; the states' names do.
    const flows = text(root(el).querySelector('ul.flows')).replaceAll('Japan International Cooperation Agency', '');
    expect(flows).to.contain('Jepang ke Indonesia');
    expect(flows).not.to.match(/\bJapan\b/);

    const wrapper = await fixture<HTMLElement>(html`<p lang="ja">支援国 <actor-card actor="south-korea" variant="chip"></actor-card></p>`);
    const chip = wrapper.querySelector('actor-card')!;
    await settled(wrapper);
    expect(text(root(chip).querySelector('button.chip'))).to.equal(new Intl.DisplayNames(['ja'], { type: 'region' }).of('KR'));
  });

  it('folds a long list behind "Show N more", one tab stop per shown item', async () => {
    const el = await card('japan');
    const events = () => [...root(el).querySelectorAll<HTMLButtonElement>('ul.events button.event-button')];
    expect(text(root(el).querySelector('.count'))).to.equal('36 related events');
    expect(events()).to.have.length(5);
    const more = [...root(el).querySelectorAll<HTMLButtonElement>('button.more')];
    expect(more.map(text)).to.deep.equal(['Show 31 more', 'Show 8 more']);

    // Keyboard: the fifth event, then the button; Enter shows the rest and focus stays in the list.
    events()[4].focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(more[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events()).to.have.length(36);
    expect(root(el).activeElement).to.equal(events()[5]);
    expect([...root(el).querySelectorAll('button.more')].map(text)).to.deep.equal(['Show 8 more']);
    await expect(el).to.be.accessible();

    // Another actor's lists start folded.
    el.actor = 'indonesia';
    await settled(el);
    expect(events()).to.have.length(5);
    expect(root(el).querySelectorAll('button.more')).to.have.length(2);
  });

  it('shows a quote in one pair of the locale marks, with an inner quotation nested', async () => {
    const el = await card('kanasugi-kenji');
    root(el).querySelector<HTMLButtonElement>('.evidence-toggle')!.click();
    await settled(el);
    const quotes = [...root(el).querySelectorAll('blockquote')].map(text);
    expect(quotes.length).to.be.greaterThan(0);
    for (const q of quotes) {
      expect(q).not.to.match(/[.,]["”]["”]|""|””/);
      expect(q.startsWith('“')).to.equal(true);
    }
    expect(quotes.join(' ')).to.contain('human security.’”');

    const ja = await card('kanasugi-kenji', 'ja');
    root(ja).querySelector<HTMLButtonElement>('.evidence-toggle')!.click();
    await settled(ja);
    const jaQuote = text(root(ja).querySelector('blockquote'));
    expect(jaQuote.startsWith('「')).to.equal(true);
    expect(jaQuote).to.contain('』」');
  });

  it('gives "Evidence" the weight of the other section headings', async () => {
    const el = await card('jica');
    const weight = (sel: string) => getComputedStyle(root(el).querySelector(sel)!).fontWeight;
    expect(weight('.evidence-toggle')).to.equal(weight('.count'));
    expect(Number(weight('.count'))).to.be.at.least(600);
  });

  it('keeps every list marker on its item first line, and no bullet beside a wrapped button', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><actor-card actor="japan"></actor-card></div>`);
    const el = wrapper.querySelector('actor-card')!;
    await settled(wrapper);
    const items = [...root(el).querySelectorAll('li')];
    expect(items.length).to.be.greaterThan(5);
    const wrapped = items.filter((li) => li.getClientRects()[0].height > 2 * parseFloat(getComputedStyle(li).lineHeight || '20'));
    expect(wrapped.length, 'some items wrap at 320 px').to.be.greaterThan(0);
    for (const li of items) {
      if (getComputedStyle(li).listStyleType === 'none') continue;
      // A marker sits on the baseline of the first line box; an atomic box (a button) taller than a
      // line puts that baseline, and the marker, beside its last line. Inline text wraps into
      // several boxes instead and keeps the marker on the first line.
      const line = parseFloat(getComputedStyle(li).lineHeight) || 24;
      for (const child of li.querySelectorAll('*')) {
        const rects = child.getClientRects();
        if (rects.length === 1) expect(rects[0].height, child.outerHTML.slice(0, 80)).to.be.at.most(line * 1.5);
      }
    }
  });

  it('keeps a gap between consecutive cards', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><actor-card actor="who"></actor-card><actor-card actor="jica"></actor-card></div>`);
    await settled(wrapper);
    const [first, second] = [...wrapper.querySelectorAll('actor-card')].map((c) => c.getBoundingClientRect());
    expect(second.top - first.bottom).to.be.at.least(8);
  });

  describe('an unknown actor', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('reads as a label, not its raw id, in a chip; one warning; a neutral status', async () => {
      const wrapper = await fixture<HTMLElement>(html`<p>Funded by <actor-card actor="zz-unknown-7" variant="chip"></actor-card> and
        <actor-card actor="zz-unknown-8" variant="chip">the Ministry</actor-card>.</p>`);
      await settled(wrapper);
      const [bare, named] = [...wrapper.querySelectorAll('actor-card')];
      const visible = (el: Element) => {
        const clone = root(el).querySelector('.message-inline')!.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        const slot = root(el).querySelector('slot')!;
        const slotted = slot.assignedNodes().map((n) => n.textContent).join('');
        return `${slotted || text(slot)}${text(clone).replace(text(slot), '')}`.trim();
      };
      expect(visible(bare)).to.equal('unknown actor [?]');
      expect(visible(named)).to.equal('the Ministry [?]');
      expect(text(root(bare))).not.to.contain('zz-unknown-7 [?]');
      expect(warnings.messages).to.have.length(2);
      await expect(wrapper).to.be.accessible();
    });

    it('shows the card message as a neutral status, not an error', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><actor-card actor="zz-unknown"></actor-card></div>`);
      const el = wrapper.querySelector('actor-card')!;
      await settled(wrapper);
      const message = root(el).querySelector<HTMLElement>('.message')!;
      expect(message.getAttribute('role')).to.equal('status');
      const style = getComputedStyle(message);
      const border = getComputedStyle(root(el).querySelector('.card')!).borderTopColor;
      expect(style.borderInlineStartColor).to.equal(border);
    });
  });
});
