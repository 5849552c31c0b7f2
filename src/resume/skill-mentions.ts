import type { SkillEntry } from './skills-vocabulary.js';

/*
 * The rule for a skill mentioned in prose, as regular expressions (the definition), and an index
 * that gives the same answers in one pass over the text. One expression per entry over a few
 * kilobytes of text costs hundreds of scans per résumé, and each expression is compiled again
 * whenever V8 has dropped its code; the index visits each position once.
 */

// Prose matching is case-sensitive on purpose ("React" is the library, "react" the verb),
// except for technical tokens with digits or symbols, which no English word resembles
// ("K8s", "node.js", "ci/cd").
const TECHNICAL_SPELLING = /[\d.#+/]/;
const BEFORE = '(?<![\\p{L}\\p{N}+#./-])';
const AFTER = '(?![\\p{L}\\p{N}+#]|\\.[\\p{L}\\p{N}]|-[\\p{L}])';

/** One entry's spellings, matched as `BEFORE(?:longest|…|shortest)AFTER` with the global flag. */
export interface SkillMatcher {
  entry: SkillEntry;
  /** Longest first, as the alternation tries them. */
  spellings: string[];
  ignoreCase: boolean;
}

export function skillMatchers(vocabulary: readonly SkillEntry[]): SkillMatcher[] {
  return vocabulary
    .filter((entry) => !entry.listedOnly)
    .flatMap((entry) => {
      const spellings = [entry.name, ...entry.aliases].sort((a, b) => b.length - a.length);
      const technical = spellings.filter((spelling) => TECHNICAL_SPELLING.test(spelling));
      return [{ entry, spellings, ignoreCase: false }, ...(technical.length > 0 ? [{ entry, spellings: technical, ignoreCase: true }] : [])];
    });
}

/** The matcher as the expression that defines it. */
export function matcherPattern(matcher: SkillMatcher): RegExp {
  return new RegExp(`${BEFORE}(?:${matcher.spellings.map(escapeRegExp).join('|')})${AFTER}`, matcher.ignoreCase ? 'giu' : 'gu');
}

interface Mention {
  entry: SkillEntry;
  start: number;
  end: number;
}

/**
 * Vocabulary skills mentioned in free text. A mention inside a longer one counts only as the
 * longer skill ("GitHub Actions" is not "GitHub"). Entries come in vocabulary order.
 */
export function mentionedSkills(mentions: Mention[]): SkillEntry[] {
  const kept = mentions.filter(
    (mention) => !mentions.some((other) => other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start),
  );
  return [...new Set(kept.map((mention) => mention.entry))];
}

interface TrieNode {
  /** By folded character code; every spelling in the index is printable ASCII. */
  next: (TrieNode | undefined)[];
  /** Spellings that end here: which matcher, and the spelling for a case-sensitive check. */
  ends: { matcher: number; spelling: string }[];
}

const BEFORE_CASED = new RegExp(BEFORE, 'uy');
const BEFORE_CASELESS = new RegExp(BEFORE, 'iuy');
const AFTER_CASED = new RegExp(AFTER, 'uy');
const AFTER_CASELESS = new RegExp(AFTER, 'iuy');

function holdsAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

const isAsciiAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const PLUS = 43;
const HASH = 35;
const DOT = 46;
const SLASH = 47;
const HYPHEN = 45;

/**
 * BEFORE at `index`, read directly when the character before is ASCII (where the case flag
 * changes nothing); otherwise by the expression with the matcher's flags.
 */
function boundaryBefore(text: string, index: number, ignoreCase: boolean): boolean {
  if (index === 0) return true;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return !(isAsciiAlnum(code) || code === PLUS || code === HASH || code === DOT || code === SLASH || code === HYPHEN);
  return holdsAt(ignoreCase ? BEFORE_CASELESS : BEFORE_CASED, text, index);
}

/** AFTER at `index`, the same way. */
function boundaryAfter(text: string, index: number, ignoreCase: boolean): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  const following = index + 1 < text.length ? text.charCodeAt(index + 1) : -1;
  if (code < 0x80 && following < 0x80) {
    if (isAsciiAlnum(code) || code === PLUS || code === HASH) return false;
    if (code === DOT) return !isAsciiAlnum(following);
    if (code === HYPHEN) return !isAsciiLetter(following);
    return true;
  }
  return holdsAt(ignoreCase ? AFTER_CASELESS : AFTER_CASED, text, index);
}

/**
 * Case-insensitive matching with the `u` flag compares simple case foldings. For an ASCII
 * spelling character that is its lower case, and the only other characters folding into
 * ASCII are LONG S (to s) and KELVIN SIGN (to k); test/resume/skill-mentions.test.ts checks
 * this against the engine for every code point.
 */
export function foldAscii(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return code;
}

const ASCII_ONLY = /^[\x20-\x7e]+$/;

export class SkillMentionIndex {
  private readonly root: TrieNode = { next: [], ends: [] };
  /** Matchers the index cannot answer for (a spelling outside printable ASCII) keep their expression. */
  private readonly patterns = new Map<number, RegExp>();

  constructor(private readonly matchers: SkillMatcher[]) {
    matchers.forEach((matcher, index) => {
      if (!matcher.spellings.every((spelling) => ASCII_ONLY.test(spelling))) {
        this.patterns.set(index, matcherPattern(matcher));
        return;
      }
      for (const spelling of matcher.spellings) {
        let node = this.root;
        for (let i = 0; i < spelling.length; i++) {
          const code = foldAscii(spelling.charCodeAt(i));
          node = node.next[code] ??= { next: [], ends: [] };
        }
        node.ends.push({ matcher: index, spelling });
      }
    });
  }

  find(text: string): SkillEntry[] {
    // Per matcher, the longest spelling that matches at each start, in text order.
    const found: { start: number; end: number }[][] = this.matchers.map(() => []);
    for (let start = 0; start < text.length; start++) {
      let node = this.root.next[foldAscii(text.charCodeAt(start))];
      if (!node) continue;
      let cased: boolean | undefined;
      let caseless: boolean | undefined;
      for (let end = start + 1; node; end++) {
        for (const { matcher, spelling } of node.ends) {
          const { ignoreCase } = this.matchers[matcher]!;
          if (!ignoreCase && !text.startsWith(spelling, start)) continue;
          const before = ignoreCase ? (caseless ??= boundaryBefore(text, start, true)) : (cased ??= boundaryBefore(text, start, false));
          if (!before || !boundaryAfter(text, end, ignoreCase)) continue;
          const list = found[matcher]!;
          const last = list.at(-1);
          if (last?.start === start) last.end = Math.max(last.end, end);
          else list.push({ start, end });
        }
        node = end < text.length ? node.next[foldAscii(text.charCodeAt(end))] : undefined;
      }
    }
    const mentions: Mention[] = [];
    this.matchers.forEach((matcher, index) => {
      const pattern = this.patterns.get(index);
      if (pattern) {
        for (const match of text.matchAll(pattern)) mentions.push({ entry: matcher.entry, start: match.index, end: match.index + match[0].length });
        return;
      }
      // A global expression resumes after each match: matches of one matcher never overlap.
      let resume = 0;
      for (const { start, end } of found[index]!) {
        if (start < resume) continue;
        mentions.push({ entry: matcher.entry, start, end });
        resume = end;
      }
    });
    return mentionedSkills(mentions);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
