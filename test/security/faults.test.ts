/**
 * `<kerjasama-data src>` against a real server that misbehaves (test/support/fault-server.mjs):
 * an error status, a slow trickle, a 10 MB stream, a wrong content type, a response that never
 * ends. Each must end in the provider's accessible error (translated) or loading state, with
 * `kj-data-error` naming the reason, no uncaught error or unhandled rejection, and no stale data.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import type { KjDataErrorEvent, KjDataLoadEvent, DataErrorReason } from '../../src/events.js';
import { badgesIn } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';
import { mountProvider, type MountedProvider } from '../support/provider.js';
import { captureWarnings, watchUncaughtErrors } from '../support/stubs.js';

interface FaultStats {
  path: string;
  bytes: number;
  finished: boolean;
  closedEarly: boolean;
  cookie: boolean;
}

const TEN_MB = 10 * 1024 * 1024;
let counter = 0;

/** A fault URL with a fresh id, so the server's record of it belongs to this test alone. */
function fault(kind: string, params: Record<string, string> = {}): { url: string; id: string } {
  const id = `${Date.now().toString(36)}-${++counter}`;
  return { url: `/__faults/${kind}?${new URLSearchParams({ id, ...params })}`, id };
}

/**
 * What the server saw for `id`; with `until`, once that request has come in (`started`) or its
 * response is over (`closed`).
 */
async function serverStats(id: string, until?: 'started' | 'closed'): Promise<FaultStats> {
  const response = await fetch(`/__faults/stats?id=${encodeURIComponent(id)}${until ? `&wait=${until}` : ''}`);
  const stats = (await response.json()) as FaultStats | null;
  if (!stats) throw new Error(`the fault server has no record of "${id}"`);
  return stats;
}

/** Resolves with the provider's next `kj-data-load` or `kj-data-error` after now. */
function nextOutcome(m: MountedProvider): Promise<KjDataLoadEvent | KjDataErrorEvent> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      m.provider.removeEventListener('kj-data-load', done);
      m.provider.removeEventListener('kj-data-error', done);
      resolve(e as KjDataLoadEvent | KjDataErrorEvent);
    };
    m.provider.addEventListener('kj-data-load', done);
    m.provider.addEventListener('kj-data-error', done);
  });
}

describe('<kerjasama-data src> against a faulty server', () => {
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

  /** The error outcome every fault must reach: event, alert, state, badge, console, no uncaught error. */
  async function expectError(m: MountedProvider, src: string, reason: DataErrorReason, says: string): Promise<KjDataErrorEvent> {
    const event = (await m.outcome()) as KjDataErrorEvent;
    await settled(m.page);
    expect(event.type).to.equal('kj-data-error');
    expect(event.detail.reason).to.equal(reason);
    expect(event.detail.src).to.equal(src);
    expect(m.errors, 'one error event').to.have.length(1);
    expect(m.loads).to.deep.equal([]);
    expect(m.provider.status).to.equal('error');
    expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
    expect(m.alertText()).to.equal(says);
    const alert = m.provider.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.getAttribute('part')).to.equal('error');
    expect(warnings.mentioning(`(${reason})`)).to.have.length(1);
    const badge = badgesIn(m.provider)[0];
    expect(badge.markerText).to.equal('[?]');
    expect(await badge.markerName()).to.contain(m.page.lang === 'id' ? 'Data tidak tersedia' : 'Data unavailable');
    expect(uncaught.errors, 'uncaught errors and unhandled rejections').to.deep.equal([]);
    return event;
  }

  it('says the server answered 500', async () => {
    const { url } = fault('500');
    const m = await mountProvider({ attributes: { src: url } });
    const event = await expectError(m, url, 'http', 'The dataset could not be loaded: the server answered 500');
    expect(event.detail.status).to.equal(500);
  });

  it('says it in Indonesian inside lang="id"', async () => {
    const { url } = fault('500');
    const m = await mountProvider({ lang: 'id', attributes: { src: url } });
    await expectError(m, url, 'http', 'Dataset tidak dapat dimuat: server menjawab 500');
  });

  it('refuses a dataset served as text/html', async () => {
    const { url } = fault('wrong-type');
    const m = await mountProvider({ attributes: { src: url } });
    await expectError(m, url, 'content-type', 'The dataset could not be loaded: the server sent text/html, not JSON');
  });

  it('refuses a dataset served as text/plain, in Indonesian too', async () => {
    const { url } = fault('wrong-type', { type: 'text/plain' });
    const m = await mountProvider({ lang: 'id', attributes: { src: url } });
    await expectError(m, url, 'content-type', 'Dataset tidak dapat dimuat: server mengirim text/plain, bukan JSON');
  });

  describe('a 10 MB response', () => {
    it('is cut off while streaming at max-bytes, not read to the end', async () => {
      const { url, id } = fault('huge');
      const m = await mountProvider({ attributes: { src: url, 'max-bytes': String(1024 * 1024) } });
      await expectError(m, url, 'too-large', 'The dataset could not be loaded: it is larger than the size limit');
      const stats = await serverStats(id, 'closed');
      expect(stats.closedEarly, 'the client hung up before the end').to.equal(true);
      expect(stats.finished).to.equal(false);
      expect(stats.bytes, 'bytes the server got to send').to.be.below(TEN_MB);
    });

    it('is refused at the default limit (8 MB)', async () => {
      const { url, id } = fault('huge');
      const m = await mountProvider({ attributes: { src: url } });
      await expectError(m, url, 'too-large', 'The dataset could not be loaded: it is larger than the size limit');
      const stats = await serverStats(id, 'closed');
      expect(stats.finished || stats.closedEarly).to.equal(true);
    });

    it('is refused from its Content-Length before the body is read', async () => {
      const { url, id } = fault('huge', { declare: '1' });
      const m = await mountProvider({ attributes: { src: url } });
      const event = await expectError(m, url, 'too-large', 'The dataset could not be loaded: it is larger than the size limit');
      expect(event.detail.message).to.contain(`${TEN_MB} bytes`);
      const stats = await serverStats(id, 'closed');
      expect(stats.closedEarly).to.equal(true);
      expect(stats.bytes).to.be.below(TEN_MB);
    });
  });

  describe('a slow trickle', () => {
    it('shows the loading state while bytes dribble in, then the data; sends no cookie', async () => {
      document.cookie = 'kj-fault-test=1; path=/; SameSite=Strict';
      try {
        const { url, id } = fault('trickle', { ms: '2000' });
        const m = await mountProvider({ attributes: { src: url }, children: '<citation-badge cite="author-2020"></citation-badge>' });
        await settled(m.page);
        const badge = badgesIn(m.provider)[0];
        expect(m.provider.status).to.equal('loading');
        expect(m.provider.getAttribute('aria-busy')).to.equal('true');
        expect(badge.markerText).to.equal('[…]');
        expect(await badge.markerName()).to.contain('Loading data…');
        expect(m.alertText()).to.equal(null);

        const event = await m.outcome();
        await settled(m.page);
        expect(event.type).to.equal('kj-data-load');
        expect(badge.markerText).to.equal('(Author, 2020)');
        expect(m.provider.hasAttribute('aria-busy')).to.equal(false);
        const stats = await serverStats(id, 'closed');
        expect(stats.finished).to.equal(true);
        expect(stats.cookie, 'a cookie reached the server').to.equal(false);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        document.cookie = 'kj-fault-test=; path=/; max-age=0';
      }
    });

    it('times out when the trickle outlasts the timeout, and hangs up', async () => {
      const { url, id } = fault('trickle', { ms: '4000' });
      const m = await mountProvider({ attributes: { src: url, timeout: '500' } });
      await expectError(m, url, 'timeout', 'The dataset could not be loaded: the request timed out');
      const stats = await serverStats(id, 'closed');
      expect(stats.closedEarly).to.equal(true);
    });
  });

  describe('a response that never ends', () => {
    it('times out after the headers and a first byte, and hangs up', async () => {
      const { url, id } = fault('never');
      const m = await mountProvider({ attributes: { src: url, timeout: '300' } });
      await expectError(m, url, 'timeout', 'The dataset could not be loaded: the request timed out');
      const stats = await serverStats(id, 'closed');
      expect(stats.closedEarly).to.equal(true);
    });

    it('times out when not even headers come, in Indonesian too', async () => {
      const { url, id } = fault('never', { headers: '0' });
      const m = await mountProvider({ lang: 'id', attributes: { src: url, timeout: '300' } });
      await expectError(m, url, 'timeout', 'Dataset tidak dapat dimuat: permintaan melewati batas waktu');
      const stats = await serverStats(id, 'closed');
      expect(stats.closedEarly).to.equal(true);
    });
  });

  describe('no stale data', () => {
    it('shows the fast dataset when src changes from a slow one, even after the slow one would have finished', async () => {
      const slow = fault('trickle', { ms: '1500' });
      const fast = '/dist/data/kerjasama.dataset.json';
      const m = await mountProvider({ attributes: { src: slow.url }, children: '<citation-badge cite="hotez-2014"></citation-badge>' });
      await serverStats(slow.id, 'started');
      expect(m.provider.status).to.equal('loading');
      const loaded = nextOutcome(m);
      m.provider.src = fast;
      const event = await loaded;
      expect(event.type).to.equal('kj-data-load');
      // The slow response is abandoned: the server sees the client hang up before its end.
      const stats = await serverStats(slow.id, 'closed');
      expect(stats, JSON.stringify(stats)).to.include({ closedEarly: true });
      await settled(m.page);
      expect(m.loads.map((e) => e.detail.src)).to.deep.equal([fast]);
      expect(m.errors).to.deep.equal([]);
      expect(badgesIn(m.provider)[0].markerText).to.equal('(Hotez, 2014)');
      expect(m.alertText()).to.equal(null);
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('does not let an abandoned endless response report anything over a good dataset', async () => {
      const never = fault('never');
      const good = fault('ok');
      const m = await mountProvider({ attributes: { src: never.url, timeout: '300' }, children: '<citation-badge cite="author-2020"></citation-badge>' });
      await serverStats(never.id, 'started');
      m.provider.src = good.url;
      await m.outcome();
      // The abandoned request is really gone (the server saw the hang-up), and said nothing.
      expect((await serverStats(never.id, 'closed')).closedEarly).to.equal(true);
      await settled(m.page);
      expect(m.loads.map((e) => e.detail.src)).to.deep.equal([good.url]);
      expect(m.errors).to.deep.equal([]);
      expect(m.provider.status).to.equal('ready');
      expect(badgesIn(m.provider)[0].markerText).to.equal('(Author, 2020)');
    });

    it('drops a trickling load when the provider is removed, and hangs up', async () => {
      const slow = fault('trickle', { ms: '1500' });
      const m = await mountProvider({ attributes: { src: slow.url } });
      await serverStats(slow.id, 'started');
      m.provider.remove();
      const stats = await serverStats(slow.id, 'closed');
      expect(stats, JSON.stringify(stats)).to.include({ closedEarly: true });
      await settled(m.page);
      expect(m.loads).to.deep.equal([]);
      expect(m.errors).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    });
  });
});
