import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';

describe('smoke', () => {
  it('renders a badge, a list and a card', async () => {
    const el = await fixture(html`<div>
      <p>Text <citation-badge ref="hotez-2014"></citation-badge> and <citation-badge format="numeric" ref="panda-2022 hotez-2014"></citation-badge></p>
      <reference-list format="numeric"></reference-list>
      <actor-card actor="jica"></actor-card>
      <actor-card actor="jica" variant="chip"></actor-card>
    </div>`);
    await new Promise((r) => setTimeout(r, 50));
    const badges = el.querySelectorAll('citation-badge');
    console.log(badges[0].shadowRoot!.textContent!.trim().slice(0, 80));
    console.log(badges[1].shadowRoot!.querySelector('button')!.textContent!.trim());
    console.log(el.querySelector('reference-list')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 300));
    console.log(el.querySelector('actor-card')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 400));
    const btn = badges[0].shadowRoot!.querySelector('button')!;
    btn.click();
    await new Promise((r) => setTimeout(r, 50));
    console.log('expanded', btn.getAttribute('aria-expanded'), badges[0].shadowRoot!.querySelector('[popover]')!.textContent!.replace(/\s+/g, ' ').slice(0, 300));
    expect(badges.length).to.equal(2);
  });
});
