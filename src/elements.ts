/**
 * The one list of Kerjasama elements, read by everything that needs their tags: the autoloader,
 * the drop-in and embed pages, server rendering, the CSP and size checks, and the leak and
 * distribution tests. Adding an element means one entry here, its folder and its define file.
 *
 * Plain data and lazy imports only: the autoloader reads this module and must stay under 1 KB,
 * so nothing here imports an element class (each class declares its own `static dependencies`).
 */

/** What consumers need to know about one element. */
export interface ElementEntry {
  /** A dataset provider: loaded before the other elements found with it, so they find their context at once. */
  readonly provider?: boolean;
  /** Rendered by `renderElement` on a server (its first render needs nothing but its attributes and the bundled dataset). */
  readonly ssr?: boolean;
  /** The iframe height the embed builder suggests for it, in pixels (600 when unset). */
  readonly embedHeight?: number;
}

/** Every element, by tag; the provider first (the order in which the autoloader loads tags found together). */
export const ELEMENTS = {
  'kerjasama-data': { provider: true },
  'citation-badge': { ssr: true, embedHeight: 300 },
  'reference-list': { ssr: true, embedHeight: 600 },
  'actor-card': { ssr: true, embedHeight: 300 },
  'cooperation-timeline': { ssr: true, embedHeight: 600 },
  'aid-flow-chart': { ssr: true, embedHeight: 600 },
} as const satisfies Record<string, ElementEntry>;

export type ElementTag = keyof typeof ELEMENTS;

/** Every tag, in list order. */
export const ELEMENT_TAGS = Object.keys(ELEMENTS) as ElementTag[];

/** The tags whose entry sets `flag`. */
export type TagWith<F extends keyof ElementEntry> = { [T in ElementTag]: F extends keyof (typeof ELEMENTS)[T] ? T : never }[ElementTag];

/** The tags whose entry sets `flag`, in list order. */
export function tagsWith<F extends keyof ElementEntry>(flag: F): TagWith<F>[] {
  return ELEMENT_TAGS.filter((tag): tag is TagWith<F> => flag in ELEMENTS[tag]);
}

/**
 * Loads an element's define module (`src/define/<tag>.ts`), which registers it and the elements
 * it renders. Apart from ELEMENTS so that what reads only the list (the drop-in script, server
 * rendering) does not bundle a lazy chunk for every define module.
 */
export const DEFINE_MODULES = {
  'kerjasama-data': () => import('./define/kerjasama-data.js'),
  'citation-badge': () => import('./define/citation-badge.js'),
  'reference-list': () => import('./define/reference-list.js'),
  'actor-card': () => import('./define/actor-card.js'),
  'cooperation-timeline': () => import('./define/cooperation-timeline.js'),
  'aid-flow-chart': () => import('./define/aid-flow-chart.js'),
} satisfies Record<ElementTag, () => Promise<unknown>>;
