import type { Certification, CandidateSkill, Education, WorkExperience } from '../../generated/prisma/client.js';
import type { StoredExtraction } from '../../domain/resumes/process-resume.job.js';
import type { CvData } from '../../resume/cv-schema.js';
import { certificationRows, educationRows, skillRows, workExperienceRows } from '../../domain/candidates/cv-records.js';
import { builder } from '../builder.js';
import { CertificationType, EducationType, SkillType, WorkExperienceType } from '../candidate/candidate-cv.type.js';

// The entries reuse the candidate CV's GraphQL types and the rows a save would write, so a reviewer
// compares like with like; only the exposed columns are read, the row keys they lack are never resolved.
const asRows = <T>(rows: object[]) => rows as unknown as T[];

const ExtractedCvType = builder.objectRef<CvData>('ExtractedCv').implement({
  description: 'A CV as read from a résumé file, before anything was saved',
  fields: (t) => ({
    summary: t.string({ nullable: true, resolve: (cv) => cv.summary ?? null }),
    linkedinUrl: t.string({ nullable: true, resolve: (cv) => cv.linkedinUrl ?? null }),
    portfolioUrl: t.string({ nullable: true, resolve: (cv) => cv.portfolioUrl ?? null }),
    workExperiences: t.field({ type: [WorkExperienceType], resolve: (cv) => asRows<WorkExperience>(workExperienceRows(cv.workExperiences)) }),
    education: t.field({ type: [EducationType], resolve: (cv) => asRows<Education>(educationRows(cv.education)) }),
    skills: t.field({ type: [SkillType], resolve: (cv) => asRows<CandidateSkill>(skillRows(cv.skills)) }),
    certifications: t.field({ type: [CertificationType], resolve: (cv) => asRows<Certification>(certificationRows(cv.certifications)) }),
  }),
});

export const ExtractedResumeType = builder.objectRef<StoredExtraction>('ExtractedResume').implement({
  description: 'The fields read from a résumé file, kept on the upload whatever the outcome, for review',
  fields: (t) => ({
    extractor: t.exposeString('extractor', { description: 'Which extractor read the fields: `heuristic` (built in) or `llm`' }),
    firstName: t.exposeString('firstName', { nullable: true }),
    lastName: t.exposeString('lastName', { nullable: true }),
    fullName: t.exposeString('fullName', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true, description: 'E.164 when the number could be parsed, otherwise as written' }),
    title: t.exposeString('title', { nullable: true, description: 'Headline or current job title' }),
    cv: t.field({ type: ExtractedCvType, resolve: (extracted) => extracted.cv }),
  }),
});
