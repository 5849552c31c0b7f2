// Shared by measure-accuracy.ts (prints and publishes ACCURACY.md) and accuracy.test.ts
// (fails when a field drops below its floor).
import { cvDataSchema } from '../../src/resume/cv-schema.js';
import { createHeuristicExtractor, type ExtractedResume } from '../../src/resume/extract-fields.js';
import { extractResumeContent } from '../../src/resume/extract-text.js';
import { loadCorpus, type CorpusDocument } from './corpus/generate.js';
import type { ExpectedResume } from './corpus/resume-model.js';

export const FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'linkedinUrl', 'portfolioUrl', 'title',
  'work.company', 'work.title', 'work.dates', 'education.institution', 'education.degree',
  'skills', 'certifications.name', 'certifications.issuer',
] as const;
export type Field = (typeof FIELDS)[number];

/** Published floors: the measured values (all 100% when last measured) less five points (see ACCURACY.md). */
export const ACCURACY_FLOORS: Record<Field, { precision: number; recall: number }> = {
  firstName: { precision: 0.95, recall: 0.95 },
  lastName: { precision: 0.95, recall: 0.95 },
  email: { precision: 0.95, recall: 0.95 },
  phone: { precision: 0.95, recall: 0.95 },
  linkedinUrl: { precision: 0.95, recall: 0.95 },
  portfolioUrl: { precision: 0.95, recall: 0.95 },
  title: { precision: 0.95, recall: 0.95 },
  'work.company': { precision: 0.95, recall: 0.95 },
  'work.title': { precision: 0.95, recall: 0.95 },
  'work.dates': { precision: 0.95, recall: 0.95 },
  'education.institution': { precision: 0.95, recall: 0.95 },
  'education.degree': { precision: 0.95, recall: 0.95 },
  skills: { precision: 0.95, recall: 0.95 },
  'certifications.name': { precision: 0.95, recall: 0.95 },
  'certifications.issuer': { precision: 0.95, recall: 0.95 },
};

export interface FieldScore {
  field: Field;
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
}

export interface Mismatch {
  documentId: string;
  field: Field;
  missing: string[];
  unexpected: string[];
}

export interface AccuracyReport {
  documents: number;
  byKind: Record<string, number>;
  scores: FieldScore[];
  mismatches: Mismatch[];
}

function normalize(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/[.,;:\s]+$/, '').trim();
}

function normalizeUrl(value: string): string {
  return value.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function present(values: (string | null | undefined)[], normalizer = normalize): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value.length > 0).map(normalizer);
}

function fieldValues(field: Field, source: ExtractedResume | ExpectedResume): string[] {
  const expected = 'workExperiences' in source;
  const work = expected ? source.workExperiences : source.cv.workExperiences;
  const education = expected ? source.education : source.cv.education;
  const certifications = expected ? source.certifications : source.cv.certifications;
  switch (field) {
    case 'firstName':
    case 'lastName':
    case 'email':
    case 'phone':
    case 'title':
      return present([source[field]]);
    case 'linkedinUrl':
    case 'portfolioUrl':
      return present([expected ? source[field] : source.cv[field]], normalizeUrl);
    case 'work.company':
      return present(work.map((w) => w.company));
    case 'work.title':
      return present(work.map((w) => w.title));
    case 'work.dates':
      return work.map((w) => `${w.startDate ?? '?'}..${w.endDate ?? (w.isCurrent ? 'present' : '?')}`);
    case 'education.institution':
      return present(education.map((e) => e.institution));
    case 'education.degree':
      return present(education.map((e) => e.degree));
    case 'skills':
      return present(expected ? source.skills : source.cv.skills.map((skill) => skill.name));
    case 'certifications.name':
      return present(certifications.map((c) => c.name));
    case 'certifications.issuer':
      return present(certifications.map((c) => c.issuer));
  }
}

/** Multiset intersection: each expected value can be matched once. */
function compare(predicted: string[], expected: string[]): { matched: number; missing: string[]; unexpected: string[] } {
  const remaining = [...expected];
  const unexpected: string[] = [];
  for (const value of predicted) {
    const index = remaining.indexOf(value);
    if (index >= 0) remaining.splice(index, 1);
    else unexpected.push(value);
  }
  return { matched: predicted.length - unexpected.length, missing: remaining, unexpected };
}

async function mapWithConcurrency<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Extracts every corpus document (text in worker threads, then fields) and scores each field. */
export async function measureAccuracy(corpus?: CorpusDocument[]): Promise<AccuracyReport> {
  const documents = corpus ?? (await loadCorpus());
  const extractor = createHeuristicExtractor();
  const extracted = await mapWithConcurrency(documents, 2, async (document) => {
    const { text, layout } = await extractResumeContent(document.bytes, document.kind);
    const result = await extractor.extract(text, layout);
    const valid = cvDataSchema.safeParse(result.cv);
    if (!valid.success) throw new Error(`${document.id}: extracted CV fails cvDataSchema: ${valid.error.message}`);
    return result;
  });

  const mismatches: Mismatch[] = [];
  const scores = FIELDS.map((field): FieldScore => {
    let truePositives = 0;
    let predicted = 0;
    let expected = 0;
    documents.forEach((document, index) => {
      const got = fieldValues(field, extracted[index] as ExtractedResume);
      const want = fieldValues(field, document.expected);
      const { matched, missing, unexpected } = compare(got, want);
      truePositives += matched;
      predicted += got.length;
      expected += want.length;
      if (missing.length > 0 || unexpected.length > 0) mismatches.push({ documentId: document.id, field, missing, unexpected });
    });
    return {
      field,
      truePositives,
      predicted,
      expected,
      precision: predicted === 0 ? 1 : truePositives / predicted,
      recall: expected === 0 ? 1 : truePositives / expected,
    };
  });
  const byKind: Record<string, number> = {};
  for (const document of documents) byKind[document.kind] = (byKind[document.kind] ?? 0) + 1;
  return { documents: documents.length, byKind, scores, mismatches };
}

export function belowFloor(report: AccuracyReport): string[] {
  return report.scores.flatMap((score) => {
    const floor = ACCURACY_FLOORS[score.field];
    const failures: string[] = [];
    if (score.precision < floor.precision) failures.push(`${score.field} precision ${percent(score.precision)} < floor ${percent(floor.precision)}`);
    if (score.recall < floor.recall) failures.push(`${score.field} recall ${percent(score.recall)} < floor ${percent(floor.recall)}`);
    return failures;
  });
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function accuracyMarkdown(report: AccuracyReport, withFloors = true): string {
  const kinds = Object.entries(report.byKind).map(([kind, count]) => `${count} ${kind}`).join(', ');
  const header = withFloors
    ? ['| field | precision | recall | matched / predicted / expected | precision floor | recall floor |', '| --- | ---: | ---: | ---: | ---: | ---: |']
    : ['| field | precision | recall | matched / predicted / expected |', '| --- | ---: | ---: | ---: |'];
  const rows = report.scores.map((score) => {
    const floor = ACCURACY_FLOORS[score.field];
    const cells = [score.field, percent(score.precision), percent(score.recall), `${score.truePositives} / ${score.predicted} / ${score.expected}`];
    if (withFloors) cells.push(percent(floor.precision), percent(floor.recall));
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...rows, '', `Corpus: ${report.documents} résumés (${kinds}).`].join('\n');
}
