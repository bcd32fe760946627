import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Theme } from '../src/base/kerjasama-base.js';
import { html, nothing } from 'lit';
import type { CitationStyle } from '../src/data/schema.js';
import { referenceListAttributes as contract, type ReferenceFormat } from '../src/components/reference-list/reference-list.options.js';
import { choiceControl, headingLevelControl, themeControl } from './shared/controls.js';

interface ListArgs {
  format: ReferenceFormat;
  citationStyle: CitationStyle;
  all: boolean;
  source: string;
  heading?: string;
  headingLevel: number;
  theme: Theme;
}

const SOURCE_000 = '000_4396ecaf486911db';

const list = (a: ListArgs) => html`<reference-list
  format=${a.format}
  citation-style=${a.citationStyle}
  ?all=${a.all}
  source=${a.source || nothing}
  heading=${a.heading ?? nothing}
  heading-level=${a.headingLevel}
  theme=${a.theme}
></reference-list>`;

/** A paragraph with badges, then the list of what it cites. */
const article = (a: ListArgs) => html`<article style="max-width: 44rem; line-height: 1.6">
  <p>
    Japan funded COVAX <citation-badge format=${a.format} cite="panda-2022" theme=${a.theme}></citation-badge>; vaccine diplomacy has a
    long history <citation-badge format=${a.format} cite="hotez-2014 panda-2022" theme=${a.theme}></citation-badge>, and Japan sent
    4.15 million AstraZeneca doses in 2021 <citation-badge format=${a.format} cite="bhwana-2022" theme=${a.theme}></citation-badge>.
  </p>
  ${list(a)}
</article>`;

const dark = (content: unknown) => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">${content}</div>`;

const meta: Meta<ListArgs> = {
  title: 'Elements/reference-list',
  component: 'reference-list',
  parameters: {
    docs: {
      description: {
        component:
          'The references cited by the badges in its scope, in citation order (numeric) or alphabetically (author-date), with links back to each citation; or, with `all`, a whole bibliography.',
      },
    },
  },
  argTypes: {
    format: choiceControl(contract.format, { description: 'Numbered citation order or alphabetical.' }),
    citationStyle: choiceControl(contract['citation-style'], { name: 'citation-style' }),
    all: { control: 'boolean', description: 'List the whole bibliography instead of what is cited.' },
    source: { control: 'text', description: 'With `all`: only the works this source document cites.' },
    heading: { control: 'text', description: 'Heading text; `none` (or empty) leaves it out, for a page with its own heading.' },
    headingLevel: headingLevelControl(contract['heading-level']),
    theme: themeControl,
  },
  args: {
    format: contract.format.fallback,
    citationStyle: contract['citation-style'].fallback,
    all: false,
    source: '',
    headingLevel: contract['heading-level'].fallback,
    theme: 'auto',
  },
  render: article,
};
export default meta;

type Story = StoryObj<ListArgs>;

export const AuthorDate: Story = {};
export const Numeric: Story = { args: { format: 'numeric' } };
export const Apa: Story = { args: { citationStyle: 'apa' } };
export const Chicago: Story = { args: { citationStyle: 'chicago' } };
export const Mla: Story = { args: { citationStyle: 'mla' } };
export const CustomHeading: Story = { args: { heading: 'Works cited', headingLevel: 3 } };
export const Empty: Story = { render: list };
export const AllCitations: Story = { args: { all: true }, render: list };
export const AllOfOneSource: Story = { args: { all: true, source: SOURCE_000 }, render: list };
export const UnknownSource: Story = { args: { all: true, source: '999_unknown' }, render: list };
export const Dark: Story = { args: { theme: 'dark', format: 'numeric' }, render: (a) => dark(article(a)) };
export const Indonesian: Story = { render: (a) => html`<div lang="id">${article(a)}</div>` };
export const ProviderError: Story = {
  render: (a) => html`<kerjasama-data src="/does-not-exist.json">${article(a)}</kerjasama-data>`,
};
