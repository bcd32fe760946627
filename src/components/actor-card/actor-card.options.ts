/** The attribute contract of `<actor-card>`: the allowed values of its enumerated attributes. */
import { choice, headingLevels } from '../../base/attribute-contract.js';

export const ACTOR_VARIANTS = ['card', 'chip'] as const;
export type ActorVariant = (typeof ACTOR_VARIANTS)[number];

export const actorCardAttributes = {
  variant: choice(ACTOR_VARIANTS, 'card'),
  'heading-level': headingLevels(3),
};
