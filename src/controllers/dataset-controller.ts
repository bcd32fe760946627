/**
 * Gives an element its dataset: from the nearest `<kerjasama-data>` provider through context
 * (following its changes), else the bundled dataset.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext, type DatasetState } from '../context/dataset-context.js';
import { documentScope } from '../context/citation-scope.js';
import { bundledDataset } from '../data/generated/dataset.js';

const bundledState: DatasetState = { status: 'ready', dataset: bundledDataset, scope: documentScope };

export class DatasetController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof datasetContext, ReactiveControllerHost & HTMLElement>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (state: DatasetState, previous: DatasetState) => void,
  ) {
    let previous = bundledState;
    this.consumer = new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => {
        this.onChange?.(value, previous);
        previous = value;
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Moved out of a provider: forget its data; on reconnect the request finds the new scope.
    this.consumer.value = undefined;
  }

  /** The current state: the provider's, or the bundled dataset when there is no provider. */
  get state(): DatasetState {
    return this.consumer.value ?? bundledState;
  }
}
