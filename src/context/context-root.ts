/**
 * A context root for the page: like the `ContextRoot` of the Lit context package, it keeps the
 * subscribing `context-request`s nobody answered and replays them when a provider appears, so
 * consumers that upgrade before their provider still find it.
 *
 * Unlike that one, it forgets requests from elements that have left the page (or been garbage
 * collected). The Lit root keeps one entry per consumer ever connected on a page without a
 * provider, for the life of the page; with elements created and removed over and over (a
 * single-page app, an infinite list) that list only grows. A removed consumer loses nothing:
 * it requests the context again when it is connected again.
 */
import { ContextEvent, type Context, type ContextCallback } from '@lit/context';

type AnyContext = Context<unknown, unknown>;
type Callback = ContextCallback<unknown>;

interface Pending {
  element: WeakRef<Element>;
  callback: WeakRef<Callback>;
}

interface PendingForContext {
  requests: Pending[];
  /** Which element/callback pairs are in `requests` (a request is buffered once). */
  callbacks: WeakMap<Element, WeakSet<Callback>>;
  /** Prune when `requests` grows past this: amortised constant cost per request. */
  limit: number;
}

const MIN_LIMIT = 32;

export class PrunedContextRoot {
  private readonly pending = new Map<unknown, PendingForContext>();

  /** Listens on `element` (usually `document.documentElement`). */
  attach(element: Element): void {
    element.addEventListener('context-request', this.onContextRequest);
    element.addEventListener('context-provider', this.onContextProvider);
  }

  detach(element: Element): void {
    element.removeEventListener('context-request', this.onContextRequest);
    element.removeEventListener('context-provider', this.onContextProvider);
  }

  /** How many unanswered requests are held (for diagnostics and leak tests). */
  get pendingCount(): number {
    let n = 0;
    for (const entry of this.pending.values()) n += entry.requests.length;
    return n;
  }

  private readonly onContextRequest = (event: Event): void => {
    const request = event as ContextEvent<AnyContext>;
    // Only subscribers want a provider that comes later.
    if (request.subscribe !== true) return;
    // The original requester: the event may have been retargeted to an outer host.
    const element = (request.contextTarget ?? event.composedPath()[0]) as Element;
    const callback = request.callback as Callback;
    let entry = this.pending.get(request.context);
    if (!entry) this.pending.set(request.context, (entry = { requests: [], callbacks: new WeakMap(), limit: MIN_LIMIT }));
    let callbacks = entry.callbacks.get(element);
    if (!callbacks) entry.callbacks.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(callback)) return;
    callbacks.add(callback);
    entry.requests.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (entry.requests.length > entry.limit) prune(entry);
  };

  private readonly onContextProvider = (event: Event): void => {
    const context = (event as Event & { context: unknown }).context;
    const entry = this.pending.get(context);
    if (!entry) return;
    // Requests still unanswered after the replay buffer themselves again.
    this.pending.delete(context);
    for (const { element, callback } of entry.requests) {
      const el = element.deref();
      const cb = callback.deref();
      if (el?.isConnected && cb) el.dispatchEvent(new ContextEvent(context as AnyContext, el, cb, true));
    }
  };
}

/** Drops requests whose element is gone or off the page. */
function prune(entry: PendingForContext): void {
  entry.requests = entry.requests.filter(({ element, callback }) => {
    const el = element.deref();
    const cb = callback.deref();
    if (el?.isConnected && cb) return true;
    if (el && cb) entry.callbacks.get(el)?.delete(cb);
    return false;
  });
  entry.limit = Math.max(MIN_LIMIT, entry.requests.length * 2);
}
