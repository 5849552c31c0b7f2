import { builder } from '../builder.js';
import { CvParseSourceEnum, SkillCategoryEnum, SkillProficiencyEnum } from '../enums.js';

const byPosition = { orderBy: { position: 'asc' as const } };

export const WorkExperienceType = builder.prismaObject('WorkExperience', {
  fields: (t) => ({
    company: t.exposeString('company'),
    title: t.exposeString('title'),
    startDate: t.exposeString('startDate', { nullable: true, description: 'YYYY-MM (or YYYY)' }),
    endDate: t.exposeString('endDate', { nullable: true, description: 'Absent while current' }),
    isCurrent: t.exposeBoolean('isCurrent'),
    description: t.exposeString('description', { nullable: true }),
  }),
});

export const EducationType = builder.prismaObject('Education', {
  fields: (t) => ({
    institution: t.exposeString('institution'),
    degree: t.exposeString('degree', { nullable: true }),
    field: t.exposeString('field', { nullable: true }),
    startDate: t.exposeString('startDate', { nullable: true }),
    endDate: t.exposeString('endDate', { nullable: true }),
  }),
});

export const SkillType = builder.prismaObject('CandidateSkill', {
  name: 'Skill',
  fields: (t) => ({
    name: t.exposeString('name'),
    category: t.expose('category', { type: SkillCategoryEnum, nullable: true }),
    proficiency: t.expose('proficiency', { type: SkillProficiencyEnum, nullable: true }),
  }),
});

export const CertificationType = builder.prismaObject('Certification', {
  fields: (t) => ({
    name: t.exposeString('name'),
    issuer: t.exposeString('issuer', { nullable: true }),
    issueDate: t.exposeString('issueDate', { nullable: true }),
    expiryDate: t.exposeString('expiryDate', { nullable: true }),
    credentialId: t.exposeString('credentialId', { nullable: true }),
    credentialUrl: t.exposeString('credentialUrl', { nullable: true }),
  }),
});

export const CandidateCvType = builder.prismaObject('CandidateCv', {
  description: 'The structured CV: replaced whole on update',
  fields: (t) => ({
    summary: t.exposeString('summary', { nullable: true }),
    linkedinUrl: t.exposeString('linkedinUrl', { nullable: true }),
    portfolioUrl: t.exposeString('portfolioUrl', { nullable: true }),
    parsedAt: t.expose('parsedAt', { type: 'DateTime' }),
    parseSource: t.expose('parseSource', { type: CvParseSourceEnum }),
    workExperiences: t.relation('workExperiences', { query: byPosition }),
    education: t.relation('education', { query: byPosition }),
    skills: t.relation('skills', { query: byPosition }),
    certifications: t.relation('certifications', { query: byPosition }),
  }),
});
