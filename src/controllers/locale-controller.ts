/**
 * Follows the nearest `[lang]` ancestor (crossing shadow roots) and re-renders its host when
 * any `lang` attribute on the page changes. One MutationObserver serves every element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALES, type Locale } from '../data/schema.js';

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

export class LocaleController implements ReactiveController {
  locale: Locale = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = toLocale(nearestLang(this.host));
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const next = toLocale(nearestLang(this.host));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
