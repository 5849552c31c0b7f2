import type { Candidate } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { CandidateType } from './candidate.type.js';

/** A mutation's answer about the candidate it changed: readable with the scope that allowed the change. */
export const CandidatePayload = builder.objectRef<Candidate>('CandidatePayload').implement({
  fields: (t) => ({ candidate: t.field({ type: CandidateType, grantScopes: ['mutationSubject'], resolve: (candidate) => candidate }) }),
});
