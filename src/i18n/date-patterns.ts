/**
 * How a UI locale writes a date and a range of dates at each precision, without Intl: the first
 * Intl object a page makes costs 20–50 ms (the engine sets up its locale data once), and a
 * timeline's first render shows dates. Each shipped locale's table has its patterns (`dates`,
 * English's in locales/en.dates.ts), those of Chromium's ICU for the options format.ts gives
 * Intl (test/data/date-patterns.test.ts compares the two on a grid of dates); the same text then
 * shows on a server render and in every browser. A locale without them formats through Intl.
 *
 * A pattern is text with fields: `Y` year, `M` month, `MM` month in two digits, `D` day, `DD`,
 * `S` short month name, `L` long month name; upper case for a range's start (or the one date),
 * lower case for its end.
 */
import type { Precision } from '../data/schema.js';

/** A date's fields: year, month (1–12), day. */
export interface DateParts {
  y: number;
  m: number;
  d: number;
}

/** The largest field in which the two ends of a range differ, at the range's precision. */
export type Differs = 'y' | 'm' | 'd';

/** A locale's date patterns (`dates` in its table). */
export interface DatePatterns {
  /** Month names, long and short, separated by spaces (locales that write months as numbers have none). */
  long?: string;
  short?: string;
  /** One date, by precision. */
  one: Record<Precision, string>;
  /** A range, by precision and by the largest field whose ends differ. */
  range: { day: Record<Differs, string>; month: Record<'y' | 'm', string>; year: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `pattern` with its fields filled from `a` (upper case) and `b` (lower case). */
export function fillDate(pattern: string, locale: DatePatterns, a: DateParts, b: DateParts = a): string {
  return pattern.replace(/MM|DD|[YMDSL]/gi, (field) => {
    const x = field === field.toUpperCase() ? a : b;
    switch (field.toUpperCase()) {
      case 'Y':
        return String(x.y);
      case 'MM':
        return pad(x.m);
      case 'M':
        return String(x.m);
      case 'DD':
        return pad(x.d);
      case 'D':
        return String(x.d);
      default:
        return (field.toUpperCase() === 'S' ? locale.short : locale.long)?.split(' ')[x.m - 1] ?? String(x.m);
    }
  });
}
