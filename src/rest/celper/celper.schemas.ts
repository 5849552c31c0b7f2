import { z } from 'zod';
import { candidateFields } from '../../domain/candidates/candidate-input.js';
import { inviteSchema } from '../../domain/candidates/invite-candidate.js';

export const candidatePath = z.object({ candidateId: z.string().min(1).meta({ description: 'The unique identifier of the candidate.', example: 'cand_0b6f…' }) });
const jobPositionId = z.string().min(1).meta({ description: 'The job position the candidate belongs to.' });
export const positionQuery = z.object({ jobPositionId });
export const deleteQuery = z.object({
  jobPositionId,
  force: z.enum(['true', 'false']).optional().meta({ description: 'Set to "true" to force-delete candidates with active sessions.' }),
});

export const updateBody = z
  .object({
    firstName: candidateFields.firstName.meta({ description: 'Updated first name. 1-100 characters.' }),
    lastName: candidateFields.lastName.meta({ description: 'Updated last name. Up to 100 characters.' }),
    email: candidateFields.email.meta({ format: 'email', description: 'Updated email address. Must be unique within the job position.' }),
    phone: candidateFields.phone.meta({ description: 'Updated phone number. Max 50 characters.' }),
    notes: candidateFields.notes.meta({ description: 'Updated internal notes. Max 10 KB.' }),
  })
  .partial();

export const inviteBody = z.object({
  jobPositionId,
  emailSubject: inviteSchema.shape.emailSubject.meta({ description: 'Custom email subject line. Max 200 characters.' }),
  emailBody: inviteSchema.shape.emailBody.meta({ description: 'Custom email body. Max 5000 characters; {interviewLink} is replaced by the interview URL.' }),
});
export const decisionBody = z.object({ jobPositionId });

const status = z.enum(['pending', 'new', 'invited', 'interviewed', 'selected', 'rejected']);
const timestamp = z.string().meta({ format: 'date-time' });

export const candidateData = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status,
  cvScore: z.number().int().nullable(),
  interviewScore: z.number().int().nullable(),
  notes: z.string().nullable(),
  cvText: z.string().nullable(),
  aiEvaluation: z.string().nullable(),
  upsides: z.array(z.string()),
  shortcomings: z.array(z.string()),
  analysisViewed: z.boolean(),
  importSource: z.string(),
  importedWithoutCv: z.boolean(),
  originalCvFileName: z.string().nullable(),
  sessionId: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const updatedData = candidateData.pick({ id: true, firstName: true, lastName: true, email: true, phone: true, status: true, notes: true, updatedAt: true });
export const statusData = z.object({ status, analysisViewed: z.boolean(), interviewScore: z.number().int().nullable() });
export const deletedData = z.object({ deleted: z.literal(true) });
export const invitedData = z.object({ invited: z.literal(true), sessionId: z.string(), emailDelivery: z.enum(['pending', 'sent', 'failed']), expiresAt: timestamp });
export const decidedData = z.object({ status });

export function success<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), requestId: z.uuid(), data });
}

export const errorBody = z
  .object({
    success: z.literal(false),
    requestId: z.uuid(),
    error: z.object({
      code: z.string().meta({ description: 'VALIDATION, NOT_FOUND, DUPLICATE_EMAIL, INVALID_STATUS, ANALYSIS_NOT_VIEWED, ACTIVE_SESSION, UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED, IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_IN_PROGRESS, INTERNAL' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'CelperError' });

const error = (description: string) => ({ description, content: { 'application/json': { schema: errorBody } } });
export const errors = {
  400: error('Validation error'),
  401: error('Missing or invalid API key'),
  403: error('The key lacks the required scope'),
  404: error('Not found'),
  429: error('Rate limited (Retry-After tells when to retry)'),
};
export const conflict = (description: string) => ({ 409: error(description) });
export const ok = <T extends z.ZodType>(data: T) => ({ 200: { description: 'Success', content: { 'application/json': { schema: success(data) } } } });
