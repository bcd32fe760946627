/** The UI languages. Apart from schema.ts so that eager code needs no validator library. */
export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
