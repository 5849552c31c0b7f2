// Re-renders the real-template corpus. Needs Debian's TeX Live (texlive-latex-extra,
// texlive-xetex, texlive-fonts-extra), pandoc, LibreOffice, Chromium and the template
// repositories checked out at the commits in ../SOURCES.md:
//   RESUME_TEMPLATES_DIR=/path/with/owner+name/checkouts npx tsx test/resume/real/render/render-all.ts [template-id...]
// The tests only read the committed files, so CI needs none of this.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, realpathSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LATEX_TEMPLATES } from './latex.js';
import { makePerson, truthOf, type Person } from './people.js';
import { OTHER_GENERATORS } from './other.js';
import { ASSIGNMENTS } from './plan.js';

const OUT = fileURLToPath(new URL('../files/', import.meta.url));
const TEMPLATES = process.env.RESUME_TEMPLATES_DIR ?? '/tmp/resume-templates';
const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });

function renderLatex(id: string, person: Person): Buffer {
  const template = LATEX_TEMPLATES.find((t) => t.id === id)!;
  const repo = realpathSync(join(TEMPLATES, template.repo));
  const source = readFileSync(join(repo, template.source), 'utf8');
  const preamble = source.slice(0, source.indexOf('\\begin{document}'));
  const sourceDir = join(repo, template.source, '..');
  const work = mkdtempSync(join(tmpdir(), `resume-${id}-`));
  try {
    cpSync(sourceDir, work, { recursive: true });
    for (const file of template.copy) {
      const from = join(repo, file);
      if (existsSync(from)) cpSync(from, join(work, file.split('/').at(-1)!), { recursive: true });
    }
    for (const [file, edit] of Object.entries(template.patch ?? {})) writeFileSync(join(work, file), edit(readFileSync(join(work, file), 'utf8')));
    writeFileSync(join(work, 'resume.tex'), template.render(person, preamble));
    for (let pass = 0; pass < 2; pass++) {
      execFileSync(template.engine, ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: work, stdio: 'pipe', env: { ...process.env, SOURCE_DATE_EPOCH: '1735689600', FORCE_SOURCE_DATE: '1' } });
    }
    return readFileSync(join(work, 'resume.pdf'));
  } catch (error) {
    const log = existsSync(join(work, 'resume.log')) ? readFileSync(join(work, 'resume.log'), 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n') : '';
    throw new Error(`${id}: ${log || (error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const { template, seeds } of ASSIGNMENTS) {
  if (only.length > 0 && !only.includes(template)) continue;
  const latex = LATEX_TEMPLATES.find((t) => t.id === template);
  const other = OTHER_GENERATORS.find((g) => g.id === template);
  for (const seed of seeds) {
    const person = makePerson(seed, { ascii: latex ? !latex.unicode : false });
    const id = `${template}-${seed}`;
    try {
      if (latex) {
        writeFileSync(join(OUT, `${id}.pdf`), renderLatex(template, person));
        writeFileSync(join(OUT, `${id}.json`), `${JSON.stringify(truthOf(person, { withLanguages: latex.withLanguages }), null, 2)}\n`);
      } else if (other) {
        const { kind, bytes, truth } = await other.render(person);
        writeFileSync(join(OUT, `${id}.${kind}`), bytes);
        writeFileSync(join(OUT, `${id}.json`), `${JSON.stringify(truth, null, 2)}\n`);
      } else {
        throw new Error(`unknown template ${template}`);
      }
      console.log(`rendered ${id}`);
    } catch (error) {
      console.error(`FAILED ${id}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}
