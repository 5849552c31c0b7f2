import type { Line } from './text-lines.js';

export type SectionKey =
  | 'header'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'projects'
  | 'contact'
  | 'other';

export interface Section {
  key: SectionKey;
  heading: string;
  lines: Line[];
}

const HEADINGS: Record<Exclude<SectionKey, 'header'>, string[]> = {
  summary: [
    'summary', 'professional summary', 'career summary', 'executive summary', 'profile', 'professional profile',
    'personal profile', 'about', 'about me', 'objective', 'career objective', 'overview', 'personal statement',
    'introduction', 'who i am',
  ],
  experience: [
    'experience', 'work experience', 'professional experience', 'relevant experience', 'work history',
    'employment', 'employment history', 'career history', 'career', 'professional background', 'positions held',
    'experience and employment', 'work', 'professional history', 'industry experience',
  ],
  education: [
    'education', 'academic background', 'education and training', 'academic qualifications', 'qualifications',
    'studies', 'academic history', 'education history', 'academics',
  ],
  skills: [
    'skills', 'technical skills', 'core skills', 'key skills', 'core competencies', 'competencies', 'expertise',
    'areas of expertise', 'technologies', 'tech stack', 'tools', 'tools and technologies', 'skills and tools',
    'skills and expertise', 'it skills', 'hard skills', 'soft skills', 'toolbox', 'skill set', 'skillset',
    'technical expertise', 'professional skills', 'key competencies', 'strengths', 'software',
    'computer skills', 'programming skills', 'it knowledge', 'technical knowledge', 'digital skills',
  ],
  languages: ['languages', 'language skills', 'spoken languages', 'language proficiency'],
  certifications: [
    'certifications', 'certificates', 'certification', 'licenses', 'licences', 'licenses and certifications',
    'licences and certifications', 'certifications and licenses', 'professional certifications', 'accreditations',
    'credentials', 'courses and certifications', 'training and certifications', 'certifications and training',
    'courses', 'training',
  ],
  projects: ['projects', 'personal projects', 'selected projects', 'side projects', 'open source', 'key projects'],
  contact: ['contact', 'contacts', 'contact details', 'contact information', 'contact info', 'personal details', 'personal information', 'details', 'links'],
  other: [
    'interests', 'hobbies', 'hobbies and interests', 'references', 'awards', 'honors', 'honours', 'awards and honors',
    'achievements', 'publications', 'volunteering', 'volunteer experience', 'activities', 'memberships',
    'additional information', 'affiliations', 'conferences', 'talks',
  ],
};

const HEADING_KEYS = new Map<string, SectionKey>();
// Letter-spaced headings lose their word spaces ("WORKEXPERIENCE").
const COMPACT_HEADING_KEYS = new Map<string, SectionKey>();
for (const [key, names] of Object.entries(HEADINGS) as [SectionKey, string[]][]) {
  for (const name of names) {
    HEADING_KEYS.set(name, key);
    COMPACT_HEADING_KEYS.set(name.replace(/ /g, ''), key);
  }
}

function headingKey(text: string): SectionKey | undefined {
  const spacedOut = /^(?:\p{L} )+\p{L}$/u.test(text) ? text.replace(/ /g, '') : text;
  const normalized = spacedOut
    .toLowerCase()
    .replace(/^[\d.)\s#§]+/, '')
    .replace(/[:\s]+$/, '')
    .replace(/\s*(&|\+|\/)\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
  return HEADING_KEYS.get(normalized) ?? (/^\p{Lu}+$/u.test(text.trim()) ? COMPACT_HEADING_KEYS.get(normalized) : undefined);
}

const DOCUMENT_TITLE = /^(?:curriculum vitae|r[eé]sum[eé]|cv)$/i;

/** A section heading or document title ("Work Experience", "RÉSUMÉ"), never a name. */
export function isHeading(text: string): boolean {
  return DOCUMENT_TITLE.test(text.trim()) || headingKey(text) !== undefined;
}

// Sections where "Label: value" lines can introduce other sections; in experience or
// projects, "Technologies: Go, Kafka" belongs to the entry.
const INLINE_HOSTS = new Set<SectionKey>(['header', 'contact', 'summary', 'skills', 'languages', 'other']);
const INLINE_HEADING = /^([\p{L} &/+]{3,40}?)\s*:\s*(.+)$/u;

/** Splits lines into sections by recognised headings; lines before the first heading form 'header'. */
export function splitSections(lines: Line[]): Section[] {
  const sections: Section[] = [{ key: 'header', heading: '', lines: [] }];
  for (const line of lines) {
    const current = sections.at(-1)!;
    if (DOCUMENT_TITLE.test(line.text)) continue;
    if (!line.bullet && line.text.length <= 45) {
      const key = headingKey(line.text);
      if (key) {
        sections.push({ key, heading: line.text, lines: [] });
        continue;
      }
    }
    const inline = line.bullet || !INLINE_HOSTS.has(current.key) ? null : INLINE_HEADING.exec(line.text);
    const inlineKey = inline?.[1] ? headingKey(inline[1]) : undefined;
    // "Skills: Go, SQL" in a header is a one-line section; "Tools: Jira" inside a skills list is a sub-list.
    if (inline?.[2] && inlineKey && inlineKey !== current.key && inlineKey !== 'other' && !(current.key === 'skills' && inlineKey === 'languages')) {
      sections.push({ key: inlineKey, heading: inline[1] ?? '', lines: [{ text: inline[2], bullet: false }] });
      sections.push({ ...current, lines: [] });
      continue;
    }
    current.lines.push(line);
  }
  return sections.filter((section) => section.key === 'header' || section.lines.length > 0);
}

export function linesOf(sections: Section[], ...keys: SectionKey[]): Line[] {
  return sections.filter((section) => keys.includes(section.key)).flatMap((section) => section.lines);
}
