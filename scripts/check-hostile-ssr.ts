/**
 * Part of `npm run test:data`: server rendering (`kerjasama render`, `renderElement`) with hostile
 * attributes and hostile data (issue 16). Every document it prints must be well-formed HTML
 * (html-validate's `standard` preset) and inert: no script but the card's JSON-LD, no event
 * handler attribute, no frame, plug-in or <base>, no URL with a scheme other than http(s) or
 * mailto — checked on the parsed tree, declarative shadow roots included, by a rule of our own.
 * A request it cannot render is refused (exit 2) with nothing printed.
 */
import { HtmlValidate, Rule, type DOMReadyEvent, type HtmlElement } from 'html-validate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/build/cli.js';
import { preloadAidFlowChart, renderElementSync, SSR_TAGS } from '../src/ssr/render.js';
import { bundledDataset } from '../src/data/generated/dataset.js';
import { bundledStore } from '../src/data/bundled.js';
import { splitDataset } from '../src/data/split-dataset.js';
import { elementClasses } from '../src/internal/element-classes.js';
import * as api from '../src/index.js';
import { XSS_PAYLOADS } from '../test/security/xss-payloads.js';
import { checklist } from './checklist.js';

const scratch = mkdtempSync(join(tmpdir(), 'kerjasama-ssr-'));

const { check, finish } = checklist('hostile ssr checks');

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'ping']);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link']);

/** Fails on anything a browser would run, load or navigate to from the markup. */
class InertMarkup extends Rule {
  setup() {
    this.on('dom:ready', ({ document }: DOMReadyEvent) => {
      const walk = (el: HtmlElement, inBody: boolean) => {
        const name = el.tagName.toLowerCase();
        // In the head, only --page's own module script (its src checked below as every URL).
        const pageScript = !inBody && el.getAttributeValue('type') === 'module' && el.hasAttribute('src') && !el.textContent.trim();
        const jsonLd = el.getAttributeValue('type') === 'application/ld+json' && el.hasAttribute('data-kerjasama-ld');
        if (name === 'script' && !pageScript && !jsonLd) this.report(el, 'a script element');
        if (name === 'script' && /<\/script/i.test(el.textContent)) this.report(el, 'JSON-LD that closes its script');
        if (inBody && FORBIDDEN_ELEMENTS.has(name)) this.report(el, `a <${name}> element`);
        for (const attr of el.attributes) {
          const key = attr.key.toLowerCase();
          const value = typeof attr.value === 'string' ? attr.value : '';
          if (key.startsWith('on')) this.report(el, `an event handler attribute (${key})`);
          if (key === 'style' && /expression\(|url\(|javascript:/i.test(value)) this.report(el, 'a style that loads or runs something');
          // As the URL parser reads it: without whitespace and control characters.
          // eslint-disable-next-line no-control-regex -- control characters are what the URL parser strips
          const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
          if (URL_ATTRIBUTES.has(key) && /^[a-z][a-z0-9+.-]*:/.test(url) && !/^(?:https?|mailto):/.test(url)) this.report(el, `a ${key} with the scheme ${url.split(':')[0]}:`);
        }
        for (const child of el.childElements) walk(child, inBody || name === 'body');
      };
      for (const el of document.root.childElements) walk(el, false);
    });
  }
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  plugins: [{ name: 'kerjasama-inert', rules: { 'kerjasama-inert/markup': InertMarkup } }],
  rules: { 'kerjasama-inert/markup': 'error' },
});

/** Validation errors of a document, as `line:column rule: message`. */
async function problems(doc: string): Promise<string[]> {
  const report = await validator.validateString(doc);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

async function render(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['render', ...args], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: scratch });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const page = (html: string) => `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>t</title>\n</head>\n<body>\n${html}\n</body>\n</html>`;

// The elements warn about every unknown id and value they are given: expected here, and counted
// rather than printed (hundreds of lines).
let warnings = 0;
console.warn = () => void warnings++;

try {
  console.log('kerjasama render with hostile attributes');
  // The validator catches what it should: a control document with every kind of problem.
  const control = await problems(page('<p onclick="x()"><a href="javascript:x()">a</a><a href=" JaVa\tScRiPt:x()">b</a><script>x()</script><iframe src="/"></iframe></p>'));
  const caught = control.filter((p) => p.includes('kerjasama-inert'));
  check('the inertness rule reports handlers, script URLs, scripts and frames', caught.length === 5 && ['(onclick)', 'scheme javascript:', 'a script element', '<iframe>'].every((w) => caught.some((p) => p.includes(w))), control.join('\n'));

  const classes = elementClasses(api);
  const required: Record<string, string[]> = { 'aid-flow-chart': ['view=table'], 'reference-list': ['all'] };
  let rendered = 0;
  let refused = 0;
  const bad: string[] = [];
  for (const tag of SSR_TAGS) {
    const names = [...(classes.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes, 'id', 'class', 'title', 'dir', 'lang'];
    // Every attribute with a stride through the corpus; every payload in `title` and `class`.
    const cases: [string, string][] = names.flatMap((name, i) => [0, 1, 2].map((k) => [name, XSS_PAYLOADS[(i * 7 + k * 31) % XSS_PAYLOADS.length]] as [string, string]));
    if (tag === 'citation-badge') for (const p of XSS_PAYLOADS) cases.push(['title', p], ['class', p]);
    for (const [name, value] of cases) {
      const args = [tag, ...(required[tag] ?? []).filter((a) => !a.startsWith(`${name}=`) && a !== name), `${name}=${value}`, '--page', '--script=/kerjasama.js'];
      const result = await render(args);
      if (result.code === 2 && !result.out) {
        refused++;
        continue;
      }
      rendered++;
      const found = result.code === 0 ? await problems(result.out) : [`exit ${result.code}: ${result.err}`];
      if (found.length) bad.push(`${tag} ${name}=${JSON.stringify(value).slice(0, 60)}: ${found.slice(0, 3).join('; ')}`);
    }
  }
  check(`${rendered} renders with hostile attribute values print well-formed, inert HTML (${refused} refused, exit 2; ${warnings} warnings)`, bad.length === 0 && rendered > 100, bad.slice(0, 20).join('\n      '));

  const names = await render(['actor-card', 'actor=jica', 'ONCLICK=alert(1)']);
  check('refuses event handler attributes in any case (exit 2)', names.code === 2 && !names.out && names.err.includes('no attribute "ONCLICK"'), names.err);
  for (const script of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/javascript,alert(1)', 'vbscript:x', '"><script>alert(1)</script>']) {
    const result = await render(['actor-card', 'actor=jica', '--page', `--script=${script}`]);
    const found = result.code === 0 ? await problems(result.out) : [];
    check(`--script ${JSON.stringify(script)} is refused or written inert`, (result.code === 2 && !result.out && /--script/.test(result.err)) || (result.code === 0 && found.length === 0), `exit ${result.code}: ${result.err || found.join('; ') || result.out.slice(0, 300)}`);
  }
  for (const lang of ['"><script>alert(1)</script>', 'en" onload="x', 'javascript:x']) {
    const result = await render(['actor-card', 'actor=jica', '--page', '--lang', lang]);
    check(`--lang ${JSON.stringify(lang)} is refused (exit 2)`, result.code === 2 && !result.out, `exit ${result.code}: ${result.out.slice(0, 200)}`);
  }

  console.log('renderElement with a hostile dataset');
  // The bundled dataset with every text a reader sees (names, titles, summaries, roles, notes,
  // quotes, formatted references) and every URL and DOI replaced by payloads of the corpus.
  let n = 0;
  const next = () => XSS_PAYLOADS[n++ % XSS_PAYLOADS.length];
  const TEXT_KEYS = new Set(['name', 'altNames', 'title', 'summary', 'role', 'note', 'notes', 'disputed', 'inferred', 'quote', 'URL', 'DOI', 'container-title', 'publisher', 'formatted', 'titleTranslated', 'family', 'given', 'literal', 'viaInferred']);
  const poison = (value: unknown, hostile: boolean): unknown => {
    if (typeof value === 'string') return hostile ? next() : value;
    if (Array.isArray(value)) return value.map((v) => poison(v, hostile));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, hostile || TEXT_KEYS.has(k))]));
    return value;
  };
  const hostileDataset = poison(structuredClone(bundledDataset), false) as typeof bundledDataset;
  // The badges below show in-text labels: markup in each, whatever the corpus's rotation gave them.
  for (const c of hostileDataset.citations.slice(0, 3)) for (const entries of Object.values(c.formatted)) for (const entry of Object.values(entries)) entry.citation = `<img src=x onerror=alert(1)>${entry.citation}`;
  await preloadAidFlowChart();
  bundledStore.reset();
  for (const [key, data] of splitDataset(hostileDataset)) bundledStore.provide(key, data);
  try {
    // An actor whose name is markup: the card and the chip show its name.
    const actor = hostileDataset.actors.find((a) => a.name.includes('<'))!.id;
    const citation = hostileDataset.citations[0].id;
    const event = hostileDataset.events[0];
    for (const [tag, attributes] of [
      ['cooperation-timeline', {}],
      ['cooperation-timeline', { countries: event.countries.join(' '), layout: 'horizontal' }],
      ['actor-card', { actor }],
      ['citation-badge', { cite: citation }],
      ['citation-badge', { cite: hostileDataset.citations.map((c) => c.id).slice(0, 3).join(' '), 'citation-style': 'mla' }],
      ['reference-list', { all: true }],
      ['aid-flow-chart', { view: 'table', unit: 'USD' }],
      ['aid-flow-chart', { view: 'table', unit: 'doses' }],
    ] as [string, Record<string, string | boolean>][]) {
      let html = '';
      let error = '';
      try {
        html = renderElementSync(tag, attributes, { lang: 'en' });
      } catch (e) {
        error = (e as Error).message;
      }
      const found = error ? [error] : await problems(page(html));
      // Proof that the hostile text was rendered (escaped), not replaced by an error.
      const shown = /&lt;(script|img|svg)/.test(html);
      check(`<${tag} ${Object.entries(attributes).map(([k, v]) => (v === true ? k : `${k}="${v}"`)).join(' ')}> with hostile data: well-formed, inert, the text shown escaped`, !error && found.length === 0 && shown, `${found.slice(0, 4).join('; ')}${shown ? '' : ' (no hostile text shown)'}`);
    }
  } finally {
    bundledStore.reset();
    for (const [key, data] of splitDataset(bundledDataset)) bundledStore.provide(key, data);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

finish();
