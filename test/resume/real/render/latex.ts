// Fills public LaTeX résumé templates with an invented person. Each template keeps its own
// preamble (read from the template's repository) and gets a body written with its own macros.
import { allSkills, dateRange, type Person } from './people.js';

export interface LatexTemplate {
  id: string;
  /** Repository folder (owner+name) and the files copied next to the generated .tex. */
  repo: string;
  /** The example file whose preamble is kept. */
  source: string;
  copy: string[];
  /** Edits to copied files so they build with Debian 12's TeX Live and free fonts. */
  patch?: Record<string, (content: string) => string>;
  engine: 'pdflatex' | 'xelatex';
  /** Whether the template's fonts can show any Latin letter (else names are folded to ASCII). */
  unicode: boolean;
  withLanguages: boolean;
  render: (person: Person, preamble: string) => string;
}

export function tex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

const range = (p: Person, job: { start: [number, number]; end: [number, number] | null }, sep = ' -- ') => tex(dateRange(p, job.start, job.end, sep));
const schoolRange = (p: Person, s: { start: number; end: number }, sep = ' -- ') => tex(dateRange(p, [s.start, 9], [s.end, 6], sep));
const skillLine = (p: Person) => tex(allSkills(p).join(', '));

function replaceMacro(preamble: string, macro: string, value: string | null): string {
  const pattern = new RegExp(`^\\\\${macro}(\\[[^\\]]*\\])?\\{.*$`, 'm');
  return preamble.replace(pattern, value === null ? '' : value);
}

export const LATEX_TEMPLATES: LatexTemplate[] = [
  {
    id: 'jakegut',
    repo: 'jakegut+resume',
    source: 'resume.tex',
    copy: [],
    engine: 'pdflatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => `${preamble.replace('\\usepackage[english]{babel}', '\\usepackage[T1]{fontenc}\n\\usepackage[english]{babel}')}
\\begin{document}
\\begin{center}
    \\textbf{\\Huge \\scshape ${tex(p.first)} ${tex(p.last)}} \\\\ \\vspace{1pt}
    \\small ${[p.phone && tex(p.phone), p.email && `\\href{mailto:${p.email}}{\\underline{${tex(p.email)}}}`, p.linkedin && `\\href{https://linkedin.com/in/${p.linkedin}}{\\underline{linkedin.com/in/${tex(p.linkedin)}}}`, p.github && `\\href{https://github.com/${p.github}}{\\underline{github.com/${tex(p.github)}}}`].filter(Boolean).join(' $|$ ')}
\\end{center}
\\section{Education}
  \\resumeSubHeadingListStart
${p.schools.map((s) => `    \\resumeSubheading{${tex(s.institution)}}{${tex(s.location)}}{${tex(s.degree)} in ${tex(s.field)}}{${schoolRange(p, s)}}`).join('\n')}
  \\resumeSubHeadingListEnd
\\section{Experience}
  \\resumeSubHeadingListStart
${p.jobs.map((j) => `    \\resumeSubheading{${tex(j.title)}}{${range(p, j)}}{${tex(j.company)}}{${tex(j.location)}}
      \\resumeItemListStart
${j.bullets.map((b) => `        \\resumeItem{${tex(b)}}`).join('\n')}
      \\resumeItemListEnd`).join('\n')}
  \\resumeSubHeadingListEnd
\\section{Technical Skills}
 \\begin{itemize}[leftmargin=0.15in, label={}]
    \\small{\\item{
${p.skillGroups.map((g) => `     \\textbf{${tex(g.label)}}{: ${tex(g.skills.join(', '))}}`).join(' \\\\\n')}
    }}
 \\end{itemize}
\\end{document}
`,
  },
  {
    id: 'sb2nov',
    repo: 'sb2nov+resume',
    source: 'sourabh_bajaj_resume.tex',
    copy: [],
    engine: 'pdflatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => `${preamble.replace('\\documentclass[letterpaper,11pt]{article}', '\\documentclass[letterpaper,11pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}')}
\\begin{document}
\\begin{tabular*}{\\textwidth}{l@{\\extracolsep{\\fill}}r}
  \\textbf{{\\Large ${tex(p.first)} ${tex(p.last)}}} & ${p.email ? `Email: \\href{mailto:${p.email}}{${tex(p.email)}}` : ''}\\\\
  ${p.github ? `\\href{https://github.com/${p.github}}{github.com/${tex(p.github)}}` : tex(p.city)} & ${p.phone ? `Mobile: ${tex(p.phone)}` : ''} \\\\
\\end{tabular*}
\\section{Education}
  \\resumeSubHeadingListStart
${p.schools.map((s) => `    \\resumeSubheading{${tex(s.institution)}}{${tex(s.location)}}{${tex(s.degree)} in ${tex(s.field)}}{${schoolRange(p, s)}}`).join('\n')}
  \\resumeSubHeadingListEnd
\\section{Experience}
  \\resumeSubHeadingListStart
${p.jobs.map((j) => `    \\resumeSubheading{${tex(j.company)}}{${tex(j.location)}}{${tex(j.title)}}{${range(p, j)}}
      \\resumeItemListStart
${j.bullets.map((b, i) => `        \\resumeItem{${['Impact', 'Scope', 'Team'][i]}}{${tex(b)}}`).join('\n')}
      \\resumeItemListEnd`).join('\n')}
  \\resumeSubHeadingListEnd
\\section{Programming Skills}
 \\resumeSubHeadingListStart
${p.skillGroups.map((g) => `   \\item{\\textbf{${tex(g.label)}}{: ${tex(g.skills.join(', '))}}}`).join('\n')}
 \\resumeSubHeadingListEnd
\\end{document}
`,
  },
  ...(['classic', 'banking', 'casual', 'fancy', 'oldstyle'] as const).map(
    (style): LatexTemplate => ({
      id: `moderncv-${style}`,
      repo: 'xdanaux+moderncv',
      source: 'examples/template.tex',
      // The repository's class needs a newer LaTeX kernel than Debian 12's; Debian's own moderncv (texlive-latex-extra) is used.
      copy: [],
      engine: 'pdflatex',
      unicode: true,
      withLanguages: true,
      render: (p, preamble) => {
        let head = preamble.replace(/\\moderncvstyle\{\w+\}/, `\\moderncvstyle{${style}}`).replace(/\\documentclass\[[^\]]*\]\{moderncv\}/, `\\documentclass[11pt,a4paper,sans]{moderncv}\n\\usepackage[T1]{fontenc}${style === 'fancy' || style === 'oldstyle' ? '\n\\usepackage{lmodern}' : ''}`);
        head = replaceMacro(head, 'name', `\\name{${tex(p.first)}}{${tex(p.last)}}`);
        head = replaceMacro(head, 'title', `\\title{${tex(p.headline)}}`);
        head = replaceMacro(head, 'address', `\\address{${tex(p.city)}}{}{}`);
        head = head.replace(/^\\phone\[fixed\].*$/m, '').replace(/^\\phone\[fax\].*$/m, '');
        head = replaceMacro(head, 'phone', p.phone ? `\\phone[mobile]{${tex(p.phone).replace(/ /g, '~')}}` : null);
        head = replaceMacro(head, 'email', p.email ? `\\email{${tex(p.email)}}` : null);
        head = replaceMacro(head, 'homepage', null);
        head = head.replace(/^\\social\[(xing|twitter|gitlab|skype)\].*$/gm, '');
        head = replaceMacro(head, 'social\\[linkedin\\]', p.linkedin ? `\\social[linkedin]{${tex(p.linkedin)}}` : null);
        head = replaceMacro(head, 'social\\[github\\]', p.github ? `\\social[github]{${tex(p.github)}}` : null);
        head = replaceMacro(head, 'extrainfo', null);
        head = replaceMacro(head, 'photo', null);
        head = replaceMacro(head, 'quote', null);
        head = head.replace(/^\\addbibresource.*$/m, '').replace(/^\\bibliography.*$/m, '');
        return `${head}
\\begin{document}
\\makecvtitle
\\section{Experience}
${p.jobs.map((j) => `\\cventry{${range(p, j)}}{${tex(j.title)}}{${tex(j.company)}}{${tex(j.location)}}{}{%
\\begin{itemize}%
${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}
\\end{itemize}}`).join('\n')}
\\section{Education}
${p.schools.map((s) => `\\cventry{${schoolRange(p, s)}}{${tex(s.degree)}}{${tex(s.institution)}}{${tex(s.location)}}{}{${tex(s.field)}}`).join('\n')}
\\section{Computer skills}
${p.skillGroups.map((g) => `\\cvitem{${tex(g.label)}}{${tex(g.skills.join(', '))}}`).join('\n')}
\\section{Languages}
${p.languages.map((l, i) => `\\cvitemwithcomment{${tex(l)}}{${['Native', 'Fluent', 'Intermediate'][i]}}{}`).join('\n')}
\\end{document}
`;
      },
    }),
  ),
  {
    id: 'awesome-cv',
    repo: 'posquit0+Awesome-CV',
    source: 'examples/resume.tex',
    copy: ['awesome-cv.cls'],
    patch: {
      'awesome-cv.cls': (cls) =>
        cls
          .replace('{fontawesome6}', '{fontawesome5}')
          .replace(/\\faSquareGithub/g, '\\faGithubSquare')
          .replace(/\\faHouseChimney/g, '\\faHome')
          .replace(/\\faSquareXing/g, '\\faXingSquare')
          .replace(/\\faSquareWhatsapp/g, '\\faWhatsappSquare')
          .replace(/\\faCakeCandles/g, '\\faBirthdayCake')
          .replace(/Source Sans 3/g, 'Lato')
          .replace(/\\newfontfamily\\roboto\{Roboto\}\[[^\]]*\]/, '\\newfontfamily\\roboto{Roboto}[Extension=.ttf, UprightFont=*-Regular, ItalicFont=*-Italic, BoldFont=*-Bold, BoldItalicFont=*-BoldItalic, FontFace={l}{n}{Font=*-Light}, FontFace={l}{it}{Font=*-LightItalic}]'),
    },
    engine: 'xelatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => {
      let head = preamble;
      head = replaceMacro(head, 'name', `\\name{${tex(p.first)}}{${tex(p.last)}}`);
      head = replaceMacro(head, 'position', `\\position{${tex(p.headline)}}`);
      head = replaceMacro(head, 'address', `\\address{${tex(p.city)}}`);
      head = replaceMacro(head, 'mobile', p.phone ? `\\mobile{${tex(p.phone)}}` : null);
      head = replaceMacro(head, 'email', p.email ? `\\email{${tex(p.email)}}` : null);
      head = replaceMacro(head, 'homepage', null);
      head = replaceMacro(head, 'github', p.github ? `\\github{${tex(p.github)}}` : null);
      head = replaceMacro(head, 'linkedin', p.linkedin ? `\\linkedin{${tex(p.linkedin)}}` : null);
      head = replaceMacro(head, 'quote', null);
      return `${head}
\\begin{document}
\\makecvheader[C]
\\makecvfooter{}{${tex(p.first)} ${tex(p.last)}~~~·~~~Résumé}{\\thepage}
\\cvsection{Summary}
\\begin{cvparagraph}
${tex(p.summary)}
\\end{cvparagraph}
\\cvsection{Work Experience}
\\begin{cventries}
${p.jobs.map((j) => `  \\cventry{${tex(j.title)}}{${tex(j.company)}}{${tex(j.location)}}{${range(p, j, ' - ')}}{
    \\begin{cvitems}
${j.bullets.map((b) => `      \\item {${tex(b)}}`).join('\n')}
    \\end{cvitems}}`).join('\n')}
\\end{cventries}
\\cvsection{Education}
\\begin{cventries}
${p.schools.map((s) => `  \\cventry{${tex(s.degree)} in ${tex(s.field)}}{${tex(s.institution)}}{${tex(s.location)}}{${schoolRange(p, s, ' - ')}}{}`).join('\n')}
\\end{cventries}
\\cvsection{Skills}
\\begin{cvskills}
${p.skillGroups.map((g) => `  \\cvskill{${tex(g.label)}}{${tex(g.skills.join(', '))}}`).join('\n')}
\\end{cvskills}
\\end{document}
`;
    },
  },
  {
    id: 'mcdowell',
    repo: 'dnl-blkv+mcdowell-cv',
    source: 'McDowell_CV_Template.tex',
    copy: ['mcdowellcv.cls'],
    // Carlito is the metric-compatible free Calibri, which the class offers as its alternative face.
    // Debian 12's microtype cannot letterspace under XeTeX; fontspec's LetterSpace does the same.
    patch: {
      'mcdowellcv.cls': (cls) =>
        cls.replace('\\def\\mainfontface{Times New Roman}', '\\def\\mainfontface{Carlito}').replace('\\textls[110]{\\textsc{\\@name}}', '{\\addfontfeature{LetterSpace=11}\\textsc{\\@name}}'),
    },
    engine: 'xelatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => {
      let head = preamble;
      head = replaceMacro(head, 'name', `\\name{${tex(p.first)} ${tex(p.last)}}`);
      head = replaceMacro(head, 'address', `\\address{${tex(p.city)}}`);
      head = replaceMacro(head, 'contacts', `\\contacts{${[p.phone && tex(p.phone), p.email && tex(p.email)].filter(Boolean).join(' \\linebreak ') || tex(p.headline)}}`);
      return `${head}
\\begin{document}
\\makeheader
\\begin{cvsection}{Employment}
${p.jobs.map((j) => `\\begin{cvsubsection}{${tex(j.title)}}{${tex(j.company)}}{${range(p, j)}}
\\begin{itemize}
${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}
\\end{itemize}
\\end{cvsubsection}`).join('\n')}
\\end{cvsection}
\\begin{cvsection}{Education}
${p.schools.map((s) => `\\begin{cvsubsection}{${tex(s.location)}}{${tex(s.institution)}}{${schoolRange(p, s)}}
\\begin{itemize}
\\item ${tex(s.degree)} in ${tex(s.field)}, ${s.end}.
\\end{itemize}
\\end{cvsubsection}`).join('\n')}
\\end{cvsection}
\\begin{cvsection}{Skills}
\\begin{cvsubsection}{}{}{}
\\begin{itemize}
${p.skillGroups.map((g) => `\\item \\textbf{${tex(g.label)}:} ${tex(g.skills.join(', '))}`).join('\n')}
\\end{itemize}
\\end{cvsubsection}
\\end{cvsection}
\\end{document}
`;
    },
  },
  {
    id: 'altacv',
    repo: 'liantze+AltaCV',
    source: 'sample.tex',
    copy: ['altacv.cls'],
    engine: 'pdflatex',
    unicode: true,
    withLanguages: true,
    render: (p, preamble) => `${preamble.replace(/^\\addbibresource.*$/m, '').replace(/^\\input\{pubs-num.cfg\}$/m, '').replace('\\documentclass[10pt,a4paper,withhyper]{altacv}', '\\documentclass[10pt,a4paper,withhyper]{altacv}\n\\usepackage[T1]{fontenc}')}
\\begin{document}
\\name{${tex(p.first)} ${tex(p.last)}}
\\tagline{${tex(p.headline)}}
\\personalinfo{%
${[p.email && `  \\email{${tex(p.email)}}`, p.phone && `  \\phone{${tex(p.phone)}}`, `  \\location{${tex(p.city)}}`, p.linkedin && `  \\linkedin{${tex(p.linkedin)}}`, p.github && `  \\github{${tex(p.github)}}`].filter(Boolean).join('\n')}
}
\\makecvheader
\\columnratio{0.6}
\\begin{paracol}{2}
\\cvsection{Experience}
${p.jobs.map((j) => `\\cvevent{${tex(j.title)}}{${tex(j.company)}}{${range(p, j)}}{${tex(j.location)}}
\\begin{itemize}
${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}
\\end{itemize}`).join('\n\\divider\n')}
\\switchcolumn
\\cvsection{Education}
${p.schools.map((s) => `\\cvevent{${tex(s.degree)} in ${tex(s.field)}}{${tex(s.institution)}}{${schoolRange(p, s)}}{}`).join('\n\\divider\n')}
\\cvsection{Skills}
${allSkills(p).map((s) => `\\cvtag{${tex(s)}}`).join('\n')}

\\medskip
\\cvsection{Languages}
${p.languages.map((l, i) => `\\cvskill{${tex(l)}}{${5 - i}}`).join('\n\\divider\n')}
\\end{paracol}
\\end{document}
`,
  },
  {
    id: 'latexcv-classic',
    repo: 'jankapunkt+latexcv',
    source: 'classic/main.tex',
    copy: [],
    engine: 'pdflatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => `${preamble}
\\begin{document}
\\pagestyle{fancy}
\\vspace{-8pt}
\\begin{center}
	\\HUGE \\textsc{${tex(p.first)} ${tex(p.last)}} \\textcolor{sectcol}{\\rule[-1mm]{1mm}{0.9cm}} \\textsc{Resume}\\\\[2pt]
	\\small ${tex(p.headline)}
\\end{center}
\\vspace{6pt}
\\metasection{${tex(p.city)}}{\\textbf{Status:} ${tex(p.headline)}}
${p.email ? `\\metasection{${tex(p.email)}}{\\textbf{Techs:} ${skillLine(p)}}` : `\\metasection{}{\\textbf{Techs:} ${skillLine(p)}}`}
${p.phone ? `\\metasection{${tex(p.phone)}}{\\textbf{Languages:} ${tex(p.languages.join(', '))}}` : ''}
\\vspace{-2pt}
\\textcolor{softcol}{\\hrule}
\\vspace{6pt}
\\normalsize
\\cvsection{Summary}
${tex(p.summary)}\\\\
\\cvsection{Experience}
${p.jobs.map((j) => `\\cvevent{${range(p, j, ' - ')}}{${tex(j.title)}}{${tex(j.company)}}{
${j.bullets.map((b) => `	{${tex(b).replace(/,/g, '{,}')}}`).join(',\n')}
}`).join('\n')}
\\cvsection{Education}
${p.schools.map((s) => `\\cvevent{${schoolRange(p, s, ' - ')}}{${tex(s.degree)} ${tex(s.field)}}{${tex(s.institution)}}{
	{${tex(s.location)}}
}`).join('\n')}
\\end{document}
`,
  },
  {
    id: 'latexcv-sidebar',
    repo: 'jankapunkt+latexcv',
    source: 'sidebar/main.tex',
    copy: [],
    engine: 'pdflatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => `${preamble}
\\begin{document}
\\fcolorbox{white}{white}{\\begin{minipage}[c][0.95\\textheight][t]{0.69\\linewidth}
\\vspace{-3pt}
\\colorbox{bgcol}{\\makebox[\\mpwidth][c]{\\HUGE{\\textcolor{white}{\\uppercase{${tex(p.first)} ${tex(p.last)}}} } \\textcolor{sectcol}{\\rule[-1mm]{1mm}{0.9cm}} \\HUGE{\\textcolor{white}{\\uppercase{Resume}} } }}
\\vspace{12pt}
\\cvsection{Status}
${tex(p.summary)}
\\vspace{12pt}
\\cvsection{Experience}
${p.jobs.map((j) => `\\cvevent{${range(p, j, ' - ')}}{${tex(j.title)}}{${tex(j.company)}}{${j.bullets.map((b) => tex(b).replace(/,/g, '{,}')).join(', ')}}`).join('\n')}
\\vspace{12pt}
\\cvsection{Education}
${p.schools.map((s) => `\\cvevent{${schoolRange(p, s, ' - ')}}{${tex(s.degree)} in ${tex(s.field)}}{${tex(s.institution)}}{${tex(s.location)}}`).join('\n')}
\\end{minipage}}%
\\fcolorbox{white}{sectcol}{\\begin{minipage}[c][0.95\\textheight][t]{0.33\\linewidth}
\\begin{metasection}{Contact}
    \\icontext{MapMarker}{12}{${tex(p.city)}}{white}\\\\[6pt]
${p.phone ? `    \\icontext{MobilePhone}{12}{${tex(p.phone)}}{white}\\\\[6pt]\n` : ''}${p.email ? `    \\iconemail{Send}{12}{${tex(p.email)}}{${tex(p.email)}}{white}\\\\[6pt]\n` : ''}${p.github ? `    \\iconhref{Github}{12}{https://github.com/${p.github}}{github.com/${tex(p.github)}}{white}\\\\[6pt]\n` : ''}\\end{metasection}
\\begin{metasection}{Skills}
${allSkills(p).map((s) => `\\icontext{Code}{12}{${tex(s)}}{white}\\\\`).join('\n')}
\\end{metasection}
\\end{minipage}}
\\end{document}
`,
  },
  {
    id: 'deedy',
    repo: 'deedy+Deedy-Resume',
    source: 'OpenFonts/deedy_resume-openfont.xtx',
    copy: ['OpenFonts/deedy-resume-openfont.cls', 'OpenFonts/fonts'],
    engine: 'xelatex',
    unicode: true,
    withLanguages: false,
    render: (p, preamble) => `${preamble}
\\begin{document}
\\namesection{${tex(p.first)}}{${tex(p.last)}}{ \\urlstyle{same}${[p.github && `\\href{https://github.com/${p.github}}{github.com/${tex(p.github)}}`, p.email && `\\href{mailto:${p.email}}{${tex(p.email)}}`, p.phone && tex(p.phone)].filter(Boolean).join(' | ')}
}
\\begin{minipage}[t]{0.33\\textwidth}
\\section{Education}
${p.schools.map((s) => `\\subsection{${tex(s.institution)}}
\\descript{${tex(s.degree)} in ${tex(s.field)}}
\\location{${schoolRange(p, s, ' - ')} | ${tex(s.location)}}
\\sectionsep`).join('\n')}
\\section{Skills}
${p.skillGroups.map((g) => `\\subsection{${tex(g.label)}}
\\location{Proficient:}
${tex(g.skills.join(' \u2022 ')).replace(/\u2022/g, '\\textbullet{}')} \\\\
\\sectionsep`).join('\n')}
\\end{minipage}
\\hfill
\\begin{minipage}[t]{0.66\\textwidth}
\\section{Experience}
${p.jobs.map((j) => `\\runsubsection{${tex(j.company)}}
\\descript{| ${tex(j.title)}}
\\location{${range(p, j, ' – ')} | ${tex(j.location)}}
\\begin{tightemize}
${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}
\\end{tightemize}
\\sectionsep`).join('\n')}
\\end{minipage}
\\end{document}
`,
  },
];
