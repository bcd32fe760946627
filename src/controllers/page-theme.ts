/**
 * `theme="auto"` follows the page around an element, not the reader's OS: a light blog read on a
 * dark OS keeps dark text, a dark page read on a light OS gets light text.
 *
 * The page says which it is in one of two ways, read from the element's parent (the nearest
 * enclosing element that is not one of ours):
 * 1. its `color-scheme` (inherited CSS): `dark`, `light`, or both, in which case the OS setting
 *    decides, as it does for the page itself;
 * 2. otherwise the colour its text inherits: light text means a dark page.
 *
 * Reading computed styles forces a style pass, so connected elements are checked together in
 * one batch (a microtask, before the frame paints), and again when the OS setting or any
 * attribute of <html> or <body> (a theme class, a style, data-theme) changes.
 */
export type PageTheme = 'light' | 'dark';

/** The page's theme from its computed `color-scheme` and `color` (pure, for tests). */
export function pageThemeFrom(colorScheme: string, color: string, osDark: boolean): PageTheme {
  const light = /\blight\b/.test(colorScheme);
  if (/\bdark\b/.test(colorScheme) && (!light || osDark)) return 'dark';
  // Light text (by its sRGB-weighted brightness; other notations than rgb() read as dark text).
  const [r = 0, g = 0, b = 0] = color.startsWith('rgb') ? (color.match(/[\d.]+/g) ?? []).map(Number) : [];
  return !light && 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? 'dark' : 'light';
}

type Follower = Element & {
  /** Called with the page's theme around the element: on the first check, then on change. */
  pageThemeChanged(theme: PageTheme): void;
};

const followers = new Map<Follower, PageTheme | undefined>();
const pending = new Set<Follower>();
let osQuery: MediaQueryList | undefined;

/**
 * What decides for `el`: the nearest enclosing element not of ours, or one of ours with its own
 * theme. Inside one of our shadow roots our own styles paint everything up to its host, so the
 * host decides (a badge in a chart's table follows the chart, with no style read of its own).
 */
function decider(el: Element): Element | PageTheme {
  let node: Element = el;
  for (;;) {
    const root = node.getRootNode();
    const parent = root instanceof ShadowRoot && followers.has(root.host as Follower) ? root : node.parentNode;
    const next = parent instanceof ShadowRoot ? parent.host : parent;
    if (!(next instanceof Element)) return el.ownerDocument.documentElement;
    if (!followers.has(next as Follower)) return next;
    // One of ours: its own theme decides (a badge in a dark timeline); on auto it follows this page too.
    const own = next.getAttribute('theme');
    if (own === 'light' || own === 'dark') return own;
    node = next;
  }
}

function flush(): void {
  // All reads first, then all writes: one style pass for the whole batch, one read per decider.
  const read = new Map<Element, PageTheme>();
  const results = [...pending].filter((el) => el.isConnected).map((el) => {
    const source = decider(el);
    if (typeof source === 'string') return [el, source] as const;
    let theme = read.get(source);
    if (!theme) {
      const style = getComputedStyle(source);
      read.set(source, (theme = pageThemeFrom(style.colorScheme, style.color, !!osQuery?.matches)));
    }
    return [el, theme] as const;
  });
  pending.clear();
  for (const [el, theme] of results) {
    if (followers.get(el) === theme) continue;
    followers.set(el, theme);
    el.pageThemeChanged(theme);
  }
}

function check(elements: Iterable<Follower>): void {
  if (!pending.size) queueMicrotask(flush);
  for (const el of elements) pending.add(el);
}

/** Looks again for every element (one of ours changed its own theme). */
export const recheckPageThemes = () => check(followers.keys());

/** Follows the page's theme around `el` (from connect to disconnect). */
export function followPageTheme(el: Follower): void {
  if (!followers.has(el)) followers.set(el, undefined);
  if (!osQuery) {
    // Once per page, for the page's lifetime: pages switch themes by OS setting, or by a class,
    // a style or a data attribute on <html> or <body>.
    osQuery = matchMedia('(prefers-color-scheme: dark)');
    osQuery.addEventListener('change', recheckPageThemes);
    const observer = new MutationObserver(recheckPageThemes);
    for (const root of [el.ownerDocument.documentElement, el.ownerDocument.body]) if (root) observer.observe(root, { attributes: true });
  }
  check([el]);
}

export function unfollowPageTheme(el: Follower): void {
  followers.delete(el);
}
