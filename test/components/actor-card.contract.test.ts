/**
 * The actor card's attribute contract: an unknown `variant` stays in the author's DOM as written,
 * renders as the default (a full card) with one warning; a valid value written later applies.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/actor-card.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import { captureWarnings } from '../support/stubs.js';
import { settled } from '../support/dom.js';

describe('<actor-card> attribute contract', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
  });

  it('keeps an unknown variant as written, renders the card and warns once', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica" variant="badge"></actor-card>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(el.getAttribute('variant')).to.equal('badge');
    expect(root.querySelector('article.card'), 'the full card').to.not.equal(null);
    expect(root.querySelector('button.chip')).to.equal(null);
    el.requestUpdate(); // a re-render neither rewrites the attribute nor warns again
    await settled(el);
    expect(el.getAttribute('variant')).to.equal('badge');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('variant="badge"').and.contain('"card"');
    await expect(el).to.be.accessible();

    el.setAttribute('variant', 'chip');
    await settled(el);
    expect(root.querySelector('button.chip')).to.not.equal(null);
    expect(root.querySelector('article.card')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });

  it('clamps an out-of-range heading level into 1–6', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor="jica" heading-level="0"></actor-card>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('h1')).to.not.equal(null);
    el.setAttribute('heading-level', '12');
    await settled(el);
    expect(el.shadowRoot!.querySelector('h6')).to.not.equal(null);
    el.requestUpdate();
    await settled(el);
    // Each value that is not a level is said once; the attribute stays as written.
    expect(warnings.messages).to.deep.equal([
      warnings.messages.find((m) => m.includes('heading-level="0" is not one of 1, 2, 3, 4, 5, 6; using 1.')),
      warnings.messages.find((m) => m.includes('heading-level="12" is not one of 1, 2, 3, 4, 5, 6; using 6.')),
    ]);
    expect(el.getAttribute('heading-level')).to.equal('12');
    el.setAttribute('heading-level', '3');
    await settled(el);
    expect(warnings.messages).to.have.length(2);
  });

});
