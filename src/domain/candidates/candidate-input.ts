import { z } from 'zod';
import { certificationSchema, educationSchema, skillSchema, workExperienceSchema } from '../../resume/cv-schema.js';

const name = z.string().trim().min(1, 'must contain at least 1 character').max(100, 'must be at most 100 characters');
const NOTES_MAX_BYTES = 10 * 1024;

export const emailSchema = z.string().trim().max(320).pipe(z.email('must be a valid email address'));
export const candidateFields = {
  firstName: name,
  lastName: name,
  fullName: z.string().trim().min(1, 'must contain at least 1 character').max(200, 'must be at most 200 characters'),
  email: emailSchema,
  phone: z.string().trim().max(50, 'must be at most 50 characters'),
  title: z.string().trim().max(100, 'must be at most 100 characters'),
  notes: z.string().refine((v) => Buffer.byteLength(v, 'utf8') <= NOTES_MAX_BYTES, 'must be at most 10 KB'),
  externalId: z.string().trim().max(255),
  metadata: z.record(z.string(), z.unknown()).refine((v) => JSON.stringify(v).length <= 64 * 1024, 'must be at most 64 KB as JSON'),
};

/** The CV of Round0: lists may be omitted and then mean "none". */
export const cvInputSchema = z.object({
  summary: z.string().trim().max(5_000).nullish(),
  workExperiences: z.array(workExperienceSchema).max(50).nullish().transform((v) => v ?? []),
  education: z.array(educationSchema).max(20).nullish().transform((v) => v ?? []),
  skills: z.array(skillSchema).max(300).nullish().transform((v) => v ?? []),
  certifications: z.array(certificationSchema).max(50).nullish().transform((v) => v ?? []),
  linkedinUrl: z.url({ protocol: /^https?$/ }).max(500).nullish(),
  portfolioUrl: z.url({ protocol: /^https?$/ }).max(500).nullish(),
});
export type CvInput = z.output<typeof cvInputSchema>;

export const createCandidateSchema = z
  .object({
    jobPositionId: z.string().nullish(),
    ownerId: z.string().nullish(),
    firstName: candidateFields.firstName.nullish(),
    lastName: candidateFields.lastName.nullish(),
    fullName: candidateFields.fullName.nullish(),
    email: candidateFields.email.nullish(),
    phone: candidateFields.phone.nullish(),
    title: candidateFields.title.nullish(),
    notes: candidateFields.notes.nullish(),
    externalId: candidateFields.externalId.nullish(),
    metadata: candidateFields.metadata.nullish(),
    importSource: z.string().trim().min(1).max(40).nullish(),
    cv: cvInputSchema.nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.fullName && !input.firstName) {
      ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'give firstName (and lastName) or fullName' });
    }
  });

export const updateCandidateSchema = z.object({
  firstName: candidateFields.firstName.optional(),
  lastName: candidateFields.lastName.optional(),
  fullName: candidateFields.fullName.optional(),
  email: candidateFields.email.nullish(),
  phone: candidateFields.phone.nullish(),
  title: candidateFields.title.nullish(),
  notes: candidateFields.notes.nullish(),
  externalId: candidateFields.externalId.nullish(),
  metadata: candidateFields.metadata.optional(),
  cv: cvInputSchema.nullish(),
});

/** First and last name from a full name: the last word is the last name. */
export function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/);
  if (words.length === 1) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

export function joinName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.trim();
}
