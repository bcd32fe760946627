/**
 * Mounting `<kerjasama-data>` for tests with its events recorded from the very start (a fast
 * load can finish before a listener added after mounting would see it).
 */
import { fixture, html } from '@open-wc/testing';
import type { KerjasamaData } from '../../src/components/kerjasama-data/kerjasama-data.js';
import type { KjDataErrorEvent, KjDataLoadEvent } from '../../src/events.js';

export interface MountedProvider {
  provider: KerjasamaData;
  /** The element that holds the provider (carries `lang`). */
  page: HTMLElement;
  loads: KjDataLoadEvent[];
  errors: KjDataErrorEvent[];
  /** Resolves with the first `kj-data-load` or `kj-data-error` event (or one already fired). */
  outcome: () => Promise<KjDataLoadEvent | KjDataErrorEvent>;
  /** The provider's alert text, or null when it shows none. */
  alertText: () => string | null;
}

export interface MountOptions {
  attributes?: Record<string, string>;
  /** Set as the `data` property before the provider is connected. */
  data?: unknown;
  /** Static markup for the provider's children. */
  children?: string;
  lang?: string;
}

export async function mountProvider(options: MountOptions = {}): Promise<MountedProvider> {
  const page = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en'}></div>`);
  const provider = document.createElement('kerjasama-data');
  const loads: KjDataLoadEvent[] = [];
  const errors: KjDataErrorEvent[] = [];
  const waiting: ((e: KjDataLoadEvent | KjDataErrorEvent) => void)[] = [];
  const record = <T extends KjDataLoadEvent | KjDataErrorEvent>(list: T[]) => (e: T) => {
    list.push(e);
    waiting.splice(0).forEach((resolve) => resolve(e));
  };
  provider.addEventListener('kj-data-load', record(loads));
  provider.addEventListener('kj-data-error', record(errors));
  for (const [name, value] of Object.entries(options.attributes ?? {})) provider.setAttribute(name, value);
  if ('data' in options) provider.data = options.data;
  provider.innerHTML = options.children ?? '<citation-badge cite="hotez-2014"></citation-badge>';
  page.append(provider);
  return {
    provider,
    page,
    loads,
    errors,
    outcome: () => {
      const done = loads[0] ?? errors[0];
      return done ? Promise.resolve(done) : new Promise((resolve) => waiting.push(resolve));
    },
    alertText: () => provider.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
  };
}
