/** Registers `<actor-card>` and the `<citation-badge>` its evidence uses (no-ops when registered). */
import { ActorCard } from '../components/actor-card/actor-card.js';
import { CitationBadge } from '../components/citation-badge/citation-badge.js';

CitationBadge.define('citation-badge');
ActorCard.define('actor-card');

export { ActorCard };
