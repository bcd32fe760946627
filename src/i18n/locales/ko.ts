/** Korean (한국어). Loaded on demand, for a page in `ko` (or `ko-KR`). */
import type { FlowOnlyStrings, UiOnlyStrings, VocabularyStrings } from '../table.js';
import type { PlaceholderStrings } from '../placeholder-strings.js';
import type { MarkerStrings } from '../marker-strings.js';
import type { DatePatterns } from '../date-patterns.js';

/** Shown while the element's data loads (and the chart's toolbar before its code arrives). */
export const placeholder: PlaceholderStrings = {
  loading: '데이터를 불러오는 중…',
  dataUnavailable: '데이터를 사용할 수 없음',
  flowChartLoading: '차트를 불러오는 중…',
  flowShowAsTable: '표로 보기',
  flowDownloadPng: 'PNG 다운로드',
  flowDownloadCsv: 'CSV 다운로드',
};

/** A citation marker's labels (all it says besides its placeholders). */
export const marker: MarkerStrings = {
  translatedTitle: '제목은 편집자가 번역함',
  unknownReference: (ref) => `알 수 없는 참고문헌 “${ref}”`,
  reference: '참고문헌',
  references: '참고문헌 목록',
};


export const vocabulary: VocabularyStrings = {
  kind: '종류',
  flowKinds: {
    loan: '차관',
    grant: '무상원조',
    'loan-and-grant': '차관 및 무상원조',
    'vaccine-doses': '백신',
    equipment: '장비',
    'technology-transfer': '기술 이전',
    oda: '공적개발원조(ODA)',
    funding: '자금 지원',
  },
  statuses: { delivered: '전달됨', pledged: '약속됨', planned: '계획됨' },
  disputed: '이견 있음',
  note: '메모',
};

export const ui: UiOnlyStrings = {
  dataError: (message) => `데이터셋을 불러올 수 없습니다: ${message}`,
  dataErrorReasons: {
    url: '주소가 http(s) URL이 아닙니다',
    network: '네트워크 요청이 실패했습니다',
    http: (status) => `서버가 ${status}(으)로 응답했습니다`,
    'content-type': (type) => `서버가 JSON이 아닌 ${type || '알 수 없는 형식'}을(를) 보냈습니다`,
    'too-large': '크기 제한을 넘습니다',
    json: '올바른 JSON이 아닙니다',
    schema: '데이터셋 스키마와 맞지 않습니다',
    timeout: '요청 시간이 초과되었습니다',
  },
  referenceNumber: (n) => `참고문헌 ${n}`,
  citedAt: (n) => `여기에서 인용됨 (${n})`,
  backToCitation: (n) => `인용 ${n}(으)로 돌아가기`,
  noReferences: '아직 인용된 참고문헌이 없습니다.',
  citedInTextOnly: '본문에서만 인용됨: 인용한 문서에 전체 참고문헌 정보가 없습니다.',
  evidence: '근거',
  inSource: '원문에서',
  copy: '복사',
  copyAs: (format) => `${format}(으)로 복사`,
  copied: (format) => `${format} 복사됨`,
  copyFailed: '여기에서는 복사할 수 없습니다',
  formattedText: '텍스트',
  close: '닫기',
  showDetails: (name) => `자세히 보기: ${name}`,
  actorNotFound: (ref) => `이 데이터셋에 ID가 “${ref}”인 행위자가 없습니다.`,
  alsoKnownAs: '다른 이름',
  country: '국가',
  role: '역할',
  showMore: (n) => `${n}개 더 보기`,
  quoteMarks: ['“', '”', '‘', '’'],
  unknownActor: '알 수 없는 행위자',
  relatedEvents: (n) => `관련 사건 ${n}건`,
  relatedFlows: (n) => `관련 흐름 ${n}건`,
  sources: '출처',
  actorKinds: {
    state: '국가',
    'government-body': '정부 기관',
    'international-organisation': '국제기구',
    company: '기업',
    person: '인물',
    forum: '포럼',
    media: '언론',
    academic: '학술 기관',
    initiative: '이니셔티브',
  },
  sectors: {
    health: '보건',
    defense: '국방',
    economy: '경제',
    labour: '노동',
    diplomacy: '외교',
    research: '연구',
    culture: '문화',
  },
  flowSummary: (from, to, via, kind, amount) => `${from}에서 ${to}(으)로${via ? ` (${via} 경유)` : ''}: ${kind}${amount ? `, ${amount}` : ''}`,
  timeline: '사건 연표',
  eventCount: (n) => `사건 ${n}건`,
  noEvents: '이 조건에 맞는 사건이 없습니다.',
  undatedEvents: '날짜 미상 사건',
  undatedGroup: (n) => `날짜 미상 사건 ${n}건`,
  yearsLater: (n) => `${n}년 후`,
  jumpToYear: '연도로 이동',
  earlierEvents: '이전 사건',
  laterEvents: '이후 사건',
  filters: '사건 필터',
  filterCountry: '국가',
  filterSector: '분야',
  filterFrom: '시작 연도',
  filterTo: '종료 연도',
  filterText: '검색',
  anyOption: '전체',
  resetFilters: '필터 초기화',
  dateInferred: '추정된 날짜',
  dateApproximate: '대략적인 날짜',
  actors: '행위자',
  summary: '요약',
};

export const flow: FlowOnlyStrings = {
  flowChartTitle: (unit) => `원조 흐름: ${unit}`,
  flowUnits: { USD: '미국 달러', IDR: '인도네시아 루피아', doses: '백신 접종분', none: '금액이 없는 흐름(같은 너비)' },
  flowColumns: { donor: '공여자', channel: '경유', recipient: '수혜자' },
  flowCount: (n) => `흐름 ${n}건`,
  flowSentence: (route, what, date, status, extras, source) => `${route}: ${what}, ${date}${status ? `, ${status}` : ''}${extras ? `, ${extras}` : ''}, 출처: ${source}`,
  flowViaJoin: ', ',
  flowRoute: (from, to, via) => `${from}에서 ${to}(으)로${via ? ` (${via} 경유)` : ''}`,
  flowWhat: (kind, amount) => (amount ? `${kind} ${amount}` : kind),
  flowNodeSentence: (name, column, total, count, alternatives) =>
    `${name}, ${column}: ${total ? `${total}, ` : ''}흐름 ${count}건${alternatives ? ` (다른 수치 ${alternatives}건은 합산하지 않음)` : ''}`,
  flowQuantity: { USD: '자금', IDR: '자금', doses: '백신', none: '흐름' },
  flowAlternative: (drawn) => `다른 수치, 그리지 않고 합산하지 않음${drawn ? ` (그려진 수치: ${drawn})` : ''}`,
  flowDrawnFigure: (n) => `다른 수치 ${n}건 대신 그림`,
  flowAlsoReported: (figures) => `${figures}(으)로도 보고됨`,
  flowAlternativesNote: (route, count, quantity, drawn, others) =>
    `${route}: 출처는 같은 ${quantity}을(를) 나타낼 수 있는 수치 ${count}건을 제시합니다. 그려진 수치: ${drawn}. 높이가 없고 합산하지 않는 다른 수치: ${others.join('; ')}.`,
  flowDrawnRule:
    '같은 양을 나타낼 수 있는 수치 가운데 차트는 하나만 그립니다. 약속되거나 계획된 수치보다 전달된 수치를 먼저, 그중 가장 작은 것을 골라 출처가 밝힌 것보다 많이 보여 주지 않습니다.',
  flowElsewhereNote: (figure, route, others) => `${figure}(${route})은(는) 이 차트에 없는 ${others}와(과) 같을 수 있으며, 여기서는 한 번만 그리고 합산합니다.`,
  flowNoAmountsNote: '이 흐름들은 출처에 금액이 없어 모두 같은 너비로 그립니다.',
  flowMinimumBandNote: (share, figures) => `보이지 않을 만큼 가는 흐름이 없도록 띠는 가장 높은 열의 ${share} 이상 두께로 그립니다. 다음 띠는 실제 비율보다 두껍게 그려졌습니다: ${figures}.`,
  flowTooManyToDraw: (flows, points) => `공여자, 경유, 수혜자 ${points}곳 사이의 흐름 ${flows}건은 너무 많아 그릴 수 없습니다. 표에 모두 나열합니다.`,
  flowDisputedReason: (reason) => `이견 있음: ${reason}`,
  flowLegendLabel: '범례',
  flowLegendKeys: {
    delivered: '전달됨',
    pledged: '약속됨',
    planned: '계획됨',
    disputed: '이견 있음(점선 테두리)',
    alternative: '다른 수치(점선: 높이 없음, 합산하지 않음)',
  },
  flowTotal: (total) => `그려진 합계: ${total}`,
  flowChartFailed: '차트를 불러올 수 없어 같은 내용을 표로 보여 줍니다.',
  flowChartLabel: (title) => `${title}, 대화형 차트`,
  flowChartInstructions: '화살표 키로 공여자, 경유, 수혜자, 흐름 사이를 이동하고 Home과 End로 처음과 끝으로 갑니다. 흐름에서 Enter나 Space를 누르면 근거와 인용이 열립니다.',
  flowNoFlows: '이 조건에 맞는 흐름이 없습니다.',
  flowTableFlow: '흐름',
  flowTableAmount: '금액',
  flowTableDate: '날짜',
  flowTableStatus: '상태',
  flowTableNotes: '메모',
  flowTableSource: '출처',
  flowTableShown: (shown, total) => `흐름 ${total}건 중 처음 ${shown}건을 표시합니다. CSV에는 모두 들어 있습니다.`,
  flowTableShowAll: (total) => `${total}건 모두 보기`,
  flowDirect: '직접',
  flowDirectNode: '직접(경유 없음)',
  flowSourceLine: (sources) => `출처: ${sources}`,
  flowLicenceLine: (dataset, licence) => `데이터: ${dataset}. 라이선스: ${licence}`,
  flowSourceNone: '밝히지 않음',
  flowSelected: '선택한 흐름',
  flowActions: '차트 작업',
  flowGroupTotal: (name, total, count) => `${name}: ${total} (흐름 ${count}건)`,
  flowBarsAxis: (unit) => `금액(${unit})`,
  flowShowAsDiagram: '흐름도로 보기',
  flowShowAsBars: '막대로 보기',
  flowLabelledBarsLabel: (title) => `${title}, 흐름마다 막대 하나`,
  flowLabelledBarsNote: (count) =>
    `막대로 표시합니다. 이 단위의 흐름은 ${count}건뿐이라 흐름도는 띠 ${count}개에 그치고 더 보여 주는 것이 없습니다. '흐름도로 보기'를 누르면 그립니다.`,
  flowLabelledBarsAlternatives: (figures) => `대체 수치(그리지 않고 합계에 넣지 않음): ${figures.join('; ')}`,
};

/** How dates are written (src/i18n/date-patterns.ts), as Intl writes them for ko-KR. */
export const dates: DatePatterns = {
  one: { day: 'Y년 M월 D일', month: 'Y년 M월', year: 'Y년' },
  range: {
    day: { y: 'Y년 M월 D일~y년 m월 d일', m: 'Y년 M월 D일~m월 d일', d: 'Y년 M월 D일 ~ d일' },
    month: { y: 'Y년 M월~y년 m월', m: 'Y년 M월~m월' },
    year: 'Y년 ~ y년',
  },
};

/** The countries of the bundled dataset, as Intl.DisplayNames names them; others come from Intl. */
export const countries: Record<string, string> = { ID: '인도네시아', JP: '일본', KR: '대한민국', CN: '중국' };
