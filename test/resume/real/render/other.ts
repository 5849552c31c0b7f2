// Non-LaTeX generators: JSON Resume themes printed by Chromium, Markdown through pandoc,
// Word 97-2003 and HTML tables through LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allSkills, dateRange, truthOf, type Person, type RealTruth } from './people.js';

export interface OtherGenerator {
  id: string;
  render: (person: Person) => Promise<{ kind: 'pdf' | 'docx' | 'doc'; bytes: Buffer; truth: RealTruth }>;
}

// JSON Resume themes are installed outside the repository: npm install --prefix $RESUME_THEMES_DIR jsonresume-theme-even@0.26.1 jsonresume-theme-stackoverflow@3.3.0
const THEMES = process.env.RESUME_THEMES_DIR ?? '/tmp/resume-themes';

const iso = ([year, month]: [number, number]) => `${year}-${String(month).padStart(2, '0')}-01`;

function jsonResume(person: Person): object {
  return {
    basics: {
      name: `${person.first} ${person.last}`,
      label: person.headline,
      ...(person.email ? { email: person.email } : {}),
      ...(person.phone ? { phone: person.phone } : {}),
      summary: person.summary,
      location: { city: person.city },
      profiles: [
        ...(person.github ? [{ network: 'GitHub', username: person.github, url: `https://github.com/${person.github}` }] : []),
        ...(person.linkedin ? [{ network: 'LinkedIn', username: person.linkedin, url: `https://www.linkedin.com/in/${person.linkedin}` }] : []),
      ],
    },
    work: person.jobs.map((job) => ({
      name: job.company,
      // Themes written for the schema before 1.0 read the employer from "company".
      company: job.company,
      position: job.title,
      location: job.location,
      startDate: iso(job.start),
      ...(job.end ? { endDate: iso(job.end) } : {}),
      highlights: job.bullets,
    })),
    education: person.schools.map((school) => ({
      institution: school.institution,
      studyType: school.degree,
      area: school.field,
      startDate: `${school.start}-09-01`,
      endDate: `${school.end}-06-01`,
    })),
    skills: person.skillGroups.map((group) => ({ name: group.label, keywords: group.skills })),
    languages: person.languages.map((language, i) => ({ language, fluency: ['Native speaker', 'Fluent', 'Intermediate'][i] })),
  };
}

function chromiumPdf(html: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'resume-chromium-'));
  try {
    writeFileSync(join(work, 'resume.html'), html);
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--user-data-dir=${join(work, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${join(work, 'resume.pdf')}`, `file://${join(work, 'resume.html')}`], { stdio: 'pipe' });
    return readFileSync(join(work, 'resume.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function convert(input: { name: string; content: string | Buffer }, run: (work: string) => void, output: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'resume-convert-'));
  try {
    writeFileSync(join(work, input.name), input.content);
    run(work);
    return readFileSync(join(work, output));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function soffice(work: string, target: string, file: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', target, '--outdir', work, join(work, file)], { stdio: 'pipe' });
}

// Dates as JSON Resume themes print them are theme-specific, so the truth keeps month precision.
function themeTruth(person: Person, withLanguages = true): RealTruth {
  return truthOf({ ...person, dates: { ...person.dates, yearOnly: false } }, { withLanguages });
}

// Themes that print no languages section.
const WITHOUT_LANGUAGES = new Set(['kendall']);

function markdown(person: Person): string {
  const contact = [person.email, person.phone, person.city, person.github && `github.com/${person.github}`].filter(Boolean).join(' · ');
  return `# ${person.first} ${person.last}

**${person.headline}**\\
${contact}

## Profile

${person.summary}

## Experience

${person.jobs.map((job) => `### ${job.title} — ${job.company}

*${dateRange(person, job.start, job.end)}* | ${job.location}

${job.bullets.map((b) => `- ${b}`).join('\n')}
`).join('\n')}
## Education

${person.schools.map((s) => `**${s.institution}**, ${s.location}\\
${s.degree}, ${s.field} (${s.start}–${s.end})
`).join('\n')}
## Skills

${person.skillGroups.map((g) => `- **${g.label}:** ${g.skills.join(', ')}`).join('\n')}
`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml(person: Person): string {
  const contact = [person.email, person.phone, person.city].filter(Boolean).map((c) => escapeHtml(c as string));
  return `<!doctype html><html><head><meta charset="utf-8"><title>CV</title></head><body>
<table border="0" width="100%"><tr>
<td width="30%" valign="top" bgcolor="#dde6ee">
<p><b>Contact</b></p>${contact.map((c) => `<p>${c}</p>`).join('')}
<p><b>Skills</b></p><ul>${allSkills(person).map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<p><b>Languages</b></p><ul>${person.languages.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
</td>
<td width="70%" valign="top">
<h1>${escapeHtml(person.first)} ${escapeHtml(person.last)}</h1>
<p>${escapeHtml(person.headline)}</p>
<h2>Work History</h2>
${person.jobs.map((job) => `<table width="100%"><tr><td><b>${escapeHtml(job.company)}</b> | ${escapeHtml(job.title)}</td><td align="right">${escapeHtml(dateRange(person, job.start, job.end))}</td></tr></table>
<ul>${job.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`).join('\n')}
<h2>Education</h2>
${person.schools.map((s) => `<p><b>${escapeHtml(s.degree)}</b>, ${escapeHtml(s.field)}<br>${escapeHtml(s.institution)}, ${s.start} – ${s.end}</p>`).join('\n')}
</td></tr></table>
</body></html>`;
}

export const OTHER_GENERATORS: OtherGenerator[] = [
  // "class" (0.1.2) was tried and left out: its skills column runs off the page and it prints no degree.
  ...['even', 'stackoverflow', 'elegant', 'kendall', 'flat', 'paper', 'macchiato'].map(
    (theme): OtherGenerator => ({
      id: `jsonresume-${theme}`,
      render: async (person) => {
        // import.meta.resolve picks each theme's ESM entry (the even theme's CommonJS build cannot load its ESM dependencies).
        const dir = join(THEMES, 'node_modules', `jsonresume-theme-${theme}`);
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main?: string; exports?: { '.': { import: { default: string } } } };
        const module = (await import(pathToFileURL(join(dir, manifest.exports?.['.'].import.default ?? manifest.main ?? 'index.js')).href)) as { render?: (r: object) => string | Promise<string>; default?: { render: (r: object) => string | Promise<string> } };
        const render = module.render ?? module.default!.render;
        const html = await render(jsonResume(person));
        return { kind: 'pdf', bytes: chromiumPdf(html), truth: themeTruth(person, !WITHOUT_LANGUAGES.has(theme)) };
      },
    }),
  ),
  {
    id: 'pandoc-docx',
    render: async (person) => ({
      kind: 'docx',
      bytes: convert({ name: 'resume.md', content: markdown(person) }, (work) => execFileSync('pandoc', ['resume.md', '-o', 'resume.docx'], { cwd: work }), 'resume.docx'),
      truth: truthOf(person),
    }),
  },
  {
    id: 'libreoffice-doc',
    render: async (person) => ({
      kind: 'doc',
      bytes: convert(
        { name: 'resume.md', content: markdown(person) },
        (work) => {
          execFileSync('pandoc', ['resume.md', '-o', 'resume.docx'], { cwd: work });
          soffice(work, 'doc:MS Word 97', 'resume.docx');
        },
        'resume.doc',
      ),
      truth: truthOf(person),
    }),
  },
  {
    // Markdown through pandoc's default LaTeX template (LuaLaTeX, Latin Modern).
    id: 'pandoc-latex-pdf',
    render: async (person) => ({
      kind: 'pdf',
      bytes: convert(
        { name: 'resume.md', content: markdown(person) },
        (work) => execFileSync('pandoc', ['resume.md', '-o', 'resume.pdf', '--pdf-engine=lualatex', '-V', 'geometry:margin=2cm', '-V', 'colorlinks'], { cwd: work, env: { ...process.env, SOURCE_DATE_EPOCH: '1735689600' } }),
        'resume.pdf',
      ),
      truth: truthOf(person),
    }),
  },
  {
    // The pandoc DOCX exported to PDF by LibreOffice Writer, as a word processor's "Save as PDF" would.
    id: 'libreoffice-pdf',
    render: async (person) => ({
      kind: 'pdf',
      bytes: convert(
        { name: 'resume.md', content: markdown(person) },
        (work) => {
          execFileSync('pandoc', ['resume.md', '-o', 'resume.docx'], { cwd: work });
          soffice(work, 'pdf:writer_pdf_Export', 'resume.docx');
        },
        'resume.pdf',
      ),
      truth: truthOf(person),
    }),
  },
  {
    id: 'html-table-docx',
    render: async (person) => ({
      kind: 'docx',
      bytes: convert({ name: 'resume.html', content: tableHtml(person) }, (work) => soffice(work, 'docx:MS Word 2007 XML', 'resume.html'), 'resume.docx'),
      truth: truthOf(person, { withLanguages: true }),
    }),
  },
];
