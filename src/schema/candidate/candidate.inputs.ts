import { builder, type InputFields } from '../builder.js';
import { SkillCategoryEnum, SkillProficiencyEnum } from '../enums.js';

const WorkExperienceInput = builder.inputType('WorkExperienceInput', {
  fields: (t) => ({
    company: t.string({ required: true }),
    title: t.string({ required: true }),
    startDate: t.string({ description: 'YYYY-MM (or YYYY)' }),
    endDate: t.string({ description: 'Omit while current' }),
    isCurrent: t.boolean(),
    description: t.string(),
  }),
});

const EducationInput = builder.inputType('EducationInput', {
  fields: (t) => ({
    institution: t.string({ required: true }),
    degree: t.string(),
    field: t.string(),
    startDate: t.string(),
    endDate: t.string(),
  }),
});

const SkillInput = builder.inputType('SkillInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    category: t.field({ type: SkillCategoryEnum }),
    proficiency: t.field({ type: SkillProficiencyEnum }),
  }),
});

const CertificationInput = builder.inputType('CertificationInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    issuer: t.string(),
    issueDate: t.string(),
    expiryDate: t.string(),
    credentialId: t.string(),
    credentialUrl: t.string(),
  }),
});

export const CvInput = builder.inputType('CvInput', {
  description: 'A structured CV; omitted lists mean none',
  fields: (t) => ({
    summary: t.string(),
    workExperiences: t.field({ type: [WorkExperienceInput] }),
    education: t.field({ type: [EducationInput] }),
    skills: t.field({ type: [SkillInput] }),
    certifications: t.field({ type: [CertificationInput] }),
    linkedinUrl: t.string(),
    portfolioUrl: t.string(),
  }),
});

type CvInputShape = typeof CvInput.$inferInput;

/** GraphQL's enum spelling (TECHNICAL) to the CV document's (technical). */
export function cvFromGraphQL(cv: CvInputShape | null | undefined) {
  if (!cv) return cv;
  return {
    ...cv,
    skills: cv.skills?.map((s) => ({
      ...s,
      category: s.category ? s.category.toLowerCase() : s.category,
      proficiency: s.proficiency ? s.proficiency.toLowerCase() : s.proficiency,
    })),
  };
}

export const candidateFieldsInput = (t: InputFields) => ({
  firstName: t.string({ description: '1-100 characters' }),
  lastName: t.string({ description: 'Up to 100 characters' }),
  fullName: t.string({ description: '1-200 characters; kept exactly as given. First/last names are derived from it when not given.' }),
  email: t.string({ description: 'Unique within the job position' }),
  phone: t.string({ description: 'Up to 50 characters' }),
  title: t.string({ description: 'Up to 100 characters' }),
  notes: t.string({ description: 'Up to 10 KB' }),
  externalId: t.string(),
  metadata: t.field({ type: 'JSONObject' }),
  cv: t.field({ type: CvInput }),
});
