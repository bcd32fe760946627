/**
 * The autoloader's logic: find the Kerjasama tags on a page (now and as elements are added) and
 * import only their define modules. Side-effect free; `src/autoloader.ts` starts it on the page.
 */
import { DEFINE_MODULES, ELEMENTS, ELEMENT_TAGS, type ElementTag } from './elements.js';

/** Every tag the autoloader knows, provider first (the order in which found tags load). */
export const AUTOLOAD_TAGS = ELEMENT_TAGS;
export type AutoloadTag = ElementTag;

/** Loads a tag's define module; replaceable in tests. */
export type ElementLoader = (tag: AutoloadTag) => Promise<unknown>;

/** The define modules, each a separate entry in the CDN build (dist/cdn/define/<tag>.js). */
export const loadDefineModule: ElementLoader = (tag) => DEFINE_MODULES[tag]();

const isProvider = (tag: AutoloadTag) => 'provider' in ELEMENTS[tag];

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
export function startAutoloader(root: Document | Element = document, load: ElementLoader = loadDefineModule): Autoloader {
  const requested: AutoloadTag[] = [];
  const requestedSet = new Set<string>();
  let provider: Promise<unknown> | undefined;
  let settled: Promise<void> = Promise.resolve();

  const run = (tag: AutoloadTag) =>
    load(tag).catch((error: unknown) => console.warn(`kerjasama autoloader: could not load <${tag}>.`, error));

  const request = (tags: AutoloadTag[]) => {
    for (const tag of tags) {
      requestedSet.add(tag);
      requested.push(tag);
    }
    // Tags come in list order, the provider first: the others wait for it when one was found (now
    // or earlier); otherwise they load at once.
    const batch = tags.map((t) => (isProvider(t) ? (provider = run(t)) : provider ? provider.then(() => run(t)) : run(t)));
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
    if (found.size) request(AUTOLOAD_TAGS.filter((t) => found.has(t)));
  });
  observer.observe(root, { childList: true, subtree: true });
  request(findTags(root));

  return {
    get settled() {
      return settled;
    },
    requested,
    stop: () => observer.disconnect(),
  };
}
