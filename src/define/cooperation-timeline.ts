/** Registers `<cooperation-timeline>` and the chips and badges it shows (no-ops when registered). */
import { CooperationTimeline } from '../components/cooperation-timeline/cooperation-timeline.js';
import { ActorCard } from '../components/actor-card/actor-card.js';
import { CitationBadge } from '../components/citation-badge/citation-badge.js';

CitationBadge.define('citation-badge');
ActorCard.define('actor-card');
CooperationTimeline.define('cooperation-timeline');

export { CooperationTimeline };
