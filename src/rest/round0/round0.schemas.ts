import { z } from 'zod';
import { candidateFields } from '../../domain/candidates/candidate-input.js';

const workExperience = z.object({
  company: z.string().meta({ description: 'Company name' }),
  title: z.string().meta({ description: 'Job title' }),
  startDate: z.string().optional().meta({ description: 'YYYY-MM' }),
  endDate: z.string().optional().meta({ description: 'YYYY-MM, omitted while current' }),
  isCurrent: z.boolean().optional(),
  description: z.string().optional(),
});
const education = z.object({
  institution: z.string(),
  degree: z.string().optional(),
  field: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
});
const skill = z.object({
  name: z.string(),
  category: z.enum(['technical', 'soft', 'language']).optional(),
  proficiency: z.enum(['beginner', 'intermediate', 'advanced', 'expert']).optional(),
});
const certification = z.object({
  name: z.string(),
  issuer: z.string().optional(),
  issueDate: z.string().optional(),
  expiryDate: z.string().optional(),
  credentialId: z.string().optional(),
  credentialUrl: z.string().optional(),
});

export const cvInput = z
  .object({
    summary: z.string().optional(),
    workExperiences: z.array(workExperience).optional(),
    education: z.array(education).optional(),
    skills: z.array(skill).optional(),
    certifications: z.array(certification).optional(),
    linkedinUrl: z.string().optional(),
    portfolioUrl: z.string().optional(),
  })
  .meta({ id: 'Round0CvInput' });

export const cvOutput = cvInput
  .extend({
    workExperiences: z.array(workExperience),
    education: z.array(education),
    skills: z.array(skill),
    certifications: z.array(certification),
    parsedAt: z.string().meta({ format: 'date-time' }),
    parseSource: z.enum(['manual', 'resume', 'import']),
  })
  .meta({ id: 'Round0Cv' });

export const candidate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    cv: cvOutput.nullable(),
    created_at: z.string().meta({ format: 'date-time' }),
    updated_at: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Round0Candidate' });

export const idPath = z.object({ id: z.string().min(1).meta({ description: 'Candidate UUID' }) });
export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).meta({ description: 'Page number' }),
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: 'Items per page (max: 100)' }),
  search: z.string().optional().meta({ description: 'Filter by candidate name (also matches email, title and skills)' }),
});
export const createBody = z.object({
  name: candidateFields.fullName.meta({ description: "Candidate's full name (1-200 characters)" }),
  title: candidateFields.title.nullish().meta({ description: 'Job title (max 100 characters)' }),
  cv: cvInput.nullish(),
});
export const updateBody = z.object({
  name: candidateFields.fullName.optional().meta({ description: 'Updated name (1-200 characters)' }),
  title: candidateFields.title.nullish().meta({ description: 'Updated title (max 100 characters; null to remove)' }),
  cv: cvInput.nullish().meta({ description: 'Replaces the whole CV; null removes it' }),
});

export const dataOf = (schema: z.ZodType) => z.object({ data: schema });
export const listBody = z.object({
  data: z.array(candidate),
  pagination: z.object({ page: z.number().int(), limit: z.number().int(), total: z.number().int(), total_pages: z.number().int() }),
});

const message = z.object({ error: z.string() }).meta({ id: 'Round0Error' });
const typed = z.object({ error: z.object({ type: z.string(), message: z.string() }) }).meta({ id: 'Round0TypedError' });
const validation = z
  .object({ error: z.literal('Validation error'), details: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })) })
  .meta({ id: 'Round0ValidationError' });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
export const errors = {
  400: json('Validation error', validation),
  401: json('Invalid API key (authentication_error)', typed),
  403: json('The key lacks the required scope (permission_error)', typed),
  429: json('Rate limited (rate_limit_error); Retry-After tells when to retry', typed),
  500: json('Internal error', message),
};
export const notFound = { 404: json('Candidate not found', message) };
export const ok = (status: 200 | 201, schema: z.ZodType) => ({ [status]: json(status === 201 ? 'Created' : 'OK', schema) });
