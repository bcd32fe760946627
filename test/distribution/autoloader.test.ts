/**
 * The autoloader's logic (src/autoload.ts) with loaders that record what they are asked for, and
 * once with the real define modules. The built file is checked in cdn-build.test.ts.
 */
import { expect } from '@open-wc/testing';
import { AUTOLOAD_TAGS, findTags, startAutoloader, type AutoloadTag, type ElementLoader } from '../../src/autoload.js';

/** Loaders that record each call and resolve only when the test says so. */
function recordingLoaders() {
  const calls: AutoloadTag[] = [];
  const release = new Map<AutoloadTag, () => void>();
  const called = new Map<AutoloadTag, () => void>();
  const whenCalled = new Map<AutoloadTag, Promise<void>>();
  for (const tag of AUTOLOAD_TAGS) whenCalled.set(tag, new Promise((resolve) => called.set(tag, resolve)));
  const load: ElementLoader = (tag) => {
    calls.push(tag);
    called.get(tag)!();
    return new Promise<void>((resolve) => release.set(tag, resolve));
  };
  return { load, calls, release: (tag: AutoloadTag) => release.get(tag)!(), whenCalled: (tag: AutoloadTag) => whenCalled.get(tag)! };
}

function container(markup: string): HTMLElement {
  const div = document.createElement('div');
  // Test markup written here, not input: only known tags without attributes.
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

describe('autoloader', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds the known tags at or under a node, provider first', () => {
    const div = container('<section><actor-card></actor-card><kerjasama-data><citation-badge></citation-badge></kerjasama-data></section><my-element></my-element>');
    expect(findTags(div)).to.deep.equal(['kerjasama-data', 'citation-badge', 'actor-card']);
    expect(findTags(div.querySelector('actor-card')!)).to.deep.equal(['actor-card']);
    expect(findTags(div, new Set(['citation-badge']))).to.deep.equal(['kerjasama-data', 'actor-card']);
  });

  it('loads only the elements on the page', async () => {
    const div = container('<p><citation-badge></citation-badge></p><actor-card></actor-card><actor-card></actor-card>');
    const rec = recordingLoaders();
    const loader = startAutoloader(div, rec.load);
    expect(rec.calls).to.deep.equal(['citation-badge', 'actor-card']);
    rec.release('citation-badge');
    rec.release('actor-card');
    await loader.settled;
    loader.stop();
    expect(rec.calls).to.deep.equal(['citation-badge', 'actor-card']);
  });

  it('defines the provider before the elements found with it', async () => {
    const div = container('<citation-badge></citation-badge><kerjasama-data><reference-list></reference-list></kerjasama-data>');
    const rec = recordingLoaders();
    const loader = startAutoloader(div, rec.load);
    expect(rec.calls, 'only the provider while it loads').to.deep.equal(['kerjasama-data']);
    rec.release('kerjasama-data');
    await Promise.all([rec.whenCalled('citation-badge'), rec.whenCalled('reference-list')]);
    expect(rec.calls).to.deep.equal(['kerjasama-data', 'citation-badge', 'reference-list']);
    rec.release('citation-badge');
    rec.release('reference-list');
    await loader.settled;
    loader.stop();
  });

  it('loads elements added later, once each, and ignores tags already requested', async () => {
    const div = container('<actor-card></actor-card>');
    const rec = recordingLoaders();
    const loader = startAutoloader(div, rec.load);
    const nested = document.createElement('section');
    nested.append(document.createElement('aid-flow-chart'), document.createElement('actor-card'));
    div.append(nested);
    await rec.whenCalled('aid-flow-chart');
    div.append(document.createElement('aid-flow-chart'));
    // A later addition of a new tag proves the observer has handled the one before it.
    div.append(document.createElement('reference-list'));
    await rec.whenCalled('reference-list');
    expect(rec.calls).to.deep.equal(['actor-card', 'aid-flow-chart', 'reference-list']);
    expect(loader.requested).to.deep.equal(['actor-card', 'aid-flow-chart', 'reference-list']);
    loader.stop();
  });

  it('stops watching elements outside its root and after stop()', async () => {
    const div = container('');
    const other = container('');
    const rec = recordingLoaders();
    const loader = startAutoloader(div, rec.load);
    other.append(document.createElement('citation-badge'));
    div.append(document.createElement('actor-card'));
    await rec.whenCalled('actor-card');
    expect(rec.calls).to.deep.equal(['actor-card']);
    loader.stop();
    div.append(document.createElement('reference-list'));
    // After stop(), a new observer on the same root sees the addition; the stopped one must not have.
    const witness = new Promise<void>((resolve) => new MutationObserver((_, o) => (o.disconnect(), resolve())).observe(div, { childList: true }));
    div.append(document.createElement('p'));
    await witness;
    expect(rec.calls).to.deep.equal(['actor-card']);
  });

  it('warns once when a define module fails to load, and still settles', async () => {
    const div = container('<actor-card></actor-card>');
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { load } = recordingLoaders();
      const failing: ElementLoader = (tag) => (tag === 'actor-card' ? Promise.reject(new Error('offline')) : load(tag));
      const loader = startAutoloader(div, failing);
      await loader.settled;
      loader.stop();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<actor-card>');
  });

  it('with the real define modules, registers only the tags on the page', async () => {
    const div = container('<kerjasama-data><reference-list></reference-list></kerjasama-data>');
    const loader = startAutoloader(div);
    await loader.settled;
    loader.stop();
    expect(customElements.get('kerjasama-data'), 'provider').to.not.equal(undefined);
    expect(customElements.get('reference-list'), 'reference list').to.not.equal(undefined);
    expect(customElements.get('aid-flow-chart'), 'chart').to.equal(undefined);
    expect(customElements.get('cooperation-timeline'), 'timeline').to.equal(undefined);
  });
});
