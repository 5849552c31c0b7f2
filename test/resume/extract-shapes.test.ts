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

  it('validates RESUME_DEFAULT_PHONE_REGION', () => {
    expect(defaultPhoneRegion({ RESUME_DEFAULT_PHONE_REGION: 'de' })).toBe('DE');
    expect(defaultPhoneRegion({})).toBeUndefined();
    expect(() => defaultPhoneRegion({ RESUME_DEFAULT_PHONE_REGION: 'Germany' })).toThrow(/two-letter/);
  });
});
