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
 * one batch (a microtask, before the frame paints), and again when the OS setting or the root's
 * or body's attributes (a theme class, a style) change.
 */
export type PageTheme = 'light' | 'dark';

/** The page's theme from its computed `color-scheme` and `color` (pure, for tests). */
export function pageThemeFrom(colorScheme: string, color: string, osDark: boolean): PageTheme {
  const schemes = colorScheme.split(/\s+/);
  const light = schemes.includes('light');
  const dark = schemes.includes('dark');
  if (light && dark) return osDark ? 'dark' : 'light';
  if (dark) return 'dark';
  if (light) return 'light';
  return relativeLuminance(color) > 0.4 ? 'dark' : 'light';
}

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour; 0 (dark text) if unreadable. */
export function relativeLuminance(color: string): number {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface Follower {
  /** Called with the page's theme around the element (batched; only on the first call and on change). */
  pageThemeChanged(theme: PageTheme): void;
}

const followers = new Map<Element & Follower, PageTheme | undefined>();
const pending = new Set<Element & Follower>();
let scheduled = false;
let osQuery: MediaQueryList | undefined;
let observer: MutationObserver | undefined;

function parentOf(el: Element): Element | undefined {
  const parent = el.parentNode;
  if (parent instanceof Element) return parent;
  if (parent instanceof ShadowRoot) return parent.host;
  return undefined;
}

/**
 * What decides for `el`: the nearest enclosing element that is not one of ours. An enclosing
 * element of ours with its own `theme` decides instead (a badge inside a dark timeline is dark);
 * one on `auto` is skipped, as it follows the same page (and may be re-styled in this batch).
 */
function decidingAncestor(el: Element): Element | PageTheme {
  let node = parentOf(el);
  while (node && followers.has(node as Element & Follower)) {
    const own = node.getAttribute('theme');
    if (own === 'light' || own === 'dark') return own;
    node = parentOf(node);
  }
  return node ?? el.ownerDocument.documentElement;
}

function flush(): void {
  scheduled = false;
  const osDark = !!osQuery?.matches;
  // All reads first, then all writes: one style pass for the whole batch.
  const results: [Element & Follower, PageTheme][] = [];
  for (const el of pending) {
    if (!followers.has(el) || !el.isConnected) continue;
    const source = decidingAncestor(el);
    if (typeof source === 'string') results.push([el, source]);
    else {
      const style = getComputedStyle(source);
      results.push([el, pageThemeFrom(style.colorScheme, style.color, osDark)]);
    }
  }
  pending.clear();
  for (const [el, theme] of results) {
    if (followers.get(el) === theme) continue;
    followers.set(el, theme);
    el.pageThemeChanged(theme);
  }
}

function check(elements: Iterable<Element & Follower>): void {
  for (const el of elements) pending.add(el);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(flush);
}

const recheckAll = () => check(followers.keys());

/** Looks again for every element (an element of ours changed its own theme). */
export const recheckPageThemes = recheckAll;

function listen(doc: Document): void {
  if (osQuery || typeof matchMedia !== 'function') return;
  osQuery = matchMedia('(prefers-color-scheme: dark)');
  osQuery.addEventListener('change', recheckAll);
  // Pages switch themes with a class, an attribute or a style on <html> or <body>.
  observer = new MutationObserver(recheckAll);
  const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme'] };
  observer.observe(doc.documentElement, options);
  if (doc.body) observer.observe(doc.body, options);
}

/** Starts following the page's theme around `el` (on connect). */
export function followPageTheme(el: Element & Follower): void {
  if (!followers.has(el)) followers.set(el, undefined);
  listen(el.ownerDocument);
  check([el]);
}

/** Stops following (on disconnect); the last page-wide listeners go with the last element. */
export function unfollowPageTheme(el: Element & Follower): void {
  followers.delete(el);
  pending.delete(el);
  if (followers.size) return;
  osQuery?.removeEventListener('change', recheckAll);
  observer?.disconnect();
  osQuery = observer = undefined;
}
