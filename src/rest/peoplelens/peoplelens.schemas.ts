import { z } from 'zod';
import { candidateFields } from '../../domain/candidates/candidate-input.js';

const candidateId = z.string().min(1).meta({ description: 'The candidate id (can-<uuid>)', example: 'can-123e4567-e89b-12d3-a456-426614174000' });
export const idPath = z.object({ id: candidateId });

export const candidateStatus = z.enum(['active', 'hired', 'rejected']).meta({ description: 'active: in the pipeline; hired: selected; rejected' });
export const updateBody = z
  .object({
    first_name: candidateFields.firstName,
    last_name: candidateFields.lastName,
    email: candidateFields.email.meta({ format: 'email' }),
    status: candidateStatus.meta({ description: '"hired" and "rejected" record the decision (the candidate must be interviewed and the analysis viewed); "active" changes nothing' }),
    external_id: candidateFields.externalId.nullable(),
    metadata: candidateFields.metadata,
  })
  .partial();

export const summary = z.object({ id: z.string(), first_name: z.string(), last_name: z.string(), email: z.string().nullable(), status: candidateStatus });
export const candidate = summary
  .extend({
    job_id: z.string().nullable(),
    job_searches: z.object({ id: z.string(), title: z.string(), status: z.enum(['active', 'paused', 'closed']) }).nullable(),
    external_id: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'PeopleLensCandidate' });
export const deleted = z.object({ id: z.string(), deleted: z.literal(true) });
export const interviewStatus = z.object({
  candidate_id: z.string(),
  candidate_name: z.string(),
  status: z.enum(['not_started', 'pending', 'in_progress', 'completed', 'expired', 'cancelled']),
  latest_interview: z
    .object({
      plan_id: z.string().nullable(),
      plan_status: z.enum(['active', 'completed', 'expired', 'cancelled']),
      total_steps: z.number().int(),
      completed_steps: z.number().int(),
      created_at: z.string().meta({ format: 'date-time' }),
      updated_at: z.string().meta({ format: 'date-time' }),
    })
    .nullable(),
});

const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'validation_error, not_found, conflict codes (invalid_status, analysis_not_viewed, duplicate_email, active_session), unauthenticated, forbidden, rate_limited, internal' }),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'PeopleLensError' });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
export const errors = {
  400: json('Validation error', errorBody),
  401: json('Missing or invalid API key', errorBody),
  403: json('The key lacks the required scope', errorBody),
  404: json('Candidate not found', errorBody),
  429: json('Rate limited; Retry-After tells when to retry', errorBody),
};
export const conflict = (description: string) => ({ 409: json(description, errorBody) });
export const ok = (schema: z.ZodType) => ({ 200: json('OK', schema) });
