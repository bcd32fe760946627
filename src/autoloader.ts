/**
 * The autoloader (dist/cdn/autoloader.js): loads only the elements present on the page, and
 * those added later, each from its own define module beside it (dist/cdn/define/<tag>.js).
 */
import { startAutoloader } from './autoload.js';

// Imported on a server (an SSR framework, a static build) there is no page to watch.
if (typeof document !== 'undefined') startAutoloader(document);
