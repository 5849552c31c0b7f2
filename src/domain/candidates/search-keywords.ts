import { normalizeEmail } from './dedupe.js';

// Letters Unicode does not decompose into a base letter and a mark, folded by hand.
const LETTER_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i', ħ: 'h', ŧ: 't' };
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Lower-case, accent-free words a search can match, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

export function searchKeywords(parts: {
  fullName: string;
  email?: string | null;
  title?: string | null;
  skills?: readonly { name: string }[];
}): string[] {
  const words = new Set<string>();
  const add = (text: string | null | undefined) => {
    if (!text) return;
    for (const word of normalizeForSearch(text).split(/[^\p{L}\p{N}+#.]+/u)) {
      const trimmed = word.replace(/^\.+|\.+$/g, '');
      if (trimmed.length > 0) words.add(trimmed);
    }
  };
  add(parts.fullName);
  if (parts.email) {
    words.add(normalizeEmail(parts.email));
    add(parts.email.split('@')[0]);
  }
  add(parts.title);
  for (const skill of parts.skills ?? []) {
    words.add(normalizeForSearch(skill.name));
    add(skill.name);
  }
  return [...words];
}
