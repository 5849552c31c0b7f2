// Accuracy over résumés rendered from public templates (test/resume/real/). Shared by
// measure-accuracy.ts (prints, publishes ACCURACY.md) and real-accuracy.test.ts (floors).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cvDataSchema } from '../../src/resume/cv-schema.js';
import { createHeuristicExtractor, type ExtractedResume } from '../../src/resume/extract-fields.js';
import { extractResumeContent } from '../../src/resume/extract-text.js';
import type { ResumeKind } from '../../src/resume/file-type.js';
import type { RealTruth } from './real/render/people.js';
import { isHeldOut } from './real/render/plan.js';

export const REAL_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'work.company', 'work.title', 'work.dates',
  'education.institution', 'education.degree', 'skills',
] as const;
export type RealField = (typeof REAL_FIELDS)[number];
export type RealPart = 'development' | 'held-out';

export interface RealDocument {
  id: string;
  template: string;
  kind: ResumeKind;
  part: RealPart;
  bytes: Uint8Array;
  truth: RealTruth;
}

export interface RealScore {
  field: RealField;
  matched: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface RealMismatch {
  id: string;
  field: RealField;
  missing: string[];
  unexpected: string[];
}

export interface RealReport {
  part: RealPart;
  documents: number;
  templates: number;
  byKind: Record<string, number>;
  scores: RealScore[];
  mismatches: RealMismatch[];
}

const FILES = fileURLToPath(new URL('./real/files/', import.meta.url));

export function loadRealCorpus(part: RealPart): RealDocument[] {
  return readdirSync(FILES)
    .filter((file) => /\.(pdf|docx|doc)$/.test(file))
    .sort()
    .map((file) => {
      const id = file.replace(/\.\w+$/, '');
      const match = /^(.+)-(\d+)$/.exec(id);
      if (!match) throw new Error(`unexpected corpus file name ${file}`);
      const template = match[1] as string;
      const seed = Number(match[2]);
      return {
        id,
        template,
        kind: file.split('.').at(-1) as ResumeKind,
        part: isHeldOut(template, seed) ? ('held-out' as const) : ('development' as const),
        bytes: new Uint8Array(readFileSync(`${FILES}${file}`)),
        truth: JSON.parse(readFileSync(`${FILES}${id}.json`, 'utf8')) as RealTruth,
      };
    })
    .filter((document) => document.part === part);
}

function normalize(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/[.,;:\s]+$/, '').trim();
}

/** Phone numbers are compared on what identifies them: the digits, and whether a country code was written. */
export function phoneKey(value: string): string {
  return `${value.trim().startsWith('+') ? '+' : ''}${value.replace(/\D/g, '')}`;
}

function values(field: RealField, source: RealTruth | ExtractedResume): string[] {
  const truth = !('cv' in source);
  const work = truth ? source.workExperiences : source.cv.workExperiences;
  const education = truth ? source.education : source.cv.education;
  const list = (items: (string | null | undefined)[]) => items.filter((item): item is string => !!item).map(normalize);
  switch (field) {
    case 'firstName':
    case 'lastName':
    case 'email':
      return list([source[field]]);
    case 'phone':
      return source.phone ? [phoneKey(source.phone)] : [];
    case 'work.company':
      return list(work.map((w) => w.company));
    case 'work.title':
      return list(work.map((w) => w.title));
    case 'work.dates':
      return work.map((w) => `${w.startDate ?? '?'}..${w.endDate ?? (w.isCurrent ? 'present' : '?')}`);
    case 'education.institution':
      return list(education.map((e) => e.institution));
    case 'education.degree':
      return list(education.map((e) => e.degree));
    case 'skills':
      return list(truth ? source.skills : source.cv.skills.map((skill) => skill.name));
  }
}

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

export async function measureRealAccuracy(part: RealPart): Promise<RealReport> {
  const documents = loadRealCorpus(part);
  const extractor = createHeuristicExtractor();
  const extracted: ExtractedResume[] = [];
  for (const document of documents) {
    // Accuracy, not speed: a loaded CI machine must not turn a slow parse into a miss.
    const { text, layout } = await extractResumeContent(document.bytes, document.kind, { timeoutMs: 120_000 });
    const result = await extractor.extract(text, layout);
    const valid = cvDataSchema.safeParse(result.cv);
    if (!valid.success) throw new Error(`${document.id}: extracted CV fails cvDataSchema: ${valid.error.message}`);
    extracted.push(result);
  }
  const mismatches: RealMismatch[] = [];
  const scores = REAL_FIELDS.map((field): RealScore => {
    let matched = 0;
    let predicted = 0;
    let expected = 0;
    documents.forEach((document, index) => {
      const got = values(field, extracted[index] as ExtractedResume);
      const want = values(field, document.truth);
      const result = compare(got, want);
      matched += result.matched;
      predicted += got.length;
      expected += want.length;
      if (result.missing.length > 0 || result.unexpected.length > 0) mismatches.push({ id: document.id, field, missing: result.missing, unexpected: result.unexpected });
    });
    const precision = predicted === 0 ? 1 : matched / predicted;
    const recall = expected === 0 ? 1 : matched / expected;
    return { field, matched, predicted, expected, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  const byKind: Record<string, number> = {};
  for (const document of documents) byKind[document.kind] = (byKind[document.kind] ?? 0) + 1;
  return { part, documents: documents.length, templates: new Set(documents.map((d) => d.template)).size, byKind, scores, mismatches };
}

/** Published F1 floors per part (ACCURACY.md): the measured value rounded down to whole points, less two. */
export const REAL_F1_FLOORS: Record<RealPart, Record<RealField, number>> = {
  development: { firstName: 0.98, lastName: 0.96, email: 0.98, phone: 0.98, 'work.company': 0.91, 'work.title': 0.91, 'work.dates': 0.92, 'education.institution': 0.89, 'education.degree': 0.93, skills: 0.88 },
  'held-out': { firstName: 0.89, lastName: 0.93, email: 0.98, phone: 0.91, 'work.company': 0.87, 'work.title': 0.89, 'work.dates': 0.84, 'education.institution': 0.83, 'education.degree': 0.95, skills: 0.84 },
};

export function realBelowFloor(report: RealReport): string[] {
  return report.scores
    .filter((score) => score.f1 < REAL_F1_FLOORS[report.part][score.field])
    .map((score) => `${report.part} ${score.field} F1 ${pct(score.f1)} < floor ${pct(REAL_F1_FLOORS[report.part][score.field])}`);
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export function realAccuracyMarkdown(report: RealReport): string {
  const kinds = Object.entries(report.byKind).map(([kind, count]) => `${count} ${kind}`).join(', ');
  const rows = report.scores.map((s) =>
    `| ${s.field} | ${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** | ${s.matched} / ${s.predicted} / ${s.expected} | ${pct(REAL_F1_FLOORS[report.part][s.field])} |`,
  );
  return [
    '| field | precision | recall | F1 | matched / predicted / expected | F1 floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `${report.documents} résumés from ${report.templates} templates (${kinds}).`,
  ].join('\n');
}
