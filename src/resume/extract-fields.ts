import type { CountryCode } from 'libphonenumber-js';
import { parseCertifications } from './certifications.js';
import { stripControlChars } from './control-chars.js';
import { findEmail, findLinkedinUrl, findPhone, findPortfolioUrl } from './contact.js';
import { CV_LIMITS, type CvData, type WorkExperience } from './cv-schema.js';
import { findDisplayName, type DisplayName } from './display-name.js';
import type { ResumeLayout } from './display-type.js';
import { parseEducation } from './education.js';
import { inferCountry } from './locations.js';
import { foldToAscii, parsePersonName, type PersonName } from './person-name.js';
import { titleScore } from './role-words.js';
import { linesOf, splitSections, type Section, type SectionKey } from './sections.js';
import { mergeSkills, parseSkillLines } from './skill-list.js';
import { findSkillMentions } from './skills-vocabulary.js';
import { joinSplitDateRanges } from './split-dates.js';
import { isSentence, toLines, type Line } from './text-lines.js';
import { defaultPhoneRegion } from './phone-region.js';
import { parseWorkExperiences } from './work-experience.js';

export interface ExtractedResume {
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  email: string | null;
  /** E.164 when the number can be parsed, otherwise as written. */
  phone: string | null;
  /** Current headline or job title. */
  title: string | null;
  cv: CvData;
}

export interface ResumeFieldExtractor {
  name: string;
  /** `layout`: the document's typography, when the text came from a PDF or DOCX (extractResumeContent). */
  extract(text: string, layout?: ResumeLayout): Promise<ExtractedResume>;
}

export interface HeuristicExtractorOptions {
  /**
   * Country for phone numbers written without +country when the résumé names no country.
   * Default: RESUME_DEFAULT_PHONE_REGION, else none (such numbers are kept as written).
   */
  defaultCountry?: CountryCode;
}

export function createHeuristicExtractor(options: HeuristicExtractorOptions = {}): ResumeFieldExtractor {
  const defaultCountry = options.defaultCountry ?? defaultPhoneRegion();
  return {
    name: 'heuristic',
    extract: async (text, layout) => extractFields(stripControlChars(text), layout, defaultCountry),
  };
}

interface PositionedLine {
  line: Line;
  section: SectionKey;
  /** Position in the whole document. */
  index: number;
}

function extractFields(text: string, layout: ResumeLayout | undefined, defaultCountry: CountryCode | undefined): ExtractedResume {
  const allSections = splitSections(joinSplitDateRanges(toLines(text)));
  const positioned = positionLines(allSections);
  const email = findEmail(linesOf(allSections, 'header', 'contact').map((line) => line.text).join('\n')) ?? findEmail(text);
  const displayName = findDisplayName(layout?.display ?? []);
  const name = displayName ? placeDisplayName(positioned, displayName) : findName(positioned, email);
  const headline = findHeadline(positioned, name);
  // In two-column layouts the name and headline can land inside a sidebar section; they
  // must not be read as a skill or a certification.
  const claimed = new Set([...(name?.lines ?? []), headline?.line]);
  const sections = allSections.map((section) => ({ ...section, lines: section.lines.filter((line) => !claimed.has(line)) }));

  const contactTexts = linesOf(sections, 'header', 'contact').map((line) => line.text);
  const allTexts = positioned.map(({ line }) => line.text);

  const phone = findPhone(contactTexts, inferCountry(contactTexts) ?? defaultCountry) ?? findPhone(allTexts, inferCountry(allTexts) ?? defaultCountry);
  const linkedinUrl = findLinkedinUrl(text);
  const portfolioUrl =
    findPortfolioUrl(contactTexts) ?? findPortfolioUrl(linesOf(sections, 'summary', 'skills', 'other', 'languages').map((line) => line.text));

  const workExperiences = parseWorkExperiences(linesOf(sections, 'experience'));
  const title = headline?.title ?? currentTitle(workExperiences);

  const proseSkills = findSkillMentions(
    [...linesOf(sections, 'summary', 'projects').map((line) => line.text), ...workExperiences.map((work) => work.description ?? '')].join('\n'),
  ).map((entry) => ({ name: entry.name, category: entry.category }));
  const skills = mergeSkills(
    parseSkillLines(linesOf(sections, 'skills'), 'skills'),
    parseSkillLines(linesOf(sections, 'languages'), 'languages'),
    proseSkills,
  ).slice(0, CV_LIMITS.skills);

  const summary = findSummary(sections);
  const cv: CvData = {
    ...(summary ? { summary } : {}),
    workExperiences,
    education: parseEducation(linesOf(sections, 'education')),
    skills,
    certifications: parseCertifications(linesOf(sections, 'certifications')),
    ...(linkedinUrl ? { linkedinUrl } : {}),
    ...(portfolioUrl ? { portfolioUrl } : {}),
  };
  return {
    firstName: name?.firstName ?? null,
    lastName: name?.lastName ?? null,
    fullName: name?.fullName ?? null,
    email,
    phone,
    title,
    cv,
  };
}

function positionLines(sections: Section[]): PositionedLine[] {
  const positioned: PositionedLine[] = [];
  for (const section of sections) {
    for (const line of section.lines) positioned.push({ line, section: section.key, index: positioned.length });
  }
  return positioned;
}

const NAME_SECTION_BONUS: Partial<Record<SectionKey, number>> = {
  header: 3,
  contact: 2,
  summary: 0.5,
  skills: -1,
  languages: -1,
  certifications: -1,
  experience: -3,
  education: -3,
};

/**
 * The name is usually the first line, but two-column layouts can put a sidebar first.
 * Candidates are scored on where they sit, on matching the email address, and on being
 * followed by a job title.
 */
type PlacedName = PersonName & { index: number; lines: Line[] };

/** The text lines that spell the name found in the display type (the name may span two). */
function placeDisplayName(lines: PositionedLine[], name: DisplayName): PlacedName {
  const wanted = new Set(name.texts.map(comparable));
  const whole = comparable(name.fullName);
  const found = lines.filter(({ line }) => {
    const text = comparable(line.text);
    return wanted.has(text) || text === whole || parsePersonName(line.text, { display: true })?.fullName.toLowerCase() === name.fullName.toLowerCase();
  });
  const { texts: _texts, ...person } = name;
  return { ...person, index: found.at(-1)?.index ?? -1, lines: found.map(({ line }) => line) };
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s|•·,]+/g, ' ').trim();
}

function findName(lines: PositionedLine[], email: string | null): PlacedName | null {
  const emailLocal = email ? foldToAscii(email.split('@')[0] ?? '').replace(/[^a-z]/g, '') : '';
  let best: (PlacedName & { score: number }) | null = null;
  for (const { line, section, index } of lines) {
    if (line.bullet) continue;
    const name = parsePersonName(line.text);
    if (!name) continue;
    const first = foldToAscii(name.firstName).replace(/[^a-z]/g, '');
    const last = foldToAscii(name.lastName ?? '').replace(/[^a-z]/g, '');
    const matchesEmail = emailLocal !== '' && ((first.length > 2 && emailLocal.includes(first)) || (last.length > 2 && emailLocal.includes(last)));
    const nextLine = lines[index + 1]?.line.text ?? '';
    const score = (NAME_SECTION_BONUS[section] ?? 0) + (matchesEmail ? 4 : 0) + (titleScore(nextLine) > 0 ? 2 : 0) - index / 15;
    if (!best || score > best.score) best = { ...name, index, lines: [line], score };
  }
  return best;
}

/** A job-title line within the few lines after the name ("Senior Data Engineer | Python · Spark"). */
function findHeadline(lines: PositionedLine[], name: { index: number } | null): { title: string; line: Line } | null {
  const start = name ? name.index + 1 : 0;
  for (const { line, section } of lines.slice(start, start + 4)) {
    if (section === 'experience' || section === 'education') break;
    if (line.bullet || isSentence(line.text) || /@|\d{3}/.test(line.text)) continue;
    const parts = line.text.split(/\s*[|•·]\s*|\s+[–—-]\s+/).map((part) => part.trim());
    const best = parts.reduce<{ part: string; score: number } | null>((top, part) => {
      const score = titleScore(part);
      return score > 0 && (!top || score > top.score) ? { part, score } : top;
    }, null);
    if (best && best.part.split(/\s+/).length <= 8) return { title: best.part.slice(0, CV_LIMITS.label), line };
  }
  return null;
}

function currentTitle(experiences: WorkExperience[]): string | null {
  return (experiences.find((work) => work.isCurrent) ?? experiences[0])?.title ?? null;
}

function findSummary(sections: Section[]): string | undefined {
  const lines = linesOf(sections, 'summary');
  const fromSection = lines.length > 0 ? lines : linesOf(sections, 'header').filter((line) => isSentence(line.text) && line.text.length > 60);
  const summary = fromSection.map((line) => line.text).join(' ').trim();
  return summary ? summary.slice(0, CV_LIMITS.summary) : undefined;
}
