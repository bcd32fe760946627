/** Pure view-model of an actor's profile. */
import type { ActorT, DatasetT, Locale } from '../../data/schema.js';
import { citationForSource, getActor, relatedToActor } from '../../data/queries.js';
import { countryName, formatAmount, formatFuzzyDate } from '../../i18n/format.js';
import { t } from '../../i18n/strings.js';
import { langOf, pick, textLanguage, type TextLanguage } from '../../data/localized.js';

export interface ActorView {
  actor: ActorT;
  kind: string;
  country: string;
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
  // name cannot reorder the words around it.
  const name = (actorId: string) => `\u2068${getActor(ds, actorId)?.name ?? actorId}\u2069`;
  const related = relatedToActor(ds, id);
  return {
    actor,
    kind: s.actorKinds[actor.kind] ?? actor.kind,
    country: actor.country ? countryName(actor.country, locale) : s.noCountry,
    role: pick(actor.role, tl),
    roleLang: langOf(actor.role, tl),
    events: related.events.map((e) => ({ id: e.id, title: pick(e.title, tl), titleLang: langOf(e.title, tl), date: formatFuzzyDate(e.date, locale) })),
    flows: related.flows.map((f) => ({
      id: f.id,
      summary: s.flowSummary(name(f.from), name(f.to), f.via.map(name).join(', '), s.flowKinds[f.kind] ?? f.kind, f.amount ? formatAmount(f.amount, locale) : ''),
      date: formatFuzzyDate(f.date, locale),
    })),
    evidence: actor.evidence.map((e) => ({ ...e, citation: citationForSource(ds, e.source)?.id })),
  };
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
