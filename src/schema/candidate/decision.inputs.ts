import { builder, type InputFields } from '../builder.js';
import { idempotencyKeyField } from '../idempotency/idempotency-key.input.js';

export const candidateActionFields = (t: InputFields) => ({
  candidateId: t.id({ required: true }),
  jobPositionId: t.id({ description: 'If given, the candidate must belong to this position' }),
});

export const SelectCandidateInput = builder.inputType('SelectCandidateInput', { fields: (t) => ({ ...candidateActionFields(t), ...idempotencyKeyField(t) }) });
export const RejectCandidateInput = builder.inputType('RejectCandidateInput', {
  fields: (t) => ({ ...candidateActionFields(t), reason: t.string({ description: 'Up to 1000 characters; kept in the status history' }), ...idempotencyKeyField(t) }),
});
export const MarkAnalysisViewedInput = builder.inputType('MarkAnalysisViewedInput', { fields: (t) => candidateActionFields(t) });
