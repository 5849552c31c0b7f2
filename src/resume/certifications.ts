import { CV_LIMITS, type Certification } from './cv-schema.js';
import { findDates, formatYearMonth } from './dates.js';
import { findUrls } from './contact.js';
import { companyScore } from './role-words.js';
import type { Line } from './text-lines.js';

const ISSUERS = [
  'Amazon Web Services', 'AWS', 'Microsoft', 'Google Cloud', 'Google', 'Oracle', 'Cisco', 'CompTIA', 'Red Hat',
  'The Linux Foundation', 'Linux Foundation', 'CNCF', 'Cloud Native Computing Foundation', 'HashiCorp', 'Salesforce',
  'Project Management Institute', 'PMI', 'Scrum Alliance', 'Scrum.org', 'AXELOS', 'PeopleCert', 'ISACA', '(ISC)2', 'ISC2',
  'EC-Council', 'Offensive Security', 'IBM', 'Databricks', 'Snowflake', 'MongoDB', 'Tableau', 'HubSpot', 'Meta',
  'Coursera', 'Udemy', 'edX', 'DeepLearning.AI', 'Stanford University', 'ACCA', 'AICPA', 'CFA Institute', 'CIMA',
  'ICAEW', 'American Heart Association', 'Red Cross', 'American Red Cross', 'Cambridge Assessment English',
  'British Council', 'Goethe-Institut', 'IIBA', 'ITIL', 'SAP', 'Adobe', 'Atlassian', 'Kubernetes', 'NVIDIA',
  'Nursing and Midwifery Council', 'Google Analytics Academy', 'Scaled Agile', 'IAPP', 'APMG International',
];
const ISSUER_KEYS = new Set(ISSUERS.map((issuer) => issuer.toLowerCase()));
const CREDENTIAL_ID = /\b(?:credential|license|licence|certificate|cert\.?)\s*(?:id|no\.?|number|#)\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,})/i;
const EXPIRY = /\b(?:expires?|expiry|expiration(?: date)?|valid (?:until|through|thru)|exp\.?)\s*:?\s*$/i;
const NO_EXPIRY = /\bno expiration date\b|\bdoes not expire\b/i;
const ISSUED_BY = /^(?:issued by|issuer|by|from)\s*:?\s+/i;
const PART_SEPARATOR = /(?:\s*[|·•–—()]\s*|\s+-\s+|,\s+(?=[\p{Lu}\d(]))+/gu;
const CERTIFICATION_WORDS = /\b(?:certified|certificate|certification|associate|professional|foundation|practitioner|fundamentals|specialist|expert|administrator|developer|architect|engineer|analyst|manager|master|level|qualification|license|licence|diploma|award|badge|exam|part|module)\b/i;
// "…, issued by Cambridge Assessment English in Mar 2021"
const ISSUED_BY_INLINE = /[,;·|–—-]?\s*\b(?:issued\s+by|by)\s+(\p{Lu}[^,;·|()]*?)(?=\s+(?:in|on)\b|\s*[,;·|()]|\s*$)/u;
const METADATA_WORDS = /\b(?:issued|credential|expires?|expiration|valid until)\b/i;

/**
 * One certification per line. A line that holds only an issuer plus dates or an ID
 * ("The Linux Foundation · Issued Jan 2022 · Credential ID …") continues the one above.
 */
export function parseCertifications(lines: Line[]): Certification[] {
  const certifications: Certification[] = [];
  for (const line of lines) {
    const parsed = parseLine(line.text);
    const previous = certifications.at(-1);
    const continuesPrevious =
      previous !== undefined && (!parsed.name || (parsed.metadataOnly && !parsed.details.issuer && !previous.issuer && !previous.issueDate));
    if (continuesPrevious && previous) {
      const details = parsed.name && !parsed.details.issuer ? { ...parsed.details, issuer: parsed.name } : parsed.details;
      Object.assign(previous, { ...details, ...previous });
      continue;
    }
    if (parsed.name) certifications.push({ name: parsed.name.slice(0, CV_LIMITS.certificationName), ...parsed.details });
  }
  return certifications.slice(0, CV_LIMITS.certifications);
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  const push = (end: number) => {
    const raw = text.slice(cursor, end);
    const trimmed = raw.replace(/^[\s,;:]+|[\s,;:]+$/g, '');
    if (trimmed) {
      const start = cursor + raw.indexOf(trimmed);
      pieces.push({ text: trimmed, start, end: start + trimmed.length });
    }
  };
  for (const match of text.matchAll(PART_SEPARATOR)) {
    push(match.index ?? 0);
    cursor = (match.index ?? 0) + match[0].length;
  }
  push(text.length);
  return pieces;
}

function parseLine(text: string): { name?: string; metadataOnly: boolean; details: Omit<Certification, 'name'> } {
  const details: Omit<Certification, 'name'> = {};
  const metadata = METADATA_WORDS.test(text);
  let rest = text;

  const url = findUrls(rest)[0];
  if (url) {
    details.credentialUrl = url.url;
    rest = rest.replace(/(?:https?:\/\/)?(?:www\.)?\S+\.[a-z]{2,}\/?\S*/i, ' ');
  }
  const credential = CREDENTIAL_ID.exec(rest);
  if (credential?.[1]) {
    details.credentialId = credential[1];
    rest = rest.replace(credential[0], ' ');
  }
  const issuedBy = ISSUED_BY_INLINE.exec(rest);
  if (issuedBy?.[1]) {
    details.issuer = issuedBy[1].trim().slice(0, CV_LIMITS.label);
    rest = rest.replace(issuedBy[0], ' ');
  }
  for (const { date, matched } of findDates(rest)) {
    const before = rest.slice(0, rest.indexOf(matched));
    if (EXPIRY.test(before)) details.expiryDate = formatYearMonth(date);
    else details.issueDate ??= formatYearMonth(date);
    rest = rest.replace(matched, ' ');
  }
  rest = rest
    .replace(NO_EXPIRY, ' ')
    .replace(/\(\s*[,;]?\s*\)/g, ' ')
    .replace(/\s(?:in|on)\s*(?=[,;·|)]|$)/g, ' ')
    .replace(/\b(?:issued|expires?|expiry|expiration(?: date)?|valid (?:until|through|thru)|obtained|earned|completed)\b\s*:?/gi, ' ');

  // The name is the leading run of pieces; an issuer is peeled off wherever it stands.
  // Separators inside the name ("Solutions Architect – Associate") are kept as written.
  const pieces = splitPieces(rest);
  const nameParts: Piece[] = [];
  let nameClosed = false;
  for (const piece of pieces) {
    const byPrefix = ISSUED_BY.test(piece.text);
    const issuer = piece.text.replace(ISSUED_BY, '').trim();
    if (byPrefix || (nameParts.length > 0 && isIssuer(issuer))) {
      details.issuer ??= issuer.slice(0, CV_LIMITS.label);
      nameClosed = true;
    } else if (!nameClosed) {
      nameParts.push(piece);
    }
  }
  // "Certified Usability Analyst, Human Factors International": a trailing multi-word
  // part with none of the words certification names are made of is the issuer.
  const trailing = nameParts.at(-1);
  if (!details.issuer && nameParts.length >= 2 && trailing && looksLikeIssuer(trailing.text)) {
    details.issuer = trailing.text.slice(0, CV_LIMITS.label);
    nameParts.pop();
  }
  const first = nameParts[0];
  const last = nameParts.at(-1);
  let name = first && last ? rest.slice(first.start, last.end).replace(/\s+/g, ' ').trim() : '';
  if ((name.match(/\(/g)?.length ?? 0) > (name.match(/\)/g)?.length ?? 0)) name += ')';
  const metadataOnly = metadata && nameParts.length === 1;
  return name && /\p{L}{2}/u.test(name) ? { name, metadataOnly, details } : { metadataOnly, details };
}

function looksLikeIssuer(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 5 && !CERTIFICATION_WORDS.test(text) && tokens.every((token) => /^[\p{Lu}(]/u.test(token) || /^(?:of|and|for|the|&)$/i.test(token));
}

function isIssuer(text: string): boolean {
  const key = text.toLowerCase();
  return ISSUER_KEYS.has(key) || ISSUER_KEYS.has(key.replace(/^the\s+/, '')) || (companyScore(text) > 0 && text.split(/\s+/).length <= 5);
}
