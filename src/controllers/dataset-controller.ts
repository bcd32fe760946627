/**
 * Gives an element its dataset: from the nearest `<kerjasama-data>` provider through context
 * (following its changes), else the bundled dataset. A dataset in shards (the bundled one, or a
 * provider's hosted `shards.json`) loads through its store (src/data/shard-store.ts): before the
 * first render, the core layer of the collections that render shows, in the page's language; on
 * intent (hover, focus, expand), the detail layer of what opens.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext, type DatasetState, type ElementDatasetState } from '../context/dataset-context.js';
import { bundledStore } from '../data/bundled.js';
import type { ShardStore } from '../data/shard-store.js';
import type { UiLocale } from '../data/locales.js';
import { hasStrings, loadStrings } from '../i18n/string-tables.js';
import { LAYERS, type Collection } from '../data/shards.js';
import { trackLoad } from './lazy-module-controller.js';

/**
 * Shards by layer: the collections whose `core` (names, titles, dates, APA in-text labels),
 * `styles` (in-text labels in the other citation styles) and `detail` (evidence, notes,
 * bibliography entries) a view shows.
 */
export interface DatasetNeeds {
  core?: readonly Collection[];
  styles?: readonly Collection[];
  detail?: readonly Collection[];
}

const NONE: readonly Collection[] = [];
/** Whether `needs` are at hand in the store's language for a page in `pageLang`. */
const hasNeeds = (store: ShardStore, needs: DatasetNeeds, pageLang: string | null) => LAYERS.every((layer) => store.has(needs[layer] ?? NONE, layer, store.language(pageLang)));

/** The store of a state's dataset in shards (the bundled one, or a provider's); none for a provider's whole dataset. */
const storeOf = (v: DatasetState | undefined) => (!v || v.status === 'bundled' ? bundledStore : v.status === 'shards' ? v.store : undefined);

const needsKey = (needs: DatasetNeeds) => JSON.stringify(needs);

/** The host: its UI locale (whose string table its first render waits for) and its page's language (which picks the shards). */
type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly locale: UiLocale;
    readonly pageLang: string | null;
    /**
     * Whether the first render's shards and strings wait for now (a reference list waits for
     * the page to be idle, so that the citations it lists render first); the host asks for an
     * update when they may go. What is already at hand shows at once.
     */
    readonly loadsHeld?: boolean;
  };

export class DatasetController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof datasetContext, Host>;
  private previous: ElementDatasetState;
  /** The first-render load last started (locale and needs): not started again on every update
   * while it is in flight, nor after it failed (a reconnect retries). */
  private attempted?: string;
  private failed = '';
  /** Loads asked for on intent, by their needs: whether the last one failed. */
  private readonly onIntent = new Map<string, 'ready' | 'loading' | 'error'>();
  /** One state object per dataset and scope, so that consumers comparing states see no spurious change. */
  private ready?: Extract<DatasetState, { status: 'ready' }>;
  private waiting?: Extract<DatasetState, { status: 'loading' }>;

  constructor(
    private readonly host: Host,
    private readonly onChange: ((state: ElementDatasetState, previous: ElementDatasetState) => void) | undefined,
    /** What the host's first render shows (read when it connects and updates). */
    private readonly needs: () => DatasetNeeds,
  ) {
    this.previous = { status: 'loading' };
    this.consumer = new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => {
        // A new state may bring a new store (another `src`): its loads are new attempts.
        this.attempted = undefined;
        this.failed = '';
        this.onIntent.clear();
        // An assigned dataset being checked: the host's updateComplete shows it, as it shows its shards.
        if (value?.settled) trackLoad(host, value.settled);
        this.changed(this.resolve(value));
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.stringsAttempted = this.stringsFailed = undefined;
    // Runs after the consumer's own hostConnected: a provider, if any, has answered by now.
    this.attempted = undefined;
    this.loadFirstRender();
    // Put back outside the provider it had (no provider answered): it shows the bundled
    // dataset now, and nothing else would redraw it.
    this.changed(this.state);
  }

  hostUpdate(): void {
    // The page's language may have changed: its shards load before the element shows it.
    this.loadFirstRender();
  }

  hostDisconnected(): void {
    // Moved out of a provider: forget its data; on reconnect the request finds the new scope.
    this.consumer.value = undefined;
  }

  /** The current state: the provider's, or the bundled dataset's. */
  get state(): ElementDatasetState {
    return this.resolve(this.consumer.value);
  }

  /** The store of the dataset in shards in use (the bundled one, or a provider's), if any: a provider's whole dataset has none. */
  private get store(): ShardStore | undefined {
    return storeOf(this.consumer.value);
  }

  /** Whether `needs` are at hand (always, for a provider's whole dataset). */
  has(needs: DatasetNeeds): boolean {
    const store = this.store;
    return !store || hasNeeds(store, needs, this.host.pageLang);
  }

  /**
   * Loads `needs` on intent (hover, focus, expand: what opens next); the host re-renders when
   * they arrive. Resolves `false` when they could not be loaded.
   */
  ensure(needs: DatasetNeeds): Promise<boolean> {
    if (this.has(needs)) return Promise.resolve(true);
    const key = needsKey(needs);
    this.onIntent.set(key, 'loading');
    return this.load(needs, (ok) => this.onIntent.set(key, ok ? 'ready' : 'error'));
  }

  /** What a view that opens on intent shows: its content, a polite loading state, or a failure. */
  statusOf(needs: DatasetNeeds): 'ready' | 'loading' | 'error' {
    if (this.has(needs)) return 'ready';
    return this.onIntent.get(needsKey(needs)) === 'error' ? 'error' : 'loading';
  }

  private loadFirstRender(): void {
    if (this.host.loadsHeld) return;
    this.loadStrings();
    const store = this.store;
    if (!store) return;
    const needs = this.needs();
    if (hasNeeds(store, needs, this.host.pageLang)) return;
    const locale = store.language(this.host.pageLang);
    const attempt = `${locale} ${needsKey(needs)}`;
    if (this.attempted === attempt) return;
    this.attempted = attempt;
    void this.load(needs, (ok, error) => {
      this.failed = ok ? '' : String(error);
    });
  }

  /**
   * The UI locale's string table, which the first render waits for as for its shards (so that
   * no text shows in another language first). A table that fails to load leaves English.
   */
  private loadStrings(): void {
    const locale = this.host.locale;
    if (hasStrings(locale) || this.stringsAttempted === locale) return;
    this.stringsAttempted = locale;
    const settled = loadStrings(locale)
      .catch((error: unknown) => {
        this.stringsFailed = locale;
        console.warn(`[kerjasama] ${locale} strings: ${String(error)}`);
      })
      .then(() => {
        this.changed(this.state);
        this.host.requestUpdate();
      });
    trackLoad(this.host, settled);
  }
  private stringsAttempted?: string;
  private stringsFailed?: string;

  /** Loads `needs`; `settle` records the outcome before the host re-renders with it. */
  private load(needs: DatasetNeeds, settle: (ok: boolean, error?: unknown) => void): Promise<boolean> {
    // Only asked for when a store is in use (has() answers yes without one).
    const store = this.store!;
    const locale = store.language(this.host.pageLang);
    const settled = Promise.all(LAYERS.map((layer) => store.load(needs[layer] ?? [], layer, locale)))
      .then(
        () => ({ ok: true, error: undefined as unknown }),
        (error: unknown) => ({ ok: false, error }),
      )
      .then(({ ok, error }) => {
        settle(ok, error);
        if (this.store) this.changed(this.state);
        this.host.requestUpdate();
        return ok;
      });
    trackLoad(this.host, settled);
    return settled;
  }

  private resolve(value: DatasetState | undefined): ElementDatasetState {
    const scope = value?.scope;
    // Until its strings are here the host shows its placeholder (in its language) — unless the
    // table failed, which leaves English rather than a placeholder for ever.
    if (!hasStrings(this.host.locale) && this.stringsFailed !== this.host.locale) {
      if (!this.waiting || this.waiting.scope !== scope) this.waiting = { status: 'loading', scope };
      return this.waiting;
    }
    const store = storeOf(value);
    if (!store) return value as ElementDatasetState;
    if (hasNeeds(store, this.needs(), this.host.pageLang)) {
      const dataset = store.snapshot();
      if (this.ready?.dataset !== dataset || this.ready.scope !== scope) this.ready = { status: 'ready', dataset, scope };
      return this.ready;
    }
    return this.failed ? { status: 'error', message: this.failed, scope } : { status: 'loading', scope };
  }

  private changed(value: ElementDatasetState): void {
    if (value === this.previous) return;
    this.onChange?.(value, this.previous);
    this.previous = value;
  }
}
