/**
 * `theme="auto"` follows the page around an element: text stays readable on a light page read
 * with a dark OS, and on a dark page read with a light OS (issue: text turned near-white on
 * light blogs for readers whose OS is dark).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/reference-list.js';
import '../../src/define/citation-badge.js';
import '../../src/define/actor-card.js';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/kerjasama-data.js';
import { pageThemeFrom } from '../../src/controllers/page-theme.js';
import { settled } from '../support/dom.js';

/** WCAG relative luminance of a computed rgb()/rgba() colour. */
function relativeLuminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/** The colour of the first visible text inside an element's shadow root. */
function textColour(el: Element, selector: string): string {
  const node = el.shadowRoot!.querySelector(selector);
  expect(node, `${el.localName} ${selector}`).to.not.equal(null);
  return getComputedStyle(node!).color;
}

const HOSTS = {
  light: 'background: rgb(255, 255, 255); color: rgb(17, 17, 17)',
  dark: 'background: rgb(18, 18, 18); color: rgb(235, 235, 235)',
} as const;

/** A page style for `html.night` (a site's dark theme); the function returned removes it and the class. */
function nightStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => {
    document.documentElement.classList.remove('night');
    style.remove();
  };
}

describe('theme="auto" follows the page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const host of ['light', 'dark'] as const) {
    for (const os of ['light', 'dark'] as const) {
      it(`keeps text readable on a ${host} page read with a ${os} OS`, async () => {
        await emulateMedia({ colorScheme: os });
        const page = await fixture<HTMLElement>(html`<div style=${HOSTS[host]}>
          <p>Text <citation-badge cite="hotez-2014">(Hotez, 2014)</citation-badge>.</p>
          <reference-list heading-level="3"></reference-list>
          <cooperation-timeline countries="ID KR"></cooperation-timeline>
        </div>`);
        await settled(page);
        const background = getComputedStyle(page).backgroundColor;
        const checks: [string, string][] = [
          ['badge marker', textColour(page.querySelector('citation-badge')!, '.marker')],
          ['reference entry', textColour(page.querySelector('reference-list')!, 'li')],
          ['timeline title', textColour(page.querySelector('cooperation-timeline')!, '.item')],
        ];
        for (const [what, colour] of checks) {
          expect(contrast(colour, background), `${what}: ${colour} on ${background}`).to.be.at.least(4.5);
        }
      });
    }
  }

  // An author's theme="dark" on a light page (or "light" on a dark one) asks for those colours
  // whatever the page: the element then paints its own background, or its text would vanish.
  for (const [host, theme] of [['light', 'dark'], ['dark', 'light']] as const) {
    it(`keeps text readable with theme="${theme}" written on a ${host} page`, async () => {
      const page = await fixture<HTMLElement>(html`<div style=${HOSTS[host]}>
        <reference-list heading-level="3" all theme=${theme}></reference-list>
        <cooperation-timeline countries="ID KR" theme=${theme}></cooperation-timeline>
        <actor-card actor="jica" theme=${theme}></actor-card>
      </div>`);
      await settled(page);
      for (const [tag, selector] of [['reference-list', 'li'], ['cooperation-timeline', '.item'], ['actor-card', '[part~="name"]']] as const) {
        const el = page.querySelector(tag)!;
        const node = el.shadowRoot!.querySelector(selector);
        expect(node, `${tag} ${selector}`).to.not.equal(null);
        if (!node) continue;
        // The nearest painted background behind the text, inside the element or else the page's.
        let background = 'rgba(0, 0, 0, 0)';
        for (let n: Element | null = node; n && background === 'rgba(0, 0, 0, 0)'; n = (n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined)) ?? null) {
          background = getComputedStyle(n).backgroundColor;
        }
        expect(contrast(getComputedStyle(node).color, background), `${tag} ${selector}`).to.be.at.least(4.5);
      }
    });
  }

  it('follows a page that switches theme with a class on <html>', async () => {
    const restore = nightStyle('html.night body { background: rgb(10, 10, 10); color: rgb(240, 240, 240); }');
    try {
      const page = await fixture<HTMLElement>(html`<div><reference-list heading-level="3"></reference-list><p>x <citation-badge cite="hotez-2014"></citation-badge></p></div>`);
      await settled(page);
      const list = page.querySelector('reference-list')!;
      const day = textColour(list, 'li');
      document.documentElement.classList.add('night');
      await settled(page);
      const night = textColour(list, 'li');
      expect(contrast(night, 'rgb(10, 10, 10)')).to.be.at.least(4.5);
      document.documentElement.classList.remove('night');
      await settled(page);
      expect(textColour(list, 'li')).to.equal(day);
    } finally {
      restore();
    }
  });

  it('follows a page whose color-scheme switches, inside a provider around its text, which keeps the page\'s look (the README\'s usage)', async () => {
    const restore = nightStyle('html.night { color-scheme: dark; } html.night body { background: Canvas; }');
    document.documentElement.classList.add('night');
    try {
      const page = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif; line-height: 1.8">
        <kerjasama-data>
          <p>Sinovac <citation-badge cite="hotez-2014" format="numeric"></citation-badge> and <actor-card variant="chip" actor="jica"></actor-card>.</p>
          <div><actor-card actor="jica"></actor-card></div>
        </kerjasama-data>
      </div>`);
      await settled(page);
      const p = page.querySelector('p')!;
      const ours = [...page.querySelectorAll('citation-badge, actor-card')];
      const themes = () => ours.map((el) => (el.matches(':state(dark)') ? 'dark' : 'light'));
      // The page's own text keeps the page's scheme, font and colour; every element inside follows it.
      const inherited = (el: Element) => ['colorScheme', 'color', 'fontFamily', 'lineHeight'].map((k) => getComputedStyle(el)[k as 'color']);
      expect(inherited(p)).to.deep.equal(inherited(page));
      expect(getComputedStyle(p).colorScheme).to.equal('dark');
      expect(themes()).to.deep.equal(['dark', 'dark', 'dark']);
      expect(contrast(textColour(ours[0], '.marker'), getComputedStyle(document.body).backgroundColor)).to.be.at.least(4.5);
      document.documentElement.classList.remove('night');
      await settled(page);
      expect(inherited(p)).to.deep.equal(inherited(page));
      expect(themes()).to.deep.equal(['light', 'light', 'light']);
      document.documentElement.classList.add('night');
      await settled(page);
      expect(themes()).to.deep.equal(['dark', 'dark', 'dark']);
    } finally {
      restore();
    }
  });

  it('keeps the badges of a chart\'s table readable as the page switches theme, and those added later', async () => {
    const restore = nightStyle('html.night body { background: rgb(10, 10, 10); color: rgb(240, 240, 240); }');
    document.documentElement.classList.add('night');
    try {
      const page = await fixture<HTMLElement>(html`<div><aid-flow-chart view="table" unit="USD"></aid-flow-chart></div>`);
      const chart = page.querySelector('aid-flow-chart')!;
      const badges = () => [...chart.shadowRoot!.querySelectorAll('tbody citation-badge')];
      await waitUntil(() => badges().length > 0 && badges().every((b) => b.shadowRoot?.querySelector('.marker[aria-controls]')), 'the table\'s badges did not render');
      await settled(page);
      const readable = (background: string) => {
        for (const b of badges()) expect(contrast(textColour(b, '.marker'), background), b.getAttribute('cite')!).to.be.at.least(4.5);
      };
      readable('rgb(10, 10, 10)');
      // The page goes light: the chart and every badge in it look again, in one batch.
      document.documentElement.classList.remove('night');
      await settled(page);
      readable('rgb(255, 255, 255)');
      document.documentElement.classList.add('night');
      await settled(page);
      readable('rgb(10, 10, 10)');
      // The table is drawn anew (a sankey in between): its new badges take the chart's theme.
      chart.setAttribute('view', 'sankey');
      await waitUntil(() => badges().length === 0, 'the table did not go');
      chart.setAttribute('view', 'table');
      await waitUntil(() => badges().length > 0 && badges().every((b) => b.shadowRoot?.querySelector('.marker[aria-controls]')), 'the new badges did not render');
      await settled(page);
      readable('rgb(10, 10, 10)');
    } finally {
      restore();
    }
  });

  it('reads the page from its color-scheme first, then from its text colour', () => {
    expect(pageThemeFrom('dark', 'rgb(0, 0, 0)', false)).to.equal('dark');
    expect(pageThemeFrom('light', 'rgb(255, 255, 255)', true)).to.equal('light');
    expect(pageThemeFrom('light dark', 'rgb(0, 0, 0)', true)).to.equal('dark');
    expect(pageThemeFrom('light dark', 'rgb(0, 0, 0)', false)).to.equal('light');
    expect(pageThemeFrom('normal', 'rgb(230, 230, 230)', false)).to.equal('dark');
    expect(pageThemeFrom('normal', 'rgb(20, 20, 20)', true)).to.equal('light');
    expect(pageThemeFrom('normal', 'rgba(255, 255, 255, 0.9)', false)).to.equal('dark');
    expect(pageThemeFrom('only light', 'rgb(255, 255, 255)', true)).to.equal('light');
  });
});
