import type { CompatFailure } from '../compat-failure.js';
import type { Dialect, Reply } from '../dialect.js';
import { FAILURE_STATUS } from '../failure-status.js';
import { uploadCandidate } from './uploadCandidate.route.js';

// uploadResume's input fields as Recruitsome callers name them.
const FIELD_NAMES: Record<string, string> = {
  ownerNumber: 'user_id',
  ownerId: 'user_id',
  fileName: 'resume.filename',
  mimeType: 'resume.mime_type',
  size: 'resume',
  createIntake: 'create_intake',
};
const CONTENT_FIELDS = new Set(['contentBase64', 'resume.content']);
const MESSAGES: Partial<Record<CompatFailure['code'], string>> = {
  UNAUTHENTICATED: 'Unauthenticated.',
  FORBIDDEN: 'This action is unauthorized.',
  RATE_LIMITED: 'Too many requests. Please wait before trying again.',
  ROUTE_NOT_FOUND: 'Not Found',
  UNAVAILABLE: 'Service Unavailable. Please try again later.',
};

function invalid(errors: Record<string, string[]>): Reply {
  return { status: 422, body: { message: 'The given data was invalid.', errors } };
}

function validation(failure: CompatFailure): Reply {
  const errors: Record<string, string[]> = {};
  for (const issue of failure.details.issues ?? []) {
    const joined = issue.path.join('.');
    const field = FIELD_NAMES[joined] ?? (joined || 'body');
    // The content itself is unusable (not base64, empty, not the declared type): Recruitsome's own code.
    if (CONTENT_FIELDS.has(field) && !issue.message.endsWith('field is required.')) return { status: 422, body: { message: issue.message, error: 'INVALID_RESUME_CONTENT' } };
    (errors[field] ??= []).push(issue.message);
  }
  return invalid(errors);
}

export const recruitsome: Dialect = {
  vendor: 'recruitsome',
  title: 'Recruitsome-compatible candidate API',
  description: 'Recruitsome candidate creation by résumé upload over the Candidate Gateway.',
  security: { type: 'bearer' },
  routes: [uploadCandidate],
  failure(failure) {
    if (failure.code === 'VALIDATION') return validation(failure);
    if (failure.code === 'NOT_FOUND' && failure.details.entity === 'User') return invalid({ user_id: ['The specified user does not exist.'] });
    if (failure.code === 'NOT_FOUND') return invalid({ body: [failure.message] });
    if (failure.code === 'INTERNAL') return { status: 500, body: { message: 'An unexpected error occurred while processing the resume.', error: 'PROCESSING_FAILED' } };
    return { status: FAILURE_STATUS[failure.code], body: { message: MESSAGES[failure.code] ?? failure.message } };
  },
};
