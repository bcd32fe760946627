/** Japanese (日本語). Loaded on demand, for a page in `ja` (or `ja-JP`). */
import type { FlowOnlyStrings, UiOnlyStrings, VocabularyStrings } from '../table.js';
import type { PlaceholderStrings } from '../placeholder-strings.js';
import type { MarkerStrings } from '../marker-strings.js';
import type { DatePatterns } from '../date-patterns.js';

/** Shown while the element's data loads (and the chart's toolbar before its code arrives). */
export const placeholder: PlaceholderStrings = {
  loading: 'データを読み込んでいます…',
  dataUnavailable: 'データを利用できません',
  flowChartLoading: 'グラフを読み込んでいます…',
  flowShowAsTable: '表で表示',
  flowDownloadPng: 'PNG をダウンロード',
  flowDownloadCsv: 'CSV をダウンロード',
};

/** A citation marker's labels (all it says besides its placeholders). */
export const marker: MarkerStrings = {
  translatedTitle: 'タイトルは編集者による翻訳',
  unknownReference: (ref) => `不明な文献「${ref}」`,
  reference: '文献',
  references: '参考文献',
};


export const vocabulary: VocabularyStrings = {
  kind: '種類',
  flowKinds: {
    loan: '借款',
    grant: '無償資金',
    'loan-and-grant': '借款と無償資金',
    'vaccine-doses': 'ワクチン',
    equipment: '機材',
    'technology-transfer': '技術移転',
    oda: '政府開発援助（ODA）',
    funding: '資金提供',
  },
  statuses: { delivered: '実施済み', pledged: '表明済み', planned: '計画中' },
  disputed: '異論あり',
  note: '注記',
};

export const ui: UiOnlyStrings = {
  dataError: (message) => `データセットを読み込めませんでした：${message}`,
  dataErrorReasons: {
    url: 'アドレスが http(s) の URL ではありません',
    network: 'ネットワーク要求が失敗しました',
    http: (status) => `サーバーの応答は ${status} でした`,
    'content-type': (type) => `サーバーが JSON ではなく ${type || '不明な形式'} を送りました`,
    'too-large': 'サイズの上限を超えています',
    json: '有効な JSON ではありません',
    schema: 'データセットのスキーマに合いません',
    timeout: '要求がタイムアウトしました',
  },
  referenceNumber: (n) => `文献 ${n}`,
  citedAt: (n) => `ここで引用（${n}）`,
  backToCitation: (n) => `引用 ${n} に戻る`,
  noReferences: 'まだ引用された文献はありません。',
  citedInTextOnly: '本文中でのみ引用：引用している文書に完全な参考文献の記載はありません。',
  evidence: '根拠',
  inSource: '原文では',
  copy: 'コピー',
  copyAs: (format) => `${format} としてコピー`,
  copied: (format) => `${format} をコピーしました`,
  copyFailed: 'ここではコピーできません',
  formattedText: 'テキスト',
  close: '閉じる',
  showDetails: (name) => `詳細を表示：${name}`,
  actorNotFound: (ref) => `このデータセットに ID「${ref}」の主体はありません。`,
  alsoKnownAs: '別名',
  country: '国',
  role: '役割',
  showMore: (n) => `さらに ${n} 件を表示`,
  quoteMarks: ['「', '」', '『', '』'],
  unknownActor: '不明な主体',
  relatedEvents: (n) => `関連する出来事 ${n} 件`,
  relatedFlows: (n) => `関連する流れ ${n} 件`,
  sources: '出典',
  actorKinds: {
    state: '国家',
    'government-body': '政府機関',
    'international-organisation': '国際機関',
    company: '企業',
    person: '人物',
    forum: 'フォーラム',
    media: 'メディア',
    academic: '学術機関',
    initiative: 'イニシアチブ',
  },
  sectors: {
    health: '保健',
    defense: '防衛',
    economy: '経済',
    labour: '労働',
    diplomacy: '外交',
    research: '研究',
    culture: '文化',
  },
  flowSummary: (from, to, via, kind, amount) => `${from}から${to}へ${via ? `（${via}経由）` : ''}：${kind}${amount ? `、${amount}` : ''}`,
  timeline: '出来事の年表',
  eventCount: (n) => `出来事 ${n} 件`,
  noEvents: 'この条件に合う出来事はありません。',
  undatedEvents: '日付不明の出来事',
  undatedGroup: (n) => `日付不明の出来事 ${n} 件`,
  yearsLater: (n) => `${n} 年後`,
  jumpToYear: '年へ移動',
  earlierEvents: '前の出来事',
  laterEvents: '後の出来事',
  filters: '出来事を絞り込む',
  filterCountry: '国',
  filterSector: '分野',
  filterFrom: '開始年',
  filterTo: '終了年',
  filterText: '検索',
  anyOption: 'すべて',
  resetFilters: '条件をリセット',
  dateInferred: '推定された日付',
  dateApproximate: 'おおよその日付',
  actors: '主体',
  summary: '概要',
};

export const flow: FlowOnlyStrings = {
  flowChartTitle: (unit) => `援助の流れ：${unit}`,
  flowUnits: { USD: '米ドル', IDR: 'インドネシア・ルピア', doses: 'ワクチン接種回数', none: '金額のない流れ（同じ幅）' },
  flowColumns: { donor: '供与側', channel: '経由', recipient: '受け手' },
  flowCount: (n) => `流れ ${n} 件`,
  flowSentence: (route, what, date, status, extras, source) => `${route}：${what}、${date}${status ? `、${status}` : ''}${extras ? `、${extras}` : ''}、出典：${source}`,
  flowViaJoin: '・',
  flowRoute: (from, to, via) => `${from}から${to}へ${via ? `（${via}経由）` : ''}`,
  flowWhat: (kind, amount) => (amount ? `${kind} ${amount}` : kind),
  flowNodeSentence: (name, column, total, count, alternatives) =>
    `${name}、${column}：${total ? `${total}、` : ''}流れ ${count} 件${alternatives ? `（ほかに別の数値 ${alternatives} 件、合算せず）` : ''}`,
  flowQuantity: { USD: '資金', IDR: '資金', doses: 'ワクチン', none: '流れ' },
  flowAlternative: (drawn) => `別の数値（描画せず、合算せず）${drawn ? `（描画しているのは ${drawn}）` : ''}`,
  flowDrawnFigure: (n) => `別の数値 ${n} 件の代わりに描画`,
  flowAlsoReported: (figures) => `${figures} とも報告`,
  flowAlternativesNote: (route, count, quantity, drawn, others) =>
    `${route}：出典は同じ${quantity}を表すかもしれない数値を ${count} 件挙げています。描画：${drawn}。高さを持たず合算しない別の数値：${others.join('；')}。`,
  flowDrawnRule:
    '同じ量を表すかもしれない数値のうち、グラフは一つだけを描きます。表明・計画より実施済みを優先し、その中で最小のものを選ぶので、出典が述べる以上を示すことはありません。',
  flowElsewhereNote: (figure, route, others) => `${figure}（${route}）は、このグラフに示していない ${others} と同じかもしれません。ここでは一度だけ描画・合算しています。`,
  flowNoAmountsNote: 'これらの流れには出典に金額がないため、すべて同じ幅で描いています。',
  flowMinimumBandNote: (share, figures) => `細すぎて見えない流れがないよう、帯は最も高い列の${share}以上の太さで描いています。次の帯は実際の割合より太く描いています：${figures}。`,
  flowTooManyToDraw: (flows, points) => `${points} の供与側・経由・受け手の間の ${flows} 件の流れは多すぎて描けません。表に一覧を示します。`,
  flowDisputedReason: (reason) => `異論あり：${reason}`,
  flowLegendLabel: '凡例',
  flowLegendKeys: {
    delivered: '実施済み',
    pledged: '表明済み',
    planned: '計画中',
    disputed: '異論あり（破線の枠）',
    alternative: '別の数値（点線：高さなし、合算せず）',
  },
  flowTotal: (total) => `描画した合計：${total}`,
  flowChartFailed: 'グラフを読み込めませんでした。同じ内容を表に示します。',
  flowChartLabel: (title) => `${title}、操作できるグラフ`,
  flowChartInstructions: '矢印キーで供与側・経由・受け手・流れを移動し、Home と End で最初と最後へ移動します。流れの上で Enter か Space を押すと根拠と引用が開きます。',
  flowNoFlows: 'この条件に合う流れはありません。',
  flowTableFlow: '流れ',
  flowTableAmount: '金額',
  flowTableDate: '日付',
  flowTableStatus: '状況',
  flowTableNotes: '注記',
  flowTableSource: '出典',
  flowTableShown: (shown, total) => `${total} 件のうち最初の ${shown} 件を表示しています。CSV にはすべて含まれます。`,
  flowTableShowAll: (total) => `${total} 件すべてを表示`,
  flowDirect: '直接',
  flowDirectNode: '直接（経由なし）',
  flowSourceLine: (sources) => `出典：${sources}`,
  flowLicenceLine: (dataset, licence) => `データ：${dataset}。ライセンス：${licence}`,
  flowSourceNone: '記載なし',
  flowSelected: '選択した流れ',
  flowActions: 'グラフの操作',
  flowGroupTotal: (name, total, count) => `${name}：${total}（流れ ${count} 件）`,
  flowBarsAxis: (unit) => `金額（${unit}）`,
  flowShowAsDiagram: 'フロー図で表示',
  flowShowAsBars: '棒グラフで表示',
  flowLabelledBarsLabel: (title) => `${title}（フローごとに1本の棒）`,
  flowLabelledBarsNote: (count) =>
    `棒グラフで表示しています。この単位のフローは${count}件だけなので、フロー図は${count}本の帯になるだけで、それ以上のことは示せません。「フロー図で表示」で描画します。`,
  flowLabelledBarsAlternatives: (figures) => `別の数値（描画せず、合計にも含めない）：${figures.join('、')}`,
};

/** How dates are written (src/i18n/date-patterns.ts), as Intl writes them for ja-JP: ranges of days or months are ICU's numeric fallback. */
export const dates: DatePatterns = {
  one: { day: 'Y年M月D日', month: 'Y年M月', year: 'Y年' },
  range: {
    day: { y: 'Y/MM/DD～y/mm/dd', m: 'Y/MM/DD～y/mm/dd', d: 'Y/MM/DD～y/mm/dd' },
    month: { y: 'Y/MM～y/mm', m: 'Y/MM～y/mm' },
    year: 'Y年～y年',
  },
};

/** The countries of the bundled dataset, as Intl.DisplayNames names them; others come from Intl. */
export const countries: Record<string, string> = { ID: 'インドネシア', JP: '日本', KR: '韓国', CN: '中国' };
