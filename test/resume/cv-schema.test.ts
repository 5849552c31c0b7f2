import { describe, expect, it } from 'vitest';
import { cvDataSchema } from '../../src/resume/cv-schema.js';

const base = { workExperiences: [], education: [], skills: [], certifications: [] };

describe('cvDataSchema', () => {
  it('accepts the Round0 CvData shape', () => {
    const cv = {
      summary: 'Engineer.',
      workExperiences: [{ company: 'Acme', title: 'Engineer', startDate: '2020-01', isCurrent: true, description: 'Built things.' }],
      education: [{ institution: 'Vilnius University', degree: 'BSc', field: 'Computer Science', startDate: '2012-09', endDate: '2016-06' }],
      skills: [{ name: 'English', category: 'language', proficiency: 'expert' }],
      certifications: [{ name: 'CKA', issuer: 'The Linux Foundation', issueDate: '2022-01', credentialUrl: 'https://example.com/c/1' }],
      linkedinUrl: 'https://www.linkedin.com/in/someone',
      portfolioUrl: 'https://someone.dev',
    };
    expect(cvDataSchema.parse(cv)).toEqual(cv);
  });

  it('rejects malformed dates, contradictory ranges and non-web URLs', () => {
    const work = (extra: object) => ({ ...base, workExperiences: [{ company: 'Acme', title: 'Engineer', ...extra }] });
    expect(cvDataSchema.safeParse(work({ startDate: '2020-13' })).success).toBe(false);
    expect(cvDataSchema.safeParse(work({ startDate: '2021-01', endDate: '2020-01' })).success).toBe(false);
    expect(cvDataSchema.safeParse(work({ isCurrent: true, endDate: '2020-01' })).success).toBe(false);
    expect(cvDataSchema.safeParse({ ...base, linkedinUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(cvDataSchema.safeParse({ ...base, skills: [{ name: 'Go', category: 'other' }] }).success).toBe(false);
  });

  it('bounds list lengths and text sizes', () => {
    expect(cvDataSchema.safeParse({ ...base, skills: Array.from({ length: 301 }, (_, i) => ({ name: `S${i}` })) }).success).toBe(false);
    expect(cvDataSchema.safeParse({ ...base, summary: 'x'.repeat(5_001) }).success).toBe(false);
  });
});
