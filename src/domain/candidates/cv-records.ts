import { randomUUID } from 'node:crypto';
import type { CvParseSource, Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../transaction.js';
import type { CvInput } from './candidate-input.js';

const upper = <T extends string>(value: T | undefined | null) => (value ? (value.toUpperCase() as Uppercase<T>) : null);

// One mapping from a CV's entries to their row columns, for saving them and for showing an unsaved
// extraction in the same GraphQL types; list order is kept in `position`.
export const workExperienceRows = (list: CvInput['workExperiences']) =>
  list.map((w, position) => ({
    position,
    company: w.company,
    title: w.title,
    startDate: w.startDate ?? null,
    endDate: w.endDate ?? null,
    isCurrent: w.isCurrent ?? false,
    description: w.description ?? null,
  }));

export const educationRows = (list: CvInput['education']) =>
  list.map((e, position) => ({
    position,
    institution: e.institution,
    degree: e.degree ?? null,
    field: e.field ?? null,
    startDate: e.startDate ?? null,
    endDate: e.endDate ?? null,
  }));

export const skillRows = (list: CvInput['skills']) =>
  list.map((s, position) => ({
    position,
    name: s.name,
    category: upper(s.category),
    proficiency: upper(s.proficiency),
  }));

export const certificationRows = (list: CvInput['certifications']) =>
  list.map((c, position) => ({
    position,
    name: c.name,
    issuer: c.issuer ?? null,
    issueDate: c.issueDate ?? null,
    expiryDate: c.expiryDate ?? null,
    credentialId: c.credentialId ?? null,
    credentialUrl: c.credentialUrl ?? null,
  }));

/** A CV's rows. */
function cvRows(cv: CvInput, source: CvParseSource) {
  return {
    cv: {
      summary: cv.summary ?? null,
      linkedinUrl: cv.linkedinUrl ?? null,
      portfolioUrl: cv.portfolioUrl ?? null,
      parsedAt: new Date(),
      parseSource: source,
    },
    workExperiences: workExperienceRows(cv.workExperiences),
    education: educationRows(cv.education),
    skills: skillRows(cv.skills),
    certifications: certificationRows(cv.certifications),
  };
}

/** The nested create for a candidate's CV. One INSERT per list, not per entry. */
export function cvCreateData(cv: CvInput, source: CvParseSource): Prisma.CandidateCvCreateWithoutCandidateInput {
  const rows = cvRows(cv, source);
  return {
    ...rows.cv,
    workExperiences: { createMany: { data: rows.workExperiences } },
    education: { createMany: { data: rows.education } },
    skills: { createMany: { data: rows.skills } },
    certifications: { createMany: { data: rows.certifications } },
  };
}

/**
 * Writes a new candidate's CV: one INSERT for the CV and one per list that has entries, and
 * nothing read back (a nested create reads the parent again and inserts empty lists too).
 */
export async function insertCvRows(tx: Tx, candidateId: string, cv: CvInput, source: CvParseSource): Promise<void> {
  const rows = cvRows(cv, source);
  const cvId = randomUUID();
  await tx.candidateCv.createMany({ data: [{ id: cvId, candidateId, ...rows.cv }] });
  const inCv = <T>(list: T[]) => list.map((row) => ({ ...row, cvId }));
  if (rows.workExperiences.length > 0) await tx.workExperience.createMany({ data: inCv(rows.workExperiences) });
  if (rows.education.length > 0) await tx.education.createMany({ data: inCv(rows.education) });
  if (rows.skills.length > 0) await tx.candidateSkill.createMany({ data: inCv(rows.skills) });
  if (rows.certifications.length > 0) await tx.certification.createMany({ data: inCv(rows.certifications) });
}
