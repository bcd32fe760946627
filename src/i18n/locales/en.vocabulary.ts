/**
 * English's labels of the dataset's vocabularies, which the chart and the other elements both
 * show (the rest of its table is in en.ts and en.flow.ts).
 */
import type { FlowKind, FlowStatus } from '../../data/vocabulary.js';

export const vocabulary = {
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
};

