/**
 * Badge suite: a page with N citation badges (the drop-in script) next to the same text with
 * plain bracketed markers and no script — what the badges cost over static HTML — and with N
 * minimal Lit markers (bench/floor-badge.ts, built by `npm run bench`): what any Lit element with
 * a shadow root costs, the floor under the badges' ratio.
 */
import { build } from 'vite';

/** Builds bench/floor-badge.ts into dist/bench/floor-badge.js (minified, Lit included). */
export async function buildFloorBadge(root: string): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: { outDir: 'dist/bench', emptyOutDir: true, minify: true, target: 'es2022', lib: { entry: 'bench/floor-badge.ts', formats: ['es'], fileName: () => 'floor-badge.js' } },
  });
}

const IDS = ['hotez-2014', 'panda-2022', 'setiawan-2022', 'keohane-martin-1995', 'jayanti-2020', 'bhwana-2022', 'kemlu-2021'];

function paragraphs(n: number, marker: (id: string, i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`<p>Sentence ${i} about vaccine diplomacy ${marker(IDS[i % IDS.length], i)}.</p>`);
  return out.join('\n');
}

export function badgePages(sizes: number[]): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const n of sizes) {
    pages[`/badges-${n}.html`] = `<!doctype html><html lang="en"><body>
      <script type="module">
        import '/dist/cdn/kerjasama.js';
        const t0 = performance.now();
        const host = document.getElementById('host');
        await Promise.all([...host.querySelectorAll('citation-badge')].map((b) => b.updateComplete));
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderedAt = performance.now(); }));
      </script>
      <main id="host">${paragraphs(n, (id, i) => `<citation-badge ${i % 2 ? 'format="numeric" ' : ''}cite="${id}"></citation-badge>`)}<reference-list></reference-list></main>
    </body></html>`;
    pages[`/floor-${n}.html`] = `<!doctype html><html lang="en"><body>
      <script type="module">
        import '/dist/bench/floor-badge.js';
        await Promise.all([...document.querySelectorAll('floor-badge')].map((b) => b.updateComplete));
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderedAt = performance.now(); }));
      </script>
      <main id="host">${paragraphs(n, (id) => `<floor-badge cite="${id}"></floor-badge>`)}</main>
    </body></html>`;
    pages[`/plain-${n}.html`] = `<!doctype html><html lang="en"><body>
      <main id="host">${paragraphs(n, (id) => `<span>(${id})</span>`)}</main>
      <script>requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderedAt = performance.now(); }));</script>
    </body></html>`;
  }
  return pages;
}
