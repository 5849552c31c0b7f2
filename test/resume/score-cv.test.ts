import { describe, expect, it } from 'vitest';
import type { CvData } from '../../src/resume/cv-schema.js';
import { scoreCv } from '../../src/resume/score-cv.js';

const NOW = { now: new Date('2025-06-15T00:00:00Z') };

const SENIOR: CvData = {
  summary: 'Backend engineer.',
  workExperiences: [
    { company: 'Wolt', title: 'Senior Engineer', startDate: '2020-01', isCurrent: true, description: 'Ran services on Terraform-managed AWS.' },
    { company: 'Helix Labs', title: 'Engineer', startDate: '2015-01', endDate: '2019-12', isCurrent: false, description: 'Built APIs.' },
  ],
  education: [{ institution: 'Vilnius University', degree: 'BSc', field: 'Computer Science' }],
  skills: [{ name: 'Python' }, { name: 'Kubernetes' }, { name: 'PostgreSQL' }, { name: 'Docker' }, { name: 'Go' }],
  certifications: [{ name: 'Certified Kubernetes Administrator (CKA)' }],
  linkedinUrl: 'https://www.linkedin.com/in/someone',
};

const JUNIOR: CvData = {
  workExperiences: [{ company: 'Kivio', title: 'Intern', startDate: '2024-09', isCurrent: true }],
  education: [],
  skills: [{ name: 'HTML' }],
  certifications: [],
};

describe('scoreCv', () => {
  it('matches required skills through aliases and explains the result', () => {
    const result = scoreCv(SENIOR, ['python', 'k8s', 'Postgres', 'Terraform', 'Rust'], NOW);
    expect(result.upsides).toContain('Lists 3 of 5 required skills: Python, Kubernetes, PostgreSQL.');
    expect(result.upsides).toContain('Work history mentions Terraform, though not as listed skills.');
    expect(result.shortcomings).toContain('Missing required skills: Rust.');
    expect(result.upsides).toContain('About 11 years of professional experience across 2 roles.');
    expect(result.upsides).toContain('Currently works as Senior Engineer at Wolt.');
    expect(result.cvScore).toBeGreaterThan(60);
    expect(result.cvScore).toBeLessThan(90);
  });

  it('ranks a matching senior profile above a junior one', () => {
    const required = ['Python', 'Kubernetes'];
    expect(scoreCv(SENIOR, required, NOW).cvScore).toBeGreaterThan(scoreCv(JUNIOR, required, NOW).cvScore);
    const junior = scoreCv(JUNIOR, required, NOW);
    expect(junior.shortcomings).toEqual(
      expect.arrayContaining(['Missing required skills: Python, Kubernetes.', 'Only 10 months of professional experience.', 'No education is listed.']),
    );
  });

  it('scores on general signals, and says so, when no skills are required', () => {
    const result = scoreCv(SENIOR, [], NOW);
    expect(result.upsides[0]).toMatch(/^No required skills were given/);
    expect(Number.isInteger(result.cvScore)).toBe(true);
    expect(result.cvScore).toBeGreaterThan(scoreCv(JUNIOR, [], NOW).cvScore);
  });

  it('points out gaps and the lack of a current role', () => {
    const cv: CvData = {
      workExperiences: [
        { company: 'B', title: 'Analyst', startDate: '2021-01', endDate: '2022-12', isCurrent: false },
        { company: 'A', title: 'Analyst', startDate: '2017-01', endDate: '2019-06', isCurrent: false },
      ],
      education: [],
      skills: [],
      certifications: [],
    };
    const result = scoreCv(cv, [], NOW);
    expect(result.shortcomings).toEqual(
      expect.arrayContaining(['Gap of 18 months between roles (2019-07 to 2020-12).', 'No current position; the last listed role ended in 2022-12.']),
    );
  });

  it('stays within 0-100 for an empty CV', () => {
    const result = scoreCv({ workExperiences: [], education: [], skills: [], certifications: [] }, ['Java'], NOW);
    expect(result.cvScore).toBe(0);
    expect(result.shortcomings).toContain('No work experience is listed.');
  });
});
