import { PeopleLensCandidateStatusDocument } from '../../graphql/generated/graphql.js';
import { found } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, interviewStatus, peopleLensCandidateId, planStatus } from './peoplelens-shapes.js';
import { errors, idPath, interviewStatus as statusSchema, ok } from './peoplelens.schemas.js';

export const getCandidateStatus = defineRoute({
  method: 'GET',
  path: '/api/v1/candidates/{id}/status',
  summary: 'Returns the status of the most recent interview for the candidate. Useful for polling interview completion.',
  params: idPath,
  responses: { ...ok(statusSchema), ...errors },
  async handle({ params, call }) {
    const report = found((await call(PeopleLensCandidateStatusDocument, { id: candidateId(params.id) })).candidateStatus, 'Candidate');
    const interview = report.latestInterview;
    return {
      status: 200,
      body: {
        candidate_id: peopleLensCandidateId(report.candidateId),
        candidate_name: report.candidateName,
        status: interviewStatus(interview?.status),
        latest_interview: interview && {
          plan_id: interview.planId,
          plan_status: planStatus(interview.status),
          total_steps: interview.totalSteps,
          completed_steps: interview.completedSteps,
          created_at: interview.createdAt,
          updated_at: interview.updatedAt,
        },
      },
    };
  },
});
