/**
 * What every Kerjasama element has — guarded registration, theme, page language, warnings —
 * without any dataset or string table, so that elements which load those lazily (the aid-flow
 * chart) keep a small eager entry. Class modules stay free of side effects.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { themeContext } from '../context/theme-context.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { PrunedContextRoot } from '../context/context-root.js';
import { themeStyles } from '../styles/theme.js';
import { renderRootFor } from '../internal/server-markup.js';
import { loadModule, loadsSettled } from '../controllers/lazy-module-controller.js';
import { followPageTheme, recheckPageThemes, unfollowPageTheme, type PageTheme } from '../controllers/page-theme.js';
import type { Locale } from '../data/locales.js';

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

/** What `static dependencies` lists: an element class with its usual tag. */
export interface DefinableElement {
  readonly tag: string;
  define(tag?: string, registry?: CustomElementRegistry): void;
}

/**
 * A dependency the element shows only after its first render (in an opened detail): its class
 * loads in a chunk of its own when the element is registered, so the first render never waits for it.
 */
export interface LazyDependency {
  readonly tag: string;
  load(): Promise<DefinableElement>;
}

const warned = new WeakMap<HTMLElement, Set<string>>();

/**
 * Logs one console warning per problem per element (re-renders do not repeat it).
 * @internal For an element's lazily loaded parts (the chart's content).
 */
export function warnOnce(el: HTMLElement, key: string, message: string): void {
  let seen = warned.get(el);
  if (!seen) warned.set(el, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[kerjasama] <${el.localName}>: ${message}`);
}

/** Registration, theme, page language and warnings: what every element has. */
export abstract class KerjasamaBase extends LitElement {
  static override styles = [themeStyles];

  // Without decorators, so that an element declared without them needs no decorator helpers.
  // The default `auto` is not reflected (useDefault): the author's markup stays as written.
  static override properties: PropertyDeclarations = { theme: { reflect: true, useDefault: true } };

  /**
   * Colour theme: `light`, `dark` or `auto` (the default): the enclosing `<kerjasama-data
   * theme>`'s if it sets one, else the page's around the element (its `color-scheme`, else the
   * colour of its text), never the reader's OS alone.
   */
  theme: Theme = 'auto';

  protected readonly localeController = new LocaleController(this);

  // What an element left on `auto` follows, exposed to the styles as the custom state `dark` or
  // `light` (no attribute sprouts on the host): the provider's theme, else the page's.
  private elementInternals?: ElementInternals;
  private providedTheme?: Theme;
  private pageTheme?: PageTheme;
  private readonly providerTheme = new ContextConsumer(this, {
    context: themeContext,
    subscribe: true,
    callback: (theme) => {
      this.providedTheme = theme;
      this.showTheme();
      // Its page may now decide (a provider gone back to auto): look again.
      if (this.isConnected) followPageTheme(this);
    },
  });
  /** @internal Called by the page-theme watcher (batched with the other elements). */
  pageThemeChanged(theme: PageTheme): void {
    this.pageTheme = theme;
    this.showTheme();
  }

  private showTheme(): void {
    const provided = this.providedTheme;
    const theme = provided === 'light' || provided === 'dark' ? provided : this.pageTheme;
    try {
      const states = (this.elementInternals ??= this.attachInternals()).states;
      // The only custom state these elements have is the theme they follow (styled: dark, light).
      if (theme && states.has(theme)) return;
      states.clear();
      if (theme) states.add(theme);
    } catch {
      // A subclass took the internals (attachInternals works once): it keeps its own theme.
    }
    this.followedThemeChanged();
  }

  /**
   * The theme this element follows on auto changed. Its styles switch by themselves (the custom
   * state); an element that paints colours itself (the chart's canvas) overrides this to redraw.
   * No re-render otherwise: 5 000 badges in a table would each render twice.
   */
  protected followedThemeChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    followPageTheme(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // An element's own theme decides for the elements of ours inside it that are on auto.
    if (name === 'theme' && this.hasUpdated) recheckPageThemes();
  }


  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPageTheme(this);
    // Out of the provider: its theme no longer applies (a new one answers on reconnect). No
    // update while disconnected: it would render without the provider's data.
    this.providerTheme.value = undefined;
    this.providedTheme = this.pageTheme = undefined;
    this.elementInternals?.states.clear();
  }

  /** Settles once the element has rendered with the code and data it is loading (lazy modules, shards). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (await loadsSettled(this)) result = await super.getUpdateComplete();
    return result;
  }

  /** Takes over server-rendered markup, or clears it when Lit's hydrate support is not loaded. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return renderRootFor(this, () => super.createRenderRoot());
  }

  /** The element's usual tag, as in `src/elements.ts` (each element class sets it). */
  declare static readonly tag: string;

  /**
   * The elements this one renders in its shadow root: `define` registers them first, under
   * their usual tags, so that registering an element is all a page has to do.
   */
  static readonly dependencies: readonly (DefinableElement | LazyDependency)[] = [];

  /**
   * Registers the element under `tag` (its usual tag by default), after its dependencies.
   * Registering the same tag again is a no-op, so including the script twice is harmless.
   */
  static define(tag: string = this.tag, registry: CustomElementRegistry = customElements): void {
    for (const dependency of this.dependencies) {
      if (!('load' in dependency)) dependency.define(dependency.tag, registry);
      else if (!registry.get(dependency.tag))
        loadModule(`element:${dependency.tag}`, () => dependency.load()).then(
          (element) => element.define(dependency.tag, registry),
          (error: unknown) => console.warn(`[kerjasama] <${this.tag}>: <${dependency.tag}> could not be loaded: ${String(error)}`),
        );
    }
    // On a server (Node, with Lit's own registry shim) there is no document, and nothing to replay.
    if (typeof document !== 'undefined') ensureContextRoot(document);
    if (!registry.get(tag)) registry.define(tag, this as unknown as CustomElementConstructor);
  }

  /** The UI locale (`en`, `id`, `ja` or `ko`), from the nearest `[lang]` ancestor. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The page's language around the element, as written (`ja-JP`), or `null`. */
  get pageLang(): string | null {
    return this.localeController.pageLang;
  }

  /** Logs one console warning per problem per element (re-renders do not repeat it). */
  protected warnOnce(key: string, message: string): void {
    warnOnce(this, key, message);
  }
}
