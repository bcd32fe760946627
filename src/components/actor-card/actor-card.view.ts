/** Pure view-model of an actor's profile. */
import type { ActorT, DatasetT, Locale } from '../../data/schema.js';
import { citationForSource, getActor, relatedToActor } from '../../data/queries.js';
import { actorName, countryName, formatFuzzyDate } from '../../i18n/format.js';
import { formatAmount } from '../../i18n/format-amounts.js';
import { t } from '../../i18n/strings.js';
import { langOf, pick, textLanguage, type TextLanguage } from '../../data/localized.js';
import { quoteText } from '../../internal/quote-text.js';

export interface ActorView {
  actor: ActorT;
  /** The name in the reader's language (a state's from Intl), else as recorded. */
  name: string;
  /** Other names, without the shown name and without case-only variants ("JICA, Jica" → "JICA"). */
  altNames: string[];
  kind: string;
  /** Undefined for a state and for actors of no one country (an international body): no row. */
  country?: string;
  role: string;
  /** `lang` of the role when it is not in the page's language (a fallback). */
  roleLang?: string;
  events: { id: string; title: string; titleLang?: string; date: string }[];
  flows: { id: string; summary: string; date: string }[];
  evidence: { source: string; quote: string; citation?: string }[];
}

export function buildActorView(ds: DatasetT, id: string, locale: Locale, tl: TextLanguage = textLanguage(ds, locale)): ActorView | undefined {
  const actor = getActor(ds, id);
  if (!actor) return undefined;
  const s = t(locale);
  // Names go into running text: isolate each (FSI…PDI) so a right-to-left override inside a
  // name cannot reorder the words around it; and the sentence, so that on a right-to-left page
  // its direction comes from its own words and the names keep their places.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const name = (actorId: string) => {
    const other = getActor(ds, actorId);
    return isolate(other ? actorName(other, locale) : actorId);
  };
  const shown = actorName(actor, locale);
  const related = relatedToActor(ds, id);
  return {
    actor,
    name: shown,
    // A state's recorded (English) name is not an alias on a page in another language.
    altNames: distinctNames([shown, actor.name, ...(actor.altNames ?? [])]).filter((n) => n !== shown && n !== actor.name),
    kind: s.actorKinds[actor.kind] ?? actor.kind,
    // A state's name already says it ("Kind: State, Country: Japan" repeats itself).
    country: actor.country && actor.kind !== 'state' ? countryName(actor.country, locale) : undefined,
    role: pick(actor.role, tl),
    roleLang: langOf(actor.role, tl),
    events: related.events.map((e) => ({ id: e.id, title: pick(e.title, tl), titleLang: langOf(e.title, tl), date: formatFuzzyDate(e.date, locale) })),
    flows: related.flows.map((f) => ({
      id: f.id,
      summary: isolate(s.flowSummary(name(f.from), name(f.to), f.via.map(name).join(', '), s.flowKinds[f.kind] ?? f.kind, f.amount ? formatAmount(f.amount, locale) : '')),
      date: formatFuzzyDate(f.date, locale),
    })),
    evidence: actor.evidence.map((e) => ({ ...e, quote: e.quote && quoteText(e.quote, s.quoteMarks), citation: citationForSource(ds, e.source)?.id })),
  };
}

/** Names in order, each once: later ones equal to an earlier one ignoring case and spacing are dropped. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SCHEMA_TYPES: Partial<Record<ActorT['kind'], string>> = {
  person: 'Person',
  state: 'Country',
  'government-body': 'GovernmentOrganization',
  company: 'Corporation',
  'international-organisation': 'NGO',
  academic: 'EducationalOrganization',
  media: 'NewsMediaOrganization',
};

/** schema.org JSON-LD for search engines. */
export function actorJsonLd(actor: ActorT, tl: TextLanguage): Record<string, unknown> {
  const type = actor.kind === 'person' ? 'Person' : (SCHEMA_TYPES[actor.kind] ?? 'Organization');
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: actor.name,
    ...(actor.altNames?.length ? { alternateName: actor.altNames } : {}),
    description: pick(actor.role, tl),
    ...(actor.country && type !== 'Country' ? { [type === 'Person' ? 'nationality' : 'location']: { '@type': 'Country', identifier: actor.country } } : {}),
  };
}
