import { CV_LIMITS, type WorkExperience } from './cv-schema.js';
import { findDateRange, formatYearMonth, removeMatched, type DateRange } from './dates.js';
import { capitalizedRatio, splitParts } from './line-parts.js';
import { isLocation, isRegion } from './locations.js';
import { companyScore, isLegalSuffix, titleScore } from './role-words.js';
import { isSentence, type Line } from './text-lines.js';

const MAX_HEADER_CHARS = 110;

interface RoleHeader {
  title?: string;
  company?: string;
}

/**
 * Entries are anchored on their date ranges. The entry's header is the text around the
 * anchor (up to two lines before it, the rest of its own line, and, if a title or
 * employer is still missing, a line after it); the description runs to the next header.
 */
export function parseWorkExperiences(lines: Line[]): WorkExperience[] {
  const anchors: { index: number; range: DateRange }[] = [];
  lines.forEach((line, index) => {
    const range = line.bullet ? null : findDateRange(line.text);
    if (range && removeMatched(line.text, range.matched).length <= MAX_HEADER_CHARS) anchors.push({ index, range });
  });

  const drafts: { header: RoleHeader; range: DateRange; headerStart: number; headerEnd: number }[] = [];
  let consumed = -1;
  for (const { index, range } of anchors) {
    const texts: string[] = [];
    // A lone glyph beside the dates is an icon font's calendar ("z January 2024 – Current").
    const rest = removeMatched(lines[index]?.text ?? '', range.matched).replace(/^\S$/u, '');
    if (rest) texts.push(rest);

    let headerStart = index;
    let contentLines = rest && !isLocation(rest) ? 1 : 0;
    for (let j = index - 1; j > consumed && index - j <= 4 && contentLines < 2; j--) {
      const line = lines[j];
      if (!line || !isHeaderLine(line)) break;
      headerStart = j;
      if (isPlaceCell(line)) continue;
      texts.unshift(line.text);
      headerStart = j;
      if (!isLocation(line.text)) contentLines++;
    }

    let headerEnd = index;
    const nextAnchor = anchors.find((anchor) => anchor.index > index)?.index ?? lines.length;
    for (let j = index + 1; j < nextAnchor && j <= index + 3; j++) {
      const header = parseRoleHeader(texts);
      if (header.title && header.company) break;
      const line = lines[j];
      if (!line || !isHeaderLine(line)) break;
      // Under "Title · dates" an employer needs no telltale word; it is the next short line.
      const employerLine = header.title !== undefined && !header.company && !isSentence(line.text) && line.text.split(/\s+/).length <= 6;
      if (!hasRoleHint(line.text) && !employerLine && !isPlaceCell(line)) break;
      headerEnd = j;
      if (!isPlaceCell(line)) texts.push(line.text);
    }
    consumed = headerEnd;
    drafts.push({ header: parseRoleHeader(texts), range, headerStart, headerEnd });
  }

  const experiences: WorkExperience[] = [];
  drafts.forEach((draft, i) => {
    const descriptionEnd = drafts[i + 1]?.headerStart ?? lines.length;
    const description = lines
      .slice(draft.headerEnd + 1, descriptionEnd)
      .map((line) => line.text)
      .join('\n')
      .slice(0, CV_LIMITS.description);
    // A role listed under the previous one without its own employer is a promotion there.
    const company = draft.header.company ?? experiences.at(-1)?.company ?? (draft.header.title && /freelanc|self-employed|independent/i.test(draft.header.title) ? 'Self-employed' : undefined);
    const title = draft.header.title;
    if (!company || !title) return;
    experiences.push({
      company: company.slice(0, CV_LIMITS.label),
      title: title.slice(0, CV_LIMITS.label),
      ...dateFields(draft.range),
      ...(description ? { description } : {}),
    });
  });
  return experiences.slice(0, CV_LIMITS.workExperiences);
}

function dateFields(range: DateRange): Pick<WorkExperience, 'startDate' | 'endDate' | 'isCurrent'> {
  const startDate = formatYearMonth(range.start);
  const endDate = range.end ? formatYearMonth(range.end) : undefined;
  if (range.isCurrent) return { startDate, isCurrent: true };
  return endDate && endDate >= startDate ? { startDate, endDate, isCurrent: false } : { startDate, isCurrent: false };
}

/**
 * The last tab-aligned cell of a row, short and with no role or employer wording, is where
 * the job was ("Glovo ⇥ Barcelona" above "Engineer ⇥ 2021 – 2023"), whatever the town.
 */
function isPlaceCell(line: Line): boolean {
  if (line.cell === undefined || line.cells === undefined || line.cell === 0 || line.cell !== line.cells - 1) return false;
  if (/\d/.test(line.text) || line.text.split(/\s+/).length > 4) return false;
  return titleScore(line.text) === 0 && companyScore(line.text) === 0;
}

function isHeaderLine(line: Line): boolean {
  const text = line.text;
  // "Platform Engineer, Takealot, Cape Town." (moderncv) ends in a full stop but is no sentence.
  const shortTitleCase = text.split(/\s+/).length <= 8 && capitalizedRatio(text) >= 0.75;
  const endsSentence = /[.!?;]$/.test(text) && !isLegalSuffix(text.split(/\s+/).at(-1) ?? '') && !shortTitleCase;
  // A list item with a tab-aligned place or date is an entry's heading ("• Acme ⇥ Berlin"), not a duty.
  const entryItem = line.bullet && line.cells !== undefined && line.cells > 1;
  if ((line.bullet && !entryItem) || text.length > MAX_HEADER_CHARS || endsSentence || /:\s/.test(text)) return false;
  // Contact details and the stub of a word hyphenated at the line end never name a role.
  if (/\S@\S|https?:\/\/|\p{L}-$/u.test(text)) return false;
  if (text.split(/\s+/).length > 12 || (text.match(/,/g)?.length ?? 0) >= 3) return false;
  return capitalizedRatio(text) >= 0.5;
}

function hasRoleHint(text: string): boolean {
  return titleScore(text) > 0 || companyScore(text) > 0 || isLocation(text) || /\s(?:at|@)\s/i.test(text);
}

/** Works out which parts of a header name the role and which the employer. */
function parseRoleHeader(texts: string[]): RoleHeader {
  const header: RoleHeader = {};
  const parts: string[] = [];
  for (const text of texts) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
    if (at?.[1] && at[2] && !header.title) {
      header.title = at[1].replace(/[,|]+$/, '').trim();
      header.company = withoutLocations(splitParts(at[2]))[0];
      continue;
    }
    parts.push(...splitParts(text));
  }
  const candidates = withoutLocations(parts).filter((part) => part !== header.title && part !== header.company);
  if (!header.title) {
    const best = pickBest(candidates, titleScore);
    if (best !== undefined) header.title = best;
    else if (candidates.length >= 2) {
      const company = pickBest(candidates, companyScore);
      header.title = candidates.find((part) => part !== company);
      header.company ??= company;
    } else if (candidates.length === 1 && companyScore(candidates[0] ?? '') === 0) {
      header.title = candidates[0];
    }
  }
  if (!header.company) {
    const others = candidates.filter((part) => part !== header.title);
    header.company = pickBest(others, companyScore) ?? others[0];
  }
  return header;
}

function pickBest(parts: string[], score: (text: string) => number): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const part of parts) {
    const value = score(part);
    if (value > bestScore) {
      best = part;
      bestScore = value;
    }
  }
  return best;
}

function withoutLocations(parts: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    // "Springfield, IL": an unknown town is only dropped along with its state or country,
    // and only if that still leaves a title and an employer.
    const unknownTown = next !== undefined && !isLocation(part) && isRegion(next) && isLocation(`${part}, ${next}`) && parts.length - 2 >= 2;
    if (unknownTown) {
      i++;
      continue;
    }
    // "San Francisco, CA": the state goes with the city before it.
    const afterPlace = i > 0 && isLocation(parts[i - 1] ?? '') && isRegion(part);
    if (!isLocation(part) && !afterPlace) kept.push(part);
  }
  return kept;
}
