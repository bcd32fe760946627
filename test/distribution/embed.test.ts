/**
 * The iframe embed: the page (stories/embed/embed.html, its logic in src/embed/) renders one
 * allowed element with allowed attributes, refuses everything else, and reports its height; the
 * host script resizes an embed iframe only for messages from that iframe's window and src origin.
 */
import { expect } from '@open-wc/testing';
import { EMBED_ELEMENTS, EMBED_TAGS, parseEmbedParams } from '../../src/embed/embed-params.js';
import { handleEmbedMessage, installEmbedHost, MAX_EMBED_HEIGHT } from '../../src/embed/embed-host.js';
import { HEIGHT_MESSAGE, type HeightMessage } from '../../src/embed/embed-page.js';

const PAGE = '/stories/embed/embed.html';

/** An iframe on the embed page; resolves when its element is defined (or, for errors, when the message shows). */
async function embed(query: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  iframe.setAttribute('src', `${PAGE}?${query}`);
  iframe.style.width = '600px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The rendered content of the embed page: `#embed`'s children. */
async function content(iframe: HTMLIFrameElement): Promise<Element[]> {
  const doc = iframe.contentDocument!;
  const root = doc.getElementById('embed')!;
  // The module script runs after load only if it was still loading; wait for it to render.
  if (root.querySelector('noscript')) {
    await new Promise<void>((resolve) => new MutationObserver((_, o) => (o.disconnect(), resolve())).observe(root, { childList: true }));
  }
  return [...root.children];
}

describe('embed page parameters (pure)', () => {
  it('accepts each embeddable element and its allowed attributes', () => {
    const result = parseEmbedParams('element=cooperation-timeline&countries=ID+JP&sectors=health+defense&from=2020&to=2021-06&layout=horizontal&controls&lang=id');
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.request.tag).to.equal('cooperation-timeline');
    expect(result.request.lang).to.equal('id');
    expect(result.request.attributes).to.deep.equal([
      ['countries', 'ID JP'],
      ['sectors', 'health defense'],
      ['from', '2020'],
      ['to', '2021-06'],
      ['layout', 'horizontal'],
      ['controls', ''],
    ]);
    expect(result.request.refused).to.deep.equal([]);
    expect(EMBED_TAGS).to.have.members(['cooperation-timeline', 'aid-flow-chart', 'actor-card', 'citation-badge', 'reference-list']);
  });

  it('refuses unknown elements, including the provider and HTML tags', () => {
    for (const element of ['', 'script', 'iframe', 'img', 'kerjasama-data', 'COOPERATION-TIMELINE', 'constructor', '__proto__', 'toString']) {
      const result = parseEmbedParams(`element=${encodeURIComponent(element)}`);
      expect(result.ok, element).to.be.false;
    }
    expect(parseEmbedParams('').ok).to.be.false;
  });

  it('leaves out attributes not on the allow-list and values of the wrong shape', () => {
    const query = new URLSearchParams([
      ['element', 'actor-card'],
      ['actor', '"><img src=x onerror=alert(1)>'],
      ['onclick', 'alert(1)'],
      ['style', 'position:fixed'],
      ['variant', 'javascript:alert(1)'],
      ['heading-level', '7'],
      ['structured-data', 'maybe'],
      ['theme', 'dark'],
      ['lang', 'xx'],
      ['__proto__', 'x'],
    ]);
    const result = parseEmbedParams(query);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.request.attributes).to.deep.equal([['theme', 'dark']]);
    expect(result.request.lang).to.equal(undefined);
    expect(result.request.refused).to.have.length(8);
  });

  it('refuses hostile text in free-text and list values, and repeated attributes', () => {
    const result = parseEmbedParams(
      new URLSearchParams([
        ['element', 'reference-list'],
        ['heading', 'Sources <script>alert(1)</script>'],
        ['source', '000_4396ecaf486911db'],
        ['source', 'other'],
        ['citation-style', 'apa mla'],
      ]),
    );
    expect(result.ok && result.request.attributes).to.deep.equal([['source', '000_4396ecaf486911db']]);
    const badge = parseEmbedParams('element=citation-badge&cite=hotez-2014+panda-2022&format=numeric');
    expect(badge.ok && badge.request.attributes).to.deep.equal([
      ['cite', 'hotez-2014 panda-2022'],
      ['format', 'numeric'],
    ]);
    // `ref`, the old name, still works: it becomes `cite` (and counts as it when given twice).
    const old = parseEmbedParams('element=citation-badge&ref=hotez-2014&cite=panda-2022');
    expect(old.ok && old.request.attributes).to.deep.equal([['cite', 'hotez-2014']]);
    expect(old.ok && old.request.refused).to.deep.equal(['cite: given more than once']);
    const list = parseEmbedParams('element=cooperation-timeline&countries=ID+JP%3Csvg%3E&sectors=health+health+health+health+health+health+health+health');
    expect(list.ok && list.request.attributes).to.deep.equal([]);
  });
});

describe('embed page (in an iframe)', () => {
  afterEach(() => document.body.replaceChildren());

  it('renders one element with the given attributes, set as attributes', async () => {
    const iframe = await embed('element=cooperation-timeline&countries=ID+JP&layout=horizontal&controls&lang=id');
    const [el, ...rest] = await content(iframe);
    expect(rest).to.have.length(0);
    expect(el.localName).to.equal('cooperation-timeline');
    // Once upgraded the element also reflects its defaults, so compare with the allow-list.
    expect(el.getAttributeNames().filter((n) => !Object.hasOwn(EMBED_ELEMENTS['cooperation-timeline'], n))).to.deep.equal([]);
    expect(el.getAttribute('controls')).to.equal('');
    expect(el.getAttribute('countries')).to.equal('ID JP');
    expect(el.getAttribute('layout')).to.equal('horizontal');
    expect(iframe.contentDocument!.documentElement.lang).to.equal('id');
    await iframe.contentWindow!.customElements.whenDefined('cooperation-timeline');
    expect(el.shadowRoot, 'upgraded').to.not.equal(null);
    // Only the requested element (and what its define module registers) was defined.
    expect(iframe.contentWindow!.customElements.get('aid-flow-chart')).to.equal(undefined);
  });

  it('refuses a tag not on the allow-list with a visible message, creating no element', async () => {
    const iframe = await embed(`element=${encodeURIComponent('img src=x onerror=alert(1)')}`);
    const children = await content(iframe);
    expect(children.map((c) => c.localName)).to.deep.equal(['p']);
    expect(children[0].getAttribute('role')).to.equal('alert');
    expect(children[0].textContent).to.equal('This element cannot be embedded.');
    expect(iframe.contentDocument!.querySelectorAll('img, script:not([src])')).to.have.length(0);
  });

  it('drops disallowed attributes and hostile values, and never parses a value as HTML', async () => {
    const query = new URLSearchParams([
      ['element', 'actor-card'],
      ['actor', 'jica'],
      ['onmouseover', 'alert(1)'],
      ['style', 'display:none'],
      ['variant', '"><img src=x onerror=alert(1)>'],
    ]);
    const warnings: string[] = [];
    const iframe = document.createElement('iframe');
    iframe.setAttribute('src', `${PAGE}?${query}`);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    // Watch the page's console before its module runs: the refusal is logged once.
    (iframe.contentWindow as Window & typeof globalThis).console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    await loaded;
    const [el] = await content(iframe);
    expect(el.localName).to.equal('actor-card');
    expect(el.getAttribute('actor')).to.equal('jica');
    for (const name of ['onmouseover', 'style']) expect(el.hasAttribute(name), name).to.be.false;
    // `variant` is refused; once upgraded the element reflects its default there.
    expect(el.getAttribute('variant')).to.be.oneOf([null, 'card']);
    expect(iframe.contentDocument!.querySelectorAll('img')).to.have.length(0);
    expect(warnings.filter((w) => w.startsWith('kerjasama embed:'))).to.deep.equal([
      'kerjasama embed: left out onmouseover: not an attribute of <actor-card> that embeds accept; style: not an attribute of <actor-card> that embeds accept; variant: value not accepted.',
    ]);
    await iframe.contentWindow!.customElements.whenDefined('actor-card');
    expect(el.shadowRoot!.querySelectorAll('img[onerror]')).to.have.length(0);
  });

  it('posts its content height to the parent, and the host script sizes the iframe to it', async () => {
    const uninstall = installEmbedHost(window);
    let stopRecording = () => {};
    try {
      const iframe = document.createElement('iframe');
      iframe.setAttribute('data-kerjasama-embed', '');
      iframe.setAttribute('height', '600');
      iframe.setAttribute('src', `${PAGE}?element=actor-card&actor=jica`);
      document.body.append(iframe);
      // Every report is kept (none may be missed while the element upgrades); the last one must
      // come to equal the rendered content's height.
      const reports: MessageEvent<HeightMessage>[] = [];
      let next = () => {};
      const record = (event: MessageEvent) => {
        if (event.source !== iframe.contentWindow || event.data?.type !== HEIGHT_MESSAGE) return;
        reports.push(event);
        next();
      };
      window.addEventListener('message', record);
      stopRecording = () => window.removeEventListener('message', record);
      const another = () => new Promise<void>((resolve) => (next = resolve));
      while (reports.length === 0) await another();
      await iframe.contentWindow!.customElements.whenDefined('actor-card');
      const root = () => iframe.contentDocument!.getElementById('embed')!;
      while (reports.at(-1)!.data.height !== Math.ceil(root().getBoundingClientRect().height)) await another();
      const message = reports.at(-1)!;
      expect(message.origin).to.equal(location.origin);
      expect(message.data.height).to.be.greaterThan(50);
      expect(iframe.style.height).to.equal(`${message.data.height}px`);
    } finally {
      uninstall();
      stopRecording();
    }
  });
});

describe('an embedded badge or chip', () => {
  afterEach(() => document.body.replaceChildren());

  for (const [query, tag, trigger] of [
    ['element=citation-badge&cite=hotez-2014', 'citation-badge', 'button.marker'],
    ['element=actor-card&actor=jica&variant=chip', 'actor-card', 'button.chip'],
  ] as const) {
    it(`grows its frame to show the ${tag} popover it opens, and shrinks back when it closes`, async () => {
      const uninstall = installEmbedHost(window);
      try {
        const iframe = document.createElement('iframe');
        iframe.setAttribute('data-kerjasama-embed', '');
        iframe.setAttribute('height', '600');
        iframe.style.width = '480px';
        iframe.setAttribute('src', `${PAGE}?${query}`);
        document.body.append(iframe);
        await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
        const win = iframe.contentWindow!;
        await win.customElements.whenDefined(tag);
        const el = iframe.contentDocument!.querySelector(tag)!;
        const height = () => parseFloat(iframe.style.height);
        const frames = async (check: () => boolean, what: string) => {
          for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
          if (!check()) throw new Error(`timed out waiting for ${what}`);
        };
        await frames(() => !!el.shadowRoot?.querySelector(trigger) && height() > 0 && height() < 120, 'a frame the size of the marker');
        const closed = height();
        el.shadowRoot!.querySelector<HTMLButtonElement>(trigger)!.click();
        const popover = () => el.shadowRoot!.querySelector('[popover]');
        await frames(() => !!popover()?.matches(':popover-open') && popover()!.textContent!.trim().length > 20, 'the open popover with its content');
        // The frame grows until the whole popover is inside it.
        await frames(() => {
          const box = popover()!.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= win.innerHeight && height() > closed;
        }, 'the popover inside the frame');
        (popover() as HTMLElement & { hidePopover(): void }).hidePopover();
        await frames(() => height() === closed, 'the frame back to the marker');
      } finally {
        uninstall();
      }
    });
  }
});

describe('embed host script', () => {
  afterEach(() => document.body.replaceChildren());

  function marked(src: string): HTMLIFrameElement {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('data-kerjasama-embed', '');
    iframe.setAttribute('height', '600');
    iframe.setAttribute('src', src);
    document.body.append(iframe);
    return iframe;
  }
  const message = (init: MessageEventInit) => new MessageEvent('message', init);
  const data = { type: HEIGHT_MESSAGE, height: 321 };

  it('resizes only for the iframe whose window sent it, from the origin of its src', () => {
    const iframe = marked('/test/fixtures/not-a-dataset.html');
    const other = marked('https://embed.example/embed.html');
    expect(handleEmbedMessage(message({ data, origin: location.origin, source: iframe.contentWindow }))).to.equal(iframe);
    expect(iframe.style.height).to.equal('321px');
    expect(other.style.height).to.equal('');
  });

  it('ignores a message from the right window but the wrong origin', () => {
    const iframe = marked('/test/fixtures/not-a-dataset.html');
    expect(handleEmbedMessage(message({ data, origin: 'https://evil.example', source: iframe.contentWindow }))).to.equal(undefined);
    expect(handleEmbedMessage(message({ data, origin: 'null', source: iframe.contentWindow }))).to.equal(undefined);
    expect(iframe.style.height).to.equal('');
  });

  it('ignores a message from the right origin but another window', () => {
    const iframe = marked('/test/fixtures/not-a-dataset.html');
    const unmarked = document.createElement('iframe');
    unmarked.setAttribute('src', '/test/fixtures/not-a-dataset.html');
    document.body.append(unmarked);
    for (const source of [window, unmarked.contentWindow, null]) {
      expect(handleEmbedMessage(message({ data, origin: location.origin, source }))).to.equal(undefined);
    }
    expect(iframe.style.height).to.equal('');
    expect(unmarked.style.height).to.equal('');
  });

  it('ignores an iframe without an http(s) src, and malformed heights; clamps huge ones', () => {
    const srcdoc = document.createElement('iframe');
    srcdoc.setAttribute('data-kerjasama-embed', '');
    srcdoc.srcdoc = '<p>hello</p>';
    document.body.append(srcdoc);
    expect(handleEmbedMessage(message({ data, origin: location.origin, source: srcdoc.contentWindow }))).to.equal(undefined);
    const iframe = marked('/test/fixtures/not-a-dataset.html');
    for (const bad of [{ type: HEIGHT_MESSAGE, height: '300px' }, { type: HEIGHT_MESSAGE, height: -1 }, { type: HEIGHT_MESSAGE, height: Infinity }, { type: 'other', height: 300 }, '300', null]) {
      expect(handleEmbedMessage(message({ data: bad, origin: location.origin, source: iframe.contentWindow })), JSON.stringify(bad)).to.equal(undefined);
    }
    expect(iframe.style.height).to.equal('');
    handleEmbedMessage(message({ data: { type: HEIGHT_MESSAGE, height: 1e9 }, origin: location.origin, source: iframe.contentWindow }));
    expect(iframe.style.height).to.equal(`${MAX_EMBED_HEIGHT}px`);
  });

  it('listens on the window once installed, and stops when uninstalled', async () => {
    const iframe = marked('/test/fixtures/not-a-dataset.html');
    const uninstall = installEmbedHost(window);
    window.dispatchEvent(message({ data, origin: location.origin, source: iframe.contentWindow }));
    expect(iframe.style.height).to.equal('321px');
    uninstall();
    window.dispatchEvent(message({ data: { type: HEIGHT_MESSAGE, height: 100 }, origin: location.origin, source: iframe.contentWindow }));
    expect(iframe.style.height).to.equal('321px');
  });
});
