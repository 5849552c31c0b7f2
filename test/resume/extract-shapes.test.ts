import { describe, expect, it } from 'vitest';
import { createHeuristicExtractor } from '../../src/resume/extract-fields.js';
import { defaultPhoneRegion } from '../../src/resume/phone-region.js';

describe('shapes from real templates', () => {
  const extractor = createHeuristicExtractor();

  it('drops NUL and control characters before reading fields', async () => {
    const result = await extractor.extract('Ada\u0000 Lovelace\u0007\nada@example.org\nExperience\nEngineer\u0000\t2020 - 2022\nAcme Ltd\tLondon');
    expect(result.fullName).toBe('Ada Lovelace');
    expect(JSON.stringify(result)).not.toMatch(/[\u0000-\u0008]/);
  });

  it('keeps a phone number without country code as written, and never reads "RESUME" as a surname', async () => {
    const result = await extractor.extract('KWAME ASANTE RESUME\n(415) 555-0134\nkwame@example.org');
    expect(result.lastName).toBe('Asante');
    expect(result.phone).toBe('(415) 555-0134');
    const german = await createHeuristicExtractor({ defaultCountry: 'DE' }).extract('Kwame Asante\n0176 9876543');
    expect(german.phone).toBe('+491769876543');
  });

  it('reads "Title ⇥ dates" over "Company ⇥ place" entries, letter-spaced headings and split date columns', async () => {
    const result = await extractor.extract(
      'Mateus Gonçalves\nW O R K E X P E R I E N C E\nBackend Engineer\t2024/01 – Current\nGlovo\tBarcelona\n• Cut latency\nMay 2020 – Data Analyst, Paystack, Lagos\n2023 ○ Built reports',
    );
    expect(result.cv.workExperiences.map((w) => [w.title, w.company, w.startDate, w.endDate ?? 'now'])).toEqual([
      ['Backend Engineer', 'Glovo', '2024-01', 'now'],
      ['Data Analyst', 'Paystack', '2020-05', '2023-01'],
    ]);
  });

  it('reads the name from the largest type near the top, never from body text or section titles', async () => {
    const text = 'Work Experience\nSpanish Fluent\nRadosław\nWiśniewski\nFrontend Developer\nradek@example.org';
    const display = [
      { text: 'Work Experience', scale: 4, font: 'bold', row: 0, top: 0.05 },
      { text: 'Radosław', scale: 3.6, font: 'f1', row: 1, top: 0.13 },
      { text: 'Austin, TX', scale: 1.2, font: 'f3', row: 2, top: 0.14 },
      { text: 'Wiśniewski', scale: 3.6, font: 'f1', row: 3, top: 0.16 },
      { text: 'Frontend Developer', scale: 1.7, font: 'f2', row: 5, top: 0.19 },
    ];
    const result = await extractor.extract(text, { display });
    expect([result.firstName, result.lastName]).toEqual(['Radosław', 'Wiśniewski']);
    // Without typography the text alone is read as before.
    expect((await extractor.extract('Ada Lovelace\nada@example.org')).fullName).toBe('Ada Lovelace');
  });

  it('splits first name from surname where the display type changes font, and title-cases capitals', async () => {
    const twoFonts = [
      { text: 'Nguyen', scale: 3.2, font: 'light', row: 0, top: 0.05 },
      { text: 'Thi Mai', scale: 3.2, font: 'bold', row: 0, top: 0.05 },
    ];
    const split = await extractor.extract('Nguyen Thi Mai\nmai@example.org', { display: twoFonts });
    expect([split.firstName, split.lastName]).toEqual(['Nguyen', 'Thi Mai']);
    const caps = await extractor.extract('LUKAS VAN DER BERG RESUME\nlukas@example.org', {
      display: [{ text: 'LUKAS VAN DER BERG', scale: 3, font: 'f1', row: 0, top: 0.04 }, { text: 'RESUME', scale: 3, font: 'f1', row: 0, top: 0.04 }],
    });
    expect([caps.firstName, caps.lastName]).toEqual(['Lukas', 'van der Berg']);
    // A large line that is no name (a job title) is passed over for the text's own reading.
    const title = await extractor.extract('Ada Lovelace\nData Engineer', { display: [{ text: 'Data Engineer', scale: 3, font: 'f', row: 0, top: 0.05 }] });
    expect(title.fullName).toBe('Ada Lovelace');
  });

  it('joins an e-mail address hyphenated at a line end and reads ISO dates with a day', async () => {
    const result = await extractor.extract('Magnus Østergaard\n# mag-\nnus.ostergaard@hey.com\nWork\nCelonis\t2024-03-01 — 2025-06-01\nAudit Associate');
    expect(result.email).toBe('magnus.ostergaard@hey.com');
    expect(result.cv.workExperiences.map((w) => [w.title, w.company, w.startDate, w.endDate])).toEqual([['Audit Associate', 'Celonis', '2024-03', '2025-06']]);
  });

  it('reads skill groups set as a name over a list, or beside it, without taking the group name as a skill', async () => {
    const result = await extractor.extract('Ada Lovelace\nSkills\nCLOUD\nProficient:\nGoogle Cloud • AWS • Terraform\nFrontend Vue.js, React, Forecasting, Budgeting\nLanguages\nEnglish Native\nGerman (Fluent) French (Basic)');
    expect(result.cv.skills.map((skill) => skill.name)).toEqual(['Google Cloud', 'AWS', 'Terraform', 'Vue.js', 'React', 'Forecasting', 'Budgeting', 'English', 'German', 'French']);
  });

  it('validates RESUME_DEFAULT_PHONE_REGION', () => {
    expect(defaultPhoneRegion({ RESUME_DEFAULT_PHONE_REGION: 'de' })).toBe('DE');
    expect(defaultPhoneRegion({})).toBeUndefined();
    expect(() => defaultPhoneRegion({ RESUME_DEFAULT_PHONE_REGION: 'Germany' })).toThrow(/two-letter/);
  });
});
