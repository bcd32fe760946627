// A card's evidence quotes, and a chip's profile, load on intent (pointer or focus on their
// button). Warm, they open with their content at once; cold, with a polite loading status.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/actor-card.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import { deepActiveElement, settled, visibleText } from '../support/dom.js';
import { loadedModule } from '../../src/controllers/lazy-module-controller.js';
import { coldPage, holdShards } from '../support/shards.js';
import { watchFor } from '../support/appeared.js';

const QUOTE = 'dedicated to improving Indonesia';

describe('<actor-card> evidence and hovercard, loaded on intent', () => {
  beforeEach(() => coldPage());
  afterEach(() => resetMouse());

  it('warm (the pointer reached the button first): the evidence opens with its quotes and no loading state', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="evidence-button"]')!;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await settled(el);
    const loading = watchFor(el.shadowRoot!, '.loading');
    button.click();
    await settled(el);
    expect(visibleText(el.shadowRoot!.querySelector('.evidence')!)).to.contain(QUOTE);
    expect(loading.seen, 'a loading state flashed').to.equal(false);
    await expect(el).to.be.accessible(); // the evidence open
    loading.stop();
  });

  it('cold: the evidence says "Loading data…" in a status, then shows the quotes in place', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica"></actor-card>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="evidence-button"]')!;
    const slow = holdShards((key) => key.includes('.detail.'));
    try {
      button.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('.evidence [role="status"]')?.textContent?.trim()).to.equal('Loading data…');
      await expect(el).to.be.accessible(); // the loading state too
      slow.release();
      await settled(el);
      expect(el.shadowRoot!.querySelector('.evidence [role="status"]')).to.equal(null);
      expect(visibleText(el.shadowRoot!.querySelector('.evidence')!)).to.contain(QUOTE);
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('cold chip: the hovercard says "Loading data…", then shows the profile', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    const slow = holdShards((key) => !key.startsWith('actors.core'));
    try {
      chip.click();
      await new Promise((r) => setTimeout(r, 50));
      const popover = el.shadowRoot!.querySelector('[popover]')!;
      expect(popover.matches(':popover-open')).to.equal(true);
      expect(popover.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Loading data…');
      slow.release();
      await settled(el);
      expect(visibleText(popover)).to.contain('Japan International Cooperation Agency');
      expect(popover.querySelector('.loading')).to.equal(null);
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('cold chip: its hovercard code waits for intent; Enter opens it, Escape from inside returns focus', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
    await settled(el);
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    const popover = el.shadowRoot!.querySelector('[popover]')!;
    expect(loadedModule('actor-card.hovercard'), 'loaded before any intent').to.equal(undefined);
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
    expect(chip.getAttribute('aria-haspopup')).to.equal('dialog');
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(chip.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(popover)).to.contain('Japan International Cooperation Agency');
    await sendKeys({ press: 'Tab' });
    expect(popover.contains(deepActiveElement()), 'focus inside the hovercard').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(chip.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(chip);
  });

  it('cold chip: the first hover opens the hovercard after the delay', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="chip"></actor-card>`);
    await settled(el);
    const chip = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    const popover = el.shadowRoot!.querySelector('[popover]')!;
    const r = chip.getBoundingClientRect();
    const opened = new Promise((resolve) => popover.addEventListener('toggle', resolve, { once: true }));
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await opened;
    await settled(el);
    expect(chip.getAttribute('aria-expanded')).to.equal('true');
  });
});
