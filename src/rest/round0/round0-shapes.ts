import type { CvInput, Round0CandidateFieldsFragment } from '../../graphql/generated/graphql.js';
import { encodeGlobalId, uuidOf } from '../../schema/global-id.js';
import type { z } from 'zod';
import type { cvInput } from './round0.schemas.js';

/** Round0 ids are the bare UUIDs behind our `cand_<uuid>` ids. */
export const candidateId = (round0Id: string) => encodeGlobalId('Candidate', round0Id);

/** Round0 leaves optional CV fields out rather than null. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

const lower = <T extends string>(value: T | null | undefined) => (value ? (value.toLowerCase() as Lowercase<T>) : undefined);
const upper = <T extends string>(value: T | undefined) => (value ? (value.toUpperCase() as Uppercase<T>) : undefined);

export function round0Candidate(c: Round0CandidateFieldsFragment) {
  const cv = c.cv && {
    ...present({ summary: c.cv.summary, linkedinUrl: c.cv.linkedinUrl, portfolioUrl: c.cv.portfolioUrl }),
    workExperiences: c.cv.workExperiences.map(present),
    education: c.cv.education.map(present),
    skills: c.cv.skills.map((s) => present({ name: s.name, category: lower(s.category), proficiency: lower(s.proficiency) })),
    certifications: c.cv.certifications.map(present),
    parsedAt: c.cv.parsedAt,
    parseSource: c.cv.parseSource.toLowerCase(),
  };
  return { id: uuidOf(c.id, 'Candidate'), name: c.fullName, title: c.title, cv, created_at: c.createdAt, updated_at: c.updatedAt };
}

export function cvFromRound0(cv: z.output<typeof cvInput> | null | undefined): CvInput | null | undefined {
  if (!cv) return cv;
  return { ...cv, skills: cv.skills?.map((s) => ({ name: s.name, category: upper(s.category), proficiency: upper(s.proficiency) })) };
}
