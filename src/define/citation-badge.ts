/** Registers `<citation-badge>` (a no-op when it is already registered). */
import { CitationBadge } from '../components/citation-badge/citation-badge.js';

CitationBadge.define('citation-badge');

export { CitationBadge };
