/**
 * The embed page and host script against hostile URLs and messages (issue 16): a query naming a
 * tag that is not an embeddable element, a dataset `src` on another origin or a `javascript:` /
 * `data:` URL, a very long or repeated query — refused with a message, never mounted or fetched;
 * the host script resizes an iframe only for messages from its own window and its src's origin,
 * tested with two loopback origins (this page on one, the embed on the other).
 */
import { expect } from '@open-wc/testing';
import { EMBED_ELEMENTS, MAX_EMBED_QUERY_LENGTH, parseEmbedParams } from '../../src/embed/embed-params.js';
import { installEmbedHost } from '../../src/embed/embed-host.js';
import { HEIGHT_MESSAGE } from '../../src/embed/embed-page.js';
import type { AttributeContract } from '../../src/base/attribute-contract.js';
import { citationBadgeAttributes } from '../../src/components/citation-badge/citation-badge.options.js';
import { actorCardAttributes } from '../../src/components/actor-card/actor-card.options.js';
import { cooperationTimelineAttributes } from '../../src/components/cooperation-timeline/cooperation-timeline.options.js';
import { aidFlowChartAttributes } from '../../src/components/aid-flow-chart/aid-flow-chart.options.js';
import { referenceListAttributes } from '../../src/components/reference-list/reference-list.options.js';
import { embed as embedEn } from '../../src/i18n/locales/en.embed.js';
import { embed as embedId } from '../../src/i18n/locales/id.embed.js';
import { embed as embedJa } from '../../src/i18n/locales/ja.embed.js';
import { embed as embedKo } from '../../src/i18n/locales/ko.embed.js';

const PAGE = '/stories/embed/embed.html';
/** The same test server under the other loopback name: another origin. */
const OTHER_ORIGIN = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

interface Watched {
  iframe: HTMLIFrameElement;
  warnings: string[];
  /** URLs the page asked for with fetch or XMLHttpRequest. */
  requests: string[];
}

/**
 * The embed page in an iframe, its console and network calls watched from before its module runs
 * (the initial about:blank window is kept for a same-origin page). Resolves once it has rendered.
 */
async function embed(query: string): Promise<Watched & { children: Element[] }> {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('src', `${PAGE}?${query}`);
  iframe.style.width = '600px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const requests: string[] = [];
  win.console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const realFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  };
  const open = win.XMLHttpRequest.prototype.open;
  win.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    requests.push(String(url));
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  };
  await loaded;
  const root = iframe.contentDocument!.getElementById('embed')!;
  if (root.querySelector('noscript')) {
    await new Promise<void>((resolve) => new MutationObserver((_, o) => (o.disconnect(), resolve())).observe(root, { childList: true }));
  }
  return { iframe, warnings, requests, children: [...root.children] };
}

/** What the fault server saw for `id` (null: no request came). */
async function serverSaw(id: string): Promise<unknown> {
  return (await fetch(`/__faults/stats?id=${encodeURIComponent(id)}`)).json();
}

/** The text of a refusal once its language's table has loaded. */
async function refusalText(message: Element): Promise<string> {
  while (!message.textContent) await new Promise((resolve) => requestAnimationFrame(resolve));
  return message.textContent;
}

describe('embed page against hostile queries', () => {
  afterEach(() => document.body.replaceChildren());

  for (const tag of ['script', 'iframe', 'object', 'embed', 'svg', 'kerjasama-data', 'kerjasama-embed-builder', 'x-unknown', 'constructor']) {
    it(`refuses element=${tag} with a message, mounting nothing`, async () => {
      const { iframe, children, warnings } = await embed(`element=${tag}&src=${encodeURIComponent('/test/fixtures/not-a-dataset.html')}`);
      expect(children.map((c) => c.localName)).to.deep.equal(['p']);
      expect(children[0].getAttribute('role')).to.equal('alert');
      expect(await refusalText(children[0])).to.equal(embedEn.notEmbeddable);
      const doc = iframe.contentDocument!;
      // Nothing but the message inside #embed, and no frame or plug-in anywhere on the page.
      expect(doc.querySelectorAll('#embed :not(p), iframe, object, embed')).to.have.length(0);
      expect(iframe.contentWindow!.customElements.get(tag)).to.equal(undefined);
      expect(warnings).to.deep.equal([`kerjasama embed: nothing shown: ${embedEn.notEmbeddable}`]);
    });
  }

  it('says so in the language the query asks for', async () => {
    for (const [lang, strings] of [['id', embedId], ['ja', embedJa], ['ko', embedKo]] as const) {
      const { iframe, children } = await embed(`element=script&lang=${lang}`);
      expect(await refusalText(children[0]), lang).to.equal(strings.notEmbeddable);
      expect(strings.notEmbeddable, lang).to.not.equal(embedEn.notEmbeddable);
      expect(iframe.contentDocument!.documentElement.lang).to.equal(lang);
      expect(children[0].hasAttribute('lang'), lang).to.be.false;
    }
  });

  it('never fetches a dataset src: on another origin, a javascript: or a data: URL', async () => {
    const id = `embed-src-${Math.random().toString(36).slice(2)}`;
    const sources = [
      `${OTHER_ORIGIN}/__faults/ok?id=${id}-other`,
      `${location.origin}/__faults/ok?id=${id}-same`,
      `javascript:fetch('/__faults/ok?id=${id}-js')`,
      'data:application/json,{"version":"0"}',
    ];
    for (const src of sources) {
      // The provider itself is not embeddable…
      const provider = await embed(`element=kerjasama-data&src=${encodeURIComponent(src)}`);
      expect(await refusalText(provider.children[0]), src).to.equal(embedEn.notEmbeddable);
      expect(provider.iframe.contentWindow!.customElements.get('kerjasama-data'), src).to.equal(undefined);
      // …and no embeddable element takes a src or data attribute.
      const timeline = await embed(`element=cooperation-timeline&src=${encodeURIComponent(src)}&data=${encodeURIComponent(src)}`);
      const [el] = timeline.children;
      expect(el.localName).to.equal('cooperation-timeline');
      expect(el.hasAttribute('src') || el.hasAttribute('data'), src).to.be.false;
      await timeline.iframe.contentWindow!.customElements.whenDefined('cooperation-timeline');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(timeline.warnings).to.deep.equal([
        'kerjasama embed: left out src: not an attribute of <cooperation-timeline> that embeds accept; data: not an attribute of <cooperation-timeline> that embeds accept.',
      ]);
      for (const page of [provider, timeline]) {
        expect(page.requests.filter((r) => r.includes('__faults') || r.startsWith('data:') || r.startsWith('javascript:')), src).to.deep.equal([]);
        const resources = page.iframe.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
        expect(resources.filter((r) => r.includes('__faults') || r.startsWith('data:')), src).to.deep.equal([]);
      }
    }
    // Nothing reached the server, on either origin (the control below shows it records requests).
    for (const which of ['other', 'same', 'js']) expect(await serverSaw(`${id}-${which}`), which).to.equal(null);
    await fetch(`/__faults/ok?id=${id}-control`);
    expect(await serverSaw(`${id}-control`)).to.not.equal(null);
  });

  it(`refuses a query longer than ${MAX_EMBED_QUERY_LENGTH} characters as a whole`, async () => {
    const padding = '&x=1'.repeat(Math.ceil(MAX_EMBED_QUERY_LENGTH / 4));
    const { iframe, children } = await embed(`element=actor-card&actor=jica${padding}`);
    expect(children.map((c) => c.localName)).to.deep.equal(['p']);
    expect(await refusalText(children[0])).to.equal(embedEn.tooLong);
    expect(iframe.contentDocument!.querySelector('actor-card')).to.equal(null);
    // Just under the cap, the same kind of query is read (and the refusals are counted, not all listed).
    const under = await embed(`element=actor-card&actor=jica${'&x=1'.repeat(Math.floor((MAX_EMBED_QUERY_LENGTH - 40) / 4))}`);
    expect(under.children.map((c) => c.localName)).to.deep.equal(['actor-card']);
    expect(under.warnings).to.have.length(1);
    expect(under.warnings[0]).to.match(/x: not an attribute of <actor-card> that embeds accept; and \d+ more\.$/);
  });

  it('refuses two element parameters; of a repeated attribute or lang the first wins, with one warning', async () => {
    const two = await embed('element=actor-card&actor=jica&element=script');
    expect(await refusalText(two.children[0])).to.equal(embedEn.manyElements);
    expect(two.iframe.contentDocument!.querySelector('actor-card')).to.equal(null);
    const repeated = await embed('element=actor-card&actor=jica&actor=indonesia-moh&lang=id&lang=ja');
    const [el] = repeated.children;
    expect(el.getAttribute('actor')).to.equal('jica');
    expect(repeated.iframe.contentDocument!.documentElement.lang).to.equal('id');
    expect(repeated.warnings).to.deep.equal(['kerjasama embed: left out actor: given more than once; lang: given more than once.']);
  });
});

describe('embed allow-list', () => {
  it('takes every enumerated value from the element’s attribute contract', () => {
    const contracts: Record<string, AttributeContract> = {
      'citation-badge': citationBadgeAttributes,
      'actor-card': actorCardAttributes,
      'cooperation-timeline': cooperationTimelineAttributes,
      'aid-flow-chart': aidFlowChartAttributes,
      'reference-list': referenceListAttributes,
    };
    let compared = 0;
    for (const [tag, rules] of Object.entries(EMBED_ELEMENTS)) {
      const contract = contracts[tag];
      for (const [name, rule] of Object.entries(rules as Record<string, { kind: string; values?: readonly string[]; pattern?: RegExp }>)) {
        const rule0 = contract[name];
        // Keywords of a free-text attribute (heading="none") are not an allow-list of values.
        const declared = rule0 && 'values' in rule0 ? rule0.values.map(String).filter((v) => v !== '') : undefined;
        if (!declared) continue;
        compared++;
        if (rule.kind === 'one-of') expect(rule.values, `${tag} ${name}`).to.deep.equal(declared);
        else for (const value of declared) expect(rule.pattern!.test(value), `${tag} ${name}=${value}`).to.be.true;
        // A value the contract lacks is refused.
        const result = parseEmbedParams(new URLSearchParams([['element', tag], [name, 'not-a-value']]));
        expect(result.ok && result.request.refused, `${tag} ${name}`).to.deep.equal([`${name}: value not accepted`]);
      }
    }
    expect(compared).to.be.greaterThan(10);
  });
});

describe('embed host script with two origins', () => {
  let uninstall = () => {};
  let stopRecording = () => {};
  afterEach(() => {
    uninstall();
    stopRecording();
    document.body.replaceChildren();
  });

  /**
   * Installs the host script, then records every height message: listeners run in the order they
   * were added, so by the time a message is recorded the host script has handled it.
   */
  function listen() {
    uninstall = installEmbedHost(window);
    const messages: MessageEvent[] = [];
    let wake = () => {};
    const record = (event: MessageEvent) => {
      if (event.data?.type !== HEIGHT_MESSAGE) return;
      messages.push(event);
      wake();
    };
    window.addEventListener('message', record);
    stopRecording = () => window.removeEventListener('message', record);
    /** Resolves with the first message (past or future) from `source` that `accept` takes. */
    const from = async (source: () => Window | null, accept: (e: MessageEvent) => boolean = () => true) => {
      for (;;) {
        const found = messages.find((m) => m.source === source() && accept(m));
        if (found) return found;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    };
    return { from };
  }

  function frame(src: string, marked: boolean): HTMLIFrameElement {
    const iframe = document.createElement('iframe');
    if (marked) iframe.setAttribute('data-kerjasama-embed', '');
    iframe.setAttribute('height', '600');
    iframe.setAttribute('src', src);
    document.body.append(iframe);
    return iframe;
  }

  it('sizes an embed served from another origin (its messages carry that origin)', async () => {
    const { from } = listen();
    const iframe = frame(`${OTHER_ORIGIN}${PAGE}?element=actor-card&actor=jica`, true);
    const message = await from(() => iframe.contentWindow);
    expect(message.origin).to.equal(OTHER_ORIGIN);
    expect(iframe.style.height).to.equal(`${message.data.height}px`);
  });

  it('ignores its iframe’s window once it shows a page of another origin than its src', async () => {
    const { from } = listen();
    const iframe = frame('/test/fixtures/not-a-dataset.html', true);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    // The frame navigates itself elsewhere (its src attribute still names this origin).
    iframe.contentWindow!.location.href = `${OTHER_ORIGIN}${PAGE}?element=actor-card&actor=jica`;
    const message = await from(() => iframe.contentWindow, (m) => m.origin === OTHER_ORIGIN);
    expect(message.data.height).to.be.greaterThan(0);
    expect(iframe.style.height).to.equal('');
  });

  it('ignores another window of the right origin', async () => {
    const { from } = listen();
    const marked = frame(`${OTHER_ORIGIN}/test/fixtures/not-a-dataset.html`, true);
    const unmarked = frame(`${OTHER_ORIGIN}${PAGE}?element=actor-card&actor=jica`, false);
    const message = await from(() => unmarked.contentWindow);
    expect(message.origin).to.equal(OTHER_ORIGIN);
    expect(marked.style.height).to.equal('');
    expect(unmarked.style.height).to.equal('');
  });
});
