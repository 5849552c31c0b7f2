import type { Candidate } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { CandidateType } from './candidate.type.js';

export const CandidatePayload = builder.objectRef<{ candidate: Candidate }>('CandidatePayload').implement({
  fields: (t) => ({ candidate: t.field({ type: CandidateType, resolve: (p) => p.candidate }) }),
});
