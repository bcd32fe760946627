/**
 * The drop-in script (dist/cdn/kerjasama.js): registers every element the package exports. The
 * provider is defined first so consumers already on the page find it at once. Lit's hydrate
 * support (~2 KB gzip) is a chunk of its own, loaded before the elements are defined only on a
 * page that has server-rendered elements (`kerjasama render`): their declarative shadow roots are
 * in the document by the time a module script runs. Elsewhere it is never downloaded.
 */
import * as api from './components/index.js';
import { elementClasses } from './internal/element-classes.js';
import { bundledStore } from './data/bundled.js';
import { dropInShards } from './data/generated/drop-in-shards.js';

// The default language's in-text citation labels come with this script (1.5 KB gzip): badges
// already on the page render in the task that registers them, not after a round trip for them.
for (const [key, data] of dropInShards) bundledStore.provide(key, data);

const elements = elementClasses(api);
const define = () => {
  api.KerjasamaData.define();
  for (const element of elements.values()) element.define();
};
// A server (Node's `node` condition) has no document, and nothing to hydrate.
const rendered = typeof document !== 'undefined' && [...document.querySelectorAll([...elements.keys()].join())].some((el) => el.shadowRoot);
// Without the support (its chunk did not load), server-rendered elements render afresh.
if (rendered) void import('./hydrate.js').then(define, define);
else define();

// The elements' API; the data layer (validation, queries, formatting) comes from npm.
export * from './components/index.js';
