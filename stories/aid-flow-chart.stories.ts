import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Theme } from '../src/base/kerjasama-base.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withSyntheticFlows } from '../src/components/aid-flow-chart/aid-flow-chart.view.js';
import {
  aidFlowChartAttributes as contract,
  type ChartUnit,
  type FlowView,
  type GroupBy,
  type KindFilter,
  type StatusFilter,
} from '../src/components/aid-flow-chart/aid-flow-chart.options.js';
import { choiceControl, themeControl } from './shared/controls.js';
import { bundledDataset } from '../src/data/generated/dataset.js';

interface ChartArgs {
  /** Unset (no attribute): one or two flows show as labelled bars, more as a sankey. */
  view?: FlowView;
  unit: ChartUnit;
  from: string;
  to: string;
  via: string;
  kind: KindFilter;
  status: StatusFilter;
  fromDate: string;
  toDate: string;
  source: string;
  groupBy: GroupBy;
  theme: Theme;
}

const chart = (a: ChartArgs) => html`<aid-flow-chart
  view=${ifDefined(a.view)}
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
          'Who gave what to whom, through which channel: a sankey of donor → channel → recipient, horizontal bars or a table, for one unit at a time. Without `view`, a unit with one or two flows shows each as a labelled bar, the sankey one click away. Amounts that may be the same money are never added up. Chart.js loads only when the chart nears the viewport; arrow keys walk nodes and flows, Enter opens a flow’s evidence.',
      },
    },
  },
  argTypes: {
    view: choiceControl(contract.view),
    unit: choiceControl(contract.unit, { description: 'One measure: never mixed.' }),
    from: { control: 'text', description: 'Donor actor id, e.g. `japan`.' },
    to: { control: 'text', description: 'Recipient actor id, e.g. `indonesia`.' },
    via: { control: 'text', description: 'Channel actor id, e.g. `unicef`.' },
    kind: choiceControl(contract.kind),
    status: { ...choiceControl(contract.status), control: 'select' },
    fromDate: { name: 'from-date', control: 'text' },
    toDate: { name: 'to-date', control: 'text' },
    source: { control: 'text', description: 'Source document id.' },
    groupBy: choiceControl(contract['group-by'], { name: 'group-by', description: 'Bars view: one bar per donor or recipient.' }),
    theme: themeControl,
  },
  args: {
    view: contract.view.fallback,
    unit: contract.unit.fallback,
    from: '',
    to: '',
    via: '',
    kind: contract.kind.fallback,
    status: contract.status.fallback,
    fromDate: '',
    toDate: '',
    source: '',
    groupBy: contract['group-by'].fallback,
    theme: 'auto',
  },
  render: chart,
};
export default meta;

type Story = StoryObj<ChartArgs>;

export const AllFlows: Story = {};
/** No `view` attribute: the two US dollar flows as labelled bars, with "Show as flow diagram". */
export const LabelledBars: Story = { name: 'One or two flows (no view set)', render: (a) => chart({ ...a, view: undefined }) };
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
