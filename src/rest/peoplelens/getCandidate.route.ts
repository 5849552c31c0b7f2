import { PeopleLensCandidateDocument } from '../../graphql/generated/graphql.js';
import { found } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, jobStatus, peopleLensJobId, summary } from './peoplelens-shapes.js';
import { candidate, errors, idPath, ok } from './peoplelens.schemas.js';

export const getCandidate = defineRoute({
  method: 'GET',
  path: '/api/v1/candidates/{id}',
  summary: 'Returns the full profile for a specific candidate, including their associated job.',
  params: idPath,
  responses: { ...ok(candidate), ...errors },
  async handle({ params, call }) {
    const c = found((await call(PeopleLensCandidateDocument, { id: candidateId(params.id) })).candidate, 'Candidate');
    const job = c.jobPosition;
    return {
      status: 200,
      body: {
        ...summary(c),
        job_id: job ? peopleLensJobId(job.id) : null,
        job_searches: job ? { id: peopleLensJobId(job.id), title: job.title, status: jobStatus(job.status) } : null,
        external_id: c.externalId,
        metadata: c.metadata,
      },
    };
  },
});
