/** Registers `<actor-card>` and the elements it renders (no-ops when already registered). */
import { ActorCard } from '../components/actor-card/actor-card.js';

ActorCard.define();

export { ActorCard };
