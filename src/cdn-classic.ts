/**
 * The classic script (dist/cdn/kerjasama.iife.js): the drop-in script with Lit's hydrate support
 * included. A classic script cannot load a chunk, and one in the head runs before the page's
 * server-rendered elements are parsed, so it cannot tell whether it will need the support.
 */
import './hydrate.js';

export * from './cdn.js';
