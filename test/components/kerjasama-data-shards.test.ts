// A provider's own dataset hosted in shards: `<kerjasama-data src="…/shards.json">`, as
// `kerjasama data build --shards` writes it (served by test/support/shard-server.mjs from
// test/fixtures/small-dataset.json). Its elements load it as they load the bundled dataset:
// the core layer of what they show, in the page's language, then the detail layer on intent.
// Hostile copies are served as blob: URLs (a manifest naming each shard by its own blob URL).
import { expect } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/citation-badge.js';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/actor-card.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { TimelineHarness, until } from '../support/timeline-harness.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { settled, visibleText } from '../support/dom.js';
import { coldPage } from '../support/shards.js';
import { mountProvider, type MountOptions } from '../support/provider.js';
import { captureWarnings, pausesDuring, watchUncaughtErrors } from '../support/stubs.js';
import { syntheticTimelineDataset } from '../support/timeline-dataset.js';
import { bundledCopy } from '../support/datasets.js';
import { splitDataset } from '../../src/data/split-dataset.js';
import { COLLECTIONS } from '../../src/data/shards.js';
import type { DatasetT } from '../../src/data/schema.js';

const SITE = '/__shards/small/';
const SHARDS = `${SITE}shards.json`;
/** The files of the site fetched so far (resource timings), by name. */
const fetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(SITE))
    .map((n) => n.split('/').pop()!)
    .sort();

type Files = Map<string, unknown>;
const urls: string[] = [];
/**
 * The small site as blobs, after `edit` (which may change any file, the manifest included, by
 * name): a manifest whose shards are named by their blob URLs. Returns the manifest's URL.
 */
async function hostile(edit: (files: Files) => void): Promise<string> {
  const manifest = (await (await fetch(SHARDS)).json()) as { shards: Record<string, string> };
  const files: Files = new Map([['shards.json', manifest]]);
  for (const file of Object.values(manifest.shards)) files.set(file, await (await fetch(SITE + file)).json());
  edit(files);
  const blob = (value: unknown) => {
    const url = URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
    urls.push(url);
    return url;
  };
  const shards = (files.get('shards.json') as { shards: Record<string, string> }).shards;
  for (const [key, file] of Object.entries(shards)) if (files.has(file)) shards[key] = blob(files.get(file));
  return blob(files.get('shards.json'));
}

async function timelineIn(options: MountOptions & { src: string }) {
  const m = await mountProvider({ attributes: { src: options.src }, lang: options.lang, children: options.children ?? '<cooperation-timeline></cooperation-timeline>' });
  await m.outcome();
  const el = m.provider.querySelector<CooperationTimeline>('cooperation-timeline')!;
  await settled(m.page);
  return { m, el, h: new TimelineHarness(el) };
}

describe('<kerjasama-data src> naming a shards.json', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof watchUncaughtErrors>;
  beforeEach(() => {
    coldPage();
    performance.clearResourceTimings();
    warnings = captureWarnings();
    uncaught = watchUncaughtErrors();
  });
  afterEach(() => {
    warnings.restore();
    uncaught.restore();
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
  });

  it('shows the events of the core shard in the page language, and loads nothing else first', async () => {
    const { m, h } = await timelineIn({ src: SHARDS });
    expect(m.loads[0].detail).to.deep.equal({ src: SHARDS, counts: { sources: 1, actors: 3, events: 4, flows: 5, citations: 1 } });
    expect(m.provider.status).to.equal('ready');
    expect(h.titles).to.include.members(['Loan agreed', 'Defense talks', 'Forum']);
    expect(fetched()).to.deep.equal(['events.core.en.json', 'shards.json']);
    await expect(h.element).to.be.accessible();
    expect(warnings.messages).to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });

  it('in Indonesian, loads and shows the Indonesian shard', async () => {
    const { h } = await timelineIn({ src: SHARDS, lang: 'id' });
    expect(h.titles).to.include.members(['Pinjaman disepakati', 'Pembicaraan pertahanan']);
    expect(fetched()).to.deep.equal(['events.core.id.json', 'shards.json']);
  });

  it('opens an event with its verbatim evidence from the detail shard', async () => {
    const { el, h } = await timelineIn({ src: SHARDS });
    h.toggle('Loan agreed').click();
    await until(() => !!h.details('Loan agreed').querySelector('blockquote'), 'the evidence quote');
    await settled(el);
    expect(visibleText(h.details('Loan agreed'))).to.contain('Japan lent money to Indonesia.');
    expect(fetched()).to.include('events.detail.en.json');
    await expect(el).to.be.accessible();
  });

  it('gives a badge its in-text label, and its popover the quote', async () => {
    const m = await mountProvider({ attributes: { src: SHARDS }, children: '<p>Text <citation-badge cite="author-2020"></citation-badge></p>' });
    await m.outcome();
    await settled(m.page);
    const b = new CitationBadgeHarness(m.provider.querySelector<CitationBadge>('citation-badge')!);
    expect(b.markerText).to.equal('(Author, 2020)');
    const open = b.toggled('open');
    b.marker.click();
    await open;
    await until(() => b.popoverText.includes('Japan lent money to Indonesia.'), 'the quote in the popover');
    expect(uncaught.errors).to.deep.equal([]);
  });

  // Every collection whose evidence is core (its sources) keeps the quotes in its detail shard.
  it('gives a chart its flows, and an actor card its evidence quote from the detail shard', async () => {
    const m = await mountProvider({ attributes: { src: SHARDS }, children: '<aid-flow-chart view="table"></aid-flow-chart><actor-card actor="japan"></actor-card>' });
    await m.outcome();
    const chart = m.provider.querySelector('aid-flow-chart')!;
    const card = m.provider.querySelector('actor-card')!;
    await until(() => chart.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the flows table');
    expect(visibleText(chart.shadowRoot!.querySelector('table')!)).to.contain('Japan');
    await until(() => !!card.shadowRoot!.querySelector('.evidence button'), 'the evidence button');
    card.shadowRoot!.querySelector<HTMLButtonElement>('.evidence button')!.click();
    await until(() => !!card.shadowRoot!.querySelector('.evidence blockquote'), 'the evidence quote');
    expect(visibleText(card.shadowRoot!.querySelector('.evidence blockquote')!)).to.contain('Japan lent money to Indonesia.');
    expect(fetched()).to.include('actors.detail.en.json');
    expect(warnings.messages).to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
    await expect(card).to.be.accessible();
  });

  describe('hostile or broken shards: a message in the element, one warning, nothing thrown', () => {
    const failsWith = async (src: string, warning: RegExp, children?: string) => {
      const { h } = await timelineIn({ src, children });
      await until(() => h.root.querySelector('.message') !== null, 'the message');
      expect(visibleText(h.root.querySelector('.message')!)).to.equal('Data unavailable');
      expect(h.titles).to.deep.equal([]);
      expect(warnings.messages.length, warnings.messages.join('\n')).to.equal(1);
      expect(warnings.messages[0]).to.match(warning);
      expect(uncaught.errors).to.deep.equal([]);
      await expect(h.element).to.be.accessible();
    };

    it('a shard missing from the server', async () => {
      await failsWith(
        await hostile((f) => ((f.get('shards.json') as { shards: Record<string, string> }).shards['events.core.en'] = `${location.origin}${SITE}nowhere.json`)),
        /shard events\.core\.en: HTTP 404/,
      );
    });

    it('a shard named by a javascript: URL is never fetched', async () => {
      await failsWith(
        await hostile((f) => ((f.get('shards.json') as { shards: Record<string, string> }).shards['events.core.en'] = 'javascript:alert(1)')),
        /shard events\.core\.en: .*not an http\(s\) URL/,
      );
    });

    it('a shard that is not JSON', async () => {
      await failsWith(await hostile((f) => f.set('events.core.en.json', '{"oops"')), /shard events\.core\.en: is not valid JSON/);
    });

    it('an event whose date is not a real date', async () => {
      await failsWith(
        await hostile((f) => ((f.get('events.core.en.json') as { date: unknown }[])[0].date = { start: '2020-13-45', precision: 'day' })),
        /events\.core\.en: .*\$\[0\]\.date/,
      );
    });

    it('two events with one id', async () => {
      await failsWith(await hostile((f) => ((f.get('events.core.en.json') as Record<string, unknown>[])[1].id = 'loan-2020')), /duplicate id "loan-2020"/);
    });

    it('an event whose title is in neither the page language nor the default one', async () => {
      await failsWith(
        await hostile((f) => ((f.get('events.core.en.json') as { title: unknown }[])[2].title = { fr: 'Chose sans date' })),
        /\$\[2\]\.title .*needs the text in "en"/,
      );
    });

    it('an event carrying a field of another layer', async () => {
      await failsWith(
        await hostile((f) => ((f.get('events.core.en.json') as Record<string, unknown>[])[0].evidence = [{ source: 'doc-a', quote: 'Japan lent money to Indonesia.' }])),
        /events\.core\.en: \$\[0\]/,
      );
    });

    it('an event naming an actor the dataset lacks (checked with the actors, which an actor filter loads)', async () => {
      await failsWith(
        await hostile((f) => ((f.get('events.core.en.json') as { actors: string[] }[])[0].actors = ['japan', 'nobody'])),
        /unknown actor "nobody"/,
        '<cooperation-timeline actor="japan"></cooperation-timeline>',
      );
    });
  });

  describe('a site with 10 000 events (a 2 MB core shard)', () => {
    const large = () => syntheticTimelineDataset(bundledCopy(), 10_000);
    /** `dataset` cut as `kerjasama data build --shards` cuts it, after `edit` (by shard key); every file a blob. */
    function site(dataset: DatasetT, edit: (shards: Map<string, unknown>) => void = () => undefined): string {
      const blob = (value: unknown) => {
        const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
        urls.push(url);
        return url;
      };
      const shards = splitDataset(dataset as unknown as Record<string, unknown>) as Map<string, unknown>;
      edit(shards);
      const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, dataset[c].length]));
      const files = Object.fromEntries([...shards].map(([key, data]) => [key, blob(data)]));
      return blob({ version: dataset.version, license: dataset.license, locales: ['en', 'id'], defaultLanguage: 'en', counts, shards: files });
    }

    it('is parsed apart from its reading and checked in slices, then shown', async () => {
      const dataset = large();
      let h!: TimelineHarness;
      const pauses = await pausesDuring(async () => {
        ({ h } = await timelineIn({ src: site(dataset) }));
        await until(() => h.titles.length > 0, 'the first events');
      });
      expect(pauses, 'the page had its main thread back while the shard was parsed and checked').to.be.above(2);
      expect(h.titles[0]).to.equal(dataset.events[0].title.en);
      expect(warnings.messages).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('a problem in its last record is found, as in a small shard', async () => {
      const src = site(large(), (shards) => ((shards.get('events.core.en') as { sector: string }[])[9_999].sector = 'astrology'));
      const { h } = await timelineIn({ src });
      await until(() => h.root.querySelector('.message') !== null, 'the message');
      expect(visibleText(h.root.querySelector('.message')!)).to.equal('Data unavailable');
      expect(warnings.messages.length, warnings.messages.join('\n')).to.equal(1);
      expect(warnings.messages[0]).to.match(/shard events\.core\.en: \$\[9999\]\.sector/);
      expect(uncaught.errors).to.deep.equal([]);
    });
  });

  it('markup in a shard is shown as text, with one warning', async () => {
    const src = await hostile((f) => ((f.get('events.core.en.json') as { title: Record<string, string> }[])[0].title = { en: '<img src=x onerror=alert(1)>Loan' }));
    const { h } = await timelineIn({ src });
    expect(h.titles).to.include('<img src=x onerror=alert(1)>Loan');
    expect(h.root.querySelector('img')).to.equal(null);
    expect(warnings.mentioning('markup').length).to.equal(1);
  });

  it('a manifest that is not one: the provider says so', async () => {
    const src = await hostile((f) => delete (f.get('shards.json') as { locales?: unknown }).locales);
    const m = await mountProvider({ attributes: { src }, children: '<cooperation-timeline></cooperation-timeline>' });
    const outcome = await m.outcome();
    expect(outcome.type).to.equal('kj-data-error');
    await settled(m.page);
    expect(m.alertText()).to.equal('The dataset could not be loaded: it does not match the dataset schema');
    expect(warnings.messages[0]).to.match(/shards\.json: locales/);
    expect(warnings.messages.length).to.equal(1);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
