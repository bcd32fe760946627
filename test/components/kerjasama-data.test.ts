import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { DataErrorReason, KjDataErrorEvent, KjDataLoadEvent } from '../../src/events.js';
import { CitationBadgeHarness, badgesIn } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';
import { bundledCopy, citationIn, formattedVariants } from '../support/datasets.js';
import { minimalDataset } from '../support/fixtures.js';
import { mountProvider, type MountedProvider } from '../support/provider.js';
import { captureWarnings, holdFetch, pausesDuring, watchUncaughtErrors } from '../support/stubs.js';
import { syntheticTimelineDataset } from '../support/timeline-dataset.js';

const SMALL = '/test/fixtures/small-dataset.json';
const SMALL_COUNTS = { sources: 1, actors: 3, events: 4, flows: 5, citations: 1 };

/** The bundled dataset plus a citation `example-2024` cited as "(Example, 2024)". */
function datasetWithExample() {
  const dataset = bundledCopy();
  const example = structuredClone(citationIn(dataset, 'hotez-2014'));
  example.id = 'example-2024';
  example.author = [{ family: 'Example', given: 'E.' }];
  for (const v of formattedVariants(example)) {
    v.citation = '(Example, 2024)';
    v.bibliography = [{ text: 'Example, E. (2024). An example reference.' }];
  }
  dataset.citations.push(example);
  return dataset;
}

const badgeIn = (m: MountedProvider) => badgesIn(m.provider)[0];

describe('<kerjasama-data>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof watchUncaughtErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = watchUncaughtErrors();
  });
  afterEach(() => {
    warnings.restore();
    uncaught.restore();
  });

  describe('providing a dataset', () => {
    it('lets a badge with no provider use the bundled dataset', async () => {
      const el = await fixture<HTMLElement>(html`<p><citation-badge cite="hotez-2014"></citation-badge></p>`);
      await settled(el);
      expect(badgesIn(el)[0].markerText).to.equal('(Hotez, 2014)');
    });

    it('provides the bundled dataset when it has no src and no data', async () => {
      const m = await mountProvider();
      await settled(m.page);
      expect(m.provider.status).to.equal('ready');
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
      expect(m.alertText()).to.equal(null);
    });

    it('shows a dataset assigned to .data in the elements inside', async () => {
      const m = await mountProvider({ data: datasetWithExample(), children: '<citation-badge cite="example-2024 hotez-2014"></citation-badge>' });
      await settled(m.page);
      const b = badgeIn(m);
      expect(b.markerText).to.equal('(Example, 2024; Hotez, 2014)');
      await b.open();
      expect(b.popoverText).to.contain('Example, E. (2024). An example reference.');
      expect(m.loads).to.have.length(1);
      expect(m.loads[0].detail.counts.citations).to.equal(bundledCopy().citations.length + 1);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('updates the elements inside when .data is replaced', async () => {
      const m = await mountProvider({ children: '<citation-badge cite="example-2024"></citation-badge>' });
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('[?]');
      m.provider.data = datasetWithExample();
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Example, 2024)');
    });

    it('loads a dataset from src, fires kj-data-load and shows it', async () => {
      const m = await mountProvider({ attributes: { src: SMALL }, children: '<citation-badge cite="author-2020"></citation-badge>' });
      const event = (await m.outcome()) as KjDataLoadEvent;
      await settled(m.page);
      expect(event.type).to.equal('kj-data-load');
      expect(event.detail).to.deep.equal({ src: SMALL, counts: SMALL_COUNTS });
      expect(m.provider.status).to.equal('ready');
      expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
      expect(badgeIn(m).markerText).to.equal('(Author, 2020)');
      expect(m.errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('loads the published dataset file', async () => {
      const m = await mountProvider({ attributes: { src: '/dist/data/kerjasama.dataset.json' } });
      const event = await m.outcome();
      await settled(m.page);
      expect(event.type).to.equal('kj-data-load');
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
    });

    it('shows a loading state while the dataset is on its way, then the data', async () => {
      const fetches = holdFetch();
      try {
        const m = await mountProvider({ attributes: { src: '/slow.json' }, children: '<citation-badge cite="author-2020"></citation-badge>' });
        const request = await fetches.nextRequest();
        await settled(m.page);
        const b = badgeIn(m);
        expect(m.provider.status).to.equal('loading');
        expect(m.provider.getAttribute('aria-busy')).to.equal('true');
        expect(b.markerText).to.equal('[…]');
        expect(await b.markerName()).to.contain('Loading data…');

        request.respondJson(minimalDataset());
        await m.outcome();
        await settled(m.page);
        expect(b.markerText).to.equal('(Author, 2020)');
        expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
      } finally {
        fetches.restore();
      }
    });

    it('requests the dataset once, without credentials', async () => {
      const fetches = holdFetch();
      try {
        const m = await mountProvider({ attributes: { src: '/once.json' } });
        const request = await fetches.nextRequest();
        await settled(m.page);
        expect(fetches.requests.map((r) => r.url)).to.deep.equal([new URL('/once.json', location.href).href]);
        expect(request.init?.credentials).to.equal('omit');
        request.respondJson(minimalDataset());
        await m.outcome();
        expect(m.loads).to.have.length(1);
      } finally {
        fetches.restore();
      }
    });

    it('treats .data = undefined as “no data yet”, not as an error', async () => {
      const m = await mountProvider({ data: undefined });
      await settled(m.page);
      expect(m.alertText()).to.equal(null);
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
      expect(warnings.messages).to.deep.equal([]);

      m.provider.data = datasetWithExample();
      m.provider.innerHTML = '<citation-badge cite="example-2024"></citation-badge>';
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Example, 2024)');
      m.provider.data = null;
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('[?]');
    });

    it('goes back to loading src when .data is unset', async () => {
      const m = await mountProvider({ attributes: { src: SMALL }, data: datasetWithExample(), children: '<citation-badge cite="author-2020"></citation-badge>' });
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('[?]');
      m.provider.data = undefined;
      await new Promise((resolve) => m.provider.addEventListener('kj-data-load', resolve, { once: true }));
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Author, 2020)');
    });

    it('stops showing its data in an element moved out of it, and shows it again when put back', async () => {
      const m = await mountProvider({ attributes: { src: SMALL }, children: '<citation-badge ref="author-2020"></citation-badge>' });
      await m.outcome();
      await settled(m.page);
      const badge = m.provider.querySelector('citation-badge')!;
      expect(badgeIn(m).markerText).to.equal('(Author, 2020)');

      // Moved next to its provider: the bundled dataset has no author-2020.
      m.page.append(badge);
      await settled(m.page);
      expect(badgesIn(m.page)[0].markerText, 'outside the provider').to.equal('[?]');

      m.provider.append(badge);
      await settled(m.page);
      expect(badgeIn(m).markerText, 'back inside').to.equal('(Author, 2020)');
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('goes back to the bundled dataset when src is removed', async () => {
      const m = await mountProvider({ attributes: { src: SMALL } });
      await m.outcome();
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('[?]');
      m.provider.removeAttribute('src');
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
    });
  });

  describe('a large dataset (10 000 events)', () => {
    const large = () => syntheticTimelineDataset(bundledCopy(), 10_000);

    /** Counts the tasks that run until `done` settles: one message posted after another. */
    async function tasksDuring(done: Promise<unknown>): Promise<number> {
      let tasks = 0;
      let over = false;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        tasks++;
        if (!over) channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
      await done;
      over = true;
      channel.port1.close();
      return tasks;
    }

    it('is checked while the page goes on running its own tasks, then shown', async () => {
      const m = await mountProvider({ children: '<citation-badge cite="hotez-2014"></citation-badge>' });
      await settled(m.page);
      m.provider.data = large();
      // Not yet in use when the assignment returns: the check has only begun.
      expect(m.provider.status).to.equal('loading');
      expect(m.provider.getAttribute('aria-busy')).to.equal('true');
      expect(m.loads).to.have.length(0);
      const tasks = await tasksDuring(m.outcome());
      expect(tasks, "the page's own tasks ran between the slices of the check").to.be.above(0);
      expect(m.loads[0].detail.counts.events).to.equal(10_000);
      expect(m.provider.status).to.equal('ready');
      expect(m.provider.data!.events).to.have.length(10_000);
      await settled(m.page);
      expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('finds a problem in its last record, as a small one is checked', async () => {
      const data = large();
      (data.events[9_999] as { sector: string }).sector = 'astrology';
      const m = await mountProvider({ data, children: '<citation-badge cite="hotez-2014"></citation-badge>' });
      await m.outcome();
      await settled(m.page);
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(m.alertText()).to.equal('The dataset could not be loaded: it does not match the dataset schema');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('$.events[9999].sector (events "synthetic-10000")');
    });

    it('finds a dangling reference in its last record', async () => {
      const data = large();
      data.events[9_999].actors = ['nobody'];
      const m = await mountProvider({ data });
      await m.outcome();
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(warnings.messages[0]).to.contain('$.events[9999].actors[0] (events "synthetic-10000"): unknown actor "nobody"');
    });

    it('reports a record whose getter throws, with one warning and no uncaught error', async () => {
      const data = large();
      Object.defineProperty(data.events[5_000], 'title', { get() { throw new Error('hostile getter'); }, enumerable: true });
      const m = await mountProvider({ data });
      await m.outcome();
      await settled(m.page);
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(m.alertText()).to.equal('The dataset could not be loaded: it does not match the dataset schema');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('could not be read').and.contain('hostile getter');
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('refuses a list of 3 000 datasets as it refuses one that is not a dataset at all', async () => {
      const m = await mountProvider({ data: Array.from({ length: 3_000 }, () => ({ version: '1' })) });
      await m.outcome();
      await settled(m.page);
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('$: must be a JSON object');
    });

    it('is checked in slices when it comes from src too, a problem in its last record named', async () => {
      const good = URL.createObjectURL(new Blob([JSON.stringify(large())], { type: 'application/json' }));
      const data = large();
      (data.events[9_999] as { sector: string }).sector = 'astrology';
      const bad = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
      const notJson = URL.createObjectURL(new Blob(['{"events": [' + '1,'.repeat(600_000)], { type: 'application/json' }));
      try {
        // Reading the response already takes many tasks; the check's own pauses are counted
        // by the channels it posts them through.
        let m!: MountedProvider;
        const pauses = await pausesDuring(async () => {
          m = await mountProvider({ attributes: { src: good } });
          await m.outcome();
        });
        expect(m.loads[0]?.detail.counts.events).to.equal(10_000);
        expect(pauses, 'the check gave the page its main thread back').to.be.above(1);
        const b = await mountProvider({ attributes: { src: bad } });
        await b.outcome();
        expect(b.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
        expect(warnings.messages.join('\n')).to.contain('$.events[9999].sector (events "synthetic-10000")');
        const j = await mountProvider({ attributes: { src: notJson } });
        await j.outcome();
        expect(j.errors.map((e) => e.detail.reason)).to.deep.equal(['json']);
      } finally {
        [good, bad, notJson].forEach((url) => URL.revokeObjectURL(url));
      }
    });

    it('gives way to a dataset assigned while it is being checked', async () => {
      const m = await mountProvider({ children: '<citation-badge cite="example-2024"></citation-badge>' });
      await settled(m.page);
      m.provider.data = large();
      m.provider.data = datasetWithExample();
      // The provider's updateComplete waits for the check it began: it is over by now.
      await settled(m.page);
      expect(m.loads.map((e) => e.detail.counts.events)).to.deep.equal([bundledCopy().events.length]);
      expect(m.provider.data!.events).to.have.length(bundledCopy().events.length);
      expect(badgeIn(m).markerText).to.equal('(Example, 2024)');
    });

    it('wins over src while it is being checked', async () => {
      const fetches = holdFetch();
      try {
        const m = await mountProvider({ data: large() });
        m.provider.setAttribute('src', '/other.json');
        await m.outcome();
        await settled(m.page);
        expect(fetches.requests, 'src not fetched').to.have.length(0);
        expect(m.provider.data!.events).to.have.length(10_000);
      } finally {
        fetches.restore();
      }
    });
  });

  describe('when the dataset cannot be used', () => {
    const failures: { name: string; reason: DataErrorReason; attributes: Record<string, string>; says: string; status?: number; hold?: boolean }[] = [
      {
        name: 'the server answers 404',
        reason: 'http',
        attributes: { src: '/test/fixtures/missing-dataset.json' },
        says: 'The dataset could not be loaded: the server answered 404',
        status: 404,
      },
      { name: 'the file is not JSON', reason: 'json', attributes: { src: '/test/fixtures/invalid-json.json' }, says: 'The dataset could not be loaded: it is not valid JSON' },
      {
        name: 'the JSON does not match the schema',
        reason: 'schema',
        attributes: { src: '/test/fixtures/schema-invalid.json' },
        says: 'The dataset could not be loaded: it does not match the dataset schema',
      },
      {
        name: 'the file is larger than max-bytes',
        reason: 'too-large',
        attributes: { src: SMALL, 'max-bytes': '100' },
        says: 'The dataset could not be loaded: it is larger than the size limit',
      },
      { name: 'the network fails', reason: 'network', attributes: { src: 'http://127.0.0.1:9/x.json' }, says: 'The dataset could not be loaded: the network request failed' },
      { name: 'src is a javascript: URL', reason: 'url', attributes: { src: 'javascript:alert(1)' }, says: 'The dataset could not be loaded: its address is not an http(s) URL' },
      { name: 'src is a data: URL', reason: 'url', attributes: { src: 'data:application/json,{}' }, says: 'The dataset could not be loaded: its address is not an http(s) URL' },
      {
        name: 'the server sends HTML',
        reason: 'content-type',
        attributes: { src: '/test/fixtures/not-a-dataset.html' },
        says: 'The dataset could not be loaded: the server sent text/html, not JSON',
      },
      {
        name: 'the server never answers within timeout',
        reason: 'timeout',
        attributes: { src: '/never-answers.json', timeout: '1' },
        says: 'The dataset could not be loaded: the request timed out',
        hold: true,
      },
    ];

    for (const failure of failures) {
      it(`says so when ${failure.name} (${failure.reason})`, async () => {
        const fetches = failure.hold ? holdFetch() : undefined;
        try {
          const m = await mountProvider({ attributes: failure.attributes, children: '<p>Text <citation-badge cite="hotez-2014"></citation-badge> by <actor-card variant="chip" actor="jica">JICA</actor-card>.</p>' });
          const event = (await m.outcome()) as KjDataErrorEvent;
          await settled(m.page);

          expect(event.type).to.equal('kj-data-error');
          expect(event.detail.reason).to.equal(failure.reason);
          expect(event.detail.src).to.equal(failure.attributes.src);
          if (failure.status) expect(event.detail.status).to.equal(failure.status);
          expect(m.alertText()).to.contain(failure.says);
          expect(m.provider.status).to.equal('error');
          expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
          expect(warnings.messages, 'console warnings').to.have.length(1);
          expect(warnings.messages[0]).to.contain(failure.attributes.src).and.contain(`(${failure.reason})`);
          expect(uncaught.errors).to.deep.equal([]);

          const b = badgeIn(m);
          expect(b.markerText).to.equal('[?]');
          expect(await b.markerName()).to.contain('Data unavailable');
          b.marker.click();
          await settled(m.page);
          expect(b.isOpen).to.equal(false);
          expect(m.loads).to.deep.equal([]);
          // A chip keeps the name written inside it and says the data is unavailable, as the badge does.
          const chip = m.provider.querySelector('actor-card')!;
          const slot = chip.shadowRoot!.querySelector('slot')!;
          expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('JICA');
          expect(chip.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('[?] Data unavailable');
          await expect(m.provider).to.be.accessible();
        } finally {
          fetches?.restore();
        }
      });
    }

    it('loads with its default limits when timeout or max-bytes is not a positive number, saying so once', async () => {
      for (const [attribute, value] of [['timeout', 'abc'], ['timeout', '-1'], ['max-bytes', 'abc']]) {
        warnings.messages.length = 0;
        const m = await mountProvider({ attributes: { src: SMALL, [attribute]: value }, children: '<citation-badge cite="author-2020"></citation-badge>' });
        const event = await m.outcome();
        expect(event.type, `${attribute}="${value}"`).to.equal('kj-data-load');
        expect(m.provider.getAttribute(attribute)).to.equal(value);
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`${attribute}="${value}" is not a positive number`);
      }
    });

    it('names the JSON path in the console warning, not to the reader, when a .data dataset is invalid', async () => {
      const data = minimalDataset();
      (data.events[0] as { sector: string }).sector = 'astrology';
      const m = await mountProvider({ data, children: '<citation-badge cite="author-2020"></citation-badge>' });
      await settled(m.page);
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(m.alertText()).to.equal('The dataset could not be loaded: it does not match the dataset schema');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('$.events[0].sector (events "loan-2020")');
      expect(badgeIn(m).markerText).to.equal('[?]');
    });

    it('refuses a .data value that is not a dataset at all', async () => {
      const m = await mountProvider({ data: 'not a dataset' });
      await settled(m.page);
      expect(m.errors.map((e) => e.detail.reason)).to.deep.equal(['schema']);
      expect(m.alertText()).not.to.contain('$');
      expect(warnings.messages.join('\n')).to.contain('$: must be a JSON object');
    });

    it('says it in Indonesian inside lang="id"', async () => {
      const m = await mountProvider({ lang: 'id', attributes: { src: '/test/fixtures/missing-dataset.json' } });
      await m.outcome();
      await settled(m.page);
      expect(m.alertText()).to.equal('Dataset tidak dapat dimuat: server menjawab 404');
      expect(await badgeIn(m).markerName()).to.contain('Data tidak tersedia');
    });

    it('passes axe in the error state', async () => {
      const m = await mountProvider({ attributes: { src: '/test/fixtures/invalid-json.json' } });
      await m.outcome();
      await settled(m.page);
      await expect(m.page).to.be.accessible();
    });

    it('recovers when src is pointed at a good dataset', async () => {
      const m = await mountProvider({ attributes: { src: '/test/fixtures/invalid-json.json' }, children: '<citation-badge cite="author-2020"></citation-badge>' });
      await m.outcome();
      m.provider.src = SMALL;
      await new Promise((resolve) => m.provider.addEventListener('kj-data-load', resolve, { once: true }));
      await settled(m.page);
      expect(m.alertText()).to.equal(null);
      expect(badgeIn(m).markerText).to.equal('(Author, 2020)');
    });

    it('recovers when a valid dataset is assigned to .data', async () => {
      const m = await mountProvider({ attributes: { src: '/test/fixtures/missing-dataset.json' } });
      await m.outcome();
      m.provider.data = bundledCopy();
      await settled(m.page);
      expect(m.alertText()).to.equal(null);
      expect(badgeIn(m).markerText).to.equal('(Hotez, 2014)');
    });
  });

  describe('aborting a load', () => {
    let fetches: ReturnType<typeof holdFetch>;
    beforeEach(() => {
      fetches = holdFetch();
    });
    afterEach(() => fetches.restore());

    it('aborts the request when the provider is removed, and loads afresh when it is put back', async () => {
      const m = await mountProvider({ attributes: { src: '/first.json' }, children: '<citation-badge cite="author-2020"></citation-badge>' });
      const first = await fetches.nextRequest();
      m.provider.remove();
      expect(first.signal?.aborted, 'request aborted').to.equal(true);
      first.respondJson(minimalDataset());
      await settled(m.page);
      expect(m.loads).to.deep.equal([]);
      expect(m.errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);

      m.page.append(m.provider);
      const again = await fetches.nextRequest();
      again.respondJson(minimalDataset());
      await m.outcome();
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Author, 2020)');
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('shows only the newest src when src changes mid-load', async () => {
      const m = await mountProvider({ attributes: { src: '/old.json' }, children: '<citation-badge cite="example-2024"></citation-badge>' });
      const old = await fetches.nextRequest();
      m.provider.src = '/new.json';
      const current = await fetches.nextRequest();
      expect(current.url).to.equal(new URL('/new.json', location.href).href);
      expect(old.signal?.aborted, 'old request aborted').to.equal(true);

      current.respondJson(datasetWithExample());
      old.respondJson(minimalDataset());
      await m.outcome();
      await settled(m.page);
      expect(m.loads.map((e) => e.detail.src)).to.deep.equal(['/new.json']);
      expect(badgeIn(m).markerText).to.equal('(Example, 2024)');
      expect(m.errors).to.deep.equal([]);
    });

    it('lets .data win over a load in progress', async () => {
      const m = await mountProvider({ attributes: { src: '/slow.json' }, children: '<citation-badge cite="example-2024"></citation-badge>' });
      const request = await fetches.nextRequest();
      m.provider.data = datasetWithExample();
      expect(request.signal?.aborted).to.equal(true);
      request.respondJson(minimalDataset());
      await settled(m.page);
      expect(badgeIn(m).markerText).to.equal('(Example, 2024)');
      expect(m.loads.map((e) => e.detail.src)).to.deep.equal([undefined]);
    });
  });

  it('keeps a badge that was open working after its provider fails', async () => {
    const m = await mountProvider({ attributes: { src: SMALL }, children: '<citation-badge cite="author-2020"></citation-badge>' });
    await m.outcome();
    await settled(m.page);
    const b = badgeIn(m);
    await b.open();
    (m.provider as KerjasamaData).data = { broken: true };
    await settled(m.page);
    expect(b.markerText).to.equal('[?]');
    expect(b.marker.hasAttribute('aria-expanded')).to.equal(false);
    m.provider.data = minimalDataset();
    await settled(m.page);
    expect(b.expanded).to.equal('false');
    await b.open();
    expect(b.expanded).to.equal('true');
    expect(new CitationBadgeHarness(b.element).popoverText).to.contain('Author, A. (2020).');
  });
});
