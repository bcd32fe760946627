import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CitationStyle } from '../src/data/schema.js';
import type { BadgeFormat } from '../src/components/citation-badge/citation-badge.options.js';
import { THEMES, type Theme } from '../src/base/kerjasama-base.js';
import { citationBadgeAttributes as contract } from '../src/components/citation-badge/citation-badge.options.js';

interface BadgeArgs {
  cite: string;
  format: BadgeFormat;
  citationStyle: CitationStyle;
  theme: Theme;
}

const badge = (a: BadgeArgs) =>
  html`<citation-badge cite=${a.cite} format=${a.format} citation-style=${a.citationStyle} theme=${a.theme}></citation-badge>`;

const sentence = (a: BadgeArgs) => html`<p style="max-width: 40rem; line-height: 1.6">
  Japan's vaccine diplomacy in Indonesia ran through COVAX and JICA ${badge(a)}, a pattern with a long history.
</p>`;

const dark = (content: unknown) => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">${content}</div>`;

const meta: Meta<BadgeArgs> = {
  title: 'Elements/citation-badge',
  component: 'citation-badge',
  parameters: {
    docs: {
      description: {
        component:
          'An inline citation marker, "(Hotez, 2014)" or "[1]", that opens an accessible popover with the formatted reference, its link, the verbatim evidence quote and copy buttons.',
      },
    },
  },
  argTypes: {
    cite: { control: 'text', description: 'One or more citation ids, separated by spaces.' },
    format: { control: 'inline-radio', options: [...contract.format.values], description: 'Marker format.' },
    citationStyle: { name: 'citation-style', control: 'inline-radio', options: [...contract['citation-style'].values], description: 'Reference style in the popover.' },
    theme: { control: 'inline-radio', options: [...THEMES], description: 'Colour theme.' },
  },
  args: { cite: 'hotez-2014', format: 'author-date', citationStyle: 'apa', theme: 'auto' },
  render: sentence,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const AuthorDate: Story = {};

export const Numeric: Story = {
  args: { format: 'numeric' },
  render: (a) => html`<p style="max-width: 40rem; line-height: 1.6">
    Japan funded COVAX ${badge({ ...a, cite: 'panda-2022' })}; vaccine diplomacy is old ${badge({ ...a, cite: 'hotez-2014 panda-2022' })}.
  </p>`,
};

export const SeveralReferences: Story = { args: { cite: 'panda-2022 hotez-2014' } };

export const Apa: Story = { args: { citationStyle: 'apa' } };
export const Chicago: Story = { args: { citationStyle: 'chicago' } };
export const Mla: Story = { args: { citationStyle: 'mla' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => dark(sentence(a)),
};

export const Indonesian: Story = {
  render: (a) => html`<div lang="id">${sentence(a)}</div>`,
};

export const UnknownId: Story = {
  args: { cite: 'no-such-citation' },
  parameters: { docs: { description: { story: 'A visible "[?]" marker with an accessible explanation; one console warning.' } } },
};

export const PartlyUnknown: Story = { args: { cite: 'hotez-2014 no-such-citation' } };

export const ProviderError: Story = {
  render: (a) => html`<kerjasama-data src="/does-not-exist.json">${sentence(a)}</kerjasama-data>`,
};
