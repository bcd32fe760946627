import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Theme } from '../src/base/kerjasama-base.js';
import { actorCardAttributes as contract, type ActorVariant } from '../src/components/actor-card/actor-card.options.js';
import { choiceControl, headingLevelControl, themeControl } from './shared/controls.js';

interface CardArgs {
  actor: string;
  variant: ActorVariant;
  headingLevel: number;
  structuredData: boolean;
  theme: Theme;
}

const card = (a: CardArgs) => html`<actor-card
  actor=${a.actor}
  variant=${a.variant}
  heading-level=${a.headingLevel}
  ?structured-data=${a.structuredData}
  theme=${a.theme}
  style="max-width: 36rem"
></actor-card>`;

const chipSentence = (a: CardArgs) => html`<p style="max-width: 40rem; line-height: 1.6">
  Japan's vaccine donations reached Indonesia by means of ${card({ ...a, variant: 'chip' })}, which has worked on Indonesia's
  healthcare system since the 1970s.
</p>`;

const dark = (content: unknown) => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">${content}</div>`;

const meta: Meta<CardArgs> = {
  title: 'Elements/actor-card',
  component: 'actor-card',
  parameters: {
    docs: {
      description: {
        component:
          'The profile of a person or organisation: names, kind, country, role, related events and flows, and evidence with citation badges. As a `chip`, an inline name that opens the same profile as a hovercard.',
      },
    },
  },
  argTypes: {
    actor: { control: 'text', description: 'Actor id in the dataset, e.g. `jica`.' },
    variant: choiceControl(contract.variant),
    headingLevel: headingLevelControl(contract['heading-level']),
    structuredData: { name: 'structured-data', control: 'boolean', description: 'Emit schema.org JSON-LD into the light DOM.' },
    theme: themeControl,
  },
  args: { actor: 'jica', variant: contract.variant.fallback, headingLevel: contract['heading-level'].fallback, structuredData: false, theme: 'auto' },
  render: card,
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Card: Story = {};
export const Chip: Story = { args: { variant: 'chip' }, render: chipSentence };
export const Person: Story = { args: { actor: 'joko-widodo', structuredData: true } };
export const International: Story = { args: { actor: 'covax' } };
export const Dark: Story = { args: { theme: 'dark' }, render: (a) => dark(card(a)) };
export const DarkChip: Story = { args: { theme: 'dark', variant: 'chip' }, render: (a) => dark(chipSentence(a)) };
export const Indonesian: Story = { render: (a) => html`<div lang="id">${card(a)}</div>` };
export const IndonesianChip: Story = { args: { variant: 'chip' }, render: (a) => html`<div lang="id">${chipSentence(a)}</div>` };
export const UnknownId: Story = { args: { actor: 'no-such-actor' } };
export const UnknownChip: Story = { args: { actor: 'no-such-actor', variant: 'chip' }, render: chipSentence };
export const ProviderError: Story = {
  render: (a) => html`<kerjasama-data src="/does-not-exist.json">${card(a)}</kerjasama-data>`,
};
