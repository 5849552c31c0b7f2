import type { CvData } from './cv-schema.js';
import { findSkill, skillKey } from './skills-vocabulary.js';

export interface CvScore {
  /** 0-100 */
  cvScore: number;
  upsides: string[];
  shortcomings: string[];
}

export interface ScoreCvOptions {
  /** "Today" for current positions and gaps; default now. */
  now?: Date;
}

const FULL_EXPERIENCE_YEARS = 8;
const JUNIOR_YEARS = 2;
const NOTABLE_GAP_MONTHS = 12;
const GOOD_SKILL_COUNT = 12;

interface Interval {
  start: number;
  end: number;
}

/**
 * Scores a CV against required skills (matched through the vocabulary's aliases, so
 * "k8s" satisfies "Kubernetes"), years of experience and completeness. Without required
 * skills the score rests on general signals only, and the upsides say so.
 */
export function scoreCv(cv: CvData, requiredSkills: string[], options: ScoreCvOptions = {}): CvScore {
  const now = options.now ?? new Date();
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const upsides: string[] = [];
  const shortcomings: string[] = [];

  const required = uniqueCanonical(requiredSkills);
  const experience = experienceSignals(cv, nowMonth);
  const completeness = completenessOf(cv);
  let score: number;

  if (required.length > 0) {
    const listed = new Set(cv.skills.map((skill) => canonical(skill.name).toLowerCase()));
    const prose = [cv.summary ?? '', ...cv.workExperiences.flatMap((work) => [work.title, work.description ?? ''])].join('\n');
    const matched = required.filter((skill) => listed.has(skill.toLowerCase()));
    const mentioned = required.filter((skill) => !listed.has(skill.toLowerCase()) && mentions(prose, skill));
    const missing = required.filter((skill) => !matched.includes(skill) && !mentioned.includes(skill));
    const matchRatio = (matched.length + 0.5 * mentioned.length) / required.length;
    score = 0.6 * matchRatio + 0.25 * experience.score + 0.15 * completeness;

    if (matched.length === required.length) upsides.push(`Lists all ${required.length} required skills: ${matched.join(', ')}.`);
    else if (matched.length > 0) upsides.push(`Lists ${matched.length} of ${required.length} required skills: ${matched.join(', ')}.`);
    if (mentioned.length > 0) upsides.push(`Work history mentions ${mentioned.join(', ')}, though not as listed skills.`);
    if (missing.length > 0) shortcomings.push(`Missing required skills: ${missing.join(', ')}.`);
  } else {
    upsides.push('No required skills were given, so the score reflects general signals only: experience, skills, education and certifications.');
    const skillBreadth = Math.min(cv.skills.length / GOOD_SKILL_COUNT, 1);
    score =
      0.45 * experience.score +
      0.25 * skillBreadth +
      0.1 * (cv.education.length > 0 ? 1 : 0) +
      0.1 * Math.min(cv.certifications.length / 2, 1) +
      0.1 * completeness;
    const named = cv.skills.slice(0, 5).map((skill) => skill.name);
    if (cv.skills.length >= GOOD_SKILL_COUNT / 2) upsides.push(`Lists ${cv.skills.length} skills, including ${named.join(', ')}.`);
    else shortcomings.push(cv.skills.length === 0 ? 'Lists no skills.' : `Lists only ${cv.skills.length} skill${cv.skills.length === 1 ? '' : 's'}.`);
  }

  upsides.push(...experience.upsides);
  shortcomings.push(...experience.shortcomings);

  const degree = cv.education[0];
  if (degree) {
    const what = [degree.degree, degree.field].filter(Boolean).join(' in ');
    upsides.push(`Education: ${what ? `${what}, ` : ''}${degree.institution}.`);
  } else {
    shortcomings.push('No education is listed.');
  }
  if (cv.certifications.length > 0) {
    const names = cv.certifications.slice(0, 3).map((certification) => certification.name);
    upsides.push(`Holds ${cv.certifications.length} certification${cv.certifications.length === 1 ? '' : 's'}: ${names.join('; ')}${cv.certifications.length > 3 ? '; …' : ''}.`);
  }
  if (cv.workExperiences.length > 0 && cv.workExperiences.every((work) => !work.description)) {
    shortcomings.push('The work history has no descriptions of responsibilities or achievements.');
  }

  return { cvScore: Math.max(0, Math.min(100, Math.round(score * 100))), upsides, shortcomings };
}

function canonical(skill: string): string {
  return findSkill(skill)?.name ?? skill.trim();
}

function uniqueCanonical(skills: string[]): string[] {
  const seen = new Map<string, string>();
  for (const skill of skills) {
    const name = canonical(skill);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

function mentions(text: string, skill: string): boolean {
  const entry = findSkill(skill);
  const spellings = entry ? [entry.name, ...entry.aliases] : [skill];
  const lowered = skillKey(text);
  return spellings.some((spelling) => {
    const key = skillKey(spelling).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return key.length > 1 && new RegExp(`(?<![\\p{L}\\p{N}+#])${key}(?![\\p{L}\\p{N}+#])`, 'u').test(lowered);
  });
}

function toMonth(yearMonth: string): number {
  const [year = 0, month = 1] = yearMonth.split('-').map(Number);
  return year * 12 + month - 1;
}

function formatMonth(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

function experienceSignals(cv: CvData, nowMonth: number): { score: number; upsides: string[]; shortcomings: string[] } {
  const upsides: string[] = [];
  const shortcomings: string[] = [];
  const intervals: Interval[] = cv.workExperiences
    .filter((work) => work.startDate)
    .map((work) => ({
      start: toMonth(work.startDate ?? ''),
      // Without an end date a role counts as ongoing unless it is explicitly marked as past.
      end: work.endDate ? toMonth(work.endDate) : work.isCurrent === false ? toMonth(work.startDate ?? '') : nowMonth,
    }))
    .filter((interval) => interval.end >= interval.start)
    .sort((a, b) => a.start - b.start);
  if (intervals.length === 0) {
    shortcomings.push(cv.workExperiences.length === 0 ? 'No work experience is listed.' : 'The work history has no dates, so experience could not be measured.');
    return { score: 0, upsides, shortcomings };
  }

  const merged: Interval[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end + 1) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  const months = merged.reduce((total, interval) => total + interval.end - interval.start + 1, 0);
  const years = months / 12;
  const roles = cv.workExperiences.length;
  const yearsText = years < 1 ? `${months} month${months === 1 ? '' : 's'}` : `about ${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'}`;
  if (years < JUNIOR_YEARS) shortcomings.push(`Only ${yearsText} of professional experience.`);
  else upsides.push(`${capitalize(yearsText)} of professional experience across ${roles} role${roles === 1 ? '' : 's'}.`);

  const current = cv.workExperiences.find((work) => work.isCurrent);
  if (current) upsides.push(`Currently works as ${current.title} at ${current.company}.`);
  for (let i = 1; i < merged.length; i++) {
    const gap = (merged[i]?.start ?? 0) - (merged[i - 1]?.end ?? 0) - 1;
    if (gap >= NOTABLE_GAP_MONTHS) {
      shortcomings.push(`Gap of ${gap} months between roles (${formatMonth((merged[i - 1]?.end ?? 0) + 1)} to ${formatMonth((merged[i]?.start ?? 0) - 1)}).`);
    }
  }
  const lastEnd = merged.at(-1)?.end ?? nowMonth;
  if (!current && nowMonth - lastEnd >= NOTABLE_GAP_MONTHS) {
    shortcomings.push(`No current position; the last listed role ended in ${formatMonth(lastEnd)}.`);
  }
  return { score: Math.min(years / FULL_EXPERIENCE_YEARS, 1), upsides, shortcomings };
}

function completenessOf(cv: CvData): number {
  const signals = [
    Boolean(cv.summary),
    cv.workExperiences.some((work) => Boolean(work.description)),
    cv.education.length > 0,
    cv.skills.length >= 5,
    Boolean(cv.linkedinUrl || cv.portfolioUrl),
  ];
  return signals.filter(Boolean).length / signals.length;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
