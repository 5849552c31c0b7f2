import { CV_LIMITS, type Skill, type SkillCategory, type SkillProficiency } from './cv-schema.js';
import { findSkill, findSkillMentions } from './skills-vocabulary.js';
import { isSentence, type Line } from './text-lines.js';

const LEVELS: [RegExp, SkillProficiency][] = [
  [/^(?:native|native speaker|mother tongue|bilingual|c2|expert|master(?:y)?)$/i, 'expert'],
  [/^(?:fluent|c1|advanced|proficient|full professional(?: proficiency)?|professional(?: working)?(?: proficiency)?|excellent|very good)$/i, 'advanced'],
  [/^(?:b1|b2|intermediate|upper[- ]intermediate|conversational|good|working(?: proficiency| knowledge)?|limited working(?: proficiency)?|competent)$/i, 'intermediate'],
  [/^(?:a1|a2|basic|beginner|elementary|limited|novice|familiar|elementary proficiency|pre-intermediate)$/i, 'beginner'],
];
const LEVEL_SUFFIX = /\s*(?:[([]\s*([^()[\]]+?)\s*[)\]]|[-–—:]\s*([\p{L}\d -]+))$/u;

function proficiencyOf(text: string): SkillProficiency | undefined {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  const cefr = /(?<![\p{L}\d])([abc][12])(?![\p{L}\d])/iu.exec(cleaned)?.[1];
  const words = cleaned.replace(/\s*[([].*$/, '');
  return LEVELS.find(([pattern]) => pattern.test(cleaned) || pattern.test(words) || (cefr !== undefined && pattern.test(cefr)))?.[1];
}

function isLevelOnly(text: string): boolean {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  return LEVELS.some(([pattern]) => pattern.test(cleaned));
}

/**
 * Reads a skills or languages section: comma/pipe/bullet separated lists, optional
 * "Category: …" prefixes and "(level)" / "– level" suffixes. Known skills are
 * canonicalised through the vocabulary; unknown short items are kept as written.
 */
export function parseSkillLines(sectionLines: Line[], section: 'skills' | 'languages'): Skill[] {
  const skills = new SkillSet();
  const lines = joinWrappedItems(sectionLines);
  lines.forEach((line, index) => {
    if (isGroupLabel(line, lines[index - 1], lines[index + 1], lines[index + 2], lines[index + 3])) return;
    const labeled = /^([\p{L} &/+-]{2,40}):\s*(.*)$/u.exec(line.text);
    const label = labeled?.[1] ?? '';
    const body = labeled ? labeled[2] ?? '' : line.text;
    const category: SkillCategory | undefined =
      section === 'languages' || (/\blanguages?\b/i.test(label) && !/programming|coding|scripting|query|markup|computer/i.test(label))
        ? 'language'
        : /\b(?:soft|interpersonal|personal)\b/i.test(label)
          ? 'soft'
          : undefined;
    if (!body.trim()) return;
    if (isSentence(body) && !/[,;|•]/.test(body)) {
      for (const entry of findSkillMentions(body)) skills.add({ name: entry.name, category: entry.category });
      return;
    }
    const items = splitTopLevel(body);
    // "Cloud  Terraform, AWS": a group name set just left of its list reads into the first item.
    if (!labeled && items.length >= 2) items[0] = withoutGroupName(items[0] ?? '');
    for (const item of items) {
      const level = isLevelOnly(item) ? proficiencyOf(item) : undefined;
      if (level && skills.size > 0) {
        skills.setLastProficiency(level);
        continue;
      }
      addItem(skills, item, category);
    }
  });
  return skills.list();
}

const LIST_SEPARATOR = /[,;|•·▪]/;

/** "Market" over "Research" in a narrow sidebar: one known skill wrapped over two lines. */
function joinWrappedItems(lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    const both = next && !next.bullet && !LIST_SEPARATOR.test(line.text) && !LIST_SEPARATOR.test(next.text) ? `${line.text} ${next.text}` : '';
    // "…, JIRA (expert), Market" over "Research (advanced), …": a list wrapped inside an item.
    const last = splitTopLevel(line.text).at(-1) ?? '';
    const first = next ? (splitTopLevel(next.text)[0] ?? '').replace(/\s*[([].*$/, '') : '';
    const splitItem = next && !next.bullet && LIST_SEPARATOR.test(line.text) && !/[,;|•·▪]\s*$/.test(line.text) && !findSkill(last) && findSkill(`${last} ${first}`);
    if (next && splitItem) {
      joined.push({ ...line, text: `${line.text} ${next.text}` });
      i++;
    } else if (next && both && findSkill(both) && !(findSkill(line.text) && findSkill(next.text))) {
      joined.push({ ...line, text: both });
      i++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** "Frontend Vue.js" → "Vue.js": an unknown capitalised word or two before a known skill. */
function withoutGroupName(item: string): string {
  if (findSkill(item) || /[()]/.test(item)) return item;
  const words = item.trim().split(/\s+/);
  for (let prefix = 1; prefix <= 2 && prefix < words.length; prefix++) {
    const rest = words.slice(prefix).join(' ');
    if (words.slice(0, prefix).every((word) => /^\p{Lu}[\p{L}-]*$/u.test(word)) && findSkill(rest)) return rest;
  }
  return item;
}

/**
 * A group's name set on its own line above the group's list ("Cloud" over "AWS, Terraform",
 * "Frontend" over "React Vue.js Jest"): a short line with no separators, followed by a line
 * that lists several items.
 */
function isGroupLabel(line: Line, previous: Line | undefined, following: Line | undefined, afterThat?: Line, afterNext?: Line): boolean {
  // In a list of one skill per line, a known skill is an item even when a list line follows.
  if (previous && !LIST_SEPARATOR.test(previous.text) && (previous.cells ?? 1) === 1 && findSkill(line.text)) return false;
  // "CLOUD" / "Proficient:" / "AWS • Terraform" (Deedy): a bare level label may sit between.
  const next = following && /^[\p{L} ]{2,30}:$/u.test(following.text) ? afterThat : following;
  if (!next || line.bullet || line.cells !== undefined || LIST_SEPARATOR.test(line.text) || /[():]/.test(line.text)) return false;
  const words = line.text.split(/\s+/);
  if (words.length > 3 || !/^\p{Lu}/u.test(line.text)) return false;
  // A list whose items are bullets, or split at inline bullets ("AWS • Terraform" reads as "AWS", "• Terraform").
  const bulleted = next.bullet || (next === following ? afterThat?.bullet : afterNext?.bullet) === true;
  const nextIsList = bulleted || (next.cells ?? 1) > 1 || splitTopLevel(next.text).length >= 3 || (splitJoinedSkills(next.text)?.length ?? 0) >= 3;
  return nextIsList && !isLevelOnly(line.text);
}

function addItem(skills: SkillSet, item: string, category: SkillCategory | undefined): void {
  let name = item.trim();
  let proficiency: SkillProficiency | undefined;
  const suffix = LEVEL_SUFFIX.exec(name);
  const suffixText = suffix?.[1] ?? suffix?.[2];
  if (suffix && suffixText) {
    const level = proficiencyOf(suffixText) ?? proficiencyOf(suffixText.split(/[,/]/)[0] ?? '');
    if (level) {
      proficiency = level;
      name = name.slice(0, suffix.index).trim();
    } else if (suffix[1] && !findSkill(name)) {
      // "Python (Django, Flask)": the parenthesis lists related skills.
      name = name.slice(0, suffix.index).trim();
      for (const inner of splitTopLevel(suffix[1])) addItem(skills, inner, category);
    }
  }
  if (!proficiency) {
    // "English Native", "German B2": the level written after the name without punctuation.
    const words = name.split(/\s+/);
    for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
      const tail = words.slice(-count).join(' ');
      const head = words.slice(0, -count).join(' ');
      if (isLevelOnly(tail) && findSkill(head)) {
        proficiency = proficiencyOf(tail);
        name = head;
        break;
      }
    }
  }
  name = name.replace(/^[\s*•·-]+|[\s.;,]+$/g, '');
  if (!name) return;
  const entry = findSkill(name);
  const joined = entry ? undefined : splitJoinedSkills(name);
  if (entry) {
    skills.add({ name: listedName(name, entry.name), category: entry.category, proficiency });
  } else if (joined) {
    for (const part of joined) skills.add({ name: part.name, category: part.category });
  } else if (isPlausibleSkill(name) && category !== 'language') {
    skills.add({ name, ...(category ? { category } : {}), proficiency });
  }
}

/**
 * A listed skill keeps the résumé's wording when it is the vocabulary's name shortened
 * ("Kafka", not "Apache Kafka"; "Google Cloud", not "Google Cloud Platform"); aliases that
 * abbreviate or vary it ("JS", "k8s", "Golang") take the canonical name.
 */
function listedName(written: string, canonical: string): string {
  const vendor = VENDOR_PREFIX.exec(canonical);
  if (vendor && canonical.slice(vendor[0].length).toLowerCase() === written.toLowerCase()) return written;
  // "Google Cloud" for "Google Cloud Platform", "Tailwind" for "Tailwind CSS": a shorter form of the name, as written.
  const writtenWords = written.trim().toLowerCase().split(/\s+/);
  const canonicalWords = canonical.toLowerCase().split(/\s+/);
  const within = canonicalWords.some((_, start) => writtenWords.every((word, i) => canonicalWords[start + i] === word));
  return within && writtenWords.length < canonicalWords.length ? written : canonical;
}

const VENDOR_PREFIX = /^(?:apache|microsoft|adobe|amazon|google|atlassian|oracle|ibm|jetbrains)\s+/i;

/**
 * "Medication Administration Patient Care": list items that lost their separator (one per
 * line in a PDF, joined back as if wrapped). They are split when known skills cover the
 * text, allowing one unknown stretch between or around at least two known ones.
 */
function splitJoinedSkills(text: string): { name: string; category?: SkillCategory }[] | undefined {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 12) return undefined;
  type Cover = { parts: { name: string; category?: SkillCategory }[]; known: number; unknown: number };
  const covers: (Cover | undefined)[] = [{ parts: [], known: 0, unknown: 0 }];
  for (let end = 1; end <= words.length; end++) {
    for (let start = Math.max(0, end - 4); start < end; start++) {
      const before = covers[start];
      if (!before) continue;
      const chunk = words.slice(start, end).join(' ');
      const entry = findSkill(chunk);
      const candidate: Cover | undefined = entry
        ? { parts: [...before.parts, { name: listedName(chunk, entry.name), category: entry.category }], known: before.known + 1, unknown: before.unknown }
        : before.unknown === 0 && /^\p{Lu}/u.test(chunk)
          ? { parts: [...before.parts, { name: chunk }], known: before.known, unknown: 1 }
          : undefined;
      const current = covers[end];
      const better =
        candidate &&
        (!current ||
          candidate.known > current.known ||
          (candidate.known === current.known && (candidate.unknown < current.unknown || (candidate.unknown === current.unknown && candidate.parts.length < current.parts.length))));
      if (better) {
        covers[end] = candidate;
      }
    }
  }
  const cover = covers[words.length];
  // Two known words are two skills ("PostgreSQL Docker") only with nothing unknown beside them.
  return cover && cover.known >= 2 && (words.length > 2 || cover.unknown === 0) ? cover.parts : undefined;
}

function isPlausibleSkill(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 4 && name.length <= 40 && /^[\p{L}\d.#+]/u.test(name) && !/^\d+$/.test(name) && !/[:@]/.test(name) && !isLevelOnly(name);
}

/** Splits on list separators outside parentheses. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '(' || char === '[') depth++;
    if ((char === ')' || char === ']') && depth > 0) depth--;
    const separator = depth === 0 && (/[,;|•·▪]/.test(char) || (char === '/' && text[i - 1] === ' ' && text[i + 1] === ' '));
    if (separator) {
      items.push(current);
      current = '';
    } else {
      current += char;
      // "English (Native) German (Fluent)": a closing parenthesis ends an item when a new one starts.
      if (char === ')' && depth === 0 && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 3))) {
        items.push(current);
        current = '';
      }
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

class SkillSet {
  private readonly byName = new Map<string, Skill>();
  private last: Skill | undefined;

  get size(): number {
    return this.byName.size;
  }

  add(skill: { name: string; category?: SkillCategory; proficiency?: SkillProficiency }): void {
    // "Azure" listed and "Microsoft Azure" found in prose are one skill.
    const key = (findSkill(skill.name)?.name ?? skill.name).toLowerCase();
    const existing = this.byName.get(key);
    if (existing) {
      if (!existing.proficiency && skill.proficiency) existing.proficiency = skill.proficiency;
      this.last = existing;
      return;
    }
    if (this.byName.size >= CV_LIMITS.skills) return;
    const added: Skill = {
      name: skill.name.slice(0, CV_LIMITS.skillName),
      ...(skill.category ? { category: skill.category } : {}),
      ...(skill.proficiency ? { proficiency: skill.proficiency } : {}),
    };
    this.byName.set(key, added);
    this.last = added;
  }

  setLastProficiency(level: SkillProficiency): void {
    if (this.last && !this.last.proficiency) this.last.proficiency = level;
  }

  list(): Skill[] {
    return [...this.byName.values()];
  }
}

/** Merges skill lists, keeping the first occurrence of each name. */
export function mergeSkills(...lists: Skill[][]): Skill[] {
  const set = new SkillSet();
  for (const skill of lists.flat()) set.add(skill);
  return set.list();
}
