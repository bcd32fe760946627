/**
 * The allowed values of the chart's attributes. Apart from the view-model so that the element's
 * eager entry can check them without loading the lazy view.
 */
export const FLOW_VIEWS = ['sankey', 'bars', 'table'] as const;
export type FlowView = (typeof FLOW_VIEWS)[number];
export const CHART_UNITS = ['USD', 'IDR', 'doses', 'none'] as const;
export type ChartUnit = (typeof CHART_UNITS)[number];
export const GROUP_BY = ['donor', 'recipient'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
