/**
 * XSS: the corpus in every free-text field of a dataset and in every attribute of every
 * element. Nothing may run, no element or attribute from a payload may appear in any shadow
 * root, and every rendered link must be http(s).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import type { DatasetT } from '../../src/data/schema.js';
import { bundledCopy, formattedVariants } from '../support/datasets.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { settled, visibleText } from '../support/dom.js';
import { captureWarnings, stubClipboard } from '../support/stubs.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

type Canary = Window & { __xss?: number };

// Fields whose values are ids, enums, dates, codes or numbers: the schema constrains them, so
// hostile values there are refused outright (tested in the validator); here every free-text field.
const STRUCTURAL = new Set(['id', 'source', 'kind', 'sector', 'status', 'unit', 'precision', 'type', 'country', 'countries', 'from', 'to', 'via', 'actors', 'citations', 'relatedTo', 'citedBy', 'isSource', 'citation', 'file', 'languages', 'titleTranslated', 'start', 'end', 'DOI', 'date-parts', 'value', 'version']);

/** Puts payloads into every free-text string of the dataset, cycling through the corpus. */
function poison(ds: DatasetT): { data: DatasetT; used: number } {
  let i = 0;
  const next = () => XSS_PAYLOADS[i++ % XSS_PAYLOADS.length];
  const walk = (node: unknown, key?: string): unknown => {
    if (key && STRUCTURAL.has(key)) return node;
    if (typeof node === 'string') return next();
    if (Array.isArray(node)) return node.map((v) => walk(v, key === 'altNames' || key === 'authors' || key === 'bibliography' ? undefined : key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  const data = walk(ds) as DatasetT;
  return { data, used: i };
}

/** Elements created by markup anywhere under `root`, shadow roots included. */
function dangerousNodes(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if (n instanceof Element) {
      if (/^(script|img|svg|iframe|object|embed|style|template|meta|base|link|form|input|video|audio|math|noscript|marquee|details|body|x|select|textarea|keygen|isindex)$/i.test(n.localName)) out.push(n);
      for (const attr of n.getAttributeNames()) if (/^on/i.test(attr)) out.push(n);
      if (n.shadowRoot) visit(n.shadowRoot);
    }
    n.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

function linksIn(root: Node): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  const visit = (n: Node) => {
    if (n instanceof HTMLAnchorElement) out.push(n);
    if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
    n.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

/** URLs that parse, in schemes no link or exported file may carry. */
const HOSTILE_URLS = ['javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', 'data:text/html,x', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.org/x'];

/** Every citation without a DOI, with a hostile URL that its formatted references print. */
function datasetWithHostileUrls(): { data: DatasetT; urls: Map<string, string> } {
  const data = bundledCopy();
  const urls = new Map<string, string>();
  data.citations.forEach((c, i) => {
    const url = HOSTILE_URLS[i % HOSTILE_URLS.length];
    delete c.DOI;
    c.URL = url;
    urls.set(c.id, url);
    for (const v of formattedVariants(c)) v.bibliography = [...v.bibliography, { text: ` ${url}` }];
  });
  return { data, urls };
}

/** Opens a badge's popover as a reader does and returns what it shows while open. */
async function openBadge(badge: CitationBadge) {
  const b = new CitationBadgeHarness(badge);
  await settled(badge);
  await b.open();
  expect(b.isOpen, 'popover open').to.equal(true);
  return b;
}

describe('links where a reader meets them', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let clipboard: ReturnType<typeof stubClipboard>;
  beforeEach(() => {
    warnings = captureWarnings();
    clipboard = stubClipboard();
  });
  afterEach(() => {
    warnings.restore();
    clipboard.restore();
  });

  const expectSafeLinks = (b: CitationBadgeHarness, url: string, where: string) => {
    expect(b.popoverText, `${where}: the URL is printed as text`).to.contain(url);
    for (const a of b.links) expect(a.protocol, `${where}: ${a.href}`).to.match(/^https?:$/);
    expect(b.links.map((a) => a.getAttribute('href')), where).to.not.include(url);
  };

  it('links no hostile URL in an open popover, an expanded event, open evidence or an exported file', async () => {
    const { data, urls } = datasetWithHostileUrls();
    const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}>
      <citation-badge ref="hotez-2014"></citation-badge>
      <cooperation-timeline></cooperation-timeline>
      <actor-card actor="jica"></actor-card>
    </kerjasama-data>`);
    await settled(el);
    expect(el.status, 'shown with a warning, not refused').to.equal('ready');
    expect(warnings.messages.join('\n')).to.contain('non-http(s) URL');

    // An open popover, and the files its copy buttons export.
    const badge = await openBadge(el.querySelector<CitationBadge>('citation-badge')!);
    expectSafeLinks(badge, urls.get('hotez-2014')!, 'popover');
    for (const label of ['Copy as BibTeX', 'Copy as RIS', 'Copy as CSL-JSON']) {
      const before = clipboard.writes.length;
      badge.copyButton(label).click();
      await waitUntil(() => clipboard.writes.length > before, `nothing copied by "${label}"`);
    }
    const [bibtex, ris, csl] = clipboard.writes;
    expect(bibtex, 'BibTeX').to.match(/^@article\{hotez-2014,/).and.not.match(/^\s*url\s*=/m);
    expect(ris, 'RIS').to.contain('TY  - JOUR').and.not.match(/^UR {2}- /m);
    const [item] = JSON.parse(csl) as Record<string, unknown>[];
    expect(item, 'CSL-JSON').to.include({ id: 'hotez-2014' }).and.not.have.key('URL');
    for (const file of clipboard.writes) for (const url of HOSTILE_URLS) expect(file, 'exported file').to.not.contain(url);

    // An expanded timeline event: the badge in its details, opened.
    const timeline = el.querySelector('cooperation-timeline')!;
    const toggles = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="title"]')];
    let inEvent: CitationBadge | null = null;
    for (const toggle of toggles) {
      toggle.click();
      await settled(timeline);
      inEvent = toggle.closest('li')!.querySelector<CitationBadge>('[part~="details"] citation-badge');
      if (inEvent) break;
    }
    expect(inEvent, 'an expanded event cites a reference').to.not.equal(null);
    const eventBadge = await openBadge(inEvent!);
    expectSafeLinks(eventBadge, urls.get((inEvent!.cite ?? inEvent!.ref ?? '').split(' ')[0])!, 'expanded event');

    // An actor card's open evidence: the badge in a quote, opened.
    const card = el.querySelector('actor-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.evidence button')!.click();
    await settled(card);
    const inEvidence = card.shadowRoot!.querySelector<CitationBadge>('.evidence blockquote citation-badge');
    expect(inEvidence, 'open evidence cites a reference').to.not.equal(null);
    const evidenceBadge = await openBadge(inEvidence!);
    expectSafeLinks(evidenceBadge, urls.get((inEvidence!.cite ?? inEvidence!.ref ?? '').split(' ')[0])!, 'open evidence');
    expect(visibleText(card)).to.contain('Evidence');
  });
});

describe('XSS corpus', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const originalAlert = window.alert;
  beforeEach(() => {
    warnings = captureWarnings();
    delete (window as Canary).__xss;
    window.alert = () => ((window as Canary).__xss = 2);
  });
  afterEach(() => {
    warnings.restore();
    window.alert = originalAlert;
  });

  it('has at least 100 payloads', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
  });

  it('renders a dataset with a payload in every free-text field as inert text', async () => {
    const { data, used } = poison(bundledCopy());
    expect(used, 'payloads placed').to.be.at.least(XSS_PAYLOADS.length);
    const citationIds = data.citations.map((c) => c.id);
    const el = await fixture<KerjasamaData>(html`<kerjasama-data .data=${data}>
      <cooperation-timeline></cooperation-timeline>
      ${citationIds.map((id) => html`<citation-badge cite=${id}></citation-badge>`)}
      <reference-list all></reference-list>
      <aid-flow-chart unit="USD" view="table"></aid-flow-chart>
      <aid-flow-chart unit="doses" view="sankey"></aid-flow-chart>
      <aid-flow-chart unit="none" view="bars"></aid-flow-chart>
      ${data.actors.slice(0, 12).map((a) => html`<actor-card actor=${a.id}></actor-card><actor-card variant="chip" actor=${a.id}></actor-card>`)}
    </kerjasama-data>`);
    await settled(el);
    expect(el.status, 'the dataset is shown, not refused').to.equal('ready');
    // Open every popover so its content renders too; its links are checked while it is open.
    for (const badge of el.querySelectorAll<CitationBadge>('citation-badge')) {
      badge.show();
      await settled(badge);
      for (const a of linksIn(badge)) expect(a.protocol, `open popover: ${a.href}`).to.match(/^https?:$/);
      badge.hide();
    }
    // Draw the charts (their labels and tooltips take data too).
    for (const chart of el.querySelectorAll<AidFlowChart>('aid-flow-chart')) {
      chart.scrollIntoView();
      if (chart.getAttribute('view') !== 'table') await chart.chartReady();
    }
    // Expand every timeline event.
    const timeline = el.querySelector('cooperation-timeline')!;
    for (const toggle of timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')) toggle.click();
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));

    expect((window as Canary).__xss, 'no payload ran').to.equal(undefined);
    expect(dangerousNodes(el).map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const a of linksIn(el)) expect(a.protocol, a.href).to.match(/^https?:$/);
    expect(el.shadowRoot!.textContent + timeline.shadowRoot!.textContent).to.contain('<script>');
  });

  it('refuses or shows inertly a payload in each id, enum, date and code field', async () => {
    const base = bundledCopy();
    // Every constrained string field of the first record of each collection, by path.
    const paths: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[], key?: string) => {
      if (typeof node === 'string' && key && STRUCTURAL.has(key)) paths.push(path);
      else if (Array.isArray(node)) node.slice(0, 1).forEach((v, i) => collect(v, [...path, i], key));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, [...path, k], k);
    };
    for (const c of ['sources', 'actors', 'events', 'flows', 'citations'] as const) collect(base[c][0], [c, 0]);
    expect(paths.length, 'constrained fields found').to.be.at.least(20);
    const el = await fixture<KerjasamaData>(html`<kerjasama-data>
      <cooperation-timeline></cooperation-timeline><citation-badge cite="hotez-2014"></citation-badge><actor-card actor="jica"></actor-card>
    </kerjasama-data>`);
    for (const [n, path] of paths.entries()) {
      const data = bundledCopy() as unknown as Record<string | number, unknown>;
      let node = data;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
      node[path[path.length - 1]] = XSS_PAYLOADS[n % XSS_PAYLOADS.length];
      el.data = data;
      await settled(el);
      expect(['ready', 'error'], path.join('.')).to.include(el.status);
    }
    expect((window as Canary).__xss, 'no payload ran').to.equal(undefined);
    expect(dangerousNodes(el).map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const a of linksIn(el)) expect(a.protocol, a.href).to.match(/^https?:$/);
  });

  it('treats payloads in every attribute as data, never markup', async () => {
    const attributes: Record<string, string[]> = {
      'citation-badge': ['cite', 'ref', 'format', 'citation-style', 'theme', 'lang'],
      'reference-list': ['source', 'format', 'citation-style', 'heading', 'heading-level', 'theme'],
      'actor-card': ['actor', 'variant', 'heading-level', 'theme'],
      'cooperation-timeline': ['countries', 'sectors', 'actor', 'source', 'from', 'to', 'layout', 'undated', 'selected', 'heading-level', 'theme'],
      'aid-flow-chart': ['view', 'unit', 'from', 'to', 'via', 'kind', 'status', 'from-date', 'to-date', 'source', 'group-by', 'theme'],
      'kerjasama-data': ['src', 'timeout', 'max-bytes', 'theme'],
    };
    // Payload URLs in src must never reach the network from this suite: refuse every request.
    const realFetch = window.fetch;
    const requested: string[] = [];
    window.fetch = (input: RequestInfo | URL) => {
      requested.push(String(input));
      return Promise.reject(new TypeError('offline'));
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    try {
      for (const [tag, names] of Object.entries(attributes)) {
        for (const [i, payload] of XSS_PAYLOADS.entries()) {
          const el = document.createElement(tag);
          for (const [j, name] of names.entries()) el.setAttribute(name, XSS_PAYLOADS[(i + j) % XSS_PAYLOADS.length] ?? payload);
          host.append(el);
        }
      }
      await settled(host);
    } finally {
      window.fetch = realFetch;
    }
    for (const url of requested) expect(url, 'only http(s) and blob: URLs are fetched').to.match(/^(https?|blob):/);
    expect((window as Canary).__xss, 'no payload ran').to.equal(undefined);
    expect(dangerousNodes(host).map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const a of linksIn(host)) expect(a.protocol, a.href).to.match(/^https?:$/);
  });
});
