/**
 * The base of every Kerjasama element: guarded registration, theme, page language, and the
 * dataset from context (or the bundled one). Class modules stay free of side effects;
 * registration happens in `src/define/<tag>.ts`.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import type { DatasetState } from '../context/dataset-context.js';
import { PrunedContextRoot } from '../context/context-root.js';
import { t, type Strings } from '../i18n/strings.js';
import { themeStyles } from '../styles/theme.js';
import type { Locale } from '../data/schema.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

const CONTEXT_ROOT = Symbol.for('kerjasama.context-root');

/**
 * Lets consumers that upgrade before their provider still find it: a context root replays
 * their requests once the provider appears (and forgets those of removed elements). One per
 * document, shared by every copy of the library.
 */
export function ensureContextRoot(doc: Document = document): void {
  const holder = doc as unknown as Record<symbol, unknown>;
  if (holder[CONTEXT_ROOT]) return;
  const root = new PrunedContextRoot();
  root.attach(doc.documentElement);
  holder[CONTEXT_ROOT] = root;
}

const warned = new WeakMap<HTMLElement, Set<string>>();

/** Registration, theme, page language and warnings: what every element has. */
export abstract class KerjasamaBase extends LitElement {
  static override styles = [themeStyles];

  /** Colour theme: `light`, `dark` or `auto` (follows `prefers-color-scheme`; the default). */
  @property({ reflect: true }) theme: Theme = 'auto';

  protected readonly localeController = new LocaleController(this);

  /**
   * Registers the element under `tag` (its usual tag by default). Registering the same tag
   * again is a no-op, so including the script twice is harmless.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    ensureContextRoot();
    if (!registry.get(tag)) registry.define(tag, this as unknown as CustomElementConstructor);
  }

  /** `en` or `id`, from the nearest `[lang]` ancestor. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  protected get strings(): Strings {
    return t(this.locale);
  }

  /** Logs one console warning per problem per element (re-renders do not repeat it). */
  protected warnOnce(key: string, message: string): void {
    let seen = warned.get(this);
    if (!seen) warned.set(this, (seen = new Set()));
    if (seen.has(key)) return;
    seen.add(key);
    console.warn(`[kerjasama] <${this.localName}>: ${message}`);
  }
}

/** An element that shows data: adds the dataset from context, or the bundled one. */
export abstract class KerjasamaElement extends KerjasamaBase {
  protected readonly data = new DatasetController(this, (state, previous) => this.datasetChanged(state, previous));

  protected get datasetState(): DatasetState {
    return this.data.state;
  }

  /** Hook for subclasses that derive state from the dataset. */
  protected datasetChanged(_state: DatasetState, _previous: DatasetState): void {
    this.requestUpdate();
  }
}
