/**
 * The attribute contract of `<aid-flow-chart>`: the allowed values of its enumerated attributes.
 * Tiny and apart from the view-model, so that the element's eager entry checks them without
 * loading the lazy view (or a validator library).
 */
import { choice } from '../../base/attribute-contract.js';
import { FLOW_KINDS, FLOW_STATUSES } from '../../data/vocabulary.js';

export const FLOW_VIEWS = ['sankey', 'bars', 'table'] as const;
export type FlowView = (typeof FLOW_VIEWS)[number];
export const CHART_UNITS = ['USD', 'IDR', 'doses', 'none'] as const;
export type ChartUnit = (typeof CHART_UNITS)[number];
export const GROUP_BY = ['donor', 'recipient'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
// The filters' default, '', is "any kind", "any status".
export const KIND_FILTERS = ['', ...FLOW_KINDS] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];
export const STATUS_FILTERS = ['', ...FLOW_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const aidFlowChartAttributes = {
  view: choice(FLOW_VIEWS, 'sankey'),
  unit: choice(CHART_UNITS, 'USD'),
  'group-by': choice(GROUP_BY, 'donor'),
  kind: choice(KIND_FILTERS, ''),
  status: choice(STATUS_FILTERS, ''),
};
