/**
 * dist/cdn/embed-host.js: a classic script for pages that embed Kerjasama in iframes. Include it
 * once (including it again does nothing) and mark each iframe with `data-kerjasama-embed`.
 */
import { installEmbedHost } from './embed-host.js';

const INSTALLED = Symbol.for('kerjasama.embed-host');
// Imported on a server (an SSR framework resolving every export) there is no window: nothing to do.
const holder = (typeof window === 'undefined' ? { [INSTALLED]: true } : window) as unknown as Record<symbol, unknown>;
if (!holder[INSTALLED]) {
  holder[INSTALLED] = true;
  installEmbedHost(window);
}
