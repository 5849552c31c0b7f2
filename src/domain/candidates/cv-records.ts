import type { CvParseSource, Prisma } from '../../generated/prisma/client.js';
import type { CvInput } from './candidate-input.js';

const upper = <T extends string>(value: T | undefined | null) => (value ? (value.toUpperCase() as Uppercase<T>) : null);

/** The nested create for a candidate's CV; list order is kept in `position`. One INSERT per list, not per entry. */
export function cvCreateData(cv: CvInput, source: CvParseSource): Prisma.CandidateCvCreateWithoutCandidateInput {
  return {
    summary: cv.summary ?? null,
    linkedinUrl: cv.linkedinUrl ?? null,
    portfolioUrl: cv.portfolioUrl ?? null,
    parsedAt: new Date(),
    parseSource: source,
    workExperiences: {
      createMany: { data: cv.workExperiences.map((w, position) => ({
        position,
        company: w.company,
        title: w.title,
        startDate: w.startDate ?? null,
        endDate: w.endDate ?? null,
        isCurrent: w.isCurrent ?? false,
        description: w.description ?? null,
      })) },
    },
    education: {
      createMany: { data: cv.education.map((e, position) => ({
        position,
        institution: e.institution,
        degree: e.degree ?? null,
        field: e.field ?? null,
        startDate: e.startDate ?? null,
        endDate: e.endDate ?? null,
      })) },
    },
    skills: {
      createMany: { data: cv.skills.map((s, position) => ({
        position,
        name: s.name,
        category: upper(s.category),
        proficiency: upper(s.proficiency),
      })) },
    },
    certifications: {
      createMany: { data: cv.certifications.map((c, position) => ({
        position,
        name: c.name,
        issuer: c.issuer ?? null,
        issueDate: c.issueDate ?? null,
        expiryDate: c.expiryDate ?? null,
        credentialId: c.credentialId ?? null,
        credentialUrl: c.credentialUrl ?? null,
      })) },
    },
  };
}
