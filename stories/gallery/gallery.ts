// The demo gallery (npm start): every element on the bundled dataset, plus its raw tables.
import { render } from 'lit';
import '../../src/cdn.js';

// The raw tables end the page and are its heaviest part (the whole dataset in both languages,
// every quote): they load as the reader nears them, so the elements above render first, as the
// elements do on a reader's page (each loads only what it shows).
const tables = document.getElementById('dataset')!;
const near = new IntersectionObserver(
  (entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    near.disconnect();
    void Promise.all([import('../../src/data/generated/dataset.js'), import('../shared/dataset-tables.js')]).then(([{ bundledDataset }, { datasetTables }]) =>
      render(datasetTables(bundledDataset), tables),
    );
  },
  { rootMargin: '100% 0px' },
);
near.observe(tables);

const lang = document.getElementById('lang') as HTMLSelectElement;
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));

const theme = document.getElementById('theme') as HTMLSelectElement;
theme.addEventListener('change', () => {
  document.body.dataset.theme = theme.value;
  for (const el of document.querySelectorAll('citation-badge, reference-list, actor-card, kerjasama-data, cooperation-timeline, aid-flow-chart')) el.setAttribute('theme', theme.value);
});
