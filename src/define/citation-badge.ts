/** Registers `<citation-badge>` and the elements it renders (no-ops when already registered). */
import { CitationBadge } from '../components/citation-badge/citation-badge.js';

CitationBadge.define();

export { CitationBadge };
