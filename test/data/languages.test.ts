/** Dataset languages: matching a page's language, validation against the declared languages, shards per language. */
import { expect } from '@open-wc/testing';
import { bestLanguage, toUiLocale } from '../../src/data/locales.js';
import { validateDataset } from '../../src/data/validate.js';
import { splitDataset } from '../../src/data/split-dataset.js';
import { formatFuzzyDate } from '../../src/i18n/format.js';
import { formatAmount } from '../../src/i18n/format-amounts.js';
import { minimalDataset } from '../support/fixtures.js';
import { Dataset, LocalizedText } from '../../src/data/schema.js';
import { LOCALIZED_PATHS } from '../../src/data/localized.js';
import { COLLECTIONS } from '../../src/data/shards.js';

interface SchemaNode {
  type: string;
  pipe?: SchemaNode[];
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  value?: SchemaNode;
  key?: SchemaNode;
}

/** Paths (as in LOCALIZED_PATHS) of every language-keyed map in a schema: LocalizedText, or a record keyed by language. */
function localizedPathsOf(node: SchemaNode, path: string[] = []): string[][] {
  if (node === (LocalizedText as unknown as SchemaNode)) return [path];
  if (node.pipe && node.pipe[0] !== node) return localizedPathsOf(node.pipe[0], path);
  if (node.wrapped) return localizedPathsOf(node.wrapped, path);
  if (node.type === 'array' && node.item) return localizedPathsOf(node.item, [...path, '*']);
  if (node.type === 'record' && node.value) return node.key?.pipe?.some((a) => (a as { type: string }).type === 'regex') ? [path] : localizedPathsOf(node.value, [...path, '*']);
  if (node.entries) return Object.entries(node.entries).flatMap(([k, v]) => localizedPathsOf(v, [...path, k]));
  return [];
}

describe('dataset languages', () => {
  it('LOCALIZED_PATHS lists every localized field of the schema, and only those', () => {
    const entries = (Dataset as unknown as SchemaNode).entries!;
    for (const c of COLLECTIONS) {
      // LOCALIZED_PATHS walks every citation style with `*` (apa, chicago, mla).
      const paths = localizedPathsOf(entries[c].item!).map((p) => p.join('.').replace(/^formatted\.(apa|chicago|mla)$/, 'formatted.*'));
      const found = [...new Set(paths)].sort();
      expect(found, c).to.deep.equal(LOCALIZED_PATHS[c].map((p) => p.join('.')).sort());
    }
  });

  it('picks the best language for a page, else the default', () => {
    expect(bestLanguage('id-ID', ['en', 'id'], 'en')).to.equal('id');
    expect(bestLanguage('ja-JP', ['ja', 'en'], 'en')).to.equal('ja');
    expect(bestLanguage('in', ['en', 'id'], 'en')).to.equal('id');
    expect(bestLanguage('zh-Hant-TW', ['zh-Hant', 'en'], 'en')).to.equal('zh-Hant');
    expect(bestLanguage('fr', ['ja', 'en'], 'ja')).to.equal('ja');
    expect(bestLanguage(null, ['ja', 'en'], 'ja')).to.equal('ja');
    expect(toUiLocale('ko-KR')).to.equal('ko');
    expect(toUiLocale('fr')).to.equal('en');
  });

  it('accepts a dataset without languages (en and id) and one in Japanese only', () => {
    expect(validateDataset(minimalDataset()).ok).to.equal(true);
    const ds = minimalDataset() as unknown as Record<string, unknown> & ReturnType<typeof minimalDataset>;
    ds.languages = ['ja'];
    ds.defaultLanguage = 'ja';
    for (const a of ds.actors) a.role = { ja: '役割' };
    for (const e of ds.events) {
      e.title = { ja: '出来事' };
      if (e.date?.inferred) e.date.inferred = { ja: '推定' };
    }
    for (const s of ds.sources) s.title = { ja: '文書' };
    const r = validateDataset(ds);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).to.equal(true);
  });

  it('refuses text without the default language, or in an undeclared one, naming the path', () => {
    const ds = minimalDataset();
    ds.languages = ['ja', 'en'];
    ds.defaultLanguage = 'ja';
    const r = validateDataset(ds);
    expect(r.ok).to.equal(false);
    const messages = !r.ok ? r.errors.map((e) => `${e.path}: ${e.message}`) : [];
    expect(messages).to.include(`$.actors[0].role: needs the text in the dataset's default language "ja"`);
    expect(messages.some((m) => m.startsWith('$.actors[0].role.id: "id" is not one of the dataset\'s languages'))).to.equal(true);
    const bad = minimalDataset();
    bad.languages = ['en'];
    bad.defaultLanguage = 'ja';
    const r2 = validateDataset(bad);
    expect(!r2.ok && r2.errors[0].path).to.equal('$.defaultLanguage');
  });

  it('cuts shards per declared language; a text missing a language falls back to the default', () => {
    const ds = minimalDataset();
    ds.languages = ['ja', 'en'];
    ds.defaultLanguage = 'ja';
    for (const a of ds.actors) a.role = { ja: '役割' };
    ds.actors[0].role.en = 'Donor';
    const shards = splitDataset(ds as unknown as Record<string, unknown>);
    expect([...shards.keys()].filter((k) => k.startsWith('actors.core'))).to.deep.equal(['actors.core.ja', 'actors.core.en']);
    const en = shards.get('actors.core.en')!;
    expect(en[0].role).to.deep.equal({ en: 'Donor' });
    expect(en[1].role).to.deep.equal({ ja: '役割' });
    // The bundled-style dataset (no languages) keeps its en and id shards.
    expect([...splitDataset(minimalDataset() as unknown as Record<string, unknown>).keys()].filter((k) => k.startsWith('events.core'))).to.deep.equal(['events.core.en', 'events.core.id']);
  });

  it('formats dates and numbers with Intl in every UI locale: era-free Japanese, Korean grouping', () => {
    const day = { start: '2022-10-05', end: '2022-10-07', precision: 'day' as const };
    expect(formatFuzzyDate(day, 'ja')).to.equal('2022/10/05～2022/10/07'); // Intl's ja-JP range: Gregorian, no era
    expect(formatFuzzyDate({ start: '2020-10-12', precision: 'day' }, 'ja')).to.equal('2020年10月12日');
    expect(formatFuzzyDate({ start: '2019-05', precision: 'month' }, 'ja')).to.equal('2019年5月'); // not 令和元年
    expect(formatFuzzyDate({ start: '2015', precision: 'year', approximate: true }, 'ja')).to.equal('2015年頃');
    expect(formatFuzzyDate(day, 'ko')).to.match(/^2022년 10월 5일\s*~\s*7일$/);
    expect(formatAmount({ value: 2_722_930, unit: 'doses' }, 'ko')).to.equal('2,722,930회분');
    expect(formatAmount({ value: 473_000_000, unit: 'USD' }, 'ko')).to.equal('US$4.73억');
    expect(formatAmount({ value: 473_000_000, unit: 'USD' }, 'ja')).to.equal('US$4.73億');
  });
});
