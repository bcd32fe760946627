// A page of badges on a cold page: each badge waits briefly for the labels it shows, so it
// renders its marker once (not a loading state, then the marker) and numbering happens in one
// pass; meanwhile the citation written inside stays in place.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';
import { coldPage, countShards, holdShards } from '../support/shards.js';
import { bundledShards } from '../../src/data/generated/shards.js';

const IDS = ['hotez-2014', 'panda-2022', 'setiawan-2022', 'keohane-martin-1995', 'jayanti-2020', 'bhwana-2022', 'kemlu-2021'];

describe('<citation-badge> first render on a cold page', () => {
  beforeEach(() => coldPage());

  it('200 numeric badges number 1..n in document order, each rendering its marker once', async () => {
    // Shards that arrive within the wait (the browser has the modules; the page's caches are cold),
    // whatever the load on the test machine.
    await Promise.all(['citations.core.en', 'citations.detail.en'].map((key) => bundledShards[key as keyof typeof bundledShards]!()));
    coldPage();
    const host = await fixture<HTMLElement>(html`<main></main>`);
    const markup = Array.from({ length: 200 }, (_, i) => `<p>Claim ${i} <citation-badge format="numeric" cite="${IDS[(i * 3) % IDS.length]}"></citation-badge></p>`).join('');
    host.innerHTML = `${markup}<reference-list format="numeric"></reference-list>`;
    const badges = [...host.querySelectorAll<CitationBadge>('citation-badge')];
    // Every marker a badge's shadow root ever receives (a loading one, then the real one, would be two).
    const markersAdded = badges.map(() => 0);
    const observers = badges.map((b, i) => {
      const o = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches('[part~="marker"]') || n.querySelector('[part~="marker"]'))) markersAdded[i]++;
      });
      o.observe(b.shadowRoot!, { childList: true, subtree: true });
      return o;
    });
    await settled(host);
    observers.forEach((o) => o.disconnect());
    const firstSeen: string[] = [];
    for (const b of badges) if (!firstSeen.includes(b.cite!)) firstSeen.push(b.cite!);
    badges.forEach((b, i) => expect(new CitationBadgeHarness(b).markerText, `badge ${i}`).to.equal(`[${firstSeen.indexOf(b.cite!) + 1}]`));
    expect(markersAdded.every((n) => n === 1), `markers rendered per badge: ${[...new Set(markersAdded)].join(', ')}`).to.equal(true);
    const items = [...host.querySelector('reference-list')!.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.id)).to.deep.equal(firstSeen.map((id) => `kj-references-${id}`));
    // Each entry links back to every badge citing it, in document order.
    const first = items[0].querySelectorAll('a[part~="backlink"]');
    expect(first.length).to.equal(badges.filter((b) => b.cite === firstSeen[0]).length);
  });

  it('slow labels: the citation written inside shows while it waits, then the polite loading state, then the marker, without moving', async () => {
    const slow = holdShards((key) => key.startsWith('citations.core.'));
    try {
      const page = await fixture<HTMLElement>(html`<p style="width: 20rem">Vaccine diplomacy <citation-badge cite="hotez-2014">(Hotez, 2014)</citation-badge> is defined.</p>`);
      const el = page.querySelector<CitationBadge>('citation-badge')!;
      await new Promise((r) => requestAnimationFrame(r));
      const waitingWidth = el.getBoundingClientRect().width;
      expect(waitingWidth, 'an empty box while waiting').to.be.above(10);
      await new Promise((r) => setTimeout(r, 150));
      const h = new CitationBadgeHarness(el);
      expect(h.marker.classList.contains('loading'), 'loading state after the wait').to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('Loading data…');
      expect(Math.abs(el.getBoundingClientRect().width - waitingWidth)).to.be.below(4);
      slow.release();
      await settled(el);
      expect(h.markerText).to.equal('(Hotez, 2014)');
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('slow labels: a citation that would wrap waits in one box, as the marker that replaces it, so the text after it does not move', async () => {
    const slow = holdShards((key) => key.startsWith('citations.core.'));
    try {
      const written = '(Setiawan et al., 2022; Kementerian Luar Negeri, 2021)';
      const page = await fixture<HTMLElement>(
        html`<p style="width: 15rem; font: 16px/1.5 serif">Japan donated vaccines <citation-badge cite="setiawan-2022 kemlu-2021">${written}</citation-badge> <span>afterwards</span>.</p>`,
      );
      const el = page.querySelector<CitationBadge>('citation-badge')!;
      const after = page.querySelector('span')!;
      await new Promise((r) => requestAnimationFrame(r));
      const waiting = after.getBoundingClientRect();
      slow.release();
      await settled(el);
      expect(new CitationBadgeHarness(el).markerText, 'the marker shows what was written').to.equal(written);
      const shown = after.getBoundingClientRect();
      expect([Math.round(shown.top), Math.round(shown.left)], 'the next word, marker shown').to.deep.equal([Math.round(waiting.top), Math.round(waiting.left)]);
    } finally {
      slow.release();
      slow.restore();
    }
  });

  it('APA markers load no other style’s labels; a Chicago or MLA marker loads them once, in a small shard of their own', async () => {
    const shards = countShards();
    try {
      const page = await fixture<HTMLElement>(html`<p><citation-badge cite="hotez-2014"></citation-badge> <citation-badge cite="hotez-2014" citation-style="bogus"></citation-badge></p>`);
      await settled(page);
      const [apa, bogus] = [...page.querySelectorAll<CitationBadge>('citation-badge')].map((b) => new CitationBadgeHarness(b));
      expect(apa.markerText).to.equal('(Hotez, 2014)');
      // An unknown style renders as the default (with its warning), so it needs no other labels either.
      expect(bogus.markerText).to.equal('(Hotez, 2014)');
      expect(shards.loaded.filter((k) => k.includes('.styles.')), 'styles shards on an APA page').to.deep.equal([]);
      page.insertAdjacentHTML('beforeend', ' <citation-badge cite="hotez-2014" citation-style="mla"></citation-badge>');
      await settled(page);
      const mla = new CitationBadgeHarness(page.querySelector<CitationBadge>('citation-badge[citation-style="mla"]')!);
      expect(mla.markerText).to.equal('(Hotez)');
      apa.element.citationStyle = 'chicago';
      await settled(page);
      expect(apa.markerText).to.equal('(Hotez 2014)');
      expect(shards.loaded.filter((k) => k.includes('.styles.'))).to.deep.equal(['citations.styles.en']);
    } finally {
      shards.restore();
    }
  });
});
