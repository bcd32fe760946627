/**
 * The drop-in script (dist/cdn/kerjasama.js): registers every element the package exports. The
 * provider is defined first so consumers already on the page find it at once. Lit's hydrate
 * support comes before everything that loads Lit, so server-rendered elements
 * (`kerjasama render`) hydrate.
 */
import './hydrate.js';
import * as api from './components/index.js';
import { elementClasses } from './internal/element-classes.js';

api.KerjasamaData.define();
for (const element of elementClasses(api).values()) element.define();

// The elements' API; the data layer (validation, queries, formatting) comes from npm.
export * from './components/index.js';
