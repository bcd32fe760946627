/**
 * The generated sanitiser allow-list (dist/integrations/sanitizers.js, `kerjasama/sanitizers`)
 * with the real DOMPurify, on the README's script-tag example: what an author pastes survives and
 * renders, what a hostile author adds does not. Needs the build (`npm run build` first).
 */
import { expect } from '@open-wc/testing';
import DOMPurify, { type Config } from 'dompurify';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { ELEMENTS, ELEMENT_TAGS } from '../../src/elements.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { settled, visibleText } from '../support/dom.js';
import { watchUncaughtErrors } from '../support/stubs.js';
import { until } from '../support/timeline-harness.js';

interface SanitizersModule {
  allowedAttributes: Record<string, string[]>;
  allowedTags: string[];
  dompurify: Config;
}

async function sanitizers(): Promise<SanitizersModule> {
  const path = '/dist/integrations/sanitizers.js';
  if (!(await fetch(path, { method: 'HEAD' })).ok) throw new Error('dist/integrations is missing: run `npm run build` before these tests');
  return (await import(/* @vite-ignore */ path)) as SanitizersModule;
}

/** The README's "With a script tag" example: what a blogger pastes, the script tag included. */
async function readmeExample(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### With a script tag'));
  const block = /^```html\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (!block) throw new Error('README.md: no ```html block under "### With a script tag"');
  return block;
}

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template runs or loads
  return template.content;
};
const ours = (root: ParentNode) => [...root.querySelectorAll(ELEMENT_TAGS.join(','))];
const attributesOf = (el: Element) =>
  el.getAttributeNames().sort().map((name) => `${name}=${el.getAttribute(name)}`).join(' ');

// What a hostile author adds to an allowed element, and what is never allowed.
const HOSTILE = `
  <citation-badge cite="hotez-2014" actor="not-a-badge-attribute" onclick="window.__pwned = 1" style="position: fixed; inset: 0" href="javascript:window.__pwned = 1">(Hotez, 2014)</citation-badge>
  <actor-card variant="chip" actor="jica" onfocus="window.__pwned = 1" tabindex="1" srcdoc="x">JICA</actor-card>
  <kerjasama-data src="https://attacker.example/dataset.json"><citation-badge cite="panda-2022">(Panda, 2022)</citation-badge></kerjasama-data>
  <div><template shadowrootmode="open"><img src="data:," onerror="window.__pwned = 1"></template></div>
  <img src="data:," onerror="window.__pwned = 1"><script>window.__pwned = 1</script>`;

describe('sanitiser allow-lists (DOMPurify)', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists every element an author may write, with the attributes it observes', async () => {
    const { allowedAttributes, allowedTags } = await sanitizers();
    expect(allowedTags).to.deep.equal(ELEMENT_TAGS.filter((tag) => !('provider' in ELEMENTS[tag])));
    expect(allowedTags).not.to.include('kerjasama-data');
    for (const tag of allowedTags) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(allowedAttributes[tag], tag).to.include.members(observed.filter((name) => name !== 'dir' && name !== 'lang'));
      expect(allowedAttributes[tag].filter((name) => /^on|^(style|id|src|href)$/.test(name)), tag).to.deep.equal([]);
    }
  });

  it("DOMPurify's defaults strip every element of the README's example, leaving its text", async () => {
    const clean = DOMPurify.sanitize(await readmeExample(), { RETURN_DOM_FRAGMENT: true });
    expect(ours(clean)).to.deep.equal([]);
    // The text written inside the elements is what is left.
    expect(clean.textContent).to.include('(Hotez, 2014)').and.include('Japan International Cooperation Agency').and.include('A timeline of Indonesia–Japan cooperation');
  });

  it("keeps the README's example whole, and it renders", async () => {
    const { dompurify } = await sanitizers();
    const uncaught = watchUncaughtErrors();
    const example = await readmeExample();
    const clean = DOMPurify.sanitize(example, dompurify);
    // Every element, with every attribute the author wrote; only the script tag is gone.
    const before = ours(parse(example));
    const after = ours(parse(clean));
    expect(after.map((el) => el.localName)).to.deep.equal(before.map((el) => el.localName));
    expect(after.map(attributesOf)).to.deep.equal(before.map(attributesOf));
    expect(after.map((el) => el.getAttribute('cite') ?? el.getAttribute('actor') ?? el.getAttribute('countries') ?? el.getAttribute('unit'))).to.deep.equal(
      before.map((el) => el.getAttribute('cite') ?? el.getAttribute('actor') ?? el.getAttribute('countries') ?? el.getAttribute('unit')),
    );
    expect(parse(clean).querySelectorAll('script').length).to.equal(0);

    const host = document.createElement('article');
    host.innerHTML = clean; // sanitised markup is what a page writes into itself
    document.body.append(host);
    await settled(host);
    const badges = [...host.querySelectorAll<CitationBadge>('citation-badge')];
    await until(() => badges.every((b) => new CitationBadgeHarness(b).marker.localName === 'button'), 'the badges to resolve');
    expect(badges.map((b) => new CitationBadgeHarness(b).markerText)).to.deep.equal(['(Hotez, 2014)', '(Panda, 2022)']);
    const list = host.querySelector('reference-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('li').length === 2, 'the list to show both references');
    expect(visibleText(list)).to.include('Hotez').and.include('Panda');
    const chip = host.querySelector('actor-card[variant="chip"]')!;
    await until(() => visibleText(chip).includes('Japan International Cooperation Agency'), 'the chip to show its name');
    const card = host.querySelector('actor-card[actor="unicef"]')!;
    await until(() => visibleText(card).includes('UNICEF') && visibleText(card).includes('Kind'), 'the card to show its profile');
    const timeline = host.querySelector('cooperation-timeline')!;
    await until(() => (timeline.shadowRoot?.querySelectorAll('li').length ?? 0) > 3, 'the timeline to list events');
    // Rendered, the markup is still as the author wrote it: no default (theme="auto", from="",
    // format="author-date") sprouts on an element, and no id for the reference list's backlinks
    // until a reader uses one (React reports any of them as a hydration mismatch).
    expect(ours(host).map(attributesOf)).to.deep.equal(before.map(attributesOf));
    uncaught.restore();
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('still strips what a hostile author adds', async () => {
    const { dompurify, allowedAttributes } = await sanitizers();
    const clean = parse(DOMPurify.sanitize(HOSTILE, dompurify));
    // The elements stay, with their own attributes and those DOMPurify keeps on any element
    // (`style`, `tabindex`, as on a <span>); the provider goes, its content stays.
    const onSpan = (name: string) => parse(DOMPurify.sanitize(`<span ${name}="1"></span>`)).querySelector('span')!.hasAttribute(name);
    expect(ours(clean).map((el) => el.localName)).to.deep.equal(['citation-badge', 'actor-card', 'citation-badge']);
    for (const el of ours(clean)) {
      const foreign = el.getAttributeNames().filter((name) => !allowedAttributes[el.localName].includes(name));
      expect(foreign.filter((name) => !onSpan(name)), el.localName).to.deep.equal([]);
    }
    expect(ours(clean).map((el) => el.getAttribute('cite') ?? el.getAttribute('actor'))).to.deep.equal(['hotez-2014', 'jica', 'panda-2022']);
    // No provider (its `src` would fetch from anywhere), handler, link, script or shadow root.
    // (DOMPurify keeps an inert <template>, without `shadowrootmode`.) Names, not elements, in
    // the assertion: chai's message for a failing element of an inert document is costly.
    expect([...clean.querySelectorAll('kerjasama-data, script, [shadowrootmode]')].map((el) => el.localName)).to.deep.equal([]);
    for (const el of clean.querySelectorAll('*')) {
      expect(el.getAttributeNames().filter((name) => /^on|^(href|srcdoc|src|shadowrootmode)$/.test(name) && !(el.localName === 'img' && name === 'src')), el.localName).to.deep.equal([]);
    }
    // …and what was written inside the provider survives as the provider's content would.
    expect(clean.textContent).to.include('(Panda, 2022)');
    const host = document.createElement('div');
    host.append(clean);
    document.body.append(host);
    await settled(host);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
