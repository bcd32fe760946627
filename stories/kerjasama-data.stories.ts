import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bundledDataset } from '../src/data/generated/dataset.js';
import type { DatasetT } from '../src/data/schema.js';

interface ProviderArgs {
  src: string;
  timeout: number;
}

/** Elements that show which dataset they received. */
const consumers = html`
  <p style="max-width: 40rem; line-height: 1.6">
    Japan funded COVAX <citation-badge format="numeric" cite="panda-2022"></citation-badge> by means of
    <actor-card actor="jica" variant="chip"></actor-card>.
  </p>
  <actor-card actor="jica" style="max-width: 36rem"></actor-card>
  <reference-list format="numeric"></reference-list>
`;

/** A dataset of your own: the bundled one with an edited role, to show which one is used. */
function customDataset(): DatasetT {
  const data = structuredClone(bundledDataset);
  const jica = data.actors.find((a) => a.id === 'jica');
  if (jica) jica.role = { en: 'Role text from a dataset set as the .data property.', id: 'Teks peran dari dataset yang diberikan lewat properti .data.' };
  return data;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/kerjasama-data',
  component: 'kerjasama-data',
  parameters: {
    docs: {
      description: {
        component:
          'Provides a dataset to every element inside it: the bundled one, one loaded from `src`, or one set as the `data` property. Citation numbering is scoped to each provider.',
      },
    },
  },
  argTypes: {
    src: { control: 'text', description: 'URL of a dataset JSON.' },
    timeout: { control: { type: 'number', min: 0 }, description: 'Milliseconds to wait for `src`.' },
  },
  args: { src: '', timeout: 15000 },
  render: (a) => html`<kerjasama-data src=${a.src || ''} timeout=${a.timeout}>${consumers}</kerjasama-data>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

export const BundledDataset: Story = {
  render: () => html`<kerjasama-data>${consumers}</kerjasama-data>`,
};

export const WithData: Story = {
  name: 'With .data',
  render: () => html`<kerjasama-data .data=${customDataset()}>${consumers}</kerjasama-data>`,
};

export const ProviderError: Story = {
  args: { src: '/does-not-exist.json' },
  parameters: { docs: { description: { story: 'An accessible alert, a `kj-data-error` event and one console warning; the page keeps working.' } } },
};

export const SchemaError: Story = {
  render: () => html`<kerjasama-data .data=${{ version: '1', sources: 'not a list' }}>${consumers}</kerjasama-data>`,
};

export const Dark: Story = {
  render: () => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">
    <kerjasama-data theme="dark" src="/does-not-exist.json">
      <actor-card actor="jica" theme="dark"></actor-card>
    </kerjasama-data>
  </div>`,
};

export const Indonesian: Story = {
  args: { src: '/does-not-exist.json' },
  render: (a) => html`<div lang="id"><kerjasama-data src=${a.src}>${consumers}</kerjasama-data></div>`,
};

export const TwoScopes: Story = {
  name: 'Two providers, numbered separately',
  render: () => html`
    <kerjasama-data><p>First: <citation-badge format="numeric" cite="hotez-2014"></citation-badge></p><reference-list format="numeric"></reference-list></kerjasama-data>
    <kerjasama-data><p>Second: <citation-badge format="numeric" cite="panda-2022"></citation-badge></p><reference-list format="numeric"></reference-list></kerjasama-data>
  `,
};
