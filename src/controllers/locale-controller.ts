/**
 * Follows the nearest `[lang]` ancestor (crossing shadow roots) and re-renders its host when
 * any `lang` attribute on the page changes. One MutationObserver serves every element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LOCALES, type Locale } from '../data/locales.js';

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

/** `en` or `id` from a language tag such as `id-ID` or `en-GB`; others fall back to `en`. */
export function toLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : base === 'in' ? 'id' : 'en';
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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The host's language. */
  get locale(): Locale {
    // A server render never connects its host: it reads the host's own `lang`, else the
    // render's, as the client reads the nearest `[lang]` on its first render.
    return isServer ? toLocale(this.host.getAttribute('lang') ?? serverRender.lang) : this.current;
  }

  hostConnected(): void {
    this.current = toLocale(nearestLang(this.host));
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const next = toLocale(nearestLang(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
