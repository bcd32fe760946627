/**
 * An Indonesian page reads Indonesian in every element: no English interface word and no English
 * name of a state that has an Indonesian form, in what a reader sees (shadow roots, open
 * popovers and opened sections included). Text the dataset has only in English is marked with
 * `lang="en"` and left out; so are names of organisations, which have no Indonesian form here
 * (“Japan International Cooperation Agency”), and evidence, quoted verbatim from its source.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { settled } from '../support/dom.js';
import { captureWarnings } from '../support/stubs.js';

/** English words of the interface (src/i18n/locales/en.ts) and English names of states in the dataset. */
const ENGLISH_UI = [
  'References', 'Reference', 'Evidence', 'related event', 'related flow', 'Also known as', 'Country', 'Kind', 'Role',
  'Show', 'more', 'unknown actor', 'Loading', 'Copy', 'Close', 'Timeline', 'events', 'Filter', 'Sector', 'From year',
  'To year', 'Search', 'Any', 'Reset', 'Undated', 'inferred', 'Government body', 'Health', 'Official development assistance',
  'Equipment', 'Technology transfer', ' to ', ' through ', 'Cited here', 'No references', 'Data unavailable',
];
const ENGLISH_STATES = ['Japan', 'South Korea'];
/** Organisation names: recorded in one form, shown as recorded in every language. */
const ORGANISATIONS = [...bundledDataset.actors.filter((a) => a.kind !== 'state').flatMap((a) => [a.name, ...(a.altNames ?? [])]), 'Joint Working Group on Health'];

/** What a sighted reader sees, leaving out hidden parts and text marked as another language. */
function pageLanguageText(node: Node, lang = 'id'): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n instanceof Element) {
      if (n.classList.contains('visually-hidden') || n.matches('style, script, [hidden]')) return;
      if (n.hasAttribute('lang') && !n.getAttribute('lang')!.startsWith(lang)) return;
      if (n.matches('[popover]') && !n.matches(':popover-open')) return;
      // Evidence is quoted verbatim from the source, in the source's language.
      if (n.matches('blockquote, [part~="quote"]')) return;
    }
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const children = n instanceof Element && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    children.forEach(visit);
  };
  visit(node);
  let text = parts.join(' ').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
  // Longest first, so "Embassy of Japan in Jakarta" goes before any shorter name inside it.
  for (const name of [...ORGANISATIONS].sort((a, b) => b.length - a.length)) text = text.split(name).join('·');
  return text;
}

function englishIn(text: string): string[] {
  const found = ENGLISH_UI.filter((w) => (/^\w/.test(w) ? new RegExp(`\\b${w}\\b`).test(text) : text.includes(w)));
  return [...found, ...ENGLISH_STATES.filter((w) => new RegExp(`\\b${w}\\b`).test(text))];
}

describe('an Indonesian page', () => {
  it('shows no English words in the actor card, its open evidence and a long list opened', async () => {
    const wrapper = await fixture<HTMLElement>(html`<article lang="id"><actor-card actor="japan"></actor-card><actor-card actor="jica"></actor-card></article>`);
    await settled(wrapper);
    for (const card of wrapper.querySelectorAll<ActorCard>('actor-card')) {
      card.shadowRoot!.querySelector<HTMLButtonElement>('.evidence-toggle')?.click();
      card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more').forEach((b) => b.click());
    }
    await settled(wrapper);
    const text = pageLanguageText(wrapper);
    expect(text).to.contain('Jepang');
    expect(text).to.contain('36 peristiwa terkait');
    expect(englishIn(text), text.slice(0, 400)).to.deep.equal([]);
  });

  it('shows no English words in an open actor chip, a citation popover or the reference list', async () => {
    const warnings = captureWarnings(); // the unknown chip's one warning
    after(() => warnings.restore());
    const wrapper = await fixture<HTMLElement>(html`<article lang="id">
      <p>
        Bantuan dari <actor-card actor="south-korea" variant="chip"></actor-card> dan
        <actor-card actor="zz-tidak-ada" variant="chip"></actor-card>
        <citation-badge cite="hotez-2014"></citation-badge>.
      </p>
      <reference-list></reference-list>
    </article>`);
    await settled(wrapper);
    const [korea] = wrapper.querySelectorAll<ActorCard>('actor-card');
    korea.show();
    await settled(wrapper);
    let text = pageLanguageText(wrapper);
    expect(text).to.contain('Korea Selatan');
    expect(englishIn(text), text.slice(0, 400)).to.deep.equal([]);
    korea.hide();
    wrapper.querySelector<CitationBadge>('citation-badge')!.show();
    await settled(wrapper);
    text = pageLanguageText(wrapper);
    expect(text).to.contain('Daftar Pustaka');
    expect(englishIn(text), text.slice(0, 400)).to.deep.equal([]);
    expect(warnings.messages).to.have.length(1);
  });

  it('shows no English words in the timeline and its filter bar', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="id"><cooperation-timeline controls countries="ID JP"></cooperation-timeline></div>`);
    await settled(wrapper);
    const text = pageLanguageText(wrapper);
    expect(text).to.contain('Jepang');
    expect(englishIn(text), text.slice(0, 400)).to.deep.equal([]);
  });
});

for (const lang of ['ja', 'ko']) {
  describe(`a page in ${lang}`, () => {
    it('shows no English interface words or state names in the actor card and the timeline', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
        <actor-card actor="japan"></actor-card>
        <cooperation-timeline controls countries="ID KR"></cooperation-timeline>
      </div>`);
      await settled(wrapper);
      const text = pageLanguageText(wrapper, lang);
      expect(text).to.contain(new Intl.DisplayNames([lang], { type: 'region' }).of('JP'));
      expect(englishIn(text), text.slice(0, 400)).to.deep.equal([]);
    });
  });
}
