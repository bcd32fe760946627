/** Indonesian (Bahasa Indonesia). Loaded on demand, for a page in `id` (or `id-ID`, `in`). */
import type { FlowOnlyStrings, UiOnlyStrings, VocabularyStrings } from '../table.js';
import type { PlaceholderStrings } from '../placeholder-strings.js';
import type { MarkerStrings } from '../marker-strings.js';
import type { DatePatterns } from '../date-patterns.js';

/** Shown while the element's data loads (and the chart's toolbar before its code arrives). */
export const placeholder: PlaceholderStrings = {
  loading: 'Memuat data…',
  dataUnavailable: 'Data tidak tersedia',
  flowChartLoading: 'Memuat grafik…',
  flowShowAsTable: 'Tampilkan sebagai tabel',
  flowDownloadPng: 'Unduh PNG',
  flowDownloadCsv: 'Unduh CSV',
};

/** A citation marker's labels (all it says besides its placeholders). */
export const marker: MarkerStrings = {
  translatedTitle: 'judul diterjemahkan oleh kurator',
  unknownReference: (ref) => `Referensi “${ref}” tidak dikenal`,
  reference: 'Referensi',
  references: 'Daftar Pustaka',
};


export const vocabulary: VocabularyStrings = {
  kind: 'Jenis',
  flowKinds: {
    loan: 'Pinjaman',
    grant: 'Hibah',
    'loan-and-grant': 'Pinjaman dan hibah',
    'vaccine-doses': 'Dosis vaksin',
    equipment: 'Peralatan',
    'technology-transfer': 'Alih teknologi',
    oda: 'Bantuan pembangunan resmi (ODA)',
    funding: 'Pendanaan',
  },
  statuses: { delivered: 'Tersalurkan', pledged: 'Dijanjikan', planned: 'Direncanakan' },
  disputed: 'Diperdebatkan',
  note: 'Catatan',
};

export const ui: UiOnlyStrings = {
  dataError: (message) => `Dataset tidak dapat dimuat: ${message}`,
  dataErrorReasons: {
    url: 'alamatnya bukan URL http(s)',
    network: 'permintaan jaringan gagal',
    http: (status) => `server menjawab ${status}`,
    'content-type': (type) => `server mengirim ${type || 'jenis yang tidak dikenal'}, bukan JSON`,
    'too-large': 'ukurannya melebihi batas',
    json: 'isinya bukan JSON yang sah',
    schema: 'isinya tidak sesuai skema dataset',
    timeout: 'permintaan melewati batas waktu',
  },
  referenceNumber: (n) => `Referensi ${n}`,
  citedAt: (n) => `Dikutip di sini (${n})`,
  backToCitation: (n) => `Kembali ke kutipan ${n}`,
  noReferences: 'Belum ada referensi yang dikutip.',
  citedInTextOnly: 'Hanya dikutip dalam teks: dokumen yang mengutipnya tidak memuat referensi lengkap.',
  evidence: 'Bukti',
  inSource: 'Dalam teks sumber',
  copy: 'Salin',
  copyAs: (format) => `Salin sebagai ${format}`,
  copied: (format) => `${format} disalin`,
  copyFailed: 'Penyalinan tidak tersedia di sini',
  formattedText: 'teks',
  close: 'Tutup',
  showDetails: (name) => `Tampilkan rincian: ${name}`,
  actorNotFound: (ref) => `Tidak ada aktor dengan id “${ref}” dalam dataset ini.`,
  alsoKnownAs: 'Juga dikenal sebagai',
  country: 'Negara',
  role: 'Peran',
  showMore: (n) => `Tampilkan ${n} lagi`,
  quoteMarks: ['“', '”', '‘', '’'],
  unknownActor: 'aktor tidak dikenal',
  relatedEvents: (n) => `${n} peristiwa terkait`,
  relatedFlows: (n) => `${n} aliran terkait`,
  sources: 'Sumber',
  actorKinds: {
    state: 'Negara',
    'government-body': 'Lembaga pemerintah',
    'international-organisation': 'Organisasi internasional',
    company: 'Perusahaan',
    person: 'Orang',
    forum: 'Forum',
    media: 'Media',
    academic: 'Lembaga akademik',
    initiative: 'Inisiatif',
  },
  sectors: {
    health: 'Kesehatan',
    defense: 'Pertahanan',
    economy: 'Ekonomi',
    labour: 'Ketenagakerjaan',
    diplomacy: 'Diplomasi',
    research: 'Riset',
    culture: 'Budaya',
  },
  flowSummary: (from, to, via, kind, amount) => `${from} ke ${to}${via ? ` melalui ${via}` : ''}: ${kind}${amount ? `, ${amount}` : ''}`,
  timeline: 'Lini masa peristiwa',
  eventCount: (n) => `${n} peristiwa`,
  noEvents: 'Tidak ada peristiwa yang cocok dengan filter ini.',
  undatedEvents: 'Peristiwa tanpa tanggal',
  undatedGroup: (n) => `${n} peristiwa tanpa tanggal`,
  yearsLater: (n) => `${n} tahun kemudian`,
  jumpToYear: 'Lompat ke tahun',
  earlierEvents: 'Peristiwa sebelumnya',
  laterEvents: 'Peristiwa berikutnya',
  filters: 'Saring peristiwa',
  filterCountry: 'Negara',
  filterSector: 'Sektor',
  filterFrom: 'Dari tahun',
  filterTo: 'Sampai tahun',
  filterText: 'Cari',
  anyOption: 'Semua',
  resetFilters: 'Atur ulang filter',
  dateInferred: 'Tanggal disimpulkan',
  dateApproximate: 'Tanggal perkiraan',
  actors: 'Aktor',
  summary: 'Ringkasan',
};

export const flow: FlowOnlyStrings = {
  flowChartTitle: (unit) => `Aliran bantuan: ${unit}`,
  flowUnits: { USD: 'dolar AS', IDR: 'rupiah', doses: 'dosis vaksin', none: 'aliran tanpa jumlah (lebar sama)' },
  flowColumns: { donor: 'Donor', channel: 'Saluran', recipient: 'Penerima' },
  flowCount: (n) => `${n} aliran`,
  flowSentence: (route, what, date, status, extras, source) =>
    `${route}: ${what}, ${date}${status ? `, ${status}` : ''}${extras ? `, ${extras}` : ''}, sumber: ${source}`,
  flowViaJoin: ' dan ',
  flowRoute: (from, to, via) => `${from} ke ${to}${via ? ` melalui ${via}` : ''}`,
  flowWhat: (kind, amount) => (amount ? `${kind} sebesar ${amount}` : kind),
  flowNodeSentence: (name, column, total, count, alternatives) =>
    `${name}, ${column}: ${total ? `${total} dalam ` : ''}${count} aliran${alternatives ? ` (dan ${alternatives} angka alternatif, tidak dijumlahkan)` : ''}`,
  flowQuantity: { USD: 'dana', IDR: 'dana', doses: 'dosis', none: 'aliran' },
  flowAlternative: (drawn) => `angka alternatif, tidak digambar dan tidak dijumlahkan${drawn ? ` (yang digambar: ${drawn})` : ''}`,
  flowDrawnFigure: (n) => `digambar menggantikan ${n} angka alternatif`,
  flowAlsoReported: (figures) => `juga dilaporkan sebagai ${figures}`,
  flowAlternativesNote: (route, count, quantity, drawn, others) =>
    `${route}: sumber memberikan ${count} angka yang mungkin menggambarkan ${quantity} yang sama. Digambar: ${drawn}. Angka alternatif, yang tidak mengambil tinggi dan tidak dijumlahkan: ${others.join('; ')}.`,
  flowDrawnRule:
    'Dari angka-angka yang mungkin menggambarkan jumlah yang sama, grafik menggambar satu: angka tersalurkan didahulukan atas angka yang dijanjikan atau direncanakan, dan di antaranya yang terkecil, agar grafik tidak pernah menunjukkan lebih dari yang dinyatakan sumber.',
  flowElsewhereNote: (figure, route, others) =>
    `${figure} (${route}) mungkin sama dengan ${others}, yang tidak ditampilkan grafik ini; di sini digambar dan dijumlahkan sekali.`,
  flowNoAmountsNote: 'Aliran ini tidak memiliki jumlah dalam sumber; setiap aliran digambar sama lebar.',
  flowMinimumBandNote: (share, figures) =>
    `Agar tidak ada aliran yang setipis rambut, setiap pita digambar paling tipis ${share} dari kolom tertinggi; pita berikut digambar lebih tebal daripada porsinya: ${figures}.`,
  flowTooManyToDraw: (flows, points) => `${flows} aliran di antara ${points} donor, saluran, dan penerima terlalu banyak untuk digambar; tabel mencantumkan semuanya.`,
  flowDisputedReason: (reason) => `Diperdebatkan: ${reason}`,
  flowLegendLabel: 'Keterangan',
  flowLegendKeys: {
    delivered: 'Tersalurkan',
    pledged: 'Dijanjikan',
    planned: 'Direncanakan',
    disputed: 'Diperdebatkan (garis tepi putus-putus)',
    alternative: 'Angka alternatif (garis titik-titik: tanpa tinggi, tidak dijumlahkan)',
  },
  flowTotal: (total) => `Total yang digambar: ${total}`,
  flowChartFailed: 'Grafik tidak dapat dimuat; fakta yang sama ditampilkan dalam tabel.',
  flowChartLabel: (title) => `${title}, grafik interaktif`,
  flowChartInstructions: 'Tombol panah berpindah antara donor, saluran, penerima, dan aliran; Home dan End menuju yang pertama dan terakhir. Enter atau Spasi pada aliran membuka bukti dan sitasinya.',
  flowNoFlows: 'Tidak ada aliran yang cocok dengan filter ini.',
  flowTableFlow: 'Aliran',
  flowTableAmount: 'Jumlah',
  flowTableDate: 'Tanggal',
  flowTableStatus: 'Status',
  flowTableNotes: 'Catatan',
  flowTableSource: 'Sumber',
  flowTableShown: (shown, total) => `Ditampilkan ${shown} aliran pertama dari ${total}; unduhan CSV memuat semuanya.`,
  flowTableShowAll: (total) => `Tampilkan semua ${total} aliran`,
  flowDirect: 'langsung',
  flowDirectNode: 'Langsung (tanpa saluran)',
  flowSourceLine: (sources) => `Sumber: ${sources}`,
  flowLicenceLine: (dataset, licence) => `Data: ${dataset}. Lisensi: ${licence}`,
  flowSourceNone: 'tidak dinyatakan',
  flowSelected: 'Aliran terpilih',
  flowActions: 'Tindakan grafik',
  flowGroupTotal: (name, total, count) => `${name}: ${total} dalam ${count} aliran`,
  flowBarsAxis: (unit) => `Jumlah (${unit})`,
  flowShowAsDiagram: 'Tampilkan sebagai diagram aliran',
  flowShowAsBars: 'Tampilkan sebagai batang',
  flowLabelledBarsLabel: (title) => `${title}, satu batang per aliran`,
  flowLabelledBarsNote: (count) =>
    `Ditampilkan sebagai batang: dengan ${count === 1 ? 'satu aliran' : `${count} aliran`} dalam satuan ini, diagram aliran hanya berupa ${count === 1 ? 'satu pita' : 'dua pita'} dan tidak menunjukkan lebih banyak. “Tampilkan sebagai diagram aliran” menggambarnya.`,
  flowLabelledBarsAlternatives: (figures) => `Angka alternatif, tidak digambar dan tidak dijumlahkan: ${figures.join('; ')}`,
};

/** How dates are written (src/i18n/date-patterns.ts), as Intl writes them for id-ID. */
export const dates: DatePatterns = {
  long: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
  short: 'Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des',
  one: { day: 'D S Y', month: 'L Y', year: 'Y' },
  range: { day: { y: 'D S Y – d s y', m: 'D S – d s y', d: 'D–d s y' }, month: { y: 'L Y – l y', m: 'L–l y' }, year: 'Y – y' },
};

/** The countries of the bundled dataset, as Intl.DisplayNames names them; others come from Intl. */
export const countries: Record<string, string> = { ID: 'Indonesia', JP: 'Jepang', KR: 'Korea Selatan', CN: 'Tiongkok' };
