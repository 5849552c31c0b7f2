import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

/** One candidate read from a file, in the shape `createCandidate` takes, with where it came from. */
export interface CandidateRecord {
  /** "row 3" or "item 2", for messages. */
  source: string;
  input: Record<string, unknown>;
}

const FIELD_ALIASES: Record<string, string> = {
  firstname: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  name: 'fullName',
  fullname: 'fullName',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  phone: 'phone',
  phonenumber: 'phone',
  mobile: 'phone',
  telephone: 'phone',
  title: 'title',
  jobtitle: 'title',
  headline: 'title',
  notes: 'notes',
  note: 'notes',
  externalid: 'externalId',
  id: 'externalId',
};

const CV_ALIASES: Record<string, string> = { linkedin: 'linkedinUrl', linkedinurl: 'linkedinUrl', portfolio: 'portfolioUrl', portfoliourl: 'portfolioUrl', website: 'portfolioUrl' };

const normalizeKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Maps loosely named columns or keys onto candidate fields; anything else is kept in `metadata`. */
function fromFlat(row: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const cv: Record<string, unknown> = {};
  const metadata: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(row)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '' || value === null || value === undefined) continue;
    const normalized = normalizeKey(key);
    const field = FIELD_ALIASES[normalized];
    const cvField = CV_ALIASES[normalized];
    if (field) input[field] = typeof value === 'number' ? String(value) : value;
    else if (cvField) cv[cvField] = value;
    else if (key === 'cv' && typeof value === 'object') Object.assign(cv, value);
    else metadata[key] = value;
  }
  if (Object.keys(cv).length > 0) input.cv = cv;
  if (Object.keys(metadata).length > 0) input.metadata = metadata;
  return input;
}

type JsonResume = {
  basics?: { name?: string; label?: string; email?: string; phone?: string; url?: string; summary?: string; profiles?: { network?: string; url?: string }[] };
  work?: { name?: string; company?: string; position?: string; startDate?: string; endDate?: string; summary?: string; highlights?: string[] }[];
  education?: { institution?: string; studyType?: string; area?: string; startDate?: string; endDate?: string }[];
  skills?: { name?: string; level?: string }[];
  certificates?: { name?: string; issuer?: string; date?: string; url?: string }[];
  meta?: Record<string, unknown>;
};

const PROFICIENCY = new Set(['beginner', 'intermediate', 'advanced', 'expert']);
const defined = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/** JSON Resume (jsonresume.org schema 1.0): basics become the candidate, the rest the CV. */
function fromJsonResume(resume: JsonResume): Record<string, unknown> {
  const basics = resume.basics ?? {};
  const linkedin = basics.profiles?.find((p) => p.network?.toLowerCase() === 'linkedin')?.url;
  const cv = defined({
    summary: basics.summary,
    linkedinUrl: linkedin,
    portfolioUrl: basics.url,
    workExperiences: (resume.work ?? []).map((w) =>
      defined({
        company: w.name ?? w.company,
        title: w.position,
        startDate: w.startDate,
        endDate: w.endDate,
        description: [w.summary, ...(w.highlights ?? [])].filter(Boolean).join('\n') || undefined,
      }),
    ),
    education: (resume.education ?? []).map((e) => defined({ institution: e.institution, degree: e.studyType, field: e.area, startDate: e.startDate, endDate: e.endDate })),
    skills: (resume.skills ?? []).map((s) => defined({ name: s.name, proficiency: s.level && PROFICIENCY.has(s.level.toLowerCase()) ? s.level.toLowerCase() : undefined })),
    certifications: (resume.certificates ?? []).map((c) => defined({ name: c.name, issuer: c.issuer, issueDate: c.date, credentialUrl: c.url })),
  });
  return defined({ fullName: basics.name, email: basics.email, phone: basics.phone, title: basics.label, cv });
}

const isJsonResume = (value: unknown): value is JsonResume => typeof value === 'object' && value !== null && 'basics' in value;

export class CandidateFileError extends Error {}

/** Reads a CSV (with a header row) or JSON file (an array, `{ candidates: [...] }`, or JSON Resume documents). */
export async function readCandidateRecords(path: string): Promise<CandidateRecord[]> {
  const text = await readFile(path, 'utf8');
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') {
    let rows: Record<string, string>[];
    try {
      rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Record<string, string>[];
    } catch (error) {
      throw new CandidateFileError(`${path} is not valid CSV: ${(error as Error).message}`);
    }
    // Row 1 is the header.
    return rows.map((row, i) => ({ source: `row ${i + 2}`, input: fromFlat(row) }));
  }
  if (extension === '.json') {
    let document: unknown;
    try {
      document = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CandidateFileError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
    const items = Array.isArray(document) ? document : typeof document === 'object' && document !== null && Array.isArray((document as { candidates?: unknown }).candidates) ? (document as { candidates: unknown[] }).candidates : [document];
    return items.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return { source: `item ${i + 1}`, input: {} };
      return { source: `item ${i + 1}`, input: isJsonResume(item) ? fromJsonResume(item) : fromFlat(item as Record<string, unknown>) };
    });
  }
  throw new CandidateFileError(`Cannot import ${path}: give a directory of résumés (PDF, DOC, DOCX) or a .csv or .json file of candidates.`);
}
