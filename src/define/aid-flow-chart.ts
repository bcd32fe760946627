/** Registers `<aid-flow-chart>` and the `<citation-badge>` it uses for evidence (no-ops when already registered). */
import { AidFlowChart } from '../components/aid-flow-chart/aid-flow-chart.js';
import { CitationBadge } from '../components/citation-badge/citation-badge.js';

CitationBadge.define('citation-badge');
AidFlowChart.define('aid-flow-chart');

export { AidFlowChart };
