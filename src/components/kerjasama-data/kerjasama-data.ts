import { html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { KerjasamaBase } from '../../base/kerjasama-element.js';
import { datasetContext, type DatasetState } from '../../context/dataset-context.js';
import { themeContext } from '../../context/theme-context.js';
import { contentThemeStyles } from '../../styles/theme-content.js';
import { CitationScope } from '../../context/citation-scope.js';
import { describeProblem } from '../../data/problems.js';
import type { ValidationResult } from '../../data/validate.js';
import { fetchJsonText, loadDataset } from '../../data/load-dataset.js';
import { MAX_DATASET_BYTES } from '../../data/vocabulary.js';
import type { DatasetT } from '../../data/schema.js';
import { KjDataErrorEvent, KjDataLoadEvent, type DataErrorReason } from '../../events.js';
import { hasStrings, loadStrings, t, type Strings } from '../../i18n/strings.js';
import { trackLoad } from '../../controllers/lazy-module-controller.js';
import { hostedShards, prefetchChecks, validateValue } from '../../data/large-datasets.js';

/** How long `src` may take, unless `timeout` says otherwise. */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Provides a dataset to every Kerjasama element inside it: the bundled one, one loaded from
 * `src`, or one set as the `data` property. Citation numbering is scoped to each provider.
 *
 * @tagname kerjasama-data
 * @summary Dataset provider for the elements inside it.
 * @slot - The page content whose elements use this dataset.
 * @csspart error - The message shown when the dataset cannot be used.
 * @fires kj-data-load - The dataset loaded and is valid (`detail.counts`).
 * @fires kj-data-error - The dataset could not be used (`detail.reason`, `detail.message`).
 */
export class KerjasamaData extends KerjasamaBase {
  static override readonly tag = 'kerjasama-data';

  static override styles = [
    ...KerjasamaBase.styles,
    contentThemeStyles,
    // Its light DOM is the page's own content: on auto it imposes no colour scheme on it (the
    // elements' light one would turn a dark page's default text and form controls light-themed,
    // and the elements inside would read that as the page's theme). Its slot is outside .kj-root.
    css`
      :host {
        display: block;
      }
      :host(:not([theme='light']):not([theme='dark'])) {
        color-scheme: inherit;
      }
    `,
  ];

  /**
   * URL of a dataset JSON (the schema of `kerjasama.dataset.json`), fetched without credentials;
   * or of the `shards.json` that `kerjasama data build --shards` writes, whose shards the
   * elements inside then load as they need them (each within `timeout` and `max-bytes`).
   */
  @property({ reflect: true }) src?: string;
  /** Milliseconds to wait for `src` before giving up. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;
  /** Largest response accepted from `src`, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes: number = MAX_DATASET_BYTES;

  @state() private error?: { reason: DataErrorReason; message: string; status?: number; contentType?: string };

  private dataValue?: DatasetT;
  private readonly scope = new CitationScope();
  private readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: { status: 'bundled', scope: this.scope },
  });
  /** Its theme, for the elements inside that are left on `auto`. */
  private readonly themeProvider = new ContextProvider(this, { context: themeContext, initialValue: this.theme });
  private abort?: AbortController;

  protected get strings(): Strings {
    return t(this.locale);
  }

  /** The src being fetched now: connecting and the first update must not request it twice. */
  private loadingSrc?: string;
  /** The src whose load finished (with data or an error). */
  private loadedSrc?: string;

  constructor() {
    super();
    // A `data` property set before the element was upgraded shadows the accessor: replay it.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const value = (this as { data?: unknown }).data;
      delete (this as { data?: unknown }).data;
      this.data = value;
    }
  }

  /**
   * The dataset in use, loaded or assigned (`undefined` while the elements use one in shards,
   * the bundled one or a hosted `shards.json`, which they load piece by piece); set it to provide
   * your own, or to `undefined`/`null` to go back to `src` or the bundled dataset. An assigned
   * dataset is checked first, by a validator that loads with the first one (`status` is
   * `loading` until `kj-data-load`; one of more than 2 000 records is checked in slices, so that
   * the script that parsed it is not blocked for both). A valid dataset is used as given, not
   * copied: to change it, assign a new object (changes made inside the old one are neither
   * checked nor shown).
   */
  get data(): DatasetT | undefined {
    const v = this.provider.value;
    return v.status === 'ready' ? v.dataset : undefined;
  }

  set data(value: unknown) {
    this.cancelLoad();
    this.dataValue = undefined;
    if (value === undefined || value === null) {
      // Unset (frameworks bind `undefined` before their data arrives): back to `src` or the bundled dataset.
      this.loadedSrc = undefined;
      if (this.src && this.isConnected) void this.load(this.src);
      else this.setState({ status: 'bundled', scope: this.scope });
      return;
    }
    // Assigned, not yet checked: it wins over `src` already. The validator is a chunk of its own
    // (a page showing the bundled dataset never loads it); a page script usually parses a large
    // dataset in the task that assigns it: its check runs in later tasks, in slices, so that the
    // page is not blocked for both (status `loading` meanwhile).
    this.dataValue = value as DatasetT;
    // Used unless a newer assignment has replaced it.
    const settled = validateValue(value).then(
      (result) => this.dataValue === value && this.use(result),
      () => this.dataValue === value && ((this.dataValue = undefined), this.fail('network', 'the dataset checker could not be loaded')),
    );
    this.setState({ status: 'loading', scope: this.scope, settled });
    trackLoad(this, settled);
  }

  /** Uses an assigned dataset once checked (`dataValue` already holds it), or shows why it cannot. */
  private use(result: ValidationResult): void {
    if (!result.ok) {
      this.dataValue = undefined;
      this.fail('schema', result.errors.slice(0, 3).map(describeProblem).join('; '));
      return;
    }
    this.reportWarnings(result.warnings.map(describeProblem));
    this.setState({ status: 'ready', dataset: result.data, scope: this.scope });
    this.dispatchEvent(new KjDataLoadEvent({ counts: counts(result.data) }));
  }

  /** Current state: `loading`, `ready` (a dataset in shards, bundled or hosted, too) or `error`. */
  get status(): Exclude<DatasetState['status'], 'bundled' | 'shards'> {
    const { status } = this.provider.value;
    return status === 'bundled' || status === 'shards' ? 'ready' : status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && !this.dataValue && !this.isLoadedOrLoading(this.src)) void this.load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelLoad();
  }

  /** The locale whose string table was asked for, and whether it failed (English is shown then). */
  private stringsAsked?: string;
  private stringsFailed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page's string table, so that a message shows in its language (its elements wait for
    // the same table): the message shows once it has arrived.
    const locale = this.locale;
    if (!hasStrings(locale) && this.stringsAsked !== locale) {
      this.stringsAsked = locale;
      this.stringsFailed = false;
      trackLoad(
        this,
        loadStrings(locale).then(
          () => this.requestUpdate(),
          () => {
            this.stringsFailed = true;
            this.requestUpdate();
          },
        ),
      );
    }
    if (changed.has('theme')) this.themeProvider.setValue(this.theme);
    if (changed.has('src') && this.isConnected && !this.dataValue) {
      if (this.src) {
        if (!this.isLoadedOrLoading(this.src)) void this.load(this.src);
      } else if (changed.get('src') !== undefined) {
        this.cancelLoad();
        this.loadedSrc = undefined;
        this.setState({ status: 'bundled', scope: this.scope });
      }
    }
  }

  private isLoadedOrLoading(src: string): boolean {
    return src === this.loadedSrc || src === this.loadingSrc;
  }

  private cancelLoad(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.loadingSrc = undefined;
  }

  /** `timeout` and `max-bytes` as written if they are positive numbers, else their defaults, with one warning. */
  private limits(): { timeout: number; maxBytes: number } {
    const positive = (attribute: string, value: number, fallback: number) => {
      if (value > 0) return value;
      this.warnOnce(`${attribute}=${value}`, `${attribute}="${this.getAttribute(attribute) ?? value}" is not a positive number; using ${fallback}.`);
      return fallback;
    };
    return { timeout: positive('timeout', this.timeout, DEFAULT_TIMEOUT_MS), maxBytes: positive('max-bytes', this.maxBytes, MAX_DATASET_BYTES) };
  }

  private async load(src: string): Promise<void> {
    this.cancelLoad();
    const abort = (this.abort = new AbortController());
    this.loadingSrc = src;
    this.loadedSrc = undefined;
    this.setState({ status: 'loading', scope: this.scope });
    prefetchChecks(src);
    const limits = this.limits();
    const result = await loadDataset(src, { signal: abort.signal, ...limits });
    // A newer load, a removal or a `.data` assignment supersedes this one: drop its result.
    if (abort.signal.aborted || this.abort !== abort) return;
    this.abort = undefined;
    this.loadingSrc = undefined;
    this.loadedSrc = src;
    if (!result.ok) {
      if (result.reason !== 'aborted') this.fail(result.reason, result.message, src, result.status, result.contentType);
      return;
    }
    if ('manifest' in result) {
      const hosted = await hostedShards()
        .then((m) => m.openHostedShards(result.manifest, result.url, (href) => fetchJsonText(href, limits)))
        .catch((error: unknown) => ({ ok: false, message: `could not load the shard reader (${String(error)})` }) as const);
      if (this.loadedSrc !== src || this.dataValue) return; // superseded meanwhile
      if (!hosted.ok) return this.fail('schema', hosted.message, src);
      this.setState({ status: 'shards', store: hosted.store, scope: this.scope });
      this.dispatchEvent(new KjDataLoadEvent({ src, counts: hosted.counts }));
      return;
    }
    this.reportWarnings(result.warnings.map(describeProblem));
    this.setState({ status: 'ready', dataset: result.data, scope: this.scope });
    this.dispatchEvent(new KjDataLoadEvent({ src, counts: counts(result.data) }));
  }

  /** Shows `state`; the message of a failure goes with any other state. */
  private setState(state: DatasetState): void {
    this.error = undefined;
    this.provider.setValue(state);
    // aria-busy="" would mean false: the attribute needs the value "true".
    if (state.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.requestUpdate();
  }

  private fail(reason: DataErrorReason, message: string, src?: string, status?: number, contentType?: string): void {
    this.setState({ status: 'error', message, scope: this.scope });
    this.error = { reason, message, status, contentType };
    console.warn(`[kerjasama] <kerjasama-data>: dataset ${src ? `"${src}" ` : ''}not used (${reason}): ${message}`);
    this.dispatchEvent(new KjDataErrorEvent({ reason, message, src, status }));
  }

  private reportWarnings(warnings: string[]): void {
    if (warnings.length) {
      console.warn(
        `[kerjasama] <kerjasama-data>: ${warnings.length} field(s) hold markup, control characters or a non-http(s) URL; shown as plain text, never linked. First: ${warnings[0]}`,
      );
    }
  }

  private errorText(): string {
    const e = this.error;
    if (!e) return '';
    const r = this.strings.dataErrorReasons;
    const detail =
      e.reason === 'http'
        ? r.http(e.status ?? 0)
        : e.reason === 'content-type'
          ? r['content-type']((e.contentType ?? '').split(';')[0].trim())
          : r[e.reason];
    return this.strings.dataError(detail);
  }

  protected override render() {
    // The slot stays outside .kj-root: the page's content inside inherits the page's font, colour
    // and line height, not the ones our elements' own text takes.
    return html`${this.error && (hasStrings(this.locale) || this.stringsFailed) ? html`<p class="kj-root message" role="alert" part="error">${this.errorText()}</p>` : nothing}<slot></slot>`;
  }
}

function counts(d: DatasetT) {
  return { sources: d.sources.length, actors: d.actors.length, events: d.events.length, flows: d.flows.length, citations: d.citations.length };
}

declare global {
  interface HTMLElementTagNameMap {
    'kerjasama-data': KerjasamaData;
  }
}
