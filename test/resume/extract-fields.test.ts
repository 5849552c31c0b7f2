import { describe, expect, it } from 'vitest';
import { cvDataSchema } from '../../src/resume/cv-schema.js';
import { createHeuristicExtractor } from '../../src/resume/extract-fields.js';

const extractor = createHeuristicExtractor();

// Written by hand (not by the corpus generator), in the shapes résumés arrive in as text.
const SINGLE_COLUMN = `Jonas Kazlauskas
Senior Backend Engineer | Go · Kubernetes
Vilnius, Lithuania • +370 600 12345 • jonas.kazlauskas@gmail.com
linkedin.com/in/jonas-kazlauskas • github.com/jkazlauskas

PROFILE
Backend engineer with nine years of experience building payment systems on PostgreSQL and Kafka.

WORK HISTORY
Senior Engineer at Wolt
Jan 2020 – Present
• Led the move of 40 services to k8s.
• Built fraud checks in Go.

Helix Labs UAB — Software Engineer
2019-03 - 2021-02
- Rewrote the billing API.

Junior Developer
Baltic Data, Kaunas
03/2018 – 06/2020
Maintained internal tools.

EDUCATION
Vilnius University
BSc in Computer Science, 2012 – 2016

Technical Skills
JS, TypeScript, Postgres, k8s, Docker, Terraform
Soft skills: Leadership, Communication

Languages
English (C1), German – B2, Lithuanian (native)

Licenses & Certifications
Certified Kubernetes Administrator (CKA) — The Linux Foundation, 2022
AWS Certified Solutions Architect – Associate
Amazon Web Services · Issued Mar 2021 · Expires Mar 2024 · Credential ID AWS-123456
`;

describe('heuristic field extraction', () => {
  it('reads contact details, name and headline', async () => {
    const result = await extractor.extract(SINGLE_COLUMN);
    expect(result).toMatchObject({
      firstName: 'Jonas',
      lastName: 'Kazlauskas',
      fullName: 'Jonas Kazlauskas',
      email: 'jonas.kazlauskas@gmail.com',
      phone: '+37060012345',
      title: 'Senior Backend Engineer',
    });
    expect(result.cv.linkedinUrl).toBe('https://www.linkedin.com/in/jonas-kazlauskas');
    expect(result.cv.portfolioUrl).toBe('https://github.com/jkazlauskas');
    expect(result.cv.summary).toMatch(/^Backend engineer with nine years/);
  });

  it('reads work history in its different layouts and date formats', async () => {
    const { cv } = await extractor.extract(SINGLE_COLUMN);
    expect(cv.workExperiences).toEqual([
      { company: 'Wolt', title: 'Senior Engineer', startDate: '2020-01', isCurrent: true, description: 'Led the move of 40 services to k8s.\nBuilt fraud checks in Go.' },
      { company: 'Helix Labs UAB', title: 'Software Engineer', startDate: '2019-03', endDate: '2021-02', isCurrent: false, description: 'Rewrote the billing API.' },
      { company: 'Baltic Data', title: 'Junior Developer', startDate: '2018-03', endDate: '2020-06', isCurrent: false, description: 'Maintained internal tools.' },
    ]);
  });

  it('reads education, skills with aliases, languages and certifications', async () => {
    const { cv } = await extractor.extract(SINGLE_COLUMN);
    expect(cv.education).toEqual([{ institution: 'Vilnius University', degree: 'BSc', field: 'Computer Science', startDate: '2012-01', endDate: '2016-01' }]);
    const skills = Object.fromEntries(cv.skills.map((skill) => [skill.name, skill]));
    expect(Object.keys(skills)).toEqual(
      expect.arrayContaining(['JavaScript', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'Docker', 'Terraform', 'Leadership', 'Communication', 'English', 'German', 'Lithuanian', 'Apache Kafka']),
    );
    expect(skills.Leadership?.category).toBe('soft');
    expect(skills.German).toEqual({ name: 'German', category: 'language', proficiency: 'intermediate' });
    expect(skills.Lithuanian?.proficiency).toBe('expert');
    expect(cv.certifications).toEqual([
      { name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation', issueDate: '2022-01' },
      { name: 'AWS Certified Solutions Architect – Associate', issuer: 'Amazon Web Services', issueDate: '2021-03', expiryDate: '2024-03', credentialId: 'AWS-123456' },
    ]);
    expect(cvDataSchema.parse(cv)).toEqual(cv);
  });

  it('normalises phone numbers in national and international formats', async () => {
    const phoneOf = async (line: string, place = '') => (await extractor.extract(`Jane Doe\n${place}\n${line}\njane@example.com`)).phone;
    expect(await phoneOf('(415) 555-0132', 'San Francisco, CA')).toBe('+14155550132');
    expect(await phoneOf('Tel: +44 20 7946 0958')).toBe('+442079460958');
    expect(await phoneOf('020 7946 0958', 'London, UK')).toBe('+442079460958');
    expect(await phoneOf('Mobile: 0049 151 23456789')).toBe('+4915123456789');
  });

  it('handles names with diacritics, particles and capitals', async () => {
    const nameOf = async (text: string) => {
      const { firstName, lastName } = await extractor.extract(`${text}\nProduct Designer\nzoe@example.com`);
      return [firstName, lastName];
    };
    expect(await nameOf('Zoë Müller')).toEqual(['Zoë', 'Müller']);
    expect(await nameOf('ANNE-MARIE VAN DER BERG')).toEqual(['Anne-Marie', 'van der Berg']);
    expect(await nameOf("Siobhán M. O'Brien, PhD")).toEqual(['Siobhán', "O'Brien"]);
  });

  it('reads a two-column layout whose sidebar comes first', async () => {
    const text = `CONTACT
priya.raman@proton.me
+1 (646) 555-0190
Brooklyn, NY
SKILLS
Python
SQL
Tableau
Priya Raman
Data Analyst
EXPERIENCE
Fintara | Jun 2021 - Present
Data Analyst
Built the weekly revenue dashboard in Tableau.
EDUCATION
New York University | 2015 - 2019
B.A. Economics`;
    const result = await extractor.extract(text);
    expect([result.firstName, result.lastName, result.title]).toEqual(['Priya', 'Raman', 'Data Analyst']);
    expect(result.phone).toBe('+16465550190');
    expect(result.cv.skills.map((skill) => skill.name)).toEqual(['Python', 'SQL', 'Tableau']);
    expect(result.cv.workExperiences).toEqual([
      { company: 'Fintara', title: 'Data Analyst', startDate: '2021-06', isCurrent: true, description: 'Built the weekly revenue dashboard in Tableau.' },
    ]);
    expect(result.cv.education).toEqual([{ institution: 'New York University', degree: 'B.A.', field: 'Economics', startDate: '2015-01', endDate: '2019-01' }]);
  });

  it('stays fast on hostile text', async () => {
    const started = Date.now();
    await extractor.extract(`${'a'.repeat(100_000)}\n${'a.'.repeat(50_000)}\n${'1 '.repeat(50_000)}\n${'Skills: '.repeat(10_000)}`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('returns empty fields rather than guesses for text without a résumé in it', async () => {
    const result = await extractor.extract('Meeting notes\nWe agreed to ship the release next week.');
    expect(result).toMatchObject({ firstName: null, email: null, phone: null, title: null });
    expect(result.cv).toEqual({ workExperiences: [], education: [], skills: [], certifications: [] });
  });
});
