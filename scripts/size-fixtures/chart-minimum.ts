// The minimum a sankey + bars chart needs from Chart.js: core, the sankey controller, and the
// scales, elements and plugin the aid-flow chart registers. Its lazy chart chunk is measured
// against this (within 10 %).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';

Chart.register(LinearScale, CategoryScale, BarController, BarElement, Tooltip, SankeyController, Flow);
export { Chart };
