// The one lazy-loading mechanism: once per page, retry after a failure, updateComplete waits, styles adopted.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { css, html } from 'lit';
import { KerjasamaBase } from '../../src/base/kerjasama-base.js';
import { LazyModuleController, resetLazyModules } from '../../src/controllers/lazy-module-controller.js';

interface Part {
  text: string;
}
let calls = 0;
let fail = false;
const partStyles = css`
  p {
    font-style: italic;
  }
`;
const load = async (): Promise<Part> => {
  calls++;
  await new Promise((r) => setTimeout(r, 5));
  if (fail) throw new Error('offline');
  return { text: 'loaded part' };
};

class LazyProbe extends KerjasamaBase {
  readonly lazyPart = new LazyModuleController<Part>(this, { key: 'test/probe', load, styles: () => [partStyles] });
  override connectedCallback(): void {
    super.connectedCallback();
    void this.lazyPart.load();
  }
  protected override render() {
    const m = this.lazyPart.value;
    if (m) return html`<p>${m.text}</p>`;
    return html`<p role="status">${this.lazyPart.error ? 'unavailable' : 'loading'}</p>`;
  }
}
LazyProbe.define('lazy-probe');

describe('LazyModuleController', () => {
  beforeEach(() => {
    resetLazyModules();
    calls = 0;
    fail = false;
  });

  it('loads once per page for every element, and updateComplete waits for it', async () => {
    const page = await fixture<HTMLElement>(fixtureHtml`<div><lazy-probe></lazy-probe><lazy-probe></lazy-probe></div>`);
    const probes = [...page.querySelectorAll<LazyProbe>('lazy-probe')];
    for (const p of probes) await p.updateComplete;
    expect(probes.map((p) => p.shadowRoot!.textContent!.trim())).to.deep.equal(['loaded part', 'loaded part']);
    expect(calls).to.equal(1);
    const later = await fixture<LazyProbe>(fixtureHtml`<lazy-probe></lazy-probe>`);
    expect(later.shadowRoot!.textContent!.trim(), 'warm: renders at once').to.equal('loaded part');
    expect(calls).to.equal(1);
  });

  it('adopts the styles the module brings', async () => {
    const el = await fixture<LazyProbe>(fixtureHtml`<lazy-probe></lazy-probe>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).fontStyle).to.equal('italic');
  });

  it('shows a failure, then retries on the next attempt', async () => {
    fail = true;
    const el = await fixture<LazyProbe>(fixtureHtml`<lazy-probe></lazy-probe>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('unavailable');
    fail = false;
    void el.lazyPart.load();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('loaded part');
    expect(calls).to.equal(2);
  });
});
