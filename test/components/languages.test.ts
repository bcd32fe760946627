/**
 * Open languages, as a reader meets them: a Japanese dataset on a Japanese page, the bundled
 * (English and Indonesian) dataset on Korean and `id-ID` pages, and a page in a language the
 * dataset lacks, where the text falls back to the dataset's default and says so with `lang`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kerjasama-data.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/citation-badge.js';
import '../../src/define/aid-flow-chart.js';
import type { AidFlowChart } from '../../src/components/aid-flow-chart/aid-flow-chart.js';
import { badgesIn } from '../support/citation-badge-harness.js';
import type { ActorCard } from '../../src/components/actor-card/actor-card.js';
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import type { DatasetT } from '../../src/data/schema.js';
import { minimalDataset } from '../support/fixtures.js';
import { settled, visibleText } from '../support/dom.js';

/** The minimal dataset in Japanese (default) and English: every text a `{ ja, en }` map. */
function japaneseDataset(): DatasetT {
  const ds = minimalDataset();
  const ja: Record<string, string> = {
    Donor: '援助国',
    Recipient: '被援助国',
    Channel: '経由機関',
    'Loan agreed': '融資合意',
    Forum: 'フォーラム',
    'Undated thing': '日付のない出来事',
    'Defense talks': '防衛協議',
    'From anniversaries.': '記念日から。',
    'Doc A': '文書A',
  };
  const toJa = (t: { en: string }) => ({ ja: ja[t.en] ?? t.en, en: t.en });
  ds.languages = ['ja', 'en'];
  ds.defaultLanguage = 'ja';
  for (const s of ds.sources) s.title = toJa(s.title as { en: string });
  for (const a of ds.actors) a.role = toJa(a.role as { en: string });
  for (const e of ds.events) {
    e.title = toJa(e.title as { en: string });
    if (e.date?.inferred) e.date.inferred = toJa(e.date.inferred as { en: string });
  }
  return ds;
}

async function inProvider<T extends HTMLElement>(lang: string, ds: DatasetT, child: string): Promise<T> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}><kerjasama-data .data=${ds}></kerjasama-data></div>`);
  const provider = page.querySelector('kerjasama-data')!;
  provider.innerHTML = child;
  const el = provider.firstElementChild as T & { updateComplete: Promise<unknown> };
  await settled(page);
  await el.updateComplete;
  return el;
}

const roleOf = (card: ActorCard) => card.shadowRoot!.querySelector('dl dd:last-of-type') as HTMLElement;

describe('languages: a Japanese dataset', () => {
  it('on a ja page: Japanese text and Japanese UI, era-free dates, nothing marked as foreign', async () => {
    const card = await inProvider<ActorCard>('ja-JP', japaneseDataset(), '<actor-card actor="japan"></actor-card>');
    const text = visibleText(card.shadowRoot!);
    expect(roleOf(card).textContent?.trim()).to.equal('援助国');
    expect(roleOf(card).hasAttribute('lang')).to.equal(false);
    expect(text).to.include('役割'); // "Role"
    expect(text).to.include('関連する出来事 2 件');
    expect(text).to.include('融資合意');
    // Gregorian, no era (令和/平成), as ja-JP writes it.
    expect(text).to.include('2020年10月12日');
    expect(text).not.to.match(/令和|平成/);
    await expect(card).to.be.accessible();
  });

  it('a timeline on a ja page lists the Japanese titles', async () => {
    const tl = await inProvider<CooperationTimeline>('ja', japaneseDataset(), '<cooperation-timeline></cooperation-timeline>');
    const text = visibleText(tl.shadowRoot!);
    for (const title of ['融資合意', 'フォーラム', '防衛協議', '日付のない出来事']) expect(text).to.include(title);
    expect(text).to.include('日付不明'); // "Undated", in the UI's Japanese
    expect(tl.shadowRoot!.querySelector('[lang]'), 'no text is marked as another language').to.equal(null);
    await expect(tl).to.be.accessible();
  });

  it('on a page in a language it lacks (fr): the default (ja) text, marked lang="ja"; English UI', async () => {
    const card = await inProvider<ActorCard>('fr', japaneseDataset(), '<actor-card actor="japan"></actor-card>');
    expect(roleOf(card).textContent?.trim()).to.equal('援助国');
    expect(roleOf(card).getAttribute('lang')).to.equal('ja');
    const text = visibleText(card.shadowRoot!);
    expect(text).to.include('Role');
    const eventTitle = [...card.shadowRoot!.querySelectorAll('[lang="ja"]')].map((e) => e.textContent?.trim());
    expect(eventTitle).to.include('融資合意');
    await expect(card).to.be.accessible();
  });

  it('on an en page: its English text, unmarked', async () => {
    const card = await inProvider<ActorCard>('en', japaneseDataset(), '<actor-card actor="japan"></actor-card>');
    expect(roleOf(card).textContent?.trim()).to.equal('Donor');
    expect(roleOf(card).hasAttribute('lang')).to.equal(false);
  });
});

describe('languages: the bundled dataset (en, id)', () => {
  const jica = bundledDataset.actors.find((a) => a.id === 'jica')!;

  it('on a ko page: Korean UI, the English text marked lang="en"', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ko-KR"><actor-card actor="jica"></actor-card></div>`);
    const card = page.querySelector('actor-card')!;
    await card.updateComplete;
    const text = visibleText(card.shadowRoot!);
    expect(text).to.include('역할'); // "Role"
    expect(text).to.include('국가'); // "Country"
    expect(roleOf(card).textContent?.trim()).to.equal(jica.role.en);
    expect(roleOf(card).getAttribute('lang')).to.equal('en');
    await expect(card).to.be.accessible();
  });

  it('on an id-ID page: Indonesian text and UI, unmarked', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="id-ID"><actor-card actor="jica"></actor-card></div>`);
    const card = page.querySelector('actor-card')!;
    await card.updateComplete;
    expect(roleOf(card).textContent?.trim()).to.equal(jica.role.id);
    expect(roleOf(card).hasAttribute('lang')).to.equal(false);
    expect(visibleText(card.shadowRoot!)).to.include('Peran');
  });

  it('on a ja page: Japanese UI strings, the English text marked lang="en"', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ja"><actor-card actor="jica"></actor-card></div>`);
    const card = page.querySelector('actor-card')!;
    await card.updateComplete;
    const text = visibleText(card.shadowRoot!);
    expect(text).to.include('役割');
    expect(text).not.to.include('Role');
    expect(roleOf(card).getAttribute('lang')).to.equal('en');
    await expect(card).to.be.accessible();
  });

  it('a badge on a ko page: its popover says Korean, the English reference marked lang="en"', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ko"><p>Text <citation-badge cite="hotez-2014"></citation-badge></p></div>`);
    const [badge] = badgesIn(page);
    await badge.open();
    const popover = badge.popover!;
    expect(visibleText(popover)).to.include('원문에서'); // "In the source text"
    expect(visibleText(popover)).to.include('BibTeX(으)로 복사'); // "Copy as BibTeX"
    expect(visibleText(popover)).not.to.match(/In the source text|Copy as/);
    expect(popover.querySelector('cite')?.getAttribute('lang'), 'the English source title').to.equal('en');
    const reference = popover.querySelector('.bibliography')!;
    expect(reference.getAttribute('lang')).to.equal('en');
    expect(reference.textContent).to.include('Hotez');
    await expect(page.querySelector('citation-badge')).to.be.accessible();
  });

  it('a chart table on a ja page: Japanese caption, headers, amounts and era-free dates', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ja-JP"><aid-flow-chart view="table" unit="doses"></aid-flow-chart></div>`);
    const chart = page.querySelector<AidFlowChart>('aid-flow-chart')!;
    await chart.updateComplete;
    const table = chart.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent?.trim()).to.equal('援助の流れ：ワクチン接種回数');
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(headers).to.deep.equal(['流れ', '種類', '金額', '日付', '状況', '注記', '出典']);
    const row = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()));
    expect(row.flat()).to.include.members(['2,722,930回分', '2022年1月19日', '実施済み']);
    await expect(chart).to.be.accessible();
  });
});
