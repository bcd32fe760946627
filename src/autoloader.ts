/**
 * The autoloader (dist/cdn/autoloader.js): loads only the elements present on the page, and
 * those added later, each from its own define module beside it (dist/cdn/define/<tag>.js).
 */
import { startAutoloader } from './autoload.js';

startAutoloader(document);
