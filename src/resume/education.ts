import { CV_LIMITS, type Education } from './cv-schema.js';
import { findDateRange, findDates, formatYearMonth, removeMatched } from './dates.js';
import { splitParts } from './line-parts.js';
import { isLocation } from './locations.js';
import type { Line } from './text-lines.js';

const DEGREE = new RegExp(
  String.raw`(?<![\p{L}.])(?:` +
    [
      String.raw`(?:bachelor|master|doctor|associate)(?:'s)?(?:\s+of\s+(?:applied\s+)?(?:science|arts|engineering|business administration|laws|law|education|fine arts|philosophy|technology|commerce|computer applications|medicine|nursing|music|architecture|public health|public administration))?(?:\s+degree)?`,
      String.raw`ph\.?\s?d\.?|d\.?phil\.?|m\.?phil\.?|mba|emba|m\.?sc\.?|b\.?sc\.?|b\.?eng\.?|m\.?eng\.?|b\.?tech\.?|m\.?tech\.?|b\.?ed\.?|m\.?ed\.?|bba|ll\.?b\.?|ll\.?m\.?|b\.a\.|m\.a\.|b\.s\.|m\.s\.|hnd|abitur|a-levels?|high school diploma|ged|diploma|postgraduate certificate|graduate certificate`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'iu',
);
// Bare two-letter degrees only in capitals, so "ma" or "ms" in prose do not count.
const SHORT_DEGREE = /(?<![\p{L}.])(?:BA|BS|MA|MS|MD|AA|AS)(?![\p{L}])/u;
const INSTITUTION = /(?<!\p{L})(?:universit(?:y|ät|é|à|ies)|universidad|universidade|universitetas|universitet|uniwersytet|univerzita|egyetem|college|institute|institut|instituto|istituto|school|academy|akademie|akademija|akademia|polytechnic|politecnico|politechnika|polytechnique|hochschule|école|escuela|conservatory|conservatoire|kolegija|gymnasium|lyceum|licėjus|seminary)(?!\p{L})/iu;

const FIELD_OF_STUDY = /(?<!\p{L})(?:sciences?|engineering|mathematics|economics|finance|marketing|design|management|administration|business|studies|physics|chemistry|biology|law|medicine|arts|psychology|history|literature|communications?|informatics|statistics|accounting|mechatronics|linguistics|philosophy|architecture|nursing|journalism|sociology|geography|humanities)(?!\p{L})/iu;

interface Draft {
  institution?: string;
  degree?: string;
  field?: string;
  startDate?: string;
  endDate?: string;
  unknown: string[];
}

const DEGREE_ITEM = /^(?:bachelor|master|doctor|associate|diploma|b\.?\s?sc|m\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?a\.|m\.?a\.|ph\.?\s?d|mba|bba)\b/i;

/** Groups education lines into entries; a repeated institution, degree or date range starts a new one. */
export function parseEducation(lines: Line[]): Education[] {
  const drafts: Draft[] = [];
  let current: Draft = { unknown: [] };
  // "BSc, Computer Science — ETH Zurich": the part right after a bare degree is its field.
  let fieldMayFollow = false;
  const startNew = () => {
    drafts.push(current);
    current = { unknown: [] };
  };

  for (const line of lines) {
    // Bullets are usually notes, but some templates list the entry itself as an item ("• Uni ⇥ City", "• MSc in …").
    const entryItem = (line.cells !== undefined && line.cells > 1) || DEGREE_ITEM.test(line.text);
    if ((line.bullet && !entryItem) || /^(?:gpa|grade|thesis|courses|coursework|relevant coursework|honou?rs|minor|activities)\b/i.test(line.text)) continue;
    let text = line.text;
    const range = findDateRange(text);
    if (range) {
      if (current.startDate || current.endDate) startNew();
      current.startDate = formatYearMonth(range.start);
      if (range.end) current.endDate = formatYearMonth(range.end);
      text = removeMatched(text, range.matched);
    } else {
      const single = findDates(text).at(-1);
      // "…, 2018." under "2014-09 – 2018-06" restates the graduation year of the same entry.
      const restated = single && current.endDate?.startsWith(String(single.date.year));
      if (single && restated) {
        text = removeMatched(text, single.matched);
      } else if (single) {
        if (current.endDate) startNew();
        current.endDate = formatYearMonth(single.date);
        text = removeMatched(text, single.matched).replace(/\b(?:graduated|expected|class of)\b/gi, '').trim();
      }
    }
    // "MBA Finance at Norwegian University of …": the school after "at".
    const atSchool = /^(.+?)\s+at\s+(.+)$/i.exec(text);
    if (atSchool?.[1] && atSchool[2] && INSTITUTION.test(atSchool[2])) text = `${atSchool[1]} | ${atSchool[2]}`;
    for (const part of mergeCampus(splitParts(text.replace(/\s*\((?:hons?\.?|honou?rs)\)/gi, '')))) addPart(part);
  }
  startNew();

  function addPart(part: string): void {
    const fieldExpected = fieldMayFollow;
    fieldMayFollow = false;
    if (isLocation(part) || part.length < 2) return;
    if (INSTITUTION.test(part) && !DEGREE.test(part)) {
      if (current.institution || (current.degree && current.unknown.length > 0)) startNew();
      current.institution = part;
      return;
    }
    const degree = DEGREE.exec(part) ?? SHORT_DEGREE.exec(part);
    if (degree) {
      if (current.degree) startNew();
      current.degree = degree[0].trim();
      const field = part
        .slice((degree.index ?? 0) + degree[0].length)
        .replace(/^[\s,:–—-]*(?:in|of)?\s+/i, '')
        .replace(/^[\s,:–—-]+/, '')
        .trim();
      if (field && !DEGREE.test(field)) current.field = field;
      else fieldMayFollow = true;
      return;
    }
    if (/:/.test(part)) return;
    // "Applied Mathematics, PhD, University of …", or "Economics" on the line under its entry.
    if (FIELD_OF_STUDY.test(part) && !current.field && part.split(/\s+/).length <= 6) {
      current.field = part.replace(/^in\s+/i, '');
      return;
    }
    if (fieldExpected && !current.field) {
      current.field = part.replace(/^in\s+/i, '');
      return;
    }
    // An unrecognised name after a complete entry ("ETH Zurich") opens the next one.
    if (current.institution && current.degree) startNew();
    current.unknown.push(part);
  }

  return drafts
    .map(settle)
    .filter((education): education is Education => education !== null)
    .slice(0, CV_LIMITS.education);
}

function settle(draft: Draft): Education | null {
  const unknown = [...draft.unknown];
  const institution = draft.institution ?? (draft.degree ? unknown.shift() : undefined);
  if (!institution) return null;
  const field = draft.field ?? (draft.degree ? unknown.shift() : undefined);
  const dates =
    draft.startDate && draft.endDate && draft.endDate < draft.startDate ? { startDate: draft.startDate } : { startDate: draft.startDate, endDate: draft.endDate };
  return {
    institution: institution.slice(0, CV_LIMITS.label),
    ...(draft.degree ? { degree: draft.degree.slice(0, CV_LIMITS.label) } : {}),
    ...(field ? { field: field.slice(0, CV_LIMITS.label) } : {}),
    ...(dates.startDate ? { startDate: dates.startDate } : {}),
    ...(dates.endDate ? { endDate: dates.endDate } : {}),
  };
}

/** "University of California, Berkeley": the campus after the comma is part of the name. */
function mergeCampus(parts: string[]): string[] {
  const merged: string[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && /^university of\s/i.test(previous) && !previous.includes(',') && /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u.test(part) && !isLocation(part) && !DEGREE.test(part) && !SHORT_DEGREE.test(part)) {
      merged[merged.length - 1] = `${previous}, ${part}`;
    } else {
      merged.push(part);
    }
  }
  return merged;
}
