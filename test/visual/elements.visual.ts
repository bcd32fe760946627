/**
 * What each element looks like in its main states, at 375 and 1280 px, in English and
 * Indonesian, on a light and on a dark host page (`theme="auto"` following the page): compared
 * with the committed references in docs/screenshots/<tag>/ within a small tolerance
 * (web-test-runner.visual.config.mjs), so a change of look is a reviewed change. The same files
 * are the documentation's screenshots: `npm run screenshots` rewrites them (UPDATE_VISUAL=1).
 *
 * Each shot is taken twice, with the reader's OS light and dark, against the same reference:
 * `auto` follows the page, so the OS setting must not change a pixel that matters.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { frames, settled } from '../support/dom.js';

// The package's index.d.ts re-exports './browser/commands.mjs', whose types TypeScript looks for
// in a .d.mts file the package lacks (it ships commands.d.ts): typed here instead.
const { visualDiff } = visualRegression as unknown as { visualDiff(element: Node, name: string): Promise<void> };

// Host pages as blogs write them: a background and a text colour, no `color-scheme`.
const HOST = { light: 'background: #ffffff; color: #111111', dark: 'background: #111318; color: #f0f0f0' } as const;

interface State {
  tag: string;
  state: string;
  body: TemplateResult;
  /** Page-side work after the elements settled (open a popover, wait for a draw). */
  prepare?: (wrapper: HTMLElement) => Promise<void>;
}

// The bundled research data, as readers see it; the chart's `view` is explicit so that its
// references do not depend on the default view chosen per unit.
const STATES: State[] = [
  {
    tag: 'citation-badge',
    state: 'popover',
    body: html`<p style="margin: 0 0 34rem">Japan lent Indonesia money <citation-badge cite="hotez-2014"></citation-badge> in 2020.</p>`,
    prepare: async (wrapper) => {
      wrapper.querySelector<CitationBadge>('citation-badge')!.show();
    },
  },
  {
    tag: 'actor-card',
    state: 'chip',
    body: html`<p style="margin: 0">Japan's doses reached Indonesia through <actor-card variant="chip" actor="unicef"></actor-card> and
        <actor-card variant="chip" actor="jica"></actor-card>.</p>`,
  },
  { tag: 'actor-card', state: 'card', body: html`<actor-card actor="jica"></actor-card>` },
  {
    tag: 'reference-list',
    state: 'list',
    // What one page cites, numbered in order of first citation.
    body: html`<p style="margin: 0">Vaccine diplomacy <citation-badge format="numeric" cite="hotez-2014"></citation-badge> took Japan's doses to
        Indonesia <citation-badge format="numeric" cite="panda-2022"></citation-badge>.</p>
      <reference-list format="numeric" heading-level="3"></reference-list>`,
  },
  {
    tag: 'cooperation-timeline',
    state: 'vertical',
    body: html`<cooperation-timeline countries="ID JP" from="2020" to="2021" controls></cooperation-timeline>`,
  },
  {
    tag: 'cooperation-timeline',
    state: 'horizontal',
    body: html`<cooperation-timeline layout="horizontal" countries="ID JP" undated="hide"></cooperation-timeline>`,
  },
  {
    tag: 'aid-flow-chart',
    state: 'sankey',
    body: html`<aid-flow-chart view="sankey" unit="USD"></aid-flow-chart>`,
    prepare: async (wrapper) => {
      await wrapper.querySelector<AidFlowChart>('aid-flow-chart')!.chartReady();
    },
  },
  {
    tag: 'kerjasama-data',
    state: 'error',
    // A dataset URL that answers 404: the provider's message, and a chip that cannot show its actor.
    body: html`<kerjasama-data src="/test/visual/no-such-dataset.json"
      ><p style="margin: 0">Japan's aid went through <actor-card variant="chip" actor="jica"></actor-card>.</p></kerjasama-data
    >`,
  },
];

async function render(width: number, host: 'light' | 'dark', lang: string, { body, prepare }: State): Promise<HTMLElement> {
  await setViewport({ width, height: 900 });
  document.body.style.margin = '0';
  const wrapper = await fixture<HTMLElement>(
    html`<main lang=${lang} style="${HOST[host]}; padding: 12px; width: ${width}px; box-sizing: border-box">${body}</main>`,
  );
  await settled(wrapper);
  if (prepare) await prepare(wrapper);
  await settled(wrapper);
  await document.fonts.ready;
  // Layout that runs per frame (resize observers, the timeline's axis, the chart's draw) has had its turn.
  await frames(3);
  return wrapper;
}

describe('elements, visually', () => {
  before(async () => {
    // No blinking caret, no transition caught half-way.
    const style = document.createElement('style');
    style.textContent = '* { caret-color: transparent !important; transition: none !important; animation: none !important; }';
    document.head.append(style);
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  // Set by web-test-runner.visual.config.mjs from VISUAL_ONLY: one element's states.
  const only = (window as { VISUAL_ONLY?: string }).VISUAL_ONLY;
  for (const shot of STATES.filter((s) => !only || s.tag === only)) {
    for (const width of [375, 1280]) {
      for (const host of ['light', 'dark'] as const) {
        for (const lang of ['en', 'id']) {
          // The OS opposite to the page last, so that an update writes the case `auto` exists for.
          for (const os of host === 'light' ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
            it(`${shot.tag} ${shot.state} at ${width} px on a ${host} page, ${lang}, OS ${os}`, async () => {
              await emulateMedia({ colorScheme: os, reducedMotion: 'reduce' });
              const wrapper = await render(width, host, lang, shot);
              await visualDiff(wrapper, `${shot.tag}/${shot.state}-${width}-${host}-page-${lang}`);
            });
          }
        }
      }
    }
  }
});
