/**
 * What the embed page may render, read from its query string: one allowed element, only its
 * allowed attributes, each value checked against the shape that attribute takes. Pure — no DOM.
 * Values are later set with `setAttribute`, never parsed as HTML; the checks keep out what an
 * element would only warn about, so an embed URL cannot carry arbitrary text into the page.
 */
import { THEMES } from '../base/kerjasama-element.js';
import type { ElementTag } from '../elements.js';
import type { Choice } from '../base/attribute-contract.js';
import { citationBadgeAttributes as badge } from '../components/citation-badge/citation-badge.options.js';
import { actorCardAttributes as card } from '../components/actor-card/actor-card.options.js';
import { cooperationTimelineAttributes as timeline } from '../components/cooperation-timeline/cooperation-timeline.options.js';
import { aidFlowChartAttributes as chart } from '../components/aid-flow-chart/aid-flow-chart.options.js';
import { referenceListAttributes as list } from '../components/reference-list/reference-list.options.js';
import { SECTORS } from '../data/vocabulary.js';
import { UI_LOCALES } from '../data/locales.js';
import type { EmbedStrings } from '../i18n/embed-strings.js';

/** A rule for one attribute's value. */
type Rule =
  | { kind: 'boolean' }
  | { kind: 'pattern'; pattern: RegExp }
  | { kind: 'one-of'; values: readonly string[]; list?: boolean };

const boolean: Rule = { kind: 'boolean' };
const oneOf = (values: readonly string[]): Rule => ({ kind: 'one-of', values });
const listOf = (values: readonly string[]): Rule => ({ kind: 'one-of', values, list: true });
const pattern = (p: RegExp): Rule => ({ kind: 'pattern', pattern: p });
/** An enumerated attribute: exactly the values its element's contract allows (`<tag>.options.ts`); '' is "not set". */
const allowed = (contract: Choice): Rule => oneOf(contract.values.map(String).filter((value) => value !== ''));
/** A heading level the element's contract allows, typed as a number (a text field in the embed builder). */
const level = (contract: Choice<number>): Rule => pattern(new RegExp(`^(?:${contract.values.join('|')})$`));

/** A record id (slug-like; source ids carry an underscore). */
const ID = pattern(/^[A-Za-z0-9][\w.:-]{0,79}$/);
/** Record ids separated by single spaces (after normalising whitespace). */
const IDS = pattern(/^[A-Za-z0-9][\w.:-]{0,79}(?: [A-Za-z0-9][\w.:-]{0,79}){0,19}$/);
const COUNTRIES = pattern(/^[A-Za-z]{2}(?: [A-Za-z]{2}){0,9}$/);
const DATE = pattern(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
/** Free text (a heading): letters, digits, spaces and common punctuation, at most 120 characters. */
const TEXT = pattern(/^[\p{L}\p{M}\p{N} .,:;()'’&–—-]{0,120}$/u);

const common = { theme: oneOf(THEMES) };

/**
 * The elements an embed may show, and the attributes each accepts: a deliberate opt-in per
 * element of the list (`src/elements.ts`), since what an embed URL may carry is a security decision.
 */
export const EMBED_ELEMENTS = {
  'cooperation-timeline': {
    ...common,
    countries: COUNTRIES,
    sectors: listOf(SECTORS),
    actor: ID,
    source: ID,
    from: DATE,
    to: DATE,
    layout: allowed(timeline.layout),
    undated: allowed(timeline.undated),
    controls: boolean,
    'link-hash': boolean,
    selected: ID,
    'heading-level': level(timeline['heading-level']),
  },
  'aid-flow-chart': {
    ...common,
    view: allowed(chart.view),
    unit: allowed(chart.unit),
    from: ID,
    to: ID,
    via: ID,
    kind: allowed(chart.kind),
    status: allowed(chart.status),
    'from-date': DATE,
    'to-date': DATE,
    source: ID,
    'group-by': allowed(chart['group-by']),
  },
  'actor-card': { ...common, actor: ID, variant: allowed(card.variant), 'heading-level': level(card['heading-level']), 'structured-data': boolean },
  'citation-badge': { ...common, cite: IDS, format: allowed(badge.format), 'citation-style': allowed(badge['citation-style']) },
  'reference-list': {
    ...common,
    all: boolean,
    source: ID,
    format: allowed(list.format),
    'citation-style': allowed(list['citation-style']),
    heading: TEXT,
    'heading-level': level(list['heading-level']),
  },
} as const satisfies Partial<Record<ElementTag, Record<string, Rule>>>;

export type EmbedTag = keyof typeof EMBED_ELEMENTS;
export const EMBED_TAGS = Object.keys(EMBED_ELEMENTS) as EmbedTag[];

/** Old attribute names an embed URL may still use, per element: old name → current name. */
const OLD_NAMES: Partial<Record<EmbedTag, Record<string, string>>> = { 'citation-badge': { ref: 'cite' } };

/** Query parameters the page itself reads; never attributes. */
const PAGE_PARAMS = new Set(['element', 'lang']);

export interface EmbedRequest {
  tag: EmbedTag;
  /** Attribute name → value, in query order; booleans have the value `''`. */
  attributes: [string, string][];
  /** The page language (a UI locale: `en`, `id`, `ja` or `ko`), or undefined to keep the page's default. */
  lang?: string;
  /** What was refused and why, one line each (shown to no one; logged once). */
  refused: string[];
}

/** Why nothing is embedded: a key of the embed strings (`src/i18n/locales/<locale>.embed.ts`). */
export type EmbedRefusal = keyof EmbedStrings;

export type EmbedParseResult = { ok: true; request: EmbedRequest } | { ok: false; error: EmbedRefusal; lang?: string };

/**
 * Longest query string read (characters, after the `?`). An embed the builder makes stays far
 * below (20 long reference ids come to about 1 700); past it the whole query is refused, not cut.
 */
export const MAX_EMBED_QUERY_LENGTH = 4096;
/** Refusals listed one by one in the console warning; more are counted. */
const MAX_LISTED_REFUSALS = 10;

const isUiLocale = (lang: string | null): lang is string => lang !== null && (UI_LOCALES as readonly string[]).includes(lang);

const isEmbedTag = (tag: string): tag is EmbedTag => Object.hasOwn(EMBED_ELEMENTS, tag);

/** Checks one value; returns the value to set, or undefined if refused (or a false boolean). */
function checkValue(rule: Rule, raw: string): { value?: string; refused?: boolean } {
  const value = raw.replace(/\s+/g, ' ').trim();
  switch (rule.kind) {
    case 'boolean':
      if (value === '' || value === 'true' || value === '1') return { value: '' };
      if (value === 'false' || value === '0') return {};
      return { refused: true };
    case 'pattern':
      return rule.pattern.test(value) ? { value } : { refused: true };
    case 'one-of': {
      const parts = rule.list ? value.split(' ') : [value];
      if (parts.length > 0 && parts.length <= rule.values.length && parts.every((p) => rule.values.includes(p))) return { value };
      return { refused: true };
    }
  }
}

/**
 * Reads `?element=<tag>&<attribute>=<value>…` (plus `lang`). The whole query is refused when it is
 * longer than MAX_EMBED_QUERY_LENGTH, names no element, one that is not embeddable, or more than
 * one; otherwise attributes not allowed and values of the wrong shape are left out, and of a
 * repeated attribute (or `lang`) the first wins. Refusals carry `lang` when it was valid, so
 * the message can be in the page's language.
 */
export function parseEmbedParams(search: string | URLSearchParams): EmbedParseResult {
  const text = typeof search === 'string' ? search.replace(/^\?/, '') : search.toString();
  if (text.length > MAX_EMBED_QUERY_LENGTH) return { ok: false, error: 'tooLong' };
  const params = typeof search === 'string' ? new URLSearchParams(text) : search;
  const firstLang = params.get('lang');
  const refusal = (error: EmbedRefusal): EmbedParseResult => ({ ok: false, error, ...(isUiLocale(firstLang) ? { lang: firstLang } : {}) });
  const elements = params.getAll('element');
  if (elements.length > 1) return refusal('manyElements');
  const tag = elements[0] ?? '';
  if (!isEmbedTag(tag)) return refusal(tag ? 'notEmbeddable' : 'noElement');
  const rules: Record<string, Rule> = EMBED_ELEMENTS[tag];
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  const refused: string[] = [];
  let lang: string | undefined;
  for (const [given, raw] of params) {
    const name = Object.hasOwn(OLD_NAMES[tag] ?? {}, given) ? OLD_NAMES[tag]![given] : given;
    if (name === 'lang') {
      if (seen.has(name)) refused.push('lang: given more than once');
      else if (isUiLocale(raw)) lang = raw;
      else refused.push('lang: not an available language');
      seen.add(name);
      continue;
    }
    if (PAGE_PARAMS.has(name)) continue;
    if (!Object.hasOwn(rules, name)) {
      refused.push(`${name.slice(0, 40)}: not an attribute of <${tag}> that embeds accept`);
      continue;
    }
    if (seen.has(name)) {
      refused.push(`${name}: given more than once`);
      continue;
    }
    seen.add(name);
    const { value, refused: bad } = checkValue(rules[name], raw);
    if (bad) refused.push(`${name}: value not accepted`);
    else if (value !== undefined) attributes.push([name, value]);
  }
  if (refused.length > MAX_LISTED_REFUSALS) refused.splice(MAX_LISTED_REFUSALS, Infinity, `and ${refused.length - MAX_LISTED_REFUSALS} more`);
  return { ok: true, request: { tag, attributes, lang, refused } };
}
