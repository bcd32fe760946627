import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CHART_UNITS, FLOW_VIEWS, GROUP_BY, withSyntheticFlows } from '../src/components/aid-flow-chart/aid-flow-chart.view.js';
import { bundledDataset } from '../src/data/generated/dataset.js';
import { FLOW_KINDS, FLOW_STATUSES } from '../src/data/schema.js';

interface ChartArgs {
  view: (typeof FLOW_VIEWS)[number];
  unit: (typeof CHART_UNITS)[number];
  from: string;
  to: string;
  via: string;
  kind: string;
  status: string;
  fromDate: string;
  toDate: string;
  source: string;
  groupBy: (typeof GROUP_BY)[number];
  theme: 'light' | 'dark' | 'auto';
}

const chart = (a: ChartArgs) => html`<aid-flow-chart
  view=${a.view}
  unit=${a.unit}
  from=${a.from}
  to=${a.to}
  via=${a.via}
  kind=${a.kind}
  status=${a.status}
  from-date=${a.fromDate}
  to-date=${a.toDate}
  source=${a.source}
  group-by=${a.groupBy}
  theme=${a.theme}
  style="max-width: 48rem"
></aid-flow-chart>`;

const dark = (content: unknown) => html`<div style="background: #16191d; color: #eef0f3; padding: 1rem">${content}</div>`;

let synthetic: ReturnType<typeof withSyntheticFlows> | undefined;

const meta: Meta<ChartArgs> = {
  title: 'Elements/aid-flow-chart',
  component: 'aid-flow-chart',
  parameters: {
    docs: {
      description: {
        component:
          'Who gave what to whom, through which channel: a sankey of donor → channel → recipient, horizontal bars or a table, for one unit at a time. Amounts that may be the same money are never added up. Chart.js loads only when the chart nears the viewport; arrow keys walk nodes and flows, Enter opens a flow’s evidence.',
      },
    },
  },
  argTypes: {
    view: { control: 'inline-radio', options: [...FLOW_VIEWS] },
    unit: { control: 'inline-radio', options: [...CHART_UNITS], description: 'One measure: never mixed.' },
    from: { control: 'text', description: 'Donor actor id, e.g. `japan`.' },
    to: { control: 'text', description: 'Recipient actor id, e.g. `indonesia`.' },
    via: { control: 'text', description: 'Channel actor id, e.g. `unicef`.' },
    kind: { control: 'select', options: ['', ...FLOW_KINDS] },
    status: { control: 'select', options: ['', ...FLOW_STATUSES] },
    fromDate: { name: 'from-date', control: 'text' },
    toDate: { name: 'to-date', control: 'text' },
    source: { control: 'text', description: 'Source document id.' },
    groupBy: { name: 'group-by', control: 'inline-radio', options: [...GROUP_BY], description: 'Bars view: one bar per donor or recipient.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { view: 'sankey', unit: 'USD', from: '', to: '', via: '', kind: '', status: '', fromDate: '', toDate: '', source: '', groupBy: 'donor', theme: 'auto' },
  render: chart,
};
export default meta;

type Story = StoryObj<ChartArgs>;

export const AllFlows: Story = {};
export const JapanOnly: Story = { args: { from: 'japan', unit: 'doses' } };
export const Doses: Story = { args: { unit: 'doses' } };
export const Rupiah: Story = { name: 'IDR', args: { unit: 'IDR' } };
export const NonMonetary: Story = { args: { unit: 'none' } };
export const Bars: Story = { args: { view: 'bars', unit: 'none', groupBy: 'recipient' } };
export const Table: Story = { args: { view: 'table', unit: 'doses' } };
export const Dark: Story = { args: { theme: 'dark', unit: 'doses' }, render: (a) => dark(chart(a)) };
export const Indonesian: Story = { args: { unit: 'doses' }, render: (a) => html`<div lang="id">${chart(a)}</div>` };
export const ThousandFlows: Story = {
  name: '1 000 flows',
  render: (a) => html`<kerjasama-data .data=${(synthetic ??= withSyntheticFlows(bundledDataset, 1000))}>${chart(a)}</kerjasama-data>`,
};
