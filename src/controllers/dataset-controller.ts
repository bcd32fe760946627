/**
 * Gives an element its dataset: from the nearest `<kerjasama-data>` provider through context
 * (following its changes), else the bundled dataset. The bundled dataset is handed in — as a
 * value (available synchronously, as most elements use it) or as a lazy loader (the chart, whose
 * eager entry must not carry ~50 KB of data it may never need) — so this module imports none.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext, type DatasetState } from '../context/dataset-context.js';
import { documentScope } from '../context/citation-scope.js';
import type { DatasetT } from '../data/schema.js';

/** A bundled dataset fetched on demand: `current()` once `load()` has resolved (shared cache). */
export interface LazyDataset {
  current(): DatasetT | undefined;
  load(): Promise<DatasetT>;
}

export interface DatasetControllerOptions {
  /** The dataset used without a provider: the value itself, or how to load it. */
  bundled: DatasetT | LazyDataset;
}

const isLazy = (b: DatasetT | LazyDataset): b is LazyDataset => typeof (b as LazyDataset).load === 'function';

const loadingState: DatasetState = { status: 'loading', scope: documentScope };

export class DatasetController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof datasetContext, ReactiveControllerHost & HTMLElement>;
  private previous: DatasetState;
  private loading?: Promise<unknown>;
  private failed = '';
  /** One state object per dataset, so that consumers comparing states see no spurious change. */
  private ready?: Extract<DatasetState, { status: 'ready' }>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: ((state: DatasetState, previous: DatasetState) => void) | undefined,
    private readonly options: DatasetControllerOptions,
  ) {
    this.previous = this.bundled;
    this.consumer = new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => this.changed(value),
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Runs after the consumer's own hostConnected: a provider, if any, has answered by now.
    if (!this.consumer.value) void this.loadBundled();
  }

  hostDisconnected(): void {
    // Moved out of a provider: forget its data; on reconnect the request finds the new scope.
    this.consumer.value = undefined;
  }

  /** The current state: the provider's, or the bundled dataset when there is no provider. */
  get state(): DatasetState {
    return this.consumer.value ?? this.bundled;
  }

  /** Settles once a lazy bundled dataset that is being fetched has arrived (or failed). */
  get pending(): Promise<unknown> | undefined {
    return this.loading;
  }

  /**
   * Fetches a lazy bundled dataset (once per page); resolves at once for a value. Failing to
   * load it leaves the state `error`.
   */
  loadBundled(): Promise<unknown> {
    const b = this.options.bundled;
    if (!isLazy(b) || b.current() || this.loading) return this.loading ?? Promise.resolve();
    this.loading = b
      .load()
      .then(() => '', String)
      .then((failed) => {
        this.loading = undefined;
        this.failed = failed;
        if (this.consumer.value) return; // a provider answered meanwhile: its data wins
        this.changed(this.bundled);
        this.host.requestUpdate();
      });
    return this.loading;
  }

  private get bundled(): DatasetState {
    const b = this.options.bundled;
    const ds = isLazy(b) ? b.current() : b;
    if (ds) return this.ready?.dataset === ds ? this.ready : (this.ready = { status: 'ready', dataset: ds, scope: documentScope });
    return this.failed ? { status: 'error', message: this.failed, scope: documentScope } : loadingState;
  }

  private changed(value: DatasetState): void {
    this.onChange?.(value, this.previous);
    this.previous = value;
  }
}
