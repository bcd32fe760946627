/**
 * Badge suite: a page with N citation badges (the drop-in script) next to the same text with
 * plain bracketed markers and no script — what the badges cost over static HTML.
 */
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
    pages[`/plain-${n}.html`] = `<!doctype html><html lang="en"><body>
      <main id="host">${paragraphs(n, (id) => `<span>(${id})</span>`)}</main>
      <script>requestAnimationFrame(() => requestAnimationFrame(() => { window.__renderedAt = performance.now(); }));</script>
    </body></html>`;
  }
  return pages;
}
