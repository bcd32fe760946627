/**
 * Server rendering (Node): an element as static HTML with a declarative shadow root, through
 * `@lit-labs/ssr`, for static builds (Eleventy, Astro, a script) and `kerjasama render`. The
 * page reads the content without JavaScript (the chart as its table); when the drop-in script (or `kerjasama/hydrate.js`
 * before the elements) loads, the elements hydrate the markup instead of rendering it again.
 *
 * Only the elements whose first render depends on nothing but their attributes, the language
 * and the bundled dataset are rendered; numbering that depends on the other badges of the live
 * page (numeric badges, a reference list of what is cited) is refused with a clear error.
 */
import { html, unsafeStatic } from 'lit/static-html.js';
import { preloadAidFlowChart as preloadChart } from '../components/aid-flow-chart/aid-flow-chart.js';
import { preloadCooperationTimeline } from '../components/cooperation-timeline/cooperation-timeline.js';
import * as api from '../index.js';
import { tagsWith } from '../elements.js';
import { elementClasses } from '../internal/element-classes.js';
import { serverRender } from '../controllers/locale-controller.js';
import { bundledDataset } from '../data/generated/dataset.js';
import { bundledStore } from '../data/bundled.js';
import { splitDataset } from '../data/split-dataset.js';
import { provideStrings } from '../i18n/strings.js';
import * as id from '../i18n/locales/id.js';
import * as ja from '../i18n/locales/ja.js';
import * as ko from '../i18n/locales/ko.js';
import { toLocale } from '../controllers/locale-controller.js';
import { actorJsonLd, buildActorView } from '../components/actor-card/actor-card.view.js';
import { textLanguage } from '../data/localized.js';
import { LD_MARKER } from '../components/actor-card/actor-card.js';

// `@lit-labs/ssr` is an optional peer dependency, so that a browser user's install stays small:
// this module imports without it (any export of the package imports in plain Node), and
// rendering asks for it. The `kerjasama` command bundles it.
const litSsr = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]).then(
  ([ssr, result]) => ({ render: ssr.render, collectResultSync: result.collectResultSync, missing: undefined }),
  (error: unknown) => ({ render: undefined, collectResultSync: undefined, missing: error }),
);

// A server has the whole dataset at hand: every shard, in every language, without loading.
for (const [key, data] of splitDataset(bundledDataset)) bundledStore.provide(key, data);
// …and every UI string table.
provideStrings('id', id);
provideStrings('ja', ja);
provideStrings('ko', ko);
// …and the timeline's details, filter bar and layouts, which a browser loads after its first
// render, with their styles on the class: a server render writes an element's styles before it
// renders it (a browser adopts them when the element reads its parts).
{
  const { CooperationTimeline } = api;
  void CooperationTimeline.observedAttributes; // finalizes the class: its elementStyles
  for (const style of await preloadCooperationTimeline()) if (!CooperationTimeline.elementStyles.includes(style)) CooperationTimeline.elementStyles.push(style);
}

/** The elements `renderElement` renders (those marked `ssr` in `src/elements.ts`). */
export const SSR_TAGS = tagsWith('ssr');
export type SsrTag = (typeof SSR_TAGS)[number];

/** Attribute values: `true` writes a boolean attribute, `false`, `null` and `undefined` omit it. */
export type AttributeValues = Record<string, string | number | boolean | null | undefined>;

export interface RenderElementOptions {
  /**
   * The page's language (`en`, `id`, `ja`, `ko`, or a tag such as `id-ID`), written as the element's
   * `lang`. The element's words are in this language, and the dataset's text in its best match; give the language of the page it goes into, so the
   * script's first render agrees with the markup.
   */
  lang?: string;
}

/** A request `renderElement` refuses: unknown element or attribute, or content only the live page knows. */
export class RenderElementError extends Error {
  override name = 'RenderElementError';
}

// Every element, so that whatever a rendered element contains is registered in the server's registry.
const CLASSES = elementClasses(api);

// Besides each element's own attributes. No `on*` handlers or `style`: nothing executable or
// page-altering can be passed through.
const GLOBAL_ATTRIBUTES = ['id', 'class', 'lang', 'dir', 'title'];
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

let chartPreloaded = false;

/**
 * Loads the chart's lazily loaded view code and the bundled dataset; afterwards
 * `renderElementSync` renders `<aid-flow-chart view="table">` (`renderElement` calls it).
 */
export async function preloadAidFlowChart(): Promise<void> {
  await preloadChart();
  chartPreloaded = true;
}

function register(): void {
  for (const [tag, ctor] of CLASSES) if (!customElements.get(tag)) customElements.define(tag, ctor);
}

/** `&`, `<`, `>`, `"` and `'` as character references: a value can never leave its quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function isSsrTag(tag: string): tag is SsrTag {
  return (SSR_TAGS as readonly string[]).includes(tag);
}

function attributeList(tag: SsrTag, attributes: AttributeValues, lang: string | undefined): [string, string][] {
  const ctor = CLASSES.get(tag) as unknown as { observedAttributes: string[] };
  const allowed = new Set([...ctor.observedAttributes, ...GLOBAL_ATTRIBUTES]);
  const out: [string, string][] = [];
  for (const [rawName, value] of Object.entries(attributes)) {
    const name = rawName.toLowerCase();
    if (!ATTRIBUTE_NAME.test(name) || !allowed.has(name)) {
      throw new RenderElementError(`<${tag}> has no attribute "${rawName}" (it has: ${[...allowed].sort().join(', ')}).`);
    }
    if (name === 'lang') continue;
    if (value === false || value === null || value === undefined) continue;
    const text = value === true ? '' : String(value);
    // What the HTML standard allows, so that the markup stays valid whatever a caller passes.
    if (name === 'id' && !/^[^\s]+$/.test(text)) throw new RenderElementError(`id="${text.slice(0, 40)}" is not an HTML id: one word, without spaces.`);
    if (name === 'dir' && !['ltr', 'rtl', 'auto'].includes(text)) throw new RenderElementError(`dir="${text.slice(0, 40)}" is not one of ltr, rtl, auto.`);
    out.push([name, text]);
  }
  if (lang !== undefined) out.push(['lang', lang]);
  const get = (name: string) => out.find(([n]) => n === name)?.[1];
  if (tag === 'citation-badge' && get('format') === 'numeric') {
    throw new RenderElementError('<citation-badge format="numeric"> is numbered by the badges on the live page; render it with format="author-date", or leave it to the script.');
  }
  if (tag === 'aid-flow-chart' && get('view') !== 'table') {
    throw new RenderElementError('<aid-flow-chart> renders on a server as its table only: give view="table" (the sankey and bars are drawn on a canvas).');
  }
  // An element hydrates only once the shards (and, for the chart, the view code) its first
  // render shows have loaded; it removes this itself.
  out.push(['defer-hydration', '']);
  if (tag === 'reference-list' && get('all') === undefined) {
    throw new RenderElementError('<reference-list> lists what the badges of the live page cite; render it with the "all" attribute (the whole bibliography, or one source\'s), or leave it to the script.');
  }
  return out;
}

function languageOf(attributes: AttributeValues, options: RenderElementOptions): string | undefined {
  const fromAttribute = Object.entries(attributes).find(([n]) => n.toLowerCase() === 'lang')?.[1];
  const lang = options.lang ?? (typeof fromAttribute === 'string' ? fromAttribute : undefined);
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) throw new RenderElementError(`"${lang}" is not a language tag (e.g. en, id, id-ID).`);
  return lang;
}

/**
 * The markup as the HTML standard has it, so that validators (html-validate, vnu) pass it:
 * - `<?>`, which lit-html ends a template with when its last part is a binding (the browser
 *   parses it as a bogus comment; hydration reads only the `lit-part` comments), is dropped;
 * - `shadowroot`, the pre-standard name Lit writes beside `shadowrootmode` for Chromium before
 *   111, is dropped: every current browser reads `shadowrootmode`.
 * Text and attribute values are escaped, so neither form can occur in them.
 */
function toValidHtml(markup: string): string {
  return markup.replaceAll('<?>', '').replaceAll('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">');
}

/**
 * Light-DOM content written with the element: an actor card's schema.org JSON-LD with
 * `structured-data`, which search engines read without running the script (the element keeps
 * the same script when it hydrates).
 */
function lightContent(tag: SsrTag, attrs: [string, string][], lang: string | undefined): string {
  const get = (name: string) => attrs.find(([n]) => n === name)?.[1];
  if (tag !== 'actor-card' || get('structured-data') === undefined) return '';
  const locale = toLocale(lang);
  const view = buildActorView(bundledDataset, get('actor') ?? '', locale);
  if (!view) return '';
  // As the element writes it: `<` escaped, so no data can close the script element.
  const json = JSON.stringify(actorJsonLd(view.actor, textLanguage(bundledDataset, lang))).replace(/</g, '\\u003c');
  return `<script type="application/ld+json" ${LD_MARKER}>${json}</script>`;
}

/**
 * Renders `<tag attributes…>` with its declarative shadow root, synchronously. Throws
 * `RenderElementError` for an element or attribute it does not render. The chart needs
 * `await preloadAidFlowChart()` first (`renderElement` does it).
 */
export function renderElementSync(tag: string, attributes: AttributeValues = {}, options: RenderElementOptions = {}): string {
  if (!isSsrTag(tag)) throw new RenderElementError(`Cannot render <${tag}>; one of: ${SSR_TAGS.join(', ')}.`);
  const { render, collectResultSync, missing } = litSsr;
  if (!render || !collectResultSync) throw new Error('kerjasama/ssr renders with @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr', { cause: missing });
  // Without its view code the chart would render its loading placeholder, which cannot hydrate.
  if (tag === 'aid-flow-chart' && !chartPreloaded) throw new RenderElementError('<aid-flow-chart>: call `await preloadAidFlowChart()` first, or use renderElement.');
  register();
  const lang = languageOf(attributes, options);
  const attrs = attributeList(tag, attributes, lang);
  // The tag is allow-listed, the names checked against the element's own, the values escaped.
  const open = `<${tag}${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('')}>`;
  const template = html`${unsafeStatic(open)}${unsafeStatic(lightContent(tag, attrs, lang))}${unsafeStatic(`</${tag}>`)}`;
  const previous = serverRender.lang;
  serverRender.lang = lang ?? null;
  try {
    // The outer template's part markers mean nothing outside a client-side template: drop them.
    return toValidHtml(
      collectResultSync(render(template))
        .replace(/^<!--lit-part[^>]*-->/, '')
        .replace(/<!--\/lit-part-->$/, '')
        .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `),
    );
  } finally {
    serverRender.lang = previous;
  }
}

/**
 * Renders `<tag attributes…>` as static HTML with a declarative shadow root, e.g.
 * `await renderElement('cooperation-timeline', { countries: 'ID JP' }, { lang: 'id' })`.
 */
export async function renderElement(tag: string, attributes: AttributeValues = {}, options: RenderElementOptions = {}): Promise<string> {
  // The chart's view code and the bundled dataset are lazy chunks: load them, then render at once.
  if (tag === 'aid-flow-chart') await preloadAidFlowChart();
  return renderElementSync(tag, attributes, options);
}
