/**
 * What each finished element looks like, at 375 and 1280 px, light and dark, on a host page of
 * the same colour, in English and Indonesian: compared with the committed references within a
 * small tolerance (web-test-runner.visual.config.mjs), so a change of look is a reviewed change.
 * The timeline and the chart are being redrawn (issue 15's time axis, issue 14's labels) and get
 * their references once that lands.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import * as visualRegression from '@web/test-runner-visual-regression';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { frames, settled } from '../support/dom.js';

// The package's index.d.ts re-exports './browser/commands.mjs', whose types TypeScript looks for
// in a .d.mts file the package lacks (it ships commands.d.ts): typed here instead.
const { visualDiff } = visualRegression as unknown as { visualDiff(element: Node, name: string): Promise<void> };

const HOST = { light: 'background: #ffffff; color: #111111', dark: 'background: #111318; color: #f0f0f0' } as const;

async function page(width: number, theme: 'light' | 'dark', lang: string, body: ReturnType<typeof html>) {
  await setViewport({ width, height: 900 });
  const wrapper = await fixture<HTMLElement>(html`<main lang=${lang} style="${HOST[theme]}; color-scheme: ${theme}; padding: 12px; width: ${width}px; box-sizing: border-box">${body}</main>`);
  await settled(wrapper);
  await document.fonts.ready;
  await frames(2);
  return wrapper;
}

describe('elements, visually', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'id']) {
        const name = (what: string) => `${what}-${width}-${theme}-${lang}`;

        it(`actor card and reference list at ${width} px, ${theme}, ${lang}`, async () => {
          const wrapper = await page(
            width,
            theme,
            lang,
            html`<actor-card actor="jica"></actor-card><actor-card actor="who"></actor-card
              ><reference-list all source="003_df8caea3c0d73e78" heading-level="3"></reference-list>`,
          );
          await visualDiff(wrapper, name('card-list'));
        });

        it(`citation badge with its popover open at ${width} px, ${theme}, ${lang}`, async () => {
          const wrapper = await page(
            width,
            theme,
            lang,
            html`<p style="margin: 0 0 34rem">Japan lent Indonesia money <citation-badge cite="hotez-2014"></citation-badge> in 2020.</p>`,
          );
          const badge = wrapper.querySelector<CitationBadge>('citation-badge')!;
          badge.show();
          await settled(wrapper);
          await frames(2);
          await visualDiff(wrapper, name('badge-popover'));
        });
      }
    }
  }
});
