// The mention index must give exactly the answers of the rule it replaces: one global regular
// expression per vocabulary entry (kept below as the reference), on real and generated résumé
// text and on text made to hit the rule's edges.
import { afterAll, describe, expect, it } from 'vitest';
import { closeParsePools, extractResumeText } from '../../src/resume/extract-text.js';
import { foldAscii, matcherPattern, mentionedSkills, SkillMentionIndex, skillMatchers } from '../../src/resume/skill-mentions.js';
import { findSkillMentions, SKILLS_VOCABULARY, type SkillEntry } from '../../src/resume/skills-vocabulary.js';
import { loadCorpus } from './corpus/generate.js';
import { Random } from './corpus/prng.js';
import { loadRealCorpus } from './real-accuracy.js';

const MATCHERS = skillMatchers(SKILLS_VOCABULARY);
const PATTERNS = MATCHERS.map((matcher) => ({ entry: matcher.entry, pattern: matcherPattern(matcher) }));

/** The rule as it was written before the index: every entry's expression over the whole text. */
function reference(text: string): SkillEntry[] {
  return mentionedSkills(
    PATTERNS.flatMap(({ entry, pattern }) => [...text.matchAll(pattern)].map((match) => ({ entry, start: match.index, end: match.index + match[0].length }))),
  );
}

const names = (entries: SkillEntry[]) => entries.map((entry) => entry.name);

afterAll(() => closeParsePools());

describe('skill mentions in prose', () => {
  it('finds what the per-entry expressions find on every real and generated résumé, whole and line by line', async () => {
    const documents = [...(await loadCorpus()), ...loadRealCorpus('development'), ...loadRealCorpus('held-out')];
    const texts = await Promise.all(documents.map((doc) => extractResumeText(doc.bytes, doc.kind).catch(() => '')));
    const readable = texts.filter((text) => text.length > 0);
    expect(readable.length).toBeGreaterThanOrEqual(80);
    let withMentions = 0;
    for (const text of readable) {
      const expected = names(reference(text));
      if (expected.length > 0) withMentions += 1;
      expect(names(findSkillMentions(text))).toEqual(expected);
      for (const line of text.split('\n')) expect(names(findSkillMentions(line))).toEqual(names(reference(line)));
    }
    // The comparison means something only if the texts mention skills.
    expect(withMentions).toBeGreaterThan(readable.length / 2);
  }, 120_000);

  it('agrees at the edges: case, boundaries, overlaps, surrogate pairs and case-folding characters', () => {
    const cases = [
      'React and react; REACT, Node.js, node.js, NODE.JS, Node.jsx, Node.js.',
      'C, C#, C++, c++, .NET, ASP.NET Core, F#, Objective-C, objective-c',
      'GitHub Actions and GitHub; GitLab CI/CD, ci/cd, CI-CD',
      'K8s and k8s and K8ſ and \u212A8s; Python3 and python3 and PYTHON3',
      'Go-lang, Go, TypeScript-based, TypeScript.x, TypeScript.5, TypeScript-5, -TypeScript, /TypeScript, #TypeScript',
      '\u{1D400}TypeScript, TypeScript\u{1D400}, \u0345TypeScript, node.js\u0345, ES6\u0345, \u0345ES6',
      'Kubernetes, Docker, AWS, Amazon Web Services, Google Cloud Platform, GCP, Microsoft Azure, Azure',
      'SQL, PostgreSQL, MySQL, NoSQL, T-SQL, PL/SQL, sql',
      '',
      'JavaScriptJavaScript JavaScript JavaScript',
    ];
    for (const text of cases) expect(names(findSkillMentions(text)), text).toEqual(names(reference(text)));
  });

  it('agrees on random text built from the vocabulary spellings and their boundary characters', () => {
    const random = new Random(20261202);
    const spellings = MATCHERS.flatMap((matcher) => matcher.spellings);
    const glue = [' ', ', ', '.', '-', '/', '+', '#', '', '\n', '(', ')', 'x', '7', 'é', 'ſ', '\u212A', '\u0345', '\u{1D400}', '. ', '-a', '.5'];
    const mangle = (text: string) => {
      switch (random.int(0, 5)) {
        case 0:
          return text.toLowerCase();
        case 1:
          return text.toUpperCase();
        case 2:
          return text.replace(/s/g, 'ſ').replace(/k/gi, '\u212A');
        default:
          return text;
      }
    };
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      for (let j = random.int(1, 8); j > 0; j--) parts.push(random.pick(glue), mangle(random.pick(spellings)));
      parts.push(random.pick(glue));
      const text = parts.join('');
      expect(names(findSkillMentions(text)), text).toEqual(names(reference(text)));
    }
  });

  it('folds case as the u flag does: only LONG S and KELVIN SIGN fold into printable ASCII from outside it', () => {
    const printable = /^[\x20-\x7e]$/iu;
    const wrong: string[] = [];
    for (let code = 0x7f; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const folded = foldAscii(code);
      const right = printable.test(char) ? folded <= 0x7e && new RegExp(`^\\u{${folded.toString(16)}}$`, 'iu').test(char) : folded === code;
      if (!right) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    for (let a = 0x20; a <= 0x7e; a++) {
      for (let b = 0x20; b <= 0x7e; b++) {
        expect(new RegExp(`^\\u{${a.toString(16)}}$`, 'iu').test(String.fromCharCode(b))).toBe(foldAscii(a) === foldAscii(b));
      }
    }
  });

  it('answers from the expression for a spelling the index cannot hold', () => {
    const entry: SkillEntry = { name: 'Ñandú', category: 'technical', aliases: ['Nandu 2'], listedOnly: false };
    const index = new SkillMentionIndex(skillMatchers([entry]));
    expect(names(index.find('Worked with Ñandú and nandu 2.'))).toEqual(['Ñandú']);
    expect(names(index.find('ñandú'))).toEqual([]);
  });
});
