/**
 * The base of every Kerjasama element that shows data: KerjasamaBase (registration, theme, page
 * language) plus the dataset from context, or the bundled one, available synchronously.
 * Class modules stay free of side effects; registration happens in `src/define/<tag>.ts`.
 */
import { DatasetController } from '../controllers/dataset-controller.js';
import type { DatasetState } from '../context/dataset-context.js';
import { bundledDataset } from '../data/generated/dataset.js';
import { t, type Strings } from '../i18n/strings.js';
import { KerjasamaBase } from './kerjasama-base.js';

export { KerjasamaBase, THEMES, ensureContextRoot, type Theme } from './kerjasama-base.js';

/** An element that shows data: adds the dataset from context, or the bundled one. */
export abstract class KerjasamaElement extends KerjasamaBase {
  protected readonly data = new DatasetController(this, (state, previous) => this.datasetChanged(state, previous), { bundled: bundledDataset });

  protected get strings(): Strings {
    return t(this.locale);
  }

  protected get datasetState(): DatasetState {
    return this.data.state;
  }

  /** Hook for subclasses that derive state from the dataset. */
  protected datasetChanged(_state: DatasetState, _previous: DatasetState): void {
    this.requestUpdate();
  }
}
