/**
 * Registers `<aid-flow-chart>` (a no-op when already registered). The `<citation-badge>` it shows
 * for evidence is registered too, lazily, the first time a chart shows one.
 */
import { AidFlowChart, preloadAidFlowChart } from '../components/aid-flow-chart/aid-flow-chart.js';

AidFlowChart.define();

export { AidFlowChart, preloadAidFlowChart };
