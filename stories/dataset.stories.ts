import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bundledDataset } from '../src/data/generated/dataset.js';
import { datasetTables } from './shared/dataset-tables.js';

const meta: Meta = {
  title: 'Dataset',
  parameters: { docs: { description: { component: 'The bundled dataset: counts, records and the verified evidence quotes behind every fact.' } } },
};
export default meta;

export const Tables: StoryObj = {
  render: () => datasetTables(bundledDataset),
};
