/**
 * Attribute contracts: an enumerated attribute's allowed values, declared once (`as const`) with
 * its default, and read by the element, the embed allow-list and the story controls.
 */
import type { PropertyDeclaration } from 'lit';

/** The values an enumerated attribute accepts, and the one an element uses for anything else. */
export interface Choice<T extends string = string> {
  readonly values: readonly T[];
  readonly fallback: T;
}

export const choice = <const V extends readonly string[]>(values: V, fallback: V[number]): Choice<V[number]> => ({ values, fallback });

/** Heading levels an element's `heading-level` takes (others clamp into this range). */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/**
 * A reflected property for an enumerated attribute. The converter keeps what the author wrote —
 * never rewrites it to the default, which would silently change their DOM — and reads a removed
 * attribute as the default; the element renders with `allowedValue`.
 */
export function choiceProperty(contract: Choice, attribute?: string): PropertyDeclaration {
  return { attribute, reflect: true, converter: { fromAttribute: (value: string | null) => value ?? contract.fallback } };
}

/**
 * The value of an enumerated attribute to render with: `value` if the contract allows it, else
 * the default, with a warning (`warn` is the element's `warnOnce`; keyed by attribute and value).
 */
export function allowedValue<T extends string>(attribute: string, contract: Choice<T>, value: unknown, warn: (key: string, message: string) => void): T {
  if ((contract.values as readonly unknown[]).includes(value)) return value as T;
  warn(`${attribute}=${String(value)}`, `${attribute}="${String(value)}" is not one of ${contract.values.map((v) => `"${v}"`).join(', ')}; using "${contract.fallback}".`);
  return contract.fallback;
}
