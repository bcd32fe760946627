/**
 * How English writes dates (src/i18n/date-patterns.ts) and names the countries of the bundled
 * dataset, without Intl; apart from en.ts, as format.ts needs only these.
 */
import type { DatePatterns } from '../date-patterns.js';

export const dates: DatePatterns = {
  long: 'January February March April May June July August September October November December',
  short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec',
  one: { day: 'D S Y', month: 'L Y', year: 'Y' },
  range: { day: { y: 'D S Y – d s y', m: 'D S – d s y', d: 'D – d s y' }, month: { y: 'L Y – l y', m: 'L – l y' }, year: 'Y – y' },
};

/** The countries of the bundled dataset, as Intl.DisplayNames names them; others come from Intl. */
export const countries: Record<string, string> = { ID: 'Indonesia', JP: 'Japan', KR: 'South Korea', CN: 'China' };
