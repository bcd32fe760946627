// What the chart's define entry loads, and when — in its own file (its own page), importing only
// that entry, so that the modules requested are the element's own.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/aid-flow-chart.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { settled } from '../support/dom.js';
import { captureWarnings } from '../support/stubs.js';

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => pattern.test(path));

const DATASET = /\/src\/data\/generated\/dataset\.ts$/;
const SHARD = /\/src\/data\/generated\/shards\//;
const STRINGS = /\/src\/i18n\/strings\.ts$/;
const BADGE = /\/citation-badge\//;
const VIEW = /\/aid-flow-chart\.lazy\.ts$/;

describe('<aid-flow-chart> chunks', () => {
  it('loads neither the dataset, the full string table, the view nor the badge with its define entry', () => {
    expect(customElements.get('aid-flow-chart')).to.not.equal(undefined);
    expect(requested(DATASET), 'dataset').to.deep.equal([]);
    expect(requested(STRINGS), 'strings').to.deep.equal([]);
    expect(requested(VIEW), 'view').to.deep.equal([]);
    expect(requested(BADGE), 'badge').to.deep.equal([]);
    expect(customElements.get('citation-badge')).to.equal(undefined);
  });

  it('without a provider, fetches the view and the bundled dataset and draws its flows', async () => {
    const el = await fixture<HTMLElement & { chartReady(): Promise<{ data: { datasets: { data: unknown[] }[] } }>; updateComplete: Promise<boolean> }>(
      html`<aid-flow-chart view="sankey"></aid-flow-chart>`,
    );
    const chart = await el.chartReady();
    expect(requested(VIEW), 'view').to.have.length(1);
    // The bundled dataset's shards it shows, each once, in English: its flows with their details,
    // their actors', sources' and citations' core; no events, no other details.
    expect(requested(DATASET), 'whole dataset').to.deep.equal([]);
    expect(requested(SHARD).map((u) => u.replace(/^.*\/shards\//, '')).sort()).to.deep.equal(
      ['actors.core.en.ts', 'citations.core.en.ts', 'flows.core.en.ts', 'flows.detail.en.ts', 'sources.core.en.ts'],
    );
    expect(chart.data.datasets[0].data).to.have.length(4); // the bundled USD flows: Japan → Direct → Indonesia, Japan → UNICEF → Indonesia
    expect(el.shadowRoot!.querySelector('figcaption')?.textContent).to.contain('Aid flows: US dollars');
    // The sankey shows no citation badge: none is loaded yet.
    expect(requested(BADGE), 'badge').to.deep.equal([]);
    expect(customElements.get('citation-badge')).to.equal(undefined);
  });

  it('loads <citation-badge> when a flow’s evidence opens, and opens its popover', async () => {
    const warnings = captureWarnings();
    const el = await fixture<HTMLElement & { activateFlow(id: string): Promise<void> }>(html`<aid-flow-chart view="sankey"></aid-flow-chart>`);
    expect(customElements.get('citation-badge')).to.equal(undefined);
    await el.activateFlow('japan-unicef-cold-chain-grant-6-9m');
    warnings.restore();
    expect(warnings.mentioning('could not be loaded'), 'no warning').to.deep.equal([]);
    expect(customElements.get('citation-badge')).to.not.equal(undefined);
    expect(requested(BADGE).length, 'badge requested').to.be.greaterThan(0);
    await settled(el); // the popover's toggle event comes in a task of its own
    const badge = el.shadowRoot!.querySelector<CitationBadge>('.selected citation-badge')!;
    expect(badge.cite).to.equal('azmi-2023');
    expect(badge.open).to.equal(true);
  });
});
