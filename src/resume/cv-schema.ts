import { z } from 'zod';

// Round0 documents YYYY-MM but its own examples use a bare year (education endDate "2018").
const yearMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const label = (max: number) => z.string().trim().min(1).max(max);
const url = z.url({ protocol: /^https?$/ }).max(500);

export const workExperienceSchema = z
  .object({
    company: label(200),
    title: label(200),
    startDate: yearMonth.optional(),
    /** Omitted while the position is current. */
    endDate: yearMonth.optional(),
    isCurrent: z.boolean().optional(),
    description: z.string().max(5_000).optional(),
  })
  .refine((w) => !(w.isCurrent && w.endDate), { message: 'A current position has no endDate', path: ['endDate'] })
  .refine((w) => !w.startDate || !w.endDate || w.startDate <= w.endDate, { message: 'endDate precedes startDate', path: ['endDate'] });

export const educationSchema = z
  .object({
    institution: label(200),
    degree: label(200).optional(),
    field: label(200).optional(),
    startDate: yearMonth.optional(),
    endDate: yearMonth.optional(),
  })
  .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, { message: 'endDate precedes startDate', path: ['endDate'] });

export const skillCategorySchema = z.enum(['technical', 'soft', 'language']);
export const skillProficiencySchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);

export const skillSchema = z.object({
  name: label(100),
  category: skillCategorySchema.optional(),
  proficiency: skillProficiencySchema.optional(),
});

export const certificationSchema = z.object({
  name: label(300),
  issuer: label(200).optional(),
  issueDate: yearMonth.optional(),
  expiryDate: yearMonth.optional(),
  credentialId: label(200).optional(),
  credentialUrl: url.optional(),
});

export const cvDataSchema = z.object({
  summary: z.string().trim().max(5_000).optional(),
  workExperiences: z.array(workExperienceSchema).max(50),
  education: z.array(educationSchema).max(20),
  skills: z.array(skillSchema).max(300),
  certifications: z.array(certificationSchema).max(50),
  linkedinUrl: url.optional(),
  portfolioUrl: url.optional(),
});

export type WorkExperience = z.infer<typeof workExperienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type SkillCategory = z.infer<typeof skillCategorySchema>;
export type SkillProficiency = z.infer<typeof skillProficiencySchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type CvData = z.infer<typeof cvDataSchema>;

/** Field limits the extractor truncates to, so its output always satisfies cvDataSchema. */
export const CV_LIMITS = {
  description: 5_000,
  summary: 5_000,
  label: 200,
  skillName: 100,
  certificationName: 300,
  workExperiences: 50,
  education: 20,
  skills: 300,
  certifications: 50,
} as const;
