/**
 * The base of every Kerjasama element that shows data: KerjasamaBase (registration, theme, page
 * language) plus the dataset from context, or the bundled one's shards that its first render shows.
 * Class modules stay free of side effects; registration happens in `src/define/<tag>.ts`.
 */
import { DatasetController, type DatasetNeeds } from '../controllers/dataset-controller.js';
import { LAYERS } from '../data/shards.js';
import type { ElementDatasetState } from '../context/dataset-context.js';
import { loadStrings } from '../i18n/string-tables.js';
import { elementStrings, type ElementStrings } from '../i18n/marker-strings.js';
import { KerjasamaBase } from './kerjasama-base.js';
import { contentThemeStyles } from '../styles/theme-content.js';

export { KerjasamaBase, THEMES, ensureContextRoot, type Theme } from './kerjasama-base.js';

/** An element that shows data: adds the dataset from context, or the bundled one. */
export abstract class KerjasamaElement extends KerjasamaBase {
  static override styles = [...KerjasamaBase.styles, contentThemeStyles];

  /** What the first render shows of the bundled dataset: its shards load before it (see DatasetController). */
  static datasetNeeds: DatasetNeeds = {};

  protected readonly data = new DatasetController(
    this,
    (state, previous) => this.datasetChanged(state, previous),
    () => this.datasetNeeds,
  );

  /**
   * What server markup may show: every layer of what the first render shows, by default (an
   * element whose server render can show more, such as an open event, says so).
   */
  protected get hydrationNeeds(): DatasetNeeds {
    const all = [...new Set(LAYERS.flatMap((layer) => this.datasetNeeds[layer] ?? []))];
    return { core: all, styles: all, detail: all };
  }

  /** What this instance's first render shows (the class's `datasetNeeds`, unless it depends on attributes). */
  protected get datasetNeeds(): DatasetNeeds {
    return (this.constructor as typeof KerjasamaElement).datasetNeeds;
  }

  constructor() {
    super();
    // Server-rendered markup (a declarative shadow root, there when a parsed element upgrades)
    // whose renderer did not defer its hydration — Lit's Eleventy plugin marks only nested
    // elements — is deferred here, before any connectedCallback reads it: hydrated at once, the
    // first client render, made before its data is in, would not match the markup. (An element
    // made by script has no shadow root yet.)
    if (this.shadowRoot?.firstChild && !this.hasAttribute('defer-hydration')) this.setAttribute('defer-hydration', '');
  }

  override connectedCallback(): void {
    if (this.hasAttribute('defer-hydration')) {
      // Server-rendered: hydrate only once the data the server rendered from is here too, in
      // the page's language (read now: the locale controller connects with the hydration). The
      // markup may show any layer (an expanded event): all of them, for what the element shows.
      this.localeController.refresh();
      // …and the page's string table, which the server rendered with.
      void Promise.all([this.data.ensure(this.hydrationNeeds), loadStrings(this.locale).catch(() => undefined)]).then(() =>
        this.removeAttribute('defer-hydration'),
      );
    }
    super.connectedCallback();
  }

  /**
   * The strings of the page's locale that this element shows. Here the placeholders and a
   * citation marker's labels; an element that shows more overrides this with `t()` from
   * strings.ts, which carries the rest of English: an import only such elements pay for.
   */
  protected get strings(): ElementStrings {
    return elementStrings(this.locale);
  }

  protected get datasetState(): ElementDatasetState {
    return this.data.state;
  }

  /** Hook for subclasses that derive state from the dataset. */
  protected datasetChanged(_state: ElementDatasetState, _previous: ElementDatasetState): void {
    this.requestUpdate();
  }
}
