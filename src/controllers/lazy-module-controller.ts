/**
 * The library's one way to load code or data lazily: view code an element needs only once it is
 * shown or touched, and the dataset shards (`src/data/bundled.ts`). A module loads once per page
 * whichever element asks first; a failed load is forgotten so that the next attempt retries.
 */
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost } from 'lit';

interface Entry {
  promise: Promise<unknown>;
  value?: unknown;
  loaded: boolean;
}

const modules = new Map<string, Entry>();

/** Loads `key` once per page; a failed load is forgotten so the next call tries again. */
export function loadModule<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = modules.get(key);
  if (!entry) {
    const e: Entry = { loaded: false, promise: Promise.resolve() };
    e.promise = load().then(
      (value) => {
        e.value = value;
        e.loaded = true;
        return value;
      },
      (error: unknown) => {
        if (modules.get(key) === e) modules.delete(key);
        throw error;
      },
    );
    modules.set(key, (entry = e));
  }
  return entry.promise as Promise<T>;
}

/** Puts a module at hand under `key` without loading it (a server render has every table). */
export function provideModule<T>(key: string, value: T): void {
  modules.set(key, { promise: Promise.resolve(value), value, loaded: true });
}

/** The module under `key` if it has arrived, else `undefined` (synchronous: renders read it). */
export function loadedModule<T>(key: string): T | undefined {
  const entry = modules.get(key);
  return entry?.loaded ? (entry.value as T) : undefined;
}

/** Forgets every module (tests only: each test starts from a cold page). Not in the public API. */
export function resetLazyModules(): void {
  modules.clear();
}

// The loads an element is waiting for, so that its `updateComplete` settles only after they have
// arrived and been rendered (see KerjasamaBase.getUpdateComplete).
const inFlight = new WeakMap<object, Set<Promise<unknown>>>();

/** Tracks `promise` as a load `host` waits for until it settles. */
export function trackLoad(host: object, promise: Promise<unknown>): void {
  let set = inFlight.get(host);
  if (!set) inFlight.set(host, (set = new Set()));
  const settled = promise.then(
    () => undefined,
    () => undefined,
  );
  set.add(settled);
  void settled.then(() => set.delete(settled));
}

/** Settles once every load `host` is waiting for has settled (loads started meanwhile included). */
export async function loadsSettled(host: object): Promise<boolean> {
  let waited = false;
  for (let set = inFlight.get(host); set?.size; set = inFlight.get(host)) {
    waited = true;
    await Promise.all(set);
  }
  return waited;
}

export interface LazyModuleOptions<T> {
  /** Page-wide cache key, e.g. `citation-badge/popover`. */
  key: string;
  load: () => Promise<T>;
  /** Styles the module brings: adopted by every instance of the host's class once it arrives. */
  styles?: (module: T) => CSSResultOrNative[];
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A lazily loaded module as an element sees it: `value` once it has arrived, `error` if the last
 * attempt failed, `load()` to ask for it (the host re-renders when it settles, and its
 * `updateComplete` waits for it).
 */
export class LazyModuleController<T> implements ReactiveController {
  private failure: unknown;

  constructor(
    private readonly host: Host,
    private readonly options: LazyModuleOptions<T>,
  ) {
    host.addController(this);
  }

  /** The module, once it has arrived. */
  get value(): T | undefined {
    const m = loadedModule<T>(this.options.key);
    if (m) this.adoptStyles(m);
    return m;
  }

  /** Why the last attempt failed (cleared by the next attempt). */
  get error(): unknown {
    return this.failure;
  }

  /** Asks for the module; never rejects (a failure is kept in `error`). Cheap when it has arrived. */
  load(): Promise<T | undefined> {
    const ready = this.value;
    if (ready) return Promise.resolve(ready);
    this.failure = undefined;
    const p = loadModule(this.options.key, this.options.load).then(
      (m) => {
        this.adoptStyles(m);
        this.host.requestUpdate();
        return m;
      },
      (error: unknown) => {
        this.failure = error;
        this.host.requestUpdate();
        return undefined;
      },
    );
    trackLoad(this.host, p);
    return p;
  }

  // Nothing starts on connect: the host asks for the module when it needs it (`load()`).
  hostConnected(): void {}

  private adoptStyles(m: T): void {
    const styles = this.options.styles?.(m);
    if (!styles?.length) return;
    // On the class, so that instances created later (and server markup hydrating) have them at
    // once; on this instance's shadow root, which was created before they arrived.
    const ctor = this.host.constructor as { elementStyles?: CSSResultOrNative[] };
    const missing = styles.filter((s) => !ctor.elementStyles?.includes(s));
    if (missing.length) ctor.elementStyles?.push(...missing);
    const root = this.host.shadowRoot;
    if (!root) return;
    const sheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter((s): s is CSSStyleSheet => !!s);
    const add = sheets.filter((s) => !root.adoptedStyleSheets.includes(s));
    if (add.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...add];
  }
}
