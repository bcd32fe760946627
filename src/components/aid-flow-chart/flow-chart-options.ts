/** Moved to `aid-flow-chart.options.ts` (the chart's attribute contract); kept for the modules that import it here. */
export * from './aid-flow-chart.options.js';
