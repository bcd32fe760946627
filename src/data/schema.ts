/**
 * The dataset schema: the single source of truth for the TypeScript types (`InferOutput`),
 * the published JSON Schema (`@valibot/to-json-schema`) and runtime validation.
 *
 * Valibot rather than Zod or TypeBox: it is modular, so the browser bundle carries only the
 * validators used here (a few KB), it never uses `eval`/`new Function` (safe under a strict
 * CSP with Trusted Types), and its issues carry the path we need for error messages.
 */
import * as v from 'valibot';
import { COUNTRY_CODES } from './countries.js';
import { isoBounds, isValidIsoDate } from './iso-dates.js';

export { LOCALES, UI_LOCALES, type Locale, type UiLocale, type Language } from './locales.js';
export { isoBounds, isValidIsoDate } from './iso-dates.js';

export * from './vocabulary.js';
import { ACTOR_KINDS, SECTORS, FLOW_KINDS, UNITS, FLOW_STATUSES, PRECISIONS, SOURCE_KINDS, type Precision } from './vocabulary.js';

/** Longest single string accepted; longer text is almost certainly not curated data. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Largest amount accepted (10^18: Indonesia's yearly GDP in rupiah is about 2 × 10^16). Any sum
 * of amounts a chart adds up stays finite: 1e308 twice would print a total of "∞".
 */
export const MAX_AMOUNT = 1e18;

const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
// Tag-like markup: `<` followed by a letter, `/`, `!` or `?`.
const MARKUP_PATTERN = /<[a-z/!?]/i;
// Bidi embeddings/overrides/isolates and C0/C1 controls other than tab and newline.
// eslint-disable-next-line no-control-regex
const CONTROL_PATTERN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const MARKUP_MESSAGE = 'must be plain text (holds markup)';
export const CONTROL_MESSAGE = 'holds control or bidirectional-override characters';
export const URL_MESSAGE = 'must be an http(s) URL';

/** A record id: a lowercase slug (underscores allowed for source file stems). */
export const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be a lowercase slug such as "jica" or "loan-2020"'));

/** Plain, non-empty text: never markup, never control characters. */
// Checks only, no transforms: validating 10 000 events must not copy every string.
// One check, not four: each pipe step costs more than its test on 10 000 records; the message
// names the first rule the text breaks.
function plainTextProblem(s: string): string | undefined {
  if (!/\S/.test(s)) return 'must not be empty';
  if (s.length > MAX_TEXT_LENGTH) return `must be at most ${MAX_TEXT_LENGTH} characters`;
  if (MARKUP_PATTERN.test(s)) return MARKUP_MESSAGE;
  if (CONTROL_PATTERN.test(s)) return CONTROL_MESSAGE;
  return undefined;
}
export const PlainText = v.pipe(
  v.string(),
  v.check((s) => plainTextProblem(s) === undefined, (issue) => plainTextProblem(issue.input as string) ?? 'is not plain text'),
);

/**
 * A language tag (BCP 47, as `lang` takes it): `en`, `id`, `ja`, `ko`, `pt-BR`, `zh-Hant`.
 * Checked for shape only (a primary language subtag, then subtags of 1–8 letters or digits).
 */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a language tag (BCP 47) such as "en", "id", "ja" or "pt-BR"'),
);

/**
 * Text in the dataset's languages: a map from language tag to text, e.g. `{ en, id }` or
 * `{ ja, en }`. Only the dataset's default language is required (checked against the dataset's
 * `languages` by `checkLanguages`); elements fall back to it for a language a text lacks.
 */
export const LocalizedText = v.pipe(
  v.record(LanguageTag, PlainText),
  v.check((t) => Object.keys(t).length > 0, 'needs the text in at least the dataset\'s default language'),
);

export const CountryCode = v.pipe(
  v.string(),
  v.check((c) => COUNTRY_CODES.has(c), 'is not an ISO 3166-1 alpha-2 country code'),
);

export const HttpUrl = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s), URL_MESSAGE),
);

const PRECISION_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

const IsoDate = v.pipe(
  v.string(),
  v.check(isValidIsoDate, 'is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const FuzzyDate = v.pipe(
  v.strictObject({
    start: IsoDate,
    end: v.optional(IsoDate),
    precision: v.picklist(PRECISIONS),
    /** The text itself is vague ("since the 1970s", "early 2020"). */
    approximate: v.optional(v.boolean()),
    /** The date is not stated, only inferred; the reasoning, in both languages. */
    inferred: v.optional(LocalizedText),
  }),
  v.forward(
    v.check(
      (d) => d.start.length === PRECISION_LENGTH[d.precision] && (!d.end || d.end.length === PRECISION_LENGTH[d.precision]),
      'start and end must have the length of the precision (year: YYYY, month: YYYY-MM, day: YYYY-MM-DD)',
    ),
    ['precision'],
  ),
  v.forward(
    v.check((d) => !d.end || isoBounds(d.end)[1] >= isoBounds(d.start)[0], 'end is before start'),
    ['end'],
  ),
);

export const Evidence = v.strictObject({
  source: Id,
  quote: v.pipe(PlainText, v.minLength(3, 'quote is too short to verify')),
});
const EvidenceList = v.pipe(v.array(Evidence), v.minLength(1, 'needs at least one evidence quote'));

const Note = v.optional(LocalizedText);

export const Amount = v.strictObject({
  value: v.pipe(
    v.number('must be a number'),
    v.finite('must be finite'),
    v.check((n) => n > 0, 'must be greater than zero'),
    v.check((n) => n <= MAX_AMOUNT, 'must be at most 10^18'),
  ),
  unit: v.picklist(UNITS, 'unit must be USD, IDR or doses'),
}, 'must be { value, unit } with unit USD, IDR or doses');

export const Actor = v.strictObject({
  id: Id,
  name: PlainText,
  altNames: v.optional(v.array(PlainText)),
  kind: v.picklist(ACTOR_KINDS),
  country: v.nullable(CountryCode),
  role: LocalizedText,
  note: Note,
  evidence: EvidenceList,
});

export const Event = v.strictObject({
  id: Id,
  date: v.nullable(FuzzyDate),
  title: LocalizedText,
  summary: v.optional(LocalizedText),
  countries: v.pipe(v.array(CountryCode), v.minLength(1, 'needs at least one country')),
  sector: v.picklist(SECTORS),
  actors: v.array(Id),
  citations: v.optional(v.array(Id)),
  disputed: Note,
  note: Note,
  evidence: EvidenceList,
});

export const Flow = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  via: v.array(Id),
  /** The channels are the reader's inference, not stated by the quotes: the reasoning. */
  viaInferred: v.optional(LocalizedText),
  kind: v.picklist(FLOW_KINDS),
  amount: v.nullable(Amount, null),
  date: v.nullable(FuzzyDate),
  status: v.picklist(FLOW_STATUSES),
  /**
   * `delivered` although no quote has an English verb of delivery (a text in another language
   * the build's check does not read): the reasoning.
   */
  statusInferred: v.optional(LocalizedText),
  relatedTo: v.optional(v.array(Id)),
  citations: v.optional(v.array(Id)),
  disputed: Note,
  note: Note,
  evidence: EvidenceList,
});

/** A run of formatted reference text; italics are the only markup citation styles need here. */
/** A part of a formatted reference: plain text like any other, but a space between parts is one. */
const SegmentText = v.pipe(
  v.string(),
  v.check((s) => plainTextProblem(s.trim() ? s : 'x') === undefined, (issue) => plainTextProblem(issue.input as string) ?? 'is not plain text'),
);
export const Segment = v.strictObject({ text: SegmentText, italic: v.optional(v.boolean()) });
const FormattedEntry = v.strictObject({
  /** The bibliography entry as text segments (never HTML). */
  bibliography: v.array(Segment),
  /** The in-text citation, e.g. "(Hotez, 2014)". */
  citation: PlainText,
  /** The in-text citation as segments, present only when it has italics (a title in APA). */
  citationSegments: v.optional(v.array(Segment)),
});
/** A style's entries per language (the dataset's languages; the default one at least). */
/** A style's entries by language: at least one, or a badge in that style would have nothing to show. */
export const inSomeLanguage = <T extends v.GenericSchema>(entry: T) => v.pipe(v.record(LanguageTag, entry), v.minEntries(1, 'needs the reference in at least one language'));
const FormattedStyle = inSomeLanguage(FormattedEntry);
export const Formatted = v.strictObject({ apa: FormattedStyle, chicago: FormattedStyle, mla: FormattedStyle });

const CslName = v.looseObject({
  family: v.optional(PlainText),
  given: v.optional(PlainText),
  literal: v.optional(PlainText),
  suffix: v.optional(PlainText),
});
const CslDate = v.looseObject({
  'date-parts': v.optional(v.array(v.array(v.union([v.number(), v.string()])))),
  literal: v.optional(PlainText),
});

/** CSL-JSON item (the format of Zotero and citeproc) plus our provenance fields. */
const citationEntries = {
  id: Id,
  type: PlainText,
  title: v.optional(PlainText),
  author: v.optional(v.array(CslName)),
  issued: v.optional(CslDate),
  accessed: v.optional(CslDate),
  'container-title': v.optional(PlainText),
  publisher: v.optional(PlainText),
  volume: v.optional(PlainText),
  issue: v.optional(PlainText),
  page: v.optional(PlainText),
  DOI: v.optional(v.pipe(PlainText, v.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1371/journal.pntd.0002808'))),
  URL: v.optional(HttpUrl),
  citedBy: v.optional(v.array(Id)),
  inBibliography: v.optional(v.boolean()),
  isSource: v.optional(Id),
  relatedTo: v.optional(v.array(Id)),
  note: Note,
  evidence: EvidenceList,
};
export const CitationRecord = v.looseObject(citationEntries);
export const Citation = v.looseObject({ ...citationEntries, formatted: Formatted });

export const License = v.strictObject({ id: PlainText, name: PlainText, url: v.nullable(HttpUrl) });

export const Framework = v.strictObject({
  name: LocalizedText,
  authors: v.array(PlainText),
  evidence: EvidenceList,
});

export const Source = v.strictObject({
  id: Id,
  file: PlainText,
  title: LocalizedText,
  /** Languages of `title` that are the curator's translation, not the document's own title. */
  titleTranslated: v.optional(v.array(LanguageTag)),
  authors: v.array(PlainText),
  affiliation: v.optional(PlainText),
  kind: v.picklist(SOURCE_KINDS),
  /** The languages the document is written in. */
  languages: v.array(LanguageTag),
  license: v.nullable(License),
  date: v.nullable(FuzzyDate),
  citation: Id,
  frameworks: v.optional(v.array(Framework)),
  notes: Note,
  evidence: EvidenceList,
});

export const DatasetLicense = v.strictObject({
  id: PlainText,
  name: PlainText,
  url: v.nullable(HttpUrl),
  notice: PlainText,
});

/** The published dataset: a public contract (see data/README.md). */
export const Dataset = v.strictObject({
  version: PlainText,
  license: DatasetLicense,
  /**
   * The languages of the dataset's text (BCP 47 tags). Optional: a dataset without it is in
   * `en` and `id`. Every text field is a map over these, and needs only the default one.
   */
  languages: v.optional(v.pipe(v.array(LanguageTag), v.minLength(1, 'needs at least one language'))),
  /** The language every text has (one of `languages`; its first by default, `en` without them). */
  defaultLanguage: v.optional(LanguageTag),
  sources: v.array(Source),
  actors: v.array(Actor),
  events: v.array(Event),
  flows: v.array(Flow),
  citations: v.array(Citation),
});

export type LocalizedTextT = v.InferOutput<typeof LocalizedText>;
export type LanguageTagT = v.InferOutput<typeof LanguageTag>;
export type FuzzyDateT = v.InferOutput<typeof FuzzyDate>;
export type EvidenceT = v.InferOutput<typeof Evidence>;
export type AmountT = v.InferOutput<typeof Amount>;
export type ActorT = v.InferOutput<typeof Actor>;
export type EventT = v.InferOutput<typeof Event>;
export type FlowT = v.InferOutput<typeof Flow>;
export type SegmentT = v.InferOutput<typeof Segment>;
export type FormattedT = v.InferOutput<typeof Formatted>;
export type CitationT = v.InferOutput<typeof Citation>;
export type CitationRecordT = v.InferOutput<typeof CitationRecord>;
export type SourceT = v.InferOutput<typeof Source>;
export type DatasetT = v.InferOutput<typeof Dataset>;
