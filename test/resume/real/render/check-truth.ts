// Checks every ground-truth value against the text an independent tool reads from the
// rendered file (pdftotext, pandoc, LibreOffice), so a truth file cannot claim what the
// document does not say. Usage: npx tsx test/resume/real/render/check-truth.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RealTruth } from './people.js';

const FILES = fileURLToPath(new URL('../files/', import.meta.url));

function independentText(file: string): string {
  const path = join(FILES, file);
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (file.endsWith('.docx')) return execFileSync('pandoc', [path, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
  const work = mkdtempSync(join(tmpdir(), 'resume-check-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, path], { stdio: 'pipe' });
    return readFileSync(join(work, file.replace(/\.doc$/, '.txt')), 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// TeX hyphenates long words and even e-mail addresses at a line end ("mag-" / "nus@…"); read as printed, joined.
const unhyphenate = (text: string) => text.replace(/(?<=\p{L})-\n(?=\p{Ll})/gu, '');
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, '');

// Awesome-CV wraps each header item in an ActualText span ("mailto:…"), which pdftotext reads
// instead of the glyphs; in this file the span is lost, though the address is printed on the page
// (checked on a rendered image) and pdf.js reads it.
const SEEN_ON_PAGE: Record<string, string[]> = { 'awesome-cv-15.pdf': ['email'] };

let problems = 0;
for (const file of readdirSync(FILES).filter((f) => /\.(pdf|docx|doc)$/.test(f)).sort()) {
  const truth = JSON.parse(readFileSync(join(FILES, file.replace(/\.\w+$/, '.json')), 'utf8')) as RealTruth;
  const raw = independentText(file);
  const text = squash(raw) + squash(unhyphenate(raw));
  const digits = text.replace(/\D/g, '');
  const wanted: [string, string][] = [
    ['firstName', truth.firstName],
    ['lastName', truth.lastName],
    ...(truth.email ? [['email', truth.email] as [string, string]] : []),
    ...truth.workExperiences.flatMap((w): [string, string][] => [['company', w.company], ['title', w.title]]),
    ...truth.education.flatMap((e): [string, string][] => [['institution', e.institution], ['degree', e.degree]]),
    ...truth.skills.map((s): [string, string] => ['skill', s]),
  ];
  const missing = wanted.filter(([field, value]) => !text.includes(squash(value)) && !SEEN_ON_PAGE[file]?.includes(field)).map(([field, value]) => `${field}=${value}`);
  if (truth.phone && !digits.includes(truth.phone.replace(/\D/g, ''))) missing.push(`phone=${truth.phone}`);
  for (const work of truth.workExperiences) {
    for (const date of [work.startDate, work.endDate]) {
      if (date && !digits.includes(date.slice(0, 4))) missing.push(`year=${date}`);
    }
  }
  if (missing.length > 0) {
    problems++;
    console.log(`${file}: not in the document: ${missing.join('; ')}`);
  }
}
console.log(problems === 0 ? 'every truth value is in its document' : `${problems} files with problems`);
process.exitCode = problems === 0 ? 0 : 1;
