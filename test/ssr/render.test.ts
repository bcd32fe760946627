/**
 * Server-rendered elements (`renderElement`, run in Node by the `ssr-render` test command): the
 * static markup shows the content with scripts disabled, passes axe, and the elements hydrate it
 * when the script loads — the same nodes, nothing doubled, no console errors or warnings, the
 * same text as a client render, interaction working. Each page is a fresh iframe.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Attributes = Record<string, string | boolean>;

type Rendered = { html?: string; error?: string; warnings?: string[] };

/** What `renderElement` writes, rendered in Node; `allowWarnings` for deliberately bad input. */
async function ssr(tag: string, attributes: Attributes = {}, options: { lang?: string } = {}, allowWarnings = false): Promise<string> {
  const result = await executeServerCommand<Rendered, unknown>('ssr-render', { tag, attributes, options });
  if (result?.error || result?.html === undefined) throw new Error(result?.error ?? 'ssr-render returned nothing');
  if (!allowWarnings) expect(result.warnings, 'server render warnings').to.deep.equal([]);
  return result.html;
}

// Runs first in every page with scripts: records console errors and warnings, and uncaught errors.
const CAPTURE = `window.problems = [];
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => { window.problems.push(level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
}
addEventListener('error', (e) => window.problems.push('uncaught: ' + e.message));
addEventListener('unhandledrejection', (e) => window.problems.push('rejection: ' + e.reason));`;

type Frame = Window & { problems: string[] };

/** A page with `body`; `scripts: false` sandboxes it without scripts (the test can still read it). */
async function page(body: string, { lang = 'en', scripts = true } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  // Markup from renderElement and this file, not input; srcdoc shares this origin, so paths resolve.
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts ? `<script>${CAPTURE}</script>` : ''}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as Frame;
}

/** Loads a module script into the page, resolving once it (and what it imports) has run. */
async function loadScript(win: Window, src: string): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = src;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
    win.document.head.append(script);
  });
}

type LitLike = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

/** Every element under `root`, through shadow roots (by node type: the page is another realm). */
function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Waits until no Lit element in the page has a pending update (or is still deferring hydration). */
async function settled(win: Window): Promise<void> {
  // Every server-rendered element hydrates once the shards it shows (and the chart's view code)
  // are in: it then removes `defer-hydration`. Watched all at once: some are done before others.
  await Promise.all(
    [...win.document.querySelectorAll('[defer-hydration]')].map(
      (el) =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => done());
          const done = () => {
            if (el.hasAttribute('defer-hydration')) return;
            observer.disconnect();
            resolve();
          };
          observer.observe(el, { attributes: true, attributeFilter: ['defer-hydration'] });
          done();
        }),
    ),
  );
  for (let round = 0; round < 20; round++) {
    await new Promise((r) => setTimeout(r, 0));
    // updateComplete also waits for the code and data an element is loading (lazy modules, shards).
    await Promise.all((deepElements(win.document) as LitLike[]).map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
    if (!(deepElements(win.document) as LitLike[]).some((el) => el.isUpdatePending)) return;
  }
  throw new Error('elements kept re-rendering');
}

/** The text a page shows inside `el` and its shadow roots (no styles, no visually hidden parts). */
// The timeline's time axis (overview strip, marked breaks, a run's repeated dates shown once) is
// drawn by the client after its first render, hydrating or not: what hydration keeps is the rest.
const AXIS = '[part~="overview"], .axis-break';

function shownText(el: Node, withAxis = true): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) return void parts.push(n.textContent ?? '');
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const e = n as Element;
    if (!withAxis && e.matches?.(AXIS)) return;
    const hidden = e.classList?.contains('visually-hidden') && (withAxis || !e.matches('[part~="date"]'));
    if (e.localName === 'style' || e.localName === 'script' || e.localName === 'template' || hidden) return;
    (e.shadowRoot ?? e).childNodes.forEach(visit);
  };
  visit(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** What hydration must keep: how many elements, which ones (by tag), and the text. */
function shape(el: Element, withAxis = true) {
  // Server markup carries <style> elements where a client render adopts style sheets.
  const all = deepElements(el.shadowRoot!).filter((e) => e.localName !== 'style' && (withAxis || !e.closest(AXIS)));
  return { count: all.length, tags: all.map((e) => e.localName).join(' '), text: shownText(el, withAxis) };
}

/** id references (aria-labelledby, aria-controls, …) that name no element of their shadow root. */
function danglingIdRefs(root: Document | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')) {
    for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
      for (const id of (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean)) if (!root.getElementById(id)) out.push(`${name}=${id}`);
    }
  }
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...danglingIdRefs(el.shadowRoot));
  return out;
}

const EVENT = 'japan-loan-473m-announcement-2020';
const CASES: [string, Attributes, string][] = [
  ['cooperation-timeline', { countries: 'ID JP', selected: EVENT }, 'li'],
  ['actor-card', { actor: 'jica' }, 'dd'],
  ['citation-badge', { cite: 'hotez-2014' }, 'button'],
  ['reference-list', { all: true }, 'li'],
  ['aid-flow-chart', { view: 'table', unit: 'doses' }, 'tr'],
];

describe('server-rendered elements', () => {
  afterEach(() => document.body.replaceChildren());

  describe('without JavaScript', () => {
    for (const [tag, attributes, item] of CASES) {
      it(`<${tag}> shows its content`, async () => {
        const html = await ssr(tag, attributes);
        expect(html).to.match(new RegExp(`^<${tag}[ >]`));
        expect(html).to.include('<template shadowrootmode="open">');
        const win = await page(`<main>${html}</main>`, { scripts: false });
        const el = win.document.querySelector(tag)!;
        expect(win.customElements.get(tag), 'not defined: no script ran').to.equal(undefined);
        expect(el.shadowRoot, 'declarative shadow root').to.not.equal(null);
        const items = el.shadowRoot!.querySelectorAll(item);
        expect(items.length).to.be.greaterThan(0);
        const first = items[0] as HTMLElement;
        expect(first.getBoundingClientRect().height, `${item} laid out`).to.be.greaterThan(0);
        expect(shownText(el).length).to.be.greaterThan(tag === 'citation-badge' ? 5 : 100);
      });
    }

    it('the timeline keeps its list, headings and expanded details', async () => {
      const win = await page(await ssr('cooperation-timeline', { countries: 'ID JP', selected: EVENT }), { scripts: false });
      const root = win.document.querySelector('cooperation-timeline')!.shadowRoot!;
      expect(root.querySelector('section[aria-label]')).to.not.equal(null);
      expect(root.querySelectorAll('ol > li').length).to.be.greaterThan(3);
      expect(root.querySelectorAll('[role="heading"][aria-level="3"]').length).to.equal(root.querySelectorAll('ol > li').length);
      // The selected event is expanded, with its badges and actor chips server-rendered too.
      const open = root.querySelector<HTMLElement>('.details:not([hidden])')!;
      expect(open.querySelector('citation-badge')!.shadowRoot!.querySelector('button.marker')!.textContent).to.match(/\w/);
      expect(shownText(open.querySelector('actor-card')!)).to.match(/\w/);
    });

    it('the actor card has its heading and the reference list its list items', async () => {
      const card = await page(await ssr('actor-card', { actor: 'jica', 'heading-level': '2' }), { scripts: false });
      expect(card.document.querySelector('actor-card')!.shadowRoot!.querySelector('h2')!.textContent).to.include('Japan International Cooperation Agency');
      const refs = await page(await ssr('reference-list', { all: true }), { scripts: false });
      const root = refs.document.querySelector('reference-list')!.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('References');
      expect(root.querySelectorAll('ul > li').length).to.be.greaterThan(5);
    });

    it('renders in Indonesian with lang="id"', async () => {
      const html = await ssr('reference-list', { all: true }, { lang: 'id' });
      expect(html).to.match(/^<reference-list [^>]*lang="id"/);
      const win = await page(html, { scripts: false });
      expect(win.document.querySelector('reference-list')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Daftar Pustaka');
    });

    it('passes axe', async () => {
      const container = document.createElement('main');
      document.body.append(container);
      const htmls = await Promise.all(CASES.map(([tag, attributes]) => ssr(tag, attributes)));
      // Parsed with declarative shadow roots; this page defines no elements, so nothing upgrades.
      container.setHTMLUnsafe(htmls.join('\n'));
      expect(container.querySelector('cooperation-timeline')!.shadowRoot).to.not.equal(null);
      await expect(container).to.be.accessible();
    });
  });

  describe('hydration', () => {
    for (const [tag, attributes, item] of CASES) {
      for (const lang of ['en', 'id']) {
        it(`<${tag}> (${lang}) keeps the server's nodes and matches a client render`, async () => {
          const win = await page(`<main>${await ssr(tag, attributes, { lang })}</main>`, { lang });
          const el = win.document.querySelector(tag)! as LitLike;
          const before = shape(el);
          const firstItem = el.shadowRoot!.querySelector(item)!;
          await loadScript(win, '/src/cdn.ts');
          await settled(win);
          expect(win.problems).to.deep.equal([]);
          expect(shape(el, false)).to.deep.equal(before);
          expect(el.shadowRoot!.contains(firstItem), 'hydrated, not rendered again').to.be.true;
          expect(danglingIdRefs(el.shadowRoot!)).to.deep.equal([]);
          expect(deepElements(win.document).filter((e) => e.hasAttribute('defer-hydration'))).to.deep.equal([]);
          // The timeline's undated group, open in server markup, stays open and closes on a click.
          const group = el.shadowRoot!.querySelector<HTMLButtonElement>('.undated-heading button');
          if (group) {
            expect(group.getAttribute('aria-expanded')).to.equal('true');
            group.click();
            await settled(win);
            expect(group.getAttribute('aria-expanded')).to.equal('false');
            expect(el.shadowRoot!.querySelector('ol.undated')!.getAttribute('hidden')).to.equal('until-found');
            group.click();
            await settled(win);
          }
          // The same element rendered by the script alone, in the same page language.
          const fresh = win.document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) if (value !== false) fresh.setAttribute(name, value === true ? '' : value);
          fresh.setAttribute('lang', lang);
          win.document.body.append(fresh);
          await settled(win);
          // (The axis's window depends on what is in the viewport: compared without it.)
          expect(shape(el, false).text).to.equal(shape(fresh, false).text);
          expect(shape(el, false).tags).to.equal(shape(fresh, false).tags);
        });
      }
    }

    // Lit's Eleventy plugin (the README's recipe) renders top-level elements without `defer-hydration`.
    // (Not the chart: such a renderer, which does not load its view code, prints its placeholder,
    // which the chart's first client render matches.)
    for (const [tag, attributes, item] of CASES.filter(([tag]) => tag !== 'aid-flow-chart')) {
      it(`<${tag}> server-rendered without defer-hydration hydrates once with the built drop-in, keeping the server's nodes`, async () => {
        const built = await fetch('/dist/cdn/kerjasama.js', { method: 'HEAD' });
        if (!built.ok) throw new Error('dist/cdn is missing: run `npm run build` before these tests');
        const html = (await ssr(tag, attributes)).replace(/^(<[a-z-]+[^>]*?) defer-hydration(="")?/, '$1');
        expect(html.slice(0, html.indexOf('>'))).to.match(new RegExp(`^<${tag}(?![^>]*defer-hydration)`));
        const win = await page(`<main>${html}</main>`);
        const el = win.document.querySelector(tag)!;
        const before = shape(el, false);
        const first = el.shadowRoot!.querySelector(item)!;
        await loadScript(win, '/dist/cdn/kerjasama.js');
        await settled(win);
        // Nested elements (a badge in an expanded event or a table row) hydrate after their host.
        for (let i = 0; i < 200 && deepElements(win.document).some((e) => e.hasAttribute('defer-hydration')); i++) await new Promise((r) => setTimeout(r, 10));
        await settled(win);
        expect(win.problems).to.deep.equal([]);
        expect(shape(el, false)).to.deep.equal(before);
        expect(el.shadowRoot!.contains(first), 'hydrated, not rendered again').to.be.true;
        expect(deepElements(win.document).filter((e) => e.hasAttribute('defer-hydration')).map((e) => e.localName)).to.deep.equal([]);
      });
    }

    it('the card with structured-data carries its JSON-LD without the script, and keeps one when it hydrates', async () => {
      const html = await ssr('actor-card', { actor: 'jica', 'structured-data': true }, { lang: 'id' });
      const ld = (win: Window) => [...win.document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as { name?: string });
      const still = await page(`<main>${html}</main>`, { scripts: false, lang: 'id' });
      expect(ld(still).map((d) => d.name)).to.deep.equal(['Japan International Cooperation Agency']);
      const win = await page(`<main>${html}</main>`, { lang: 'id' });
      await loadScript(win, '/src/cdn.ts');
      await settled(win);
      expect(win.problems).to.deep.equal([]);
      expect(ld(win).map((d) => d.name)).to.deep.equal(['Japan International Cooperation Agency']);
    });

    it('the hydrated timeline answers the keyboard and the badge opens its popover', async () => {
      const html = (await ssr('cooperation-timeline', { countries: 'ID JP' })) + (await ssr('citation-badge', { cite: 'hotez-2014' }));
      const win = await page(html);
      await loadScript(win, '/src/cdn.ts');
      await settled(win);
      const timeline = win.document.querySelector('cooperation-timeline')!;
      const toggles = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')];
      toggles[0].focus();
      toggles[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await settled(win);
      await new Promise((r) => win.requestAnimationFrame(r));
      expect(timeline.shadowRoot!.activeElement).to.equal(toggles[1]);
      expect(toggles[1].tabIndex).to.equal(0);
      toggles[1].click();
      await settled(win);
      expect(toggles[1].getAttribute('aria-expanded')).to.equal('true');
      expect(timeline.getAttribute('selected')).to.equal(toggles[1].dataset.id);

      const badge = win.document.querySelector('citation-badge')!;
      badge.shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!.click();
      await settled(win);
      const popover = badge.shadowRoot!.querySelector('[popover]')!;
      expect(popover.matches(':popover-open')).to.be.true;
      expect(popover.textContent).to.include('Hotez');
      expect(win.problems).to.deep.equal([]);
    });

    for (const [tag, attributes, item] of [CASES[1], CASES[4]]) {
      it(`without hydrate support <${tag}> renders afresh, without doubling the markup`, async () => {
        const win = await page(await ssr(tag, attributes));
        const el = win.document.querySelector(tag)!;
        const before = shape(el);
        const old = el.shadowRoot!.querySelector(item)!;
        // A define entry alone (as npm users import it) loads Lit without the hydrate support.
        await loadScript(win, `/src/define/${tag}.ts`);
        await settled(win);
        // The chart imports <citation-badge> (for its evidence column) only once it shows one.
        if (el.shadowRoot!.querySelector('citation-badge')) {
          await win.customElements.whenDefined('citation-badge');
          await settled(win);
        }
        expect(win.problems).to.deep.equal([]);
        expect(el.shadowRoot!.contains(old), 'server markup replaced').to.be.false;
        expect(shape(el)).to.deep.equal(before);
      });
    }

    it('the built drop-in script hydrates, nested elements and the chart too', async () => {
      const built = await fetch('/dist/cdn/kerjasama.js', { method: 'HEAD' });
      if (!built.ok) throw new Error('dist/cdn is missing: run `npm run build` before these tests');
      const html = (await ssr('cooperation-timeline', { countries: 'ID JP', selected: 'jica-health-support-since-1970s' })) + (await ssr('aid-flow-chart', { view: 'table', unit: 'doses' }));
      const win = await page(html);
      const [timeline, chart] = [win.document.querySelector('cooperation-timeline')!, win.document.querySelector('aid-flow-chart')!];
      const before = [shape(timeline), shape(chart)];
      const firsts = [timeline.shadowRoot!.querySelector('li')!, chart.shadowRoot!.querySelector('tr')!];
      await loadScript(win, '/dist/cdn/kerjasama.js');
      await settled(win);
      expect(win.problems).to.deep.equal([]);
      expect([shape(timeline, false), shape(chart)]).to.deep.equal(before);
      expect(timeline.shadowRoot!.contains(firsts[0]) && chart.shadowRoot!.contains(firsts[1]), 'hydrated, not rendered again').to.be.true;
      expect(deepElements(win.document).filter((e) => e.hasAttribute('defer-hydration'))).to.deep.equal([]);
      // A badge nested in the timeline's expanded event hydrated too: its popover opens.
      const badge = timeline.shadowRoot!.querySelector('.details citation-badge')!;
      badge.shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!.click();
      await settled(win);
      expect(badge.shadowRoot!.querySelector('[popover]')!.matches(':popover-open')).to.be.true;
      expect(win.problems).to.deep.equal([]);
    });
  });

  describe('renderElement', () => {
    it('escapes attribute values: hostile strings never become markup', async () => {
      const hostile = `"><img src=x onerror="window.pwned=1"><script>window.pwned=1</script>' onmouseover='window.pwned=1`;
      const html = await ssr('citation-badge', { cite: hostile, class: hostile }, {}, true);
      expect(html).to.not.match(/<img|<script/i);
      const win = await page(html);
      const el = win.document.querySelector('citation-badge')!;
      expect(el.getAttribute('cite')).to.equal(hostile);
      expect(win.document.querySelectorAll('img, body script').length).to.equal(0);
      expect((win as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('refuses other elements, unknown and handler attributes, and page-dependent numbering', async () => {
      for (const [tag, attributes, message] of [
        ['script', {}, /Cannot render <script>/],
        ['kerjasama-data', { src: 'x.json' }, /Cannot render/],
        ['citation-badge', { onclick: 'alert(1)' }, /no attribute "onclick"/],
        ['citation-badge', { style: 'color: red' }, /no attribute "style"/],
        ['citation-badge', { 'x"y': '1' }, /no attribute/],
        ['citation-badge', { cite: 'hotez-2014', format: 'numeric' }, /numbered by the badges/],
        ['reference-list', {}, /"all" attribute/],
      ] as [string, Attributes, RegExp][]) {
        let error = '';
        await ssr(tag, attributes, {}, true).catch((e: Error) => (error = e.message));
        expect(error, `${tag} ${JSON.stringify(attributes)}`).to.match(message);
      }
      let error = '';
      await ssr('citation-badge', { cite: 'hotez-2014' }, { lang: 'en"><x' }, true).catch((e: Error) => (error = e.message));
      expect(error).to.match(/not a language tag/);
    });
  });
});
