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
export function parseSkillLines(lines: Line[], section: 'skills' | 'languages'): Skill[] {
  const skills = new SkillSet();
  for (const line of lines) {
    const labeled = /^([\p{L} &/+-]{2,40}):\s*(.*)$/u.exec(line.text);
    const label = labeled?.[1] ?? '';
    const body = labeled ? labeled[2] ?? '' : line.text;
    const category: SkillCategory | undefined =
      section === 'languages' || (/\blanguages?\b/i.test(label) && !/programming|coding|scripting|query|markup|computer/i.test(label))
        ? 'language'
        : /\b(?:soft|interpersonal|personal)\b/i.test(label)
          ? 'soft'
          : undefined;
    if (!body.trim()) continue;
    if (isSentence(body) && !/[,;|•]/.test(body)) {
      for (const entry of findSkillMentions(body)) skills.add({ name: entry.name, category: entry.category });
      continue;
    }
    for (const item of splitTopLevel(body)) {
      const level = isLevelOnly(item) ? proficiencyOf(item) : undefined;
      if (level && skills.size > 0) {
        skills.setLastProficiency(level);
        continue;
      }
      addItem(skills, item, category);
    }
  }
  return skills.list();
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
 * A listed skill keeps the résumé's wording when the vocabulary's name only puts the vendor
 * in front ("Kafka", not "Apache Kafka"); aliases that abbreviate or vary it ("JS", "k8s",
 * "Tailwind") take the canonical name.
 */
function listedName(written: string, canonical: string): string {
  const vendor = VENDOR_PREFIX.exec(canonical);
  return vendor && canonical.slice(vendor[0].length).toLowerCase() === written.toLowerCase() ? written : canonical;
}

const VENDOR_PREFIX = /^(?:apache|microsoft|adobe|amazon|google|atlassian|oracle|ibm|jetbrains)\s+/i;

/**
 * "Medication Administration Patient Care": list items that lost their separator (one per
 * line in a PDF, joined back as if wrapped). They are split when known skills cover the
 * text, allowing one unknown stretch between or around at least two known ones.
 */
function splitJoinedSkills(text: string): { name: string; category?: SkillCategory }[] | undefined {
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 12) return undefined;
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
  return cover && cover.known >= 2 ? cover.parts : undefined;
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
