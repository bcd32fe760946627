// The demo gallery (npm start): every element on the bundled dataset, plus its raw tables.
import { render } from 'lit';
import '../../src/cdn.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { datasetTables } from '../shared/dataset-tables.js';

render(datasetTables(bundledDataset), document.getElementById('dataset')!);

const lang = document.getElementById('lang') as HTMLSelectElement;
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));

const theme = document.getElementById('theme') as HTMLSelectElement;
theme.addEventListener('change', () => {
  document.body.dataset.theme = theme.value;
  for (const el of document.querySelectorAll('citation-badge, reference-list, actor-card, kerjasama-data, cooperation-timeline, aid-flow-chart')) el.setAttribute('theme', theme.value);
});
