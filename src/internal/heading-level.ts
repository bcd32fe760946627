/**
 * The level an element's `heading-level` picks (a module of its own: the timeline, which draws
 * its headings with ARIA, takes it without heading.ts's templates).
 */
import type { Choice, HeadingLevel } from '../base/attribute-contract.js';

/**
 * The level to render: `level` rounded and clamped into the contract's range; none or not a
 * number, the default. A value written that is not one of the levels is warned about once.
 */
export function clampLevel(level: unknown, contract: Choice<HeadingLevel>, warn?: (key: string, message: string) => void): HeadingLevel {
  // A removed or empty attribute (null, '') means the default, not level 0 clamped to the lowest.
  const absent = level === null || level === undefined || level === '';
  const n = absent ? NaN : Math.round(Number(level));
  const shown = Number.isFinite(n) ? (Math.min(contract.values[contract.values.length - 1], Math.max(contract.values[0], n)) as HeadingLevel) : contract.fallback;
  if (!absent && String(shown) !== String(level).trim())
    warn?.(`heading-level=${String(level)}`, `heading-level="${String(level)}" is not one of ${contract.values.join(', ')}; using ${shown}.`);
  return shown;
}
