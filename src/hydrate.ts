/**
 * Lit's hydrate support, for pages with server-rendered elements (`kerjasama render`,
 * `renderElement`): the elements take over the markup of their declarative shadow roots instead
 * of rendering it again. Import it before anything that imports `lit`; the drop-in script
 * includes it. Without it, a server-rendered element clears that markup and renders afresh.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
