/**
 * Follows the nearest `[lang]` ancestor (crossing shadow roots) and re-renders its host when
 * any `lang` attribute on the page changes. One MutationObserver serves every element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { toUiLocale, type UiLocale as Locale } from '../data/ui-locale.js';

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(c: LocaleController) {
  hosts.add(c);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(c: LocaleController) {
  hosts.delete(c);
  if (!hosts.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The UI locale for a language tag: `id-ID` → `id`, `ja-JP` → `ja`, `ko` → `ko`; others fall back to `en`. */
export function toLocale(lang: string | null | undefined): Locale {
  return toUiLocale(lang);
}

export function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The language of the server render in progress (set by `renderElement` around its synchronous
 * render): elements nested in the rendered one have no ancestors to read it from on the server.
 */
export const serverRender: { lang: string | null } = { lang: null };

export class LocaleController implements ReactiveController {
  private current: Locale = 'en';
  private currentLang: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The host's language. */
  get locale(): Locale {
    // A server render never connects its host: it reads the host's own `lang`, else the
    // render's, as the client reads the nearest `[lang]` on its first render.
    return isServer ? toLocale(this.host.getAttribute('lang') ?? serverRender.lang) : this.current;
  }

  /** The page's language around the host, as written (`ja-JP`), or `null` when none is set. */
  get pageLang(): string | null {
    return isServer ? (this.host.getAttribute('lang') ?? serverRender.lang) : this.currentLang;
  }

  hostConnected(): void {
    this.currentLang = nearestLang(this.host);
    this.current = toLocale(this.currentLang);
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.currentLang) {
      this.currentLang = lang;
      this.current = toLocale(lang);
      this.host.requestUpdate();
    }
  }
}
