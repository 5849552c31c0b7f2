import {
  BRAND_NAMES, COMPANY_PREFIXES, COMPANY_SUFFIXES, DEGREES, EMAIL_DOMAINS, FIRST_NAMES, INSTITUTIONS, LANGUAGE_LEVELS,
  LANGUAGES, LAST_NAMES, LEGAL_FORMS, MIDDLE_INITIALS, PHONE_COUNTRIES, PROFESSIONS, SOFT_SKILLS, UNKNOWN_TOOLS,
  type SkillSpec,
} from './content.js';
import type { Random } from './prng.js';

/** Layout-independent content: renderers place these blocks on a page. */
export type Block =
  | { kind: 'name'; text: string }
  | { kind: 'headline'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; bold?: boolean; link?: string }
  | { kind: 'bullet'; text: string }
  /** One line with text at the left margin and text aligned right (a tab stop). */
  | { kind: 'row'; left: string; right: string; bold?: boolean };

export interface ResumeDocument {
  header: Block[];
  /** Experience, education, summary: the wide column of a two-column layout. */
  main: Block[];
  /** Contact, skills, languages, certifications: the narrow column of a two-column layout. */
  side: Block[];
}

export interface ExpectedResume {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  linkedinUrl: string | null;
  portfolioUrl: string | null;
  workExperiences: { company: string; title: string; startDate: string; endDate: string | null; isCurrent: boolean }[];
  education: { institution: string; degree: string; field: string }[];
  skills: string[];
  certifications: { name: string; issuer: string }[];
}

export interface ModelOptions {
  /** Standard PDF fonts only cover WinAnsi (Latin-1 plus a few letters such as Š, Ž). */
  winAnsiOnly: boolean;
  twoColumn: boolean;
}

const NOW_YEAR = 2025;
const NOW_MONTH = 6;
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WIN_ANSI_EXTRA = new Set([...'ŠšŽžŒœŸƒ€‚„…†‡ˆ‰‹›–—˜™']);

function isWinAnsi(text: string): boolean {
  return [...text].every((char) => char.charCodeAt(0) < 0x100 || WIN_ANSI_EXTRA.has(char));
}

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/['\s]/g, '').toLowerCase();
}

interface DateStyle {
  format: (year: number, month: number) => string;
  yearOnly: boolean;
  separator: string;
  present: string;
}

function pickDateStyle(random: Random): DateStyle {
  const format = random.pick<[(year: number, month: number) => string, boolean]>([
    [(y, m) => `${MONTH_SHORT[m - 1]} ${y}`, false],
    [(y, m) => `${MONTH_SHORT[m - 1]}${m === 5 ? '' : '.'} ${y}`, false],
    [(y, m) => `${y}/${String(m).padStart(2, '0')}`, false],
    [(y, m) => `${MONTH_LONG[m - 1]} ${y}`, false],
    [(y, m) => `${y}-${String(m).padStart(2, '0')}`, false],
    [(y, m) => `${String(m).padStart(2, '0')}/${y}`, false],
    [(y) => `${y}`, true],
  ]);
  return { format: format[0], yearOnly: format[1], separator: random.pick([' – ', ' - ', ' — ', ' to ']), present: random.pick(['Present', 'Current', 'Now', 'present']) };
}

function headingText(random: Random, options: readonly string[], style: 'title' | 'upper' | 'colon'): string {
  const text = random.pick(options);
  return style === 'upper' ? text.toUpperCase() : style === 'colon' ? `${text}:` : text;
}

export function buildResume(random: Random, options: ModelOptions): { document: ResumeDocument; expected: ExpectedResume } {
  const nameFilter = (name: string) => !options.winAnsiOnly || isWinAnsi(name);
  const firstName = random.pick(FIRST_NAMES.filter(nameFilter));
  const lastName = random.pick(LAST_NAMES.filter(nameFilter));
  const middle = random.chance(0.12) ? ` ${random.pick(MIDDLE_INITIALS)}` : '';
  const displayName = `${firstName}${middle} ${lastName}`;
  const profession = random.pick(PROFESSIONS);
  const country = random.pick(PHONE_COUNTRIES);
  const location = random.pick(country.locations);
  const [phoneWritten, phoneE164] = country.make((count) => random.digits(count), (items) => random.pick(items));

  const handle = `${ascii(firstName)}${random.pick(['.', '', '_'])}${ascii(lastName)}`;
  const email = random.pick([
    `${handle}@${random.pick(EMAIL_DOMAINS)}`,
    `${ascii(firstName)[0]}.${ascii(lastName)}@${random.pick(EMAIL_DOMAINS)}`,
    `${ascii(firstName)}${random.int(10, 99)}@${random.pick(EMAIL_DOMAINS)}`,
  ]);
  const linkedinHandle = `${ascii(firstName)}-${ascii(lastName)}${random.chance(0.5) ? `-${random.int(100, 999)}` : ''}`;
  const hasLinkedin = random.chance(0.7);
  const portfolio = random.chance(0.55)
    ? random.pick([
        { written: `github.com/${ascii(firstName)}${ascii(lastName).slice(0, 3)}`, url: `github.com/${ascii(firstName)}${ascii(lastName).slice(0, 3)}` },
        { written: `https://${ascii(lastName)}.dev`, url: `${ascii(lastName)}.dev` },
        { written: `www.${ascii(firstName)}${ascii(lastName)}.design`, url: `www.${ascii(firstName)}${ascii(lastName)}.design` },
        { written: `behance.net/${handle.replace(/[._]/g, '')}`, url: `behance.net/${handle.replace(/[._]/g, '')}` },
      ])
    : null;
  const linkedinStyle = random.pick(['bare', 'https', 'www', 'hyperlink'] as const);
  const linkedinWritten = {
    bare: `linkedin.com/in/${linkedinHandle}`,
    https: `https://www.linkedin.com/in/${linkedinHandle}/`,
    www: `www.linkedin.com/in/${linkedinHandle}`,
    hyperlink: 'LinkedIn',
  }[linkedinStyle];

  // Work history, newest first.
  const dateStyle = pickDateStyle(random);
  const jobCount = random.int(2, 5);
  const titles = [...profession.titles];
  const current = random.chance(0.8);
  let endYear = NOW_YEAR;
  let endMonth = current ? NOW_MONTH : NOW_MONTH - random.int(1, 14);
  while (endMonth < 1) {
    endMonth += 12;
    endYear--;
  }
  const listedSkills = random.sample(profession.skills, random.int(6, Math.min(11, profession.skills.length)));
  const proseSkills = profession.skills.filter((skill) => skill.prose && !listedSkills.includes(skill));
  const extraProseSkill = random.chance(0.5) && proseSkills.length > 0 ? random.pick(proseSkills) : null;
  const usedProseSkills = new Set<SkillSpec>();
  const usedCompanies = new Set<string>();
  const jobs: { company: string; title: string; start: [number, number]; end: [number, number] | null; location: string; bullets: string[] }[] = [];
  for (let i = 0; i < jobCount; i++) {
    const months = random.int(14, 44);
    let startYear = endYear;
    let startMonth = endMonth - months;
    while (startMonth < 1) {
      startMonth += 12;
      startYear--;
    }
    let company = '';
    do {
      company = random.chance(0.3)
        ? random.pick(BRAND_NAMES)
        : `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}${random.pick(LEGAL_FORMS)}`;
    } while (usedCompanies.has(company));
    usedCompanies.add(company);
    const title = titles[Math.max(0, Math.min(titles.length - 1, jobCount - 1 - i + random.int(-1, 1)))] ?? titles[0] ?? '';
    const bullets = random.sample(profession.bullets, random.int(2, 4)).map((bullet) => {
      if (!bullet.includes('{skill}')) return bullet;
      const proseListed = listedSkills.filter((skill) => skill.prose);
      const skill = i === 0 && extraProseSkill ? extraProseSkill : proseListed.length > 0 ? random.pick(proseListed) : extraProseSkill;
      if (!skill) return bullet.replace('{skill}', 'in-house tooling');
      usedProseSkills.add(skill);
      return bullet.replace('{skill}', random.pick(skill.written));
    });
    jobs.push({
      company,
      title,
      start: [startYear, startMonth],
      end: i === 0 && current ? null : [endYear, endMonth],
      location: random.pick([...country.locations, 'Remote']),
      bullets,
    });
    // The previous job ends a little before this one starts (sometimes with a gap).
    endMonth = startMonth - random.pick([0, 0, 1, 2, 14]);
    endYear = startYear;
    while (endMonth < 1) {
      endMonth += 12;
      endYear--;
    }
  }
  const yearsOfExperience = NOW_YEAR - (jobs.at(-1)?.start[0] ?? NOW_YEAR);
  // LinkedIn-style promotion history: two consecutive roles listed under one employer.
  const promotion = jobs.length >= 3 && random.chance(0.2);
  if (promotion && jobs[0] && jobs[1]) jobs[1].company = jobs[0].company;

  // Education, newest first.
  const education = Array.from({ length: random.int(1, 2) }, (_, i) => ({
    institution: random.pick(INSTITUTIONS.filter(nameFilter)),
    degree: random.pick(DEGREES.filter((degree) => (i === 0 ? degree.level !== 'bachelor' || random.chance(0.5) : degree.level === 'bachelor'))).written,
    field: random.pick(profession.fields),
    end: (jobs.at(-1)?.start[0] ?? NOW_YEAR) - i * 2,
  }));
  if (education.length === 2 && education[0]?.institution === education[1]?.institution) education.pop();

  const certifications = random.sample(profession.certifications, random.int(0, Math.min(3, profession.certifications.length)));
  const softSkills = random.chance(0.6) ? random.sample(SOFT_SKILLS, random.int(2, 4)) : [];
  const unknownTool = random.chance(0.3) ? random.pick(UNKNOWN_TOOLS) : null;
  const languages = random.chance(0.7)
    ? [{ name: 'English', level: random.pick(['Native', 'Fluent', 'C2', 'C1']) }, ...random.sample(LANGUAGES, random.int(1, 2)).map((name) => ({ name, level: random.pick(LANGUAGE_LEVELS) }))]
    : [];

  const headlineTitle = jobs[0]?.title ?? '';
  const headline = random.chance(0.75)
    ? random.pick([headlineTitle, `${headlineTitle} | ${listedSkills.slice(0, 2).map((skill) => skill.canonical).join(' · ')}`, `${headlineTitle} — ${yearsOfExperience}+ years`])
    : null;

  // ---- Blocks ----
  const headingStyle = random.pick(['title', 'upper', 'colon'] as const);
  const heading = (...choices: string[]): Block => ({ kind: 'heading', text: headingText(random, choices, headingStyle) });
  const formatDate = (date: [number, number]) => dateStyle.format(date[0], date[1]);
  const range = (start: [number, number], end: [number, number] | null) => `${formatDate(start)}${dateStyle.separator}${end ? formatDate(end) : dateStyle.present}`;

  const nameText = random.chance(0.25) ? displayName.toUpperCase() : displayName;
  const header: Block[] = random.chance(0.1) ? [{ kind: 'text', text: random.pick(['Curriculum Vitae', 'Résumé', 'CV']) }, { kind: 'name', text: nameText }] : [{ kind: 'name', text: nameText }];
  if (headline) header.push({ kind: 'headline', text: headline });

  const contactBlocks: Block[] = [];
  const linkedinBlock: Block | null = hasLinkedin
    ? { kind: 'text', text: linkedinWritten, ...(linkedinStyle === 'hyperlink' ? { link: `https://www.linkedin.com/in/${linkedinHandle}` } : {}) }
    : null;
  const contactStyle = options.twoColumn ? 'lines' : random.pick(['inline', 'labeled', 'lines', 'letters'] as const);
  if (contactStyle === 'inline') {
    const separator = random.pick([' | ', ' • ', ' · ', '  ']);
    contactBlocks.push({ kind: 'text', text: [email, phoneWritten, location].join(separator) });
    const links = [hasLinkedin && linkedinStyle !== 'hyperlink' ? linkedinWritten : null, portfolio?.written].filter((link): link is string => Boolean(link));
    if (links.length > 0) contactBlocks.push({ kind: 'text', text: links.join(separator) });
    if (hasLinkedin && linkedinStyle === 'hyperlink' && linkedinBlock) contactBlocks.push(linkedinBlock);
  } else if (contactStyle === 'labeled') {
    contactBlocks.push({ kind: 'text', text: `Email: ${email}` }, { kind: 'text', text: `${random.pick(['Phone', 'Tel', 'Mobile'])}: ${phoneWritten}` }, { kind: 'text', text: `Location: ${location}` });
    if (linkedinBlock) contactBlocks.push(linkedinStyle === 'hyperlink' ? linkedinBlock : { kind: 'text', text: `LinkedIn: ${linkedinWritten}` });
    if (portfolio) contactBlocks.push({ kind: 'text', text: `${random.pick(['Portfolio', 'Website', 'GitHub'])}: ${portfolio.written}` });
  } else if (contactStyle === 'letters') {
    const parts = [`E: ${email}`, `M: ${phoneWritten}`, ...(portfolio ? [`W: ${portfolio.written}`] : [])];
    contactBlocks.push({ kind: 'text', text: parts.join('   ') }, { kind: 'text', text: location });
    if (linkedinBlock) contactBlocks.push(linkedinBlock);
  } else {
    contactBlocks.push({ kind: 'text', text: phoneWritten }, { kind: 'text', text: email }, { kind: 'text', text: location });
    if (linkedinBlock) contactBlocks.push(linkedinBlock);
    if (portfolio) contactBlocks.push({ kind: 'text', text: portfolio.written });
  }

  const summaryBlocks: Block[] = [];
  if (random.chance(0.7)) {
    const proseListed = listedSkills.filter((skill) => skill.prose);
    const skillSentence = proseListed.length >= 2 && random.chance(0.5) ? ` Skilled in ${proseListed[0]?.written[0]} and ${proseListed[1]?.written[0]}.` : '';
    proseListed.slice(0, skillSentence ? 2 : 0).forEach((skill) => usedProseSkills.add(skill));
    const summaryText: Block = { kind: 'text', text: profession.summary.replace('{years}', String(yearsOfExperience)) + skillSentence };
    if (!options.twoColumn && random.chance(0.25)) contactBlocks.push(summaryText);
    else summaryBlocks.push(heading('Summary', 'Profile', 'Professional Summary', 'About Me', 'About'), summaryText);
  }

  const experienceFormat = random.pick(['at', 'companyDash', 'titleThenCompany', 'companyDates', 'inline', 'rows', 'pipes', 'datesFirst', 'titleCompanyPlace'] as const);
  const paragraphDescriptions = random.chance(0.2);
  const experienceBlocks: Block[] = [heading('Experience', 'Work Experience', 'Professional Experience', 'Work History', 'Employment History', 'Career History')];
  jobs.forEach((job, index) => {
    const dates = range(job.start, job.end);
    const withLocation = random.chance(0.4);
    if (promotion && index <= 1) {
      if (index === 0) experienceBlocks.push({ kind: 'text', bold: true, text: job.company });
      experienceBlocks.push({ kind: 'text', bold: true, text: job.title }, { kind: 'text', text: dates });
    } else switch (experienceFormat) {
      case 'titleCompanyPlace':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.title} — ${job.company} — ${job.location}` }, { kind: 'text', text: dates });
        break;
      case 'at':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.title} at ${job.company}` }, { kind: 'text', text: withLocation ? `${dates} | ${job.location}` : dates });
        break;
      case 'companyDash':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.company} — ${job.title}` }, { kind: 'text', text: dates });
        break;
      case 'titleThenCompany':
        experienceBlocks.push({ kind: 'text', bold: true, text: job.title }, { kind: 'text', text: withLocation ? `${job.company}, ${job.location}` : job.company }, { kind: 'text', text: dates });
        break;
      case 'companyDates':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.company} | ${dates}` }, { kind: 'text', text: job.title });
        break;
      case 'inline':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.title}, ${job.company} (${dates})` });
        break;
      case 'rows':
        experienceBlocks.push({ kind: 'row', bold: true, left: job.company, right: job.location }, { kind: 'row', left: job.title, right: dates });
        break;
      case 'pipes':
        experienceBlocks.push({ kind: 'text', bold: true, text: `${job.title} | ${job.company} | ${dates}` });
        break;
      case 'datesFirst':
        experienceBlocks.push({ kind: 'row', bold: true, left: dates, right: `${job.title}, ${job.company}` });
        break;
    }
    if (paragraphDescriptions) experienceBlocks.push({ kind: 'text', text: job.bullets.join(' ') });
    else for (const bullet of job.bullets) experienceBlocks.push({ kind: 'bullet', text: bullet });
  });

  const educationFormat = random.pick(['stacked', 'oneLine', 'pipe', 'row'] as const);
  const educationBlocks: Block[] = [heading('Education', 'Academic Background', 'Education & Training')];
  for (const entry of education) {
    const years = `${entry.end - (entry.degree === 'PhD' ? 4 : 3)}${dateStyle.separator}${entry.end}`;
    const degreeText = `${entry.degree} ${random.chance(0.5) ? 'in ' : ''}${entry.field}`;
    if (educationFormat === 'stacked') educationBlocks.push({ kind: 'text', bold: true, text: entry.institution }, { kind: 'text', text: degreeText }, { kind: 'text', text: years });
    else if (educationFormat === 'oneLine') educationBlocks.push({ kind: 'text', text: `${entry.degree}, ${entry.field} — ${entry.institution}, ${entry.end}` });
    else if (educationFormat === 'pipe') educationBlocks.push({ kind: 'text', bold: true, text: `${entry.institution} | ${years}` }, { kind: 'text', text: degreeText });
    else educationBlocks.push({ kind: 'row', bold: true, left: entry.institution, right: years }, { kind: 'text', text: degreeText });
    if (random.chance(0.2)) educationBlocks.push({ kind: 'text', text: `GPA: ${random.pick(['3.7/4.0', '3.9/4.0', '9.1/10'])}` });
  }

  const listedAs = new Map<SkillSpec, string>();
  const written = (skill: SkillSpec) => {
    const text = random.pick(skill.written);
    if (!listedAs.has(skill)) listedAs.set(skill, text);
    return text;
  };
  const skillFormat = options.twoColumn ? random.pick(['lines', 'commas'] as const) : random.pick(['commas', 'categories', 'bullets', 'pipes'] as const);
  const skillBlocks: Block[] = [heading('Skills', 'Technical Skills', 'Core Competencies', 'Skills & Tools', 'Areas of Expertise')];
  const withLevels = random.chance(0.2);
  const technicalWritten = [
    ...listedSkills.map((skill) => (withLevels ? `${written(skill)} (${random.pick(['expert', 'advanced', 'intermediate'])})` : written(skill))),
    ...(unknownTool ? [unknownTool] : []),
  ];
  if (skillFormat === 'commas') {
    skillBlocks.push({ kind: 'text', text: technicalWritten.join(', ') });
    if (softSkills.length > 0) skillBlocks.push({ kind: 'text', text: softSkills.map(written).join(', ') });
  } else if (skillFormat === 'categories') {
    const half = Math.ceil(technicalWritten.length / 2);
    skillBlocks.push({ kind: 'text', text: `Core: ${technicalWritten.slice(0, half).join(', ')}` }, { kind: 'text', text: `Tools: ${technicalWritten.slice(half).join(', ')}` });
    if (softSkills.length > 0) skillBlocks.push({ kind: 'text', text: `Soft skills: ${softSkills.map(written).join(', ')}` });
  } else if (skillFormat === 'pipes') {
    skillBlocks.push({ kind: 'text', text: [...technicalWritten, ...softSkills.map(written)].join(' | ') });
  } else {
    for (const skill of [...technicalWritten, ...softSkills.map(written)]) skillBlocks.push(skillFormat === 'bullets' ? { kind: 'bullet', text: skill } : { kind: 'text', text: skill });
  }

  const languageBlocks: Block[] = [];
  if (languages.length > 0) {
    languageBlocks.push(heading('Languages', 'Language Skills'));
    const style = random.pick(['parens', 'dash', 'inline'] as const);
    if (style === 'inline') languageBlocks.push({ kind: 'text', text: languages.map((language) => `${language.name} (${language.level})`).join(', ') });
    else for (const language of languages) languageBlocks.push({ kind: 'text', text: style === 'parens' ? `${language.name} (${language.level})` : `${language.name} – ${language.level}` });
  }

  const certificationBlocks: Block[] = [];
  if (certifications.length > 0) {
    certificationBlocks.push(heading('Certifications', 'Licenses & Certifications', 'Certificates', 'Courses & Certifications'));
    const style = random.pick(['dash', 'comma', 'twoLines', 'parens', 'issuedBy'] as const);
    for (const certification of certifications) {
      const year = random.int(NOW_YEAR - 6, NOW_YEAR - 1);
      const issued = `${MONTH_SHORT[random.int(0, 11)]} ${year}`;
      if (style === 'dash') certificationBlocks.push({ kind: 'bullet', text: `${certification.name} — ${certification.issuer} (${year})` });
      else if (style === 'comma') certificationBlocks.push({ kind: 'text', text: `${certification.name}, ${certification.issuer}, ${issued}` });
      else if (style === 'parens') certificationBlocks.push({ kind: 'text', text: `${certification.name} (${certification.issuer}, ${year})` });
      else if (style === 'issuedBy') certificationBlocks.push({ kind: 'bullet', text: `${certification.name}, issued by ${certification.issuer} in ${issued}` });
      else certificationBlocks.push({ kind: 'text', bold: true, text: certification.name }, { kind: 'text', text: `${certification.issuer} · Issued ${issued} · Credential ID ${random.digits(4)}-${ascii(lastName).slice(0, 3).toUpperCase()}${random.digits(3)}` });
    }
  }

  let document: ResumeDocument;
  if (options.twoColumn) {
    const contactHeading = heading('Contact', 'Contact Details', 'Personal Details');
    // Either a full-width header, or the name at the top of the main column beside the sidebar.
    const nameInColumn = random.chance(0.4);
    document = {
      header: nameInColumn ? [] : header,
      main: [...(nameInColumn ? header : []), ...summaryBlocks, ...experienceBlocks, ...educationBlocks],
      side: [contactHeading, ...contactBlocks, ...skillBlocks, ...languageBlocks, ...certificationBlocks],
    };
  } else {
    const tail = random.shuffle([skillBlocks, languageBlocks, certificationBlocks]).flat();
    const body = random.chance(0.7) ? [...summaryBlocks, ...experienceBlocks, ...educationBlocks, ...tail] : [...summaryBlocks, ...tail, ...educationBlocks, ...experienceBlocks];
    document = { header: [...header, ...contactBlocks], main: body, side: [] };
  }

  // A listed skill is expected as written when the canonical name only adds its vendor ("Kafka" for Apache Kafka).
  // A listed skill is expected as written when the résumé writes a shorter form of its name
  // ("Kafka" for "Apache Kafka", "Tailwind" for "Tailwind CSS"), else by its canonical name.
  const expectedName = (skill: SkillSpec) => {
    const as = listedAs.get(skill);
    if (!as) return skill.canonical;
    const written = as.toLowerCase().split(/\s+/);
    const canonical = skill.canonical.toLowerCase().split(/\s+/);
    const shorter = written.length < canonical.length && canonical.some((_, start) => written.every((word, i) => canonical[start + i] === word));
    return shorter ? as : skill.canonical;
  };
  const canonicalSkills = new Set<string>([
    ...listedSkills.map(expectedName),
    ...[...usedProseSkills].filter((skill) => !listedSkills.includes(skill)).map((skill) => skill.canonical),
    ...softSkills.map((skill) => skill.canonical),
    ...languages.map((language) => language.name),
    ...(unknownTool ? [unknownTool] : []),
  ]);
  const monthOf = (date: [number, number]) => `${date[0]}-${String(dateStyle.yearOnly ? 1 : date[1]).padStart(2, '0')}`;
  const expected: ExpectedResume = {
    firstName,
    lastName,
    email,
    phone: phoneE164,
    title: headline ? headlineTitle : (jobs[0]?.title ?? ''),
    linkedinUrl: hasLinkedin ? `https://www.linkedin.com/in/${linkedinHandle}` : null,
    portfolioUrl: portfolio ? `https://${portfolio.url}` : null,
    workExperiences: jobs.map((job) => ({
      company: job.company,
      title: job.title,
      startDate: monthOf(job.start),
      endDate: job.end ? monthOf(job.end) : null,
      isCurrent: job.end === null,
    })),
    education: education.map((entry) => ({ institution: entry.institution, degree: entry.degree, field: entry.field })),
    skills: [...canonicalSkills],
    certifications: certifications.map((certification) => ({ name: certification.name, issuer: certification.issuer })),
  };
  return { document, expected };
}
