/**
 * The element classes among a module's exports (the package's `index.ts`), by their usual tag.
 * For what registers every element at once — the drop-in script, server rendering — so that it
 * keeps no list of classes of its own. It does not read `src/elements.ts`, whose lazy imports of
 * every define module would split the drop-in script into chunks.
 */
import type { DefinableElement } from '../base/kerjasama-base.js';

export type ElementClass = DefinableElement & CustomElementConstructor;

const isElementClass = (value: unknown): value is ElementClass =>
  typeof value === 'function' && typeof (value as Partial<ElementClass>).tag === 'string' && typeof (value as Partial<ElementClass>).define === 'function';

export function elementClasses(exports: Record<string, unknown>): Map<string, ElementClass> {
  return new Map(Object.values(exports).filter(isElementClass).map((element) => [element.tag, element]));
}
