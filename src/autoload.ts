/**
 * The autoloader's logic: find the Kerjasama tags on a page (now and as elements are added) and
 * import only their define modules. Side-effect free; `src/autoloader.ts` starts it on the page.
 */

/** Every tag the autoloader knows, provider first (the order in which found tags load). */
export const AUTOLOAD_TAGS = [
  'kerjasama-data',
  'citation-badge',
  'reference-list',
  'actor-card',
  'cooperation-timeline',
  'aid-flow-chart',
] as const;
export type AutoloadTag = (typeof AUTOLOAD_TAGS)[number];

/** How each tag's define module is loaded; replaceable in tests. */
export type ElementLoaders = Record<AutoloadTag, () => Promise<unknown>>;

/** The define modules, each a separate entry in the CDN build (dist/cdn/define/<tag>.js). */
export const defineModuleLoaders: ElementLoaders = {
  'kerjasama-data': () => import('./define/kerjasama-data.js'),
  'citation-badge': () => import('./define/citation-badge.js'),
  'reference-list': () => import('./define/reference-list.js'),
  'actor-card': () => import('./define/actor-card.js'),
  'cooperation-timeline': () => import('./define/cooperation-timeline.js'),
  'aid-flow-chart': () => import('./define/aid-flow-chart.js'),
};

const PROVIDER: AutoloadTag = 'kerjasama-data';

/** The known tags at or under `node` (in AUTOLOAD_TAGS order), leaving out those in `skip`. */
export function findTags(node: ParentNode, skip: ReadonlySet<string> = new Set()): AutoloadTag[] {
  return AUTOLOAD_TAGS.filter(
    (tag) => !skip.has(tag) && ((node instanceof Element && node.localName === tag) || node.querySelector(tag) !== null),
  );
}

export interface Autoloader {
  /** Settles when every define module requested so far has loaded (or failed, with a warning). */
  readonly settled: Promise<void>;
  /** The tags requested so far, in request order. */
  readonly requested: readonly AutoloadTag[];
  /** Stops watching for added elements. */
  stop(): void;
}

/**
 * Loads the define modules for the tags under `root` and for those added later. The provider is
 * defined before the other elements found with it, so that consumers find their context at once.
 * Stops watching by itself once every tag is loaded.
 */
export function startAutoloader(root: Document | Element = document, loaders: ElementLoaders = defineModuleLoaders): Autoloader {
  const requested: AutoloadTag[] = [];
  const requestedSet = new Set<string>();
  let provider: Promise<unknown> | undefined;
  let settled: Promise<void> = Promise.resolve();

  const run = (tag: AutoloadTag) =>
    loaders[tag]().catch((error: unknown) => console.warn(`kerjasama autoloader: could not load <${tag}>.`, error));

  const load = (tags: AutoloadTag[]) => {
    if (tags.length === 0) return;
    for (const tag of tags) {
      requestedSet.add(tag);
      requested.push(tag);
    }
    if (tags.includes(PROVIDER)) provider = run(PROVIDER);
    // The others wait for the provider when one was found (now or earlier); otherwise they load at once.
    const batch = tags.filter((t) => t !== PROVIDER).map((t) => (provider ? provider.then(() => run(t)) : run(t)));
    if (provider) batch.push(provider);
    const previous = settled;
    settled = Promise.all([previous, ...batch]).then(() => undefined);
    if (requestedSet.size === AUTOLOAD_TAGS.length) observer.disconnect();
  };

  const observer = new MutationObserver((records) => {
    const found = new Set<AutoloadTag>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) for (const tag of findTags(node, requestedSet)) found.add(tag);
      }
    }
    // Keep AUTOLOAD_TAGS order (provider first) whatever order the nodes came in.
    load(AUTOLOAD_TAGS.filter((t) => found.has(t)));
  });
  observer.observe(root, { childList: true, subtree: true });
  load(findTags(root));

  return {
    get settled() {
      return settled;
    },
    requested,
    stop: () => observer.disconnect(),
  };
}
