import { builder, type InputFields } from '../builder.js';

export const candidateActionFields = (t: InputFields) => ({
  candidateId: t.id({ required: true }),
  jobPositionId: t.id({ description: 'If given, the candidate must belong to this position' }),
});

export const SelectCandidateInput = builder.inputType('SelectCandidateInput', { fields: (t) => candidateActionFields(t) });
export const RejectCandidateInput = builder.inputType('RejectCandidateInput', {
  fields: (t) => ({ ...candidateActionFields(t), reason: t.string({ description: 'Up to 1000 characters; kept in the status history' }) }),
});
export const MarkAnalysisViewedInput = builder.inputType('MarkAnalysisViewedInput', { fields: (t) => candidateActionFields(t) });
