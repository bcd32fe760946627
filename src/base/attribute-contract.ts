/**
 * Attribute contracts: an enumerated attribute's allowed values, declared once (`as const`) with
 * its default, and read by the element, the embed allow-list, the story controls and the
 * custom-elements manifest (custom-elements-manifest.config.mjs types each attribute from them).
 * Kept free of imports beyond types: the aid-flow chart's small eager entry carries it.
 */
import type { PropertyDeclaration } from 'lit';

/** The values an enumerated attribute accepts, and the one an element uses for anything else. */
export interface Choice<T extends string | number = string | number> {
  readonly values: readonly T[];
  readonly fallback: T;
}

export const choice = <const V extends readonly (string | number)[]>(values: V, fallback: V[number]): Choice<V[number]> => ({ values, fallback });

/** A free-text attribute some of whose values are keywords (`heading="none"`): typed `'none' | string`. */
export interface Keywords<T extends string = string> {
  readonly keywords: readonly T[];
}

/** What `<tag>.options.ts` exports as `<tagInCamelCase>Attributes`: attribute name → its contract. */
export type AttributeContract = Readonly<Record<string, Choice | Keywords>>;

/** Heading levels an element's `heading-level` takes (others clamp into the element's range). */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** An element's heading levels: `min` to 6, with its default. */
export const headingLevels = (fallback: HeadingLevel, min: HeadingLevel = 1): Choice<HeadingLevel> =>
  choice(HEADING_LEVELS.filter((level) => level >= min), fallback);

/**
 * A reflected property for an enumerated attribute. The converter keeps what the author wrote —
 * never rewrites it to the default, which would silently change their DOM — and reads a removed
 * attribute as the default; the element renders with `allowedValue`. The default is not
 * reflected either (`useDefault`): no attribute sprouts on an element the author left alone, and
 * 200 markers on a page make no 400 attribute writes and style invalidations.
 */
export function choiceProperty(contract: Choice, attribute?: string): PropertyDeclaration {
  return { attribute, reflect: true, useDefault: true, converter: { fromAttribute: (value: string | null) => value ?? contract.fallback } };
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
