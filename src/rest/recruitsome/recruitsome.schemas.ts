import { z } from 'zod';

// Messages in Laravel's words, as Recruitsome's 422 bodies show them.
const resume = z
  .object(
    {
    filename: z.string({ error: 'The resume.filename field is required.' }).meta({ description: 'Original filename (max 255 chars)' }),
    content: z.string({ error: 'The resume.content field is required.' }).meta({ description: 'Base64 encoded file content (at most 10MB decoded)' }),
    mime_type: z.string({ error: 'The resume.mime_type field is required.' }).meta({
      description: 'application/pdf, application/msword or application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    },
    { error: (issue) => (issue.input === undefined ? 'A resume document is required to create a candidate.' : 'The resume must be an object.') },
  )
  .meta({ description: 'The resume document to process' });

export const uploadBody = z.object({
  user_id: z.number({ error: 'The user_id field is required.' }).int({ error: 'The user_id field must be an integer.' }).meta({
    description: 'The tenant user ID to associate the candidate with; this user receives the notification.',
  }),
  resume,
  create_intake: z.boolean({ error: 'The create_intake field must be true or false.' }).optional().meta({
    description: 'Request automatic intake creation (ignored unless the tenant has the Intake feature)',
  }),
});

export const accepted = z.object({
  message: z.string(),
  data: z.object({ processing_id: z.uuid() }),
});

const invalid = z
  .object({ message: z.literal('The given data was invalid.'), errors: z.record(z.string(), z.array(z.string())) })
  .meta({ id: 'RecruitsomeValidationError' });
const coded = z.object({ message: z.string(), error: z.string() }).meta({ id: 'RecruitsomeCodedError' });
const plain = z.object({ message: z.string() }).meta({ id: 'RecruitsomeMessage' });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });

export const responses = {
  202: json('Accepted: the resume is processed in the background', accepted),
  401: json('Unauthenticated', plain),
  403: json('The key lacks the write:candidates scope', plain),
  422: json('Validation error, invalid base64 content (INVALID_RESUME_CONTENT) or file too large', z.union([invalid, coded])),
  429: json('Too many requests (10 per minute per API key); Retry-After tells when to retry', plain),
  500: json('Processing failed (PROCESSING_FAILED)', coded),
};
