/**
 * Labels of the dataset's vocabularies that several elements show (flow kinds and statuses, and
 * the words for a record's kind, dispute and note): shared by the full string table and the
 * chart's flow strings, so that elements other than the chart carry none of the chart's strings.
 */
import type { FlowKind, FlowStatus } from '../data/vocabulary.js';

export const vocabularyEn = {
  kind: 'Kind',
  flowKinds: {
    loan: 'Loan',
    grant: 'Grant',
    'loan-and-grant': 'Loans and grants',
    'vaccine-doses': 'Vaccine doses',
    equipment: 'Equipment',
    'technology-transfer': 'Technology transfer',
    oda: 'Official development assistance',
    funding: 'Funding',
  } satisfies Record<FlowKind, string>,
  statuses: { delivered: 'Delivered', pledged: 'Pledged', planned: 'Planned' } satisfies Record<FlowStatus, string>,
  disputed: 'Disputed',
  note: 'Note',
  translatedTitle: 'title translated by the curator',
};

export const vocabularyId: typeof vocabularyEn = {
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
  translatedTitle: 'judul diterjemahkan oleh kurator',
};
