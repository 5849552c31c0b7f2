import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { findDateRange } from './dates.js';

const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/u;
const URL_CANDIDATE = /(?<![\p{L}\d.\/-])(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?::\d+)?(?:\/[^\s,;|"'<>()]*)?/giu;
// Bare domains ("janedoe.dev") need a plausible TLD, so that "Node.js" or "ASP.NET" stay skills.
const BARE_DOMAIN_TLDS = new Set(
  'com net org io dev me co app design page site tech xyz info biz eu uk de fr lt lv ee pl nl es it pt se no dk fi ch at be ie cz us ca au nz in sg blog online studio work codes art name pro'.split(' '),
);
const PORTFOLIO_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|medium\.com|dev\.to|stackoverflow\.com|kaggle\.com|codepen\.io|notion\.site|about\.me|carrd\.co|github\.io|vercel\.app|netlify\.app)$/i;
const NOT_PORTFOLIO_HOSTS = /(?:^|\.)(?:linkedin\.com|credly\.com|youracclaim\.com|coursera\.org|udemy\.com|facebook\.com|instagram\.com|x\.com|twitter\.com|google\.com|microsoft\.com|amazon\.com|aws\.amazon\.com)$/i;
const PHONE_CANDIDATE = /(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,20}\d(?!\w)/g;
const MAX_PHONE_CANDIDATES = 40;
const PHONE_LABEL = /\b(?:phone|tel|telephone|mobile|mob|cell|ph)\b\.?\s*:?|\b[mtp]\s*:/i;

// TeX hyphenates a long address at a line end ("mag-" above "nus.ostergaard@hey.com").
const HYPHENATED_EMAIL = /(?<![\p{L}\d._%+-])([\p{L}\d._%+]*\p{Ll})-\n(?=\p{Ll}[\p{L}\d._%+-]*@)/gu;

export function findEmail(text: string): string | null {
  const match = EMAIL.exec(text.replace(HYPHENATED_EMAIL, '$1'));
  return match ? match[0].replace(/\.$/, '').toLowerCase() : null;
}

interface FoundUrl {
  url: string;
  host: string;
  path: string;
}

export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const raw = match[0].replace(/[.,;:!?)]+$/, '');
    const start = match.index ?? 0;
    if (text[start - 1] === '@' || /@/.test(raw) || text[start + match[0].length] === '@') continue;
    const explicit = /^(?:https?:\/\/|www\.)/i.test(raw);
    const withoutScheme = raw.replace(/^https?:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    const host = (slash < 0 ? withoutScheme : withoutScheme.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? '' : withoutScheme.slice(slash).replace(/\/+$/, '');
    const tld = host.split('.').at(-1) ?? '';
    const rawHost = withoutScheme.split('/')[0] ?? '';
    if (!explicit && (!BARE_DOMAIN_TLDS.has(tld) || (path === '' && /\p{Lu}/u.test(rawHost)))) continue;
    const url = `https://${host}${path}`;
    if (isAcceptableUrl(url)) found.push({ url, host: host.replace(/^www\./, ''), path });
  }
  return found;
}

/** Canonical https://www.linkedin.com/in/<handle>. */
export function findLinkedinUrl(text: string): string | null {
  const match = /linkedin\.com\/(in|pub)\/([^\s/?#,;|)]{1,100})/i.exec(text);
  const url = match ? `https://www.linkedin.com/${match[1]?.toLowerCase()}/${match[2]}` : null;
  return url && isAcceptableUrl(url) ? url : null;
}

function isAcceptableUrl(url: string): boolean {
  return url.length <= 500 && URL.canParse(url);
}

/** A personal site or code/design portfolio; never LinkedIn or a credential verifier. */
export function findPortfolioUrl(texts: string[]): string | null {
  const candidates = texts.flatMap((text) => findUrls(text)).filter(({ host }) => !NOT_PORTFOLIO_HOSTS.test(host));
  const preferred = candidates.find(({ host, path }) => PORTFOLIO_HOSTS.test(host) && (path !== '' || host.endsWith('.github.io')));
  return (preferred ?? candidates[0])?.url ?? null;
}

/**
 * The first plausible phone number. A number written with its country code (+49 …, 0049 …)
 * becomes E.164. One written without is read in the country the résumé's address names, or
 * in `region` (RESUME_DEFAULT_PHONE_REGION), and becomes E.164 only if it is valid there;
 * otherwise it is kept as written, never given a country code the document does not state.
 */
export function findPhone(lines: string[], region: CountryCode | undefined): string | null {
  let asWritten: string | null = null;
  let attempts = 0;
  for (const line of lines) {
    for (const match of line.matchAll(PHONE_CANDIDATE)) {
      const raw = match[0].trim();
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15 || findDateRange(raw)) continue;
      if (/^\d{4}\s*[-–]\s*\d{4}$/.test(raw)) continue;
      // A résumé has a phone number or two; parsing is not cheap, so hostile text gets a budget.
      if (++attempts > MAX_PHONE_CANDIDATES) return asWritten;
      const international = raw.startsWith('+') || raw.startsWith('00');
      const candidate = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
      const phone = international || region ? parsePhoneNumberFromString(candidate, international ? undefined : region) : undefined;
      if (phone?.isValid() || (phone?.isPossible() && international)) return phone.number;
      if (!asWritten && (PHONE_LABEL.test(line) || (!international && looksDialable(raw)))) asWritten = raw.replace(/\s+/g, ' ');
    }
  }
  return asWritten;
}

// "(415) 555-0134", "0176 9876543", "07700 900123", "555.867.5309": grouped digits, not a bare number or an ID.
function looksDialable(raw: string): boolean {
  return /^\(?\d{2,5}\)?[\s.-]\d{2,6}(?:[\s.-]\d{2,4}){0,3}$/.test(raw);
}
