/**
 * Lit's hydrate support, for pages with server-rendered elements (`kerjasama render`,
 * `renderElement`): the elements take over the markup of their declarative shadow roots instead
 * of rendering it again. Import it before any element is defined; the drop-in script includes
 * it. Without it, a server-rendered element clears that markup and renders afresh.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
// Lit applies the support itself when it loads after it. Lit may have loaded first (a bundle's
// shared chunk runs before the entry; an app imported lit earlier): apply it now, before any
// element is defined. Applied, it gives LitElement an `observedAttributes` of its own.
if (support && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) support({ LitElement });
