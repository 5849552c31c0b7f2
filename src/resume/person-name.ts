import { isLocation } from './locations.js';
import { companyScore, titleScore } from './role-words.js';
import { findSkill } from './skills-vocabulary.js';

export interface PersonName {
  firstName: string;
  lastName: string | null;
  fullName: string;
}

// Words that belong to the surname after them (Irish Ó/Ní/Mac, Dutch van der, Arabic al-…).
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'ó', 'ní', 'nic', 'ua', 'mac', 'mc']);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
const POSTNOMINALS = /,?\s+(?:Ph\.?D\.?|MBA|M\.?Sc\.?|B\.?Sc\.?|CPA|PMP|CFA|ACCA|RN|MD|P\.?Eng\.?|Esq\.?|Jr\.?|Sr\.?|II|III)$/;
const DOCUMENT_WORD = /(?:^|\s*[|·•–—-]?\s+)(?:curriculum vitae|r[eé]sum[eé]|cv)$/iu;
const NOT_A_NAME = /^(?:curriculum vitae|resume|résumé|cv|page \d+)$/i;

/**
 * Reads a line as a person's name if it looks like one: 2-5 capitalised words (or an
 * all-caps line), no digits or contact details, and not a title, place or skill.
 * `display`: the line is set in the page's display type, so a name that is also a
 * place ("Austin Jordan") is still a name.
 */
export function parsePersonName(line: string, options: { display?: boolean } = {}): PersonName | null {
  // A header that reads "JANE DOE | RESUME" names the document beside the person.
  let text = line.replace(/^name\s*:\s*/i, '').replace(DOCUMENT_WORD, '').trim();
  while (POSTNOMINALS.test(text)) text = text.replace(POSTNOMINALS, '').trim();
  if (text.length < 3 || text.length > 60 || NOT_A_NAME.test(text) || /[\d@/:|•]/.test(text)) return null;
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token) || PARTICLES.has(token.toLowerCase()))) return null;
  if (PARTICLES.has(tokens[0]?.toLowerCase() ?? '') || PARTICLES.has(tokens.at(-1)?.toLowerCase() ?? '')) return null;
  if (titleScore(text) > 0 || companyScore(text) > 0 || (!options.display && isLocation(text)) || findSkill(text)) return null;
  if (tokens.filter((token) => findSkill(token)?.category === 'technical').length > 1) return null;

  const allCaps = !/\p{Ll}/u.test(text);
  const cased = allCaps ? tokens.map((token, i) => (i > 0 && PARTICLES.has(token.toLowerCase()) ? token.toLowerCase() : titleCase(token))) : tokens;
  const firstName = cased[0] ?? '';
  let lastStart = cased.length - 1;
  while (lastStart > 1 && PARTICLES.has(cased[lastStart - 1]?.toLowerCase() ?? '')) lastStart--;
  const lastName = cased.slice(lastStart).join(' ');
  return { firstName, lastName: lastName || null, fullName: cased.join(' ') };
}

function titleCase(token: string): string {
  return token.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase());
}

/** Letters of a name folded to ASCII, for comparing with an email address. */
export function foldToAscii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/gi, 'o').replace(/ł/gi, 'l').replace(/ß/g, 'ss').replace(/æ/gi, 'ae').toLowerCase();
}
