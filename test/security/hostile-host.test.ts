/**
 * A crowded host page: Lit 2 already registered with its own element, our markup in the page
 * before any definition, and the drop-in script included twice (two URLs, so two module
 * instances). Everything must work, with no error.
 */
import { expect } from '@open-wc/testing';
import { LitElement as Lit2Element, html as lit2Html } from 'lit-2';
import { settled, visibleText } from '../support/dom.js';
import { ELEMENT_TAGS } from '../../src/elements.js';

class LegacyWidget extends Lit2Element {
  override render() {
    return lit2Html`<p>legacy widget on Lit 2</p>`;
  }
}
customElements.define('legacy-widget', LegacyWidget);

describe('on a host page with Lit 2, early markup and the script twice', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  let host: HTMLElement;

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    host = document.createElement('main');
    // Markup first, exactly as a blogger pastes it: nothing is defined yet.
    host.innerHTML = `
      <legacy-widget></legacy-widget>
      <p>Vaccine diplomacy <citation-badge cite="hotez-2014"></citation-badge>.</p>
      <actor-card actor="jica"></actor-card>
      <cooperation-timeline countries="ID KR"></cooperation-timeline>
      <reference-list></reference-list>`;
    document.body.append(host);
    // The drop-in script, twice (as when a theme and a plugin both include it).
    const dropIn = '/dist/cdn/kerjasama.js';
    await import(/* @vite-ignore */ `${dropIn}?first`);
    await import(/* @vite-ignore */ `${dropIn}?second`);
    await settled(host);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    host.remove();
  });

  it('keeps the page’s own Lit 2 element working', () => {
    expect(visibleText(host.querySelector('legacy-widget')!)).to.equal('legacy widget on Lit 2');
  });

  it('upgrades the markup that was on the page before the definitions', () => {
    expect(visibleText(host.querySelector('citation-badge')!)).to.equal('(Hotez, 2014)');
    expect(visibleText(host.querySelector('actor-card')!)).to.contain('Japan International Cooperation Agency');
    expect(host.querySelector('cooperation-timeline')!.shadowRoot!.querySelectorAll('.item')).to.have.length(6);
    expect(visibleText(host.querySelector('reference-list')!)).to.contain('Hotez, P. J. (2014)');
  });

  it('registers each tag once and reports no error', () => {
    for (const tag of ELEMENT_TAGS) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(errors).to.deep.equal([]);
  });
});
