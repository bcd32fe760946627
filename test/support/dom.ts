/**
 * DOM helpers for element tests: wait for Lit elements to settle, read what a person sees
 * (skipping visually hidden text) and what assistive technology hears (axe's accessible name).
 */
import type { ReactiveElement } from 'lit';

function isReactive(el: Element): el is ReactiveElement {
  return 'updateComplete' in el && 'isUpdatePending' in el;
}

/** Every Lit element under `root`, including those inside shadow roots. */
export function reactiveElementsIn(root: Element | Document | ShadowRoot): ReactiveElement[] {
  const out: ReactiveElement[] = [];
  const visit = (node: Element | Document | ShadowRoot) => {
    if (node instanceof Element && isReactive(node)) out.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** Lets every queued microtask run (a zero-delay task runs only after all of them). */
export function microtasksDrained(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once no Lit element under `root` has a pending update, letting queued microtasks
 * (citation renumbering, context updates) run first. Awaits updates; never sleeps.
 */
/** Waits for `n` animation frames (layout and observers that run per frame have had their turn). */
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export async function settled(root: Element | Document = document): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await microtasksDrained();
    // updateComplete also waits for the code and data an element is loading (lazy modules, shards).
    await Promise.all(reactiveElementsIn(root).map((el) => el.updateComplete));
    await microtasksDrained();
    if (!reactiveElementsIn(root).some((el) => el.isUpdatePending)) return;
  }
  throw new Error('elements kept re-rendering');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text a sighted reader sees in `node`: text content without `.visually-hidden` parts. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n instanceof Element && n.classList.contains('visually-hidden')) return;
    if (n instanceof HTMLStyleElement) return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const children = n instanceof Element && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    children.forEach(visit);
  };
  visit(node);
  return squash(parts.join(''));
}

/** All text content, visually hidden parts included, whitespace collapsed. */
export function fullText(node: Node): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return squash(root.textContent ?? '');
}

type AxeLike = {
  setup: (node?: Element | Document) => unknown;
  teardown: () => void;
  commons: { text: { accessibleText: (el: Element) => string } };
};

async function loadAxe(): Promise<AxeLike> {
  const w = window as unknown as { axe?: AxeLike };
  // @ts-expect-error axe-core's browser bundle has no ES module types; it registers window.axe.
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

/** The accessible name of `el` as axe computes it (shadow DOM, aria-label, hidden text). */
export async function accessibleName(el: Element): Promise<string> {
  const axe = await loadAxe();
  axe.setup(document);
  try {
    return squash(axe.commons.text.accessibleText(el));
  } finally {
    axe.teardown();
  }
}

/** The element with focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Elements matching `selector` anywhere under `root`, inside shadow roots too. */
export function deepQueryAll<T extends Element = Element>(selector: string, root: Element | Document | ShadowRoot = document): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQueryAll<T>(selector, el.shadowRoot));
  return out;
}

/** Whether the page scrolls sideways (something is wider than the viewport). */
export function overflowsHorizontally(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}
