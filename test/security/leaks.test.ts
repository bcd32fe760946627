/**
 * Every element connected and disconnected 1 000 times (alternating a re-added instance and a
 * fresh one, each rendered before it is removed) must leave nothing behind: no listeners on
 * window, document or a media query list, no observing Resize/Intersection/MutationObserver,
 * no Chart.js instance, and a heap after GC within 1 MB of where it started (measured through
 * the DevTools protocol by the `heap-after-gc` server command, test/support/heap-command.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { DEFINE_MODULES, ELEMENT_TAGS, type ElementTag } from '../../src/elements.js';
import type { LitElement } from 'lit';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { CitationBadgeHarness } from '../support/citation-badge-harness.js';
import { settled } from '../support/dom.js';
import { syntheticTimelineDataset } from '../support/timeline-dataset.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { DatasetT } from '../../src/data/schema.js';
import { captureWarnings, watchUncaughtErrors } from '../support/stubs.js';

// Every element of the list, registered through its define module.
await Promise.all(ELEMENT_TAGS.map((tag) => DEFINE_MODULES[tag]()));

const CYCLES = 1000;
/** Cycles before the baseline: V8 keeps compiling and caching for a few hundred cycles of a chart. */
const WARM_UP = 100;
const HEAP_SLACK = 1024 * 1024;

type Key = string;
const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
  `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;

/**
 * Counts listeners added and still attached to window, document and media query lists, and
 * observers that observe and were not disconnected, from `install()` until `restore()`.
 */
function trackGlobals() {
  const live = new Map<EventTarget, Map<Key, Set<unknown>>>();
  const added = { listeners: 0, observers: 0 };
  const observing = new Set<object>();
  const restorers: (() => void)[] = [];

  // Drops emptied entries: the tracker itself must not keep a removed listener's target (a
  // media query list per element) alive, or the heap check would measure the tracker.
  const forget = (target: EventTarget, key: Key, listener: unknown) => {
    const byKey = live.get(target);
    const set = byKey?.get(key);
    if (!byKey || !set) return;
    set.delete(listener);
    if (!set.size) byKey.delete(key);
    if (!byKey.size) live.delete(target);
  };

  const patchListeners = (target: { addEventListener: EventTarget['addEventListener']; removeEventListener: EventTarget['removeEventListener'] }, own: boolean) => {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
      if (listener) {
        added.listeners++;
        if (!live.has(this)) live.set(this, new Map());
        const byKey = live.get(this)!;
        const key = keyOf(type, options);
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add(listener);
        if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => forget(this, key, listener), { once: true });
      }
      return add.call(this, type, listener as EventListener, options);
    } as EventTarget['addEventListener'];
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
      forget(this, keyOf(type, options), listener);
      return remove.call(this, type, listener as EventListener, options);
    } as EventTarget['removeEventListener'];
    restorers.push(() => {
      if (own) {
        // Own properties on window/document: delete them so the prototype's methods show again.
        delete (target as Partial<EventTarget>).addEventListener;
        delete (target as Partial<EventTarget>).removeEventListener;
      } else {
        target.addEventListener = add;
        target.removeEventListener = remove;
      }
    });
  };

  const patchObserver = <K extends 'ResizeObserver' | 'IntersectionObserver' | 'MutationObserver'>(name: K) => {
    const Original = window[name] as unknown as { new (...args: never[]): { observe(...a: unknown[]): void; disconnect(): void } };
    class Counted extends Original {
      constructor(...args: never[]) {
        super(...args);
        added.observers++;
      }
      override observe(...args: unknown[]): void {
        observing.add(this);
        super.observe(...args);
      }
      override disconnect(): void {
        observing.delete(this);
        super.disconnect();
      }
    }
    Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
    restorers.push(() => Object.defineProperty(window, name, { value: Original, configurable: true, writable: true }));
  };

  patchListeners(window, true);
  patchListeners(document, true);
  patchListeners(MediaQueryList.prototype, false);
  patchObserver('ResizeObserver');
  patchObserver('IntersectionObserver');
  patchObserver('MutationObserver');

  return {
    added,
    /** Listeners still attached, described as `target type|capture`. */
    liveListeners(): string[] {
      const out: string[] = [];
      for (const [target, byKey] of live) {
        const name = target === window ? 'window' : target === document ? 'document' : target instanceof MediaQueryList ? `matchMedia(${target.media})` : String(target);
        for (const [key, set] of byKey) for (let i = 0; i < set.size; i++) out.push(`${name} ${key}`);
      }
      return out;
    },
    liveObservers: () => [...observing].map((o) => Object.getPrototypeOf(Object.getPrototypeOf(o)).constructor.name as string),
    restore: () => restorers.splice(0).reverse().forEach((fn) => fn()),
  };
}

const heapAfterGc = () => executeServerCommand<number, undefined>('heap-after-gc');

/** Unanswered context requests the page's context root holds (src/context/context-root.ts). */
const pendingContextRequests = () =>
  (document as unknown as Record<symbol, { pendingCount?: number } | undefined>)[Symbol.for('kerjasama.context-root')]?.pendingCount ?? NaN;

interface Subject {
  /** Creates a fresh instance (default: the bare element). */
  create?: () => HTMLElement;
  /** What a reader would do with it before it goes away (open a popover, wait for the chart). */
  exercise?: (el: HTMLElement) => Promise<void>;
}

async function rendered(el: HTMLElement): Promise<void> {
  await (el as LitElement).updateComplete;
}

const make = (tag: string, attributes: Record<string, string> = {}, inner = '') => () => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.innerHTML = inner;
  return el;
};

let windowed: DatasetT | undefined;

/** Windowed (over 200 events, in a provider): the virtualizer arrives through a LazyModuleController. */
const WINDOWED_TIMELINE: Subject = {
  create: () => {
    const provider = document.createElement('kerjasama-data') as HTMLElement & { data: unknown };
    provider.data = (windowed ??= syntheticTimelineDataset(bundledDataset, 300));
    provider.append(document.createElement('cooperation-timeline'));
    return provider;
  },
  exercise: async (el) => {
    const timeline = el.querySelector('cooperation-timeline')!;
    await rendered(timeline);
    expect(timeline.shadowRoot!.querySelector('.timeline.virtual'), 'windowed').to.not.equal(null);
  },
};

/** How an element is set up and used; one not named here is created bare, rendered and removed. */
const SUBJECTS: Partial<Record<ElementTag, Subject>> = {
  'kerjasama-data': {
    // Fresh instances start loading src and are removed mid-load; re-added ones have it loaded.
    create: make('kerjasama-data', { src: '/test/fixtures/small-dataset.json' }, '<citation-badge cite="author-2020"></citation-badge>'),
  },
  'citation-badge': {
    create: make('citation-badge', { cite: 'hotez-2014' }),
    // Opening the popover (its ColdPopoverController loads the code) adds window scroll/resize listeners that removal must take away.
    exercise: async (el) => new CitationBadgeHarness(el as CitationBadge).open(),
  },
  'reference-list': { create: make('reference-list', { all: '' }) },
  'actor-card': { create: make('actor-card', { actor: 'jica' }) },
  'cooperation-timeline': {
    create: make('cooperation-timeline', { countries: 'ID KR' }),
    // Opening an event loads its details through the lazy-module cache (a re-added one is still open).
    exercise: async (el) => {
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      await rendered(el);
      expect(el.shadowRoot!.querySelector('.details blockquote'), 'details loaded').to.not.equal(null);
    },
  },
  'aid-flow-chart': {
    create: make('aid-flow-chart', { view: 'sankey' }),
    exercise: async (el) => {
      await (el as AidFlowChart).chartReady();
      expect(Object.keys(Chart.instances), 'a chart while connected').to.have.length(1);
    },
  },
};

describe('connecting and disconnecting every element 1 000 times', function () {
  this.timeout(180_000);
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof watchUncaughtErrors>;
  let page: HTMLElement;
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = watchUncaughtErrors();
    page = document.createElement('main');
    page.lang = 'en';
    page.style.width = '900px';
    document.body.append(page);
  });
  afterEach(() => {
    page.remove();
    warnings.restore();
    uncaught.restore();
  });

  const cases: [string, Subject][] = [
    ...ELEMENT_TAGS.map((tag): [string, Subject] => [tag, SUBJECTS[tag] ?? {}]),
    ['cooperation-timeline', WINDOWED_TIMELINE],
  ];
  for (const [tag, { create = make(tag), exercise }] of cases) {
    it(`<${tag}>${create === WINDOWED_TIMELINE.create ? ' windowed' : ''} leaves no listener, observer, chart or heap behind`, async () => {
      const cycle = async (el: HTMLElement) => {
        page.append(el);
        await rendered(el);
        await exercise?.(el);
        await settled(page);
        el.remove();
        await settled(page);
      };
      // Warm-up: load lazy chunks, fill caches and compile code before the baseline.
      const reused = create();
      for (let i = 0; i < WARM_UP; i++) await cycle(i % 2 ? reused : create());
      const heapBefore = await heapAfterGc();

      const globals = trackGlobals();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(i % 2 ? reused : create());
        await settled(page);
        expect(globals.liveListeners(), 'window/document/media-query listeners left attached').to.deep.equal([]);
        expect(globals.liveObservers(), 'observers left observing').to.deep.equal([]);
        // Bounded by pruning; a root that kept every request would hold one per fresh element (500+).
        // Pruned per context when its list passes 32: at most 33 for each of the three contexts.
        expect(pendingContextRequests(), 'context requests held for removed elements').to.be.below(100);
      } finally {
        globals.restore();
      }
      // The counters saw the element's lifecycle work (the test could fail), except where it has none.
      expect(globals.added.listeners + globals.added.observers, 'listeners and observers added while cycling').to.be.greaterThan(0);
      expect(Object.keys(Chart.instances), 'Chart.js instances').to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);

      const heapAfter = await heapAfterGc();
      const delta = heapAfter - heapBefore;
      console.log(`leak check <${tag}>: heap after GC ${(heapBefore / 2 ** 20).toFixed(2)} → ${(heapAfter / 2 ** 20).toFixed(2)} MB (${delta >= 0 ? '+' : ''}${(delta / 1024).toFixed(0)} KB) over ${CYCLES} cycles`);
      expect(delta, 'heap growth after GC, bytes').to.be.below(HEAP_SLACK);
    });
  }
});
