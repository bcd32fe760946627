import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Theme } from '../src/base/kerjasama-base.js';
import { html } from 'lit';
import { cooperationTimelineAttributes as contract, type TimelineLayout, type UndatedMode } from '../src/components/cooperation-timeline/cooperation-timeline.options.js';
import { choiceControl, headingLevelControl, themeControl } from './shared/controls.js';
import { bundledDataset } from '../src/data/generated/dataset.js';
import { syntheticTimelineDataset } from '../test/support/timeline-dataset.js';

interface TimelineArgs {
  countries: string;
  sectors: string;
  actor: string;
  source: string;
  from: string;
  to: string;
  layout: TimelineLayout;
  undated: UndatedMode;
  controls: boolean;
  linkHash: boolean;
  selected: string;
  headingLevel: number;
  theme: Theme;
}

const timeline = (a: TimelineArgs) => html`<cooperation-timeline
  countries=${a.countries}
  sectors=${a.sectors}
  actor=${a.actor}
  source=${a.source}
  from=${a.from}
  to=${a.to}
  layout=${a.layout}
  undated=${a.undated}
  ?controls=${a.controls}
  ?link-hash=${a.linkHash}
  selected=${a.selected}
  heading-level=${a.headingLevel}
  theme=${a.theme}
></cooperation-timeline>`;

const dark = (content: unknown) => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">${content}</div>`;

/** Generated once, on first use: 10 000 valid events over 1950–2024 quoting the real evidence. */
let large: ReturnType<typeof syntheticTimelineDataset> | undefined;
const largeDataset = () => (large ??= syntheticTimelineDataset(bundledDataset, 10_000));

const meta: Meta<TimelineArgs> = {
  title: 'Elements/cooperation-timeline',
  component: 'cooperation-timeline',
  parameters: {
    docs: {
      description: {
        component:
          'The dataset’s events on a time axis: filter by countries (all listed), sectors, actor, source document and period; dates at their precision, inferred ones marked; one tab stop with arrow keys; expandable details with the verbatim evidence; deep links with `link-hash`. Windowed above 200 events.',
      },
    },
  },
  argTypes: {
    countries: { control: 'text', description: 'ISO codes, events involving all of them, e.g. `ID JP`.' },
    sectors: { control: 'text', description: 'Any of these sectors, e.g. `health defense`.' },
    actor: { control: 'text', description: 'Actor id, e.g. `jica`.' },
    source: { control: 'text', description: 'Source document id, e.g. `003_df8caea3c0d73e78`.' },
    from: { control: 'text', description: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' },
    to: { control: 'text', description: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' },
    layout: choiceControl(contract.layout),
    undated: choiceControl(contract.undated),
    controls: { control: 'boolean', description: 'Show the filter bar.' },
    linkHash: { name: 'link-hash', control: 'boolean', description: 'Sync the selection with `#event-<id>`.' },
    selected: { control: 'text', description: 'Selected event id.' },
    headingLevel: headingLevelControl(contract['heading-level']),
    theme: themeControl,
  },
  args: {
    countries: '',
    sectors: '',
    actor: '',
    source: '',
    from: '',
    to: '',
    layout: contract.layout.fallback,
    undated: contract.undated.fallback,
    controls: false,
    linkHash: false,
    selected: '',
    headingLevel: contract['heading-level'].fallback,
    theme: 'auto',
  },
  render: timeline,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

export const WholeDataset: Story = {};
export const IndonesiaJapan: Story = { name: 'Indonesia–Japan', args: { countries: 'ID JP' } };
export const IndonesiaSouthKorea: Story = { name: 'Indonesia–South Korea', args: { countries: 'ID KR' } };
export const BioFarmaSinovac: Story = { name: 'Bio Farma–Sinovac', args: { actor: 'bio-farma' } };
export const DefensePost: Story = { name: 'One source (defense post, c. 2015)', args: { source: '003_df8caea3c0d73e78' } };
export const Vertical: Story = { args: { layout: 'vertical', countries: 'ID JP', from: '2020' } };
export const Horizontal: Story = { args: { layout: 'horizontal', countries: 'ID JP', undated: 'hide' } };
/** 1970, then a 44-year break, then 2014–2022 in proportion; the overview strip drives the list. */
export const TimeAxisPhoneIndonesian: Story = {
  name: 'Time axis, 320 px, Indonesian',
  render: (a) => html`<div lang="id" style="width: 320px; border: 1px dashed #999">${timeline(a)}</div>`,
};
export const Auto: Story = {
  name: 'Auto (by its own width)',
  args: { layout: 'auto', countries: 'ID JP', from: '2020' },
  render: (a) => html`<p>Wide container (horizontal):</p>
    <div style="width: min(100%, 60rem)">${timeline(a)}</div>
    <p>Narrow container (vertical), same viewport:</p>
    <div style="width: 20rem">${timeline(a)}</div>`,
};
export const Controls: Story = { args: { controls: true } };
export const Selected: Story = { args: { selected: 'osaka-pharma-medical-device-forum-2022' } };
export const UndatedHidden: Story = { args: { undated: 'hide' } };
export const NoMatch: Story = { name: 'No match', args: { countries: 'ID KR', sectors: 'defense' } };
export const Dark: Story = { args: { theme: 'dark', controls: true }, render: (a) => dark(timeline(a)) };
export const Indonesian: Story = { args: { controls: true }, render: (a) => html`<div lang="id">${timeline(a)}</div>` };
export const RightToLeft: Story = { name: 'Right to left', args: { actor: 'jica' }, render: (a) => html`<div dir="rtl">${timeline(a)}</div>` };
export const Phone: Story = { name: '320 px wide', args: { controls: true }, render: (a) => html`<div style="width: 320px; border: 1px dashed #999">${timeline(a)}</div>` };
export const TenThousandEvents: Story = {
  name: '10 000 events',
  args: { controls: true },
  render: (a) => html`<kerjasama-data .data=${largeDataset()}>${timeline(a)}</kerjasama-data>`,
};
export const TenThousandHorizontal: Story = {
  name: '10 000 events, horizontal',
  args: { layout: 'horizontal' },
  render: (a) => html`<kerjasama-data .data=${largeDataset()}>${timeline(a)}</kerjasama-data>`,
};
export const BesideActorCard: Story = {
  name: 'Following an actor card',
  render: (a) => html`<div style="display: grid; gap: 1rem; grid-template-columns: minmax(0, 22rem) minmax(0, 1fr)">
    <actor-card actor="jica"></actor-card>
    ${timeline({ ...a, countries: 'ID JP' })}
  </div>`,
};
