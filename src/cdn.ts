/**
 * The drop-in script (dist/cdn/kerjasama.js): registers every element. The provider is
 * defined first so consumers already on the page find it at once. Lit's hydrate support comes
 * before everything that loads Lit, so server-rendered elements (`kerjasama render`) hydrate.
 */
import './hydrate.js';
import './define/kerjasama-data.js';
import './define/citation-badge.js';
import './define/reference-list.js';
import './define/actor-card.js';
import './define/cooperation-timeline.js';
import './define/aid-flow-chart.js';

export * from './index.js';
