/**
 * The built browser files in dist/cdn, each loaded into a fresh iframe the way a page would load
 * it. Needs the build: `npm test` builds dist/ in its pack check just before the browser tests;
 * run alone, `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/elements.js';

const TAGS: string[] = ELEMENT_TAGS;

async function page(head: string, body: string): Promise<Window> {
  const built = await fetch('/dist/cdn/kerjasama.js', { method: 'HEAD' });
  if (!built.ok) throw new Error('dist/cdn is missing: run `npm run build` before these tests');
  const iframe = document.createElement('iframe');
  // Test markup written here (not input); srcdoc shares this origin, so /dist paths resolve.
  iframe.srcdoc = `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow!;
}

const defined = (win: Window) => TAGS.filter((t) => win.customElements.get(t) !== undefined);

describe('built CDN files', () => {
  afterEach(() => document.body.replaceChildren());

  it('kerjasama.js registers every element, and the chart chunk beside it loads', async () => {
    const win = await page('<script type="module" src="/dist/cdn/kerjasama.js"></script>', '<aid-flow-chart unit="doses" view="sankey"></aid-flow-chart>');
    await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
    expect(defined(win)).to.deep.equal(TAGS);
    // The chart draws only once its lazily imported chunk has loaded: a canvas appears.
    const chart = win.document.querySelector('aid-flow-chart')!;
    await new Promise<void>((resolve) => {
      const check = () => (chart.shadowRoot?.querySelector('canvas') ? resolve() : undefined);
      new MutationObserver(check).observe(chart.shadowRoot!, { childList: true, subtree: true });
      check();
    });
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));
    expect(scripts[0]).to.equal('/dist/cdn/kerjasama.js');
    // Beside it the few chunks it imports statically (Lit, and what it shares with lazy chunks),
    // then only lazy chunks: the chart's view and Chart.js, and the dataset shards the chart
    // shows, in the page's language.
    const entry = await (await fetch('/dist/cdn/kerjasama.js')).text();
    const eager = new Set([...entry.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => `/dist/cdn/${m[1]}`));
    expect(eager.size, [...eager].join(', ')).to.be.at.most(3);
    const lazy = /^\/dist\/cdn\/(aid-flow-chart\.lazy|aid-flow-chart\.chartjs|(sources|actors|events|flows|citations)\.(core|detail)\.en)-[\w-]+\.js$/;
    expect(scripts.slice(1).every((p) => eager.has(p) || lazy.test(p)), scripts.join(', ')).to.be.true;
    expect(scripts.filter((p) => p.includes('.id-')), 'no Indonesian shard on an English page').to.deep.equal([]);
    // No server-rendered element on the page: Lit's hydrate support is not downloaded.
    expect(scripts.filter((p) => p.includes('hydrate'))).to.deep.equal([]);
  });

  it('kerjasama.js carries the English in-text labels: badges on the page render in the task that registers them', async () => {
    // The script reads what the badges show as soon as the drop-in has run: no timer, no round trip since.
    const win = await page(
      `<script type="module">
        await import('/dist/cdn/kerjasama.js');
        window.__shown = [...document.querySelectorAll('citation-badge')].map((b) => b.shadowRoot?.querySelector('.marker')?.textContent.trim() ?? 'nothing');
      </script>`,
      '<p>One <citation-badge cite="hotez-2014"></citation-badge>, two <citation-badge cite="panda-2022"></citation-badge>.</p>',
    );
    const shown = () => (win as unknown as { __shown?: string[] }).__shown;
    await waitUntil(shown, 'the page script read the badges');
    expect(shown()).to.deep.equal(['(Hotez, 2014)', '(Panda, 2022)']);
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.filter((p) => p.includes('citations.core')), 'no request for the labels').to.deep.equal([]);
  });

  it('kerjasama.js loads the dataset validator only for a dataset the page brings', async () => {
    const scripts = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const marker = (win: Window) => win.document.querySelector('citation-badge')?.shadowRoot?.querySelector('.marker')?.textContent?.trim();
    const bundled = await page('<script type="module" src="/dist/cdn/kerjasama.js"></script>', '<p><citation-badge cite="hotez-2014"></citation-badge></p>');
    await waitUntil(() => marker(bundled) === '(Hotez, 2014)', 'the bundled label');
    expect(scripts(bundled).filter((p) => /\/(validate|hosted-shards)-/.test(p)), 'no validator on a page of bundled data').to.deep.equal([]);
    const own = await page(
      '<script type="module" src="/dist/cdn/kerjasama.js"></script>',
      '<kerjasama-data src="/test/fixtures/small-dataset.json"><p><citation-badge cite="author-2020"></citation-badge></p></kerjasama-data>',
    );
    await waitUntil(() => marker(own) === '(Author, 2020)', 'the label from the provider');
    expect(scripts(own).some((p) => /^\/dist\/cdn\/validate-[\w-]+\.js$/.test(p)), scripts(own).join(', ')).to.be.true;
  });

  it("kerjasama.js requests a lazy chunk's own imports with it: one round trip, not one per level", async () => {
    const win = await page('<script type="module" src="/dist/cdn/kerjasama.js"></script>', '<p>Text <citation-badge cite="hotez-2014"></citation-badge>.</p>');
    await win.customElements.whenDefined('citation-badge');
    const badge = win.document.querySelector('citation-badge') as HTMLElement & { updateComplete: Promise<unknown> };
    await badge.updateComplete;
    const marker = badge.shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!;
    // Intent (pointer over the marker) loads the popover's code, which imports a chunk of its own.
    marker.dispatchEvent(new PointerEvent('pointerenter'));
    const entries = () => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (match: (file: string) => boolean) => entries().find((e) => match(new URL(e.name).pathname.replace(/^\/dist\/cdn\//, '')));
    const isPopoverCode = (file: string) => /^citation-badge\.popover-[\w-]+\.js$/.test(file);
    await waitUntil(() => find(isPopoverCode), 'the popover code was requested');
    const chunk = find(isPopoverCode)!;
    const imported = [...(await (await fetch(chunk.name)).text()).matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]).filter((f) => f !== 'kerjasama.js');
    expect(imported, 'the popover code imports a chunk besides kerjasama.js').to.not.be.empty;
    await waitUntil(() => imported.every((f) => find((file) => file === f)), 'its imports were requested');
    // Requested while the popover code was still on its way, not once it had arrived.
    for (const f of imported) expect(find((file) => file === f)!.startTime, f).to.be.below(chunk.responseEnd);
    marker.click();
    await waitUntil(() => badge.shadowRoot!.querySelector('.popover')?.textContent?.includes('Hotez'), 'the popover shows the reference');
  });

  it('autoloader.js defines only the elements on the page, then those added later', async () => {
    const win = await page('<script type="module" src="/dist/cdn/autoloader.js"></script>', '<p><citation-badge cite="hotez-2014"></citation-badge></p>');
    await win.customElements.whenDefined('citation-badge');
    expect(defined(win)).to.deep.equal(['citation-badge']);
    win.document.body.append(win.document.createElement('reference-list'));
    await win.customElements.whenDefined('reference-list');
    expect(defined(win)).to.deep.equal(['citation-badge', 'reference-list']);
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.some((p) => p.includes('aid-flow-chart.chartjs') || p.endsWith('/aid-flow-chart.js') || p.endsWith('/cooperation-timeline.js'))).to.be.false;
  });

  it('kerjasama.iife.js is a classic script that registers every element', async () => {
    const win = await page('<script src="/dist/cdn/kerjasama.iife.js"></script>', '<actor-card actor="jica"></actor-card>');
    // A classic script in the head has run by the load event.
    expect(defined(win)).to.deep.equal(TAGS);
    expect(typeof (win as unknown as { Kerjasama?: { ActorCard?: unknown } }).Kerjasama?.ActorCard).to.equal('function');
  });

  it('the built embed page renders its element and reports its height', async () => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('src', '/dist/embed/embed.html?element=actor-card&actor=jica&onclick=alert(1)');
    const height = new Promise<number>((resolve) =>
      window.addEventListener('message', function listener(event) {
        if (event.source !== iframe.contentWindow || event.data?.type !== 'kerjasama:height') return;
        window.removeEventListener('message', listener);
        resolve(event.data.height);
      }),
    );
    document.body.append(iframe);
    expect(await height).to.be.a('number');
    const win = iframe.contentWindow!;
    await win.customElements.whenDefined('actor-card');
    const el = win.document.querySelector('#embed > actor-card')!;
    // Upgraded, it reflects its defaults (`variant`); the refused attribute never arrives.
    expect(el.getAttribute('actor')).to.equal('jica');
    expect(el.hasAttribute('onclick')).to.be.false;
    expect(defined(win)).to.deep.equal(['citation-badge', 'actor-card']);
  });
});
