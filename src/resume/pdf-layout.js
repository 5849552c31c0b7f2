// Rebuilds reading order from positioned PDF text items. Plain JavaScript because it
// runs inside the text worker (no TypeScript loader there).
//
// pdf.js returns items in content-stream order, which for two-column résumés often
// interleaves the columns line by line. We group items into rows by baseline, find a
// vertical gutter that (almost) no row crosses, and read each side of the gutter top
// to bottom. Rows that cross the gutter (a full-width header, a footer) are read whole
// and split the page into blocks.

const COLUMN_GAP_EM = 1.2; // gap (in font sizes) that separates tab-aligned segments
const WORD_GAP_EM = 0.15;
const TYPE_CHANGE_GAP_EM = 0.6;

/**
 * @typedef {{ str: string, x0: number, x1: number, y: number, size: number, font: string }} Fragment
 * @typedef {{ text: string, x0: number, x1: number, y: number, size: number, font: string }} Segment
 * @typedef {{ y: number, size: number, segments: Segment[] }} Row
 */

/**
 * @param {Array<{ str?: string, transform?: number[], width?: number, height?: number }>} items
 * @param {number[]} view page box [x0, y0, x1, y1]
 * @returns {string}
 */
export function layoutPageText(items, view) {
  const rows = groupRows(toFragments(items));
  if (rows.length === 0) return '';
  const [left = 0, , right = 612] = view;
  const gutter = findGutter(rows, left, right - left);
  // Right edge of the text, for telling wrapped lines from short ones: the furthest line,
  // or the left margin mirrored when no line reaches across (margins are nearly always
  // symmetric). URLs and addresses can overrun the edge, so they do not count.
  // (Loops rather than Math.min(...spread): a hostile page can hold millions of items.)
  let textLeft = Infinity;
  let textRight = -Infinity;
  for (const segment of rows.flatMap((row) => row.segments)) {
    textLeft = Math.min(textLeft, segment.x0);
    if (!CONTACT_TOKEN.test(segment.text.trim().split(/\s/).at(-1) ?? '')) textRight = Math.max(textRight, segment.x1);
  }
  textRight = Math.max(textRight, right - (textLeft - left));
  const runs = gutter === null ? [{ lines: rows.map(toLine), right: textRight }] : readColumns(rows, gutter, textRight);
  return runs.flatMap((run) => joinWrappedLines(run.lines, run.right).map((line) => line.text)).join('\n');
}

/** @returns {Fragment[]} */
function toFragments(items) {
  const fragments = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || !/\S/.test(item.str) || !item.transform) continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
    fragments.push({ str: item.str, x0: e, x1: e + (item.width ?? 0), y: f, size, font: item.fontName ?? '' });
  }
  return fragments;
}

/** @param {Fragment[]} fragments @returns {Row[]} */
function groupRows(fragments) {
  return fragmentsByBaseline(fragments).map((group) => ({ y: group.y, size: group.size, segments: toSegments(group.fragments) }));
}

/**
 * Fragments grouped into rows by baseline, top to bottom: one place for what counts as the same line.
 * @param {Fragment[]} fragments
 * @returns {{ y: number, size: number, fragments: Fragment[] }[]}
 */
function fragmentsByBaseline(fragments) {
  const sorted = [...fragments].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  /** @type {{ y: number, size: number, fragments: Fragment[] }[]} */
  const groups = [];
  for (const fragment of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(last.y - fragment.y) < 0.35 * Math.min(last.size, fragment.size)) {
      last.fragments.push(fragment);
      last.size = Math.max(last.size, fragment.size);
    } else {
      groups.push({ y: fragment.y, size: fragment.size, fragments: [fragment] });
    }
  }
  return groups;
}

/** @param {Fragment[]} fragments @returns {Segment[]} */
function toSegments(fragments) {
  const sorted = [...fragments].sort((p, q) => p.x0 - q.x0);
  /** @type {Segment[]} */
  const segments = [];
  for (const fragment of sorted) {
    const last = segments.at(-1);
    const gap = last ? fragment.x0 - last.x1 : Infinity;
    // A change of type across a gap wider than a space is a new column (a section title in
    // the margin beside its first entry), even when the gap is narrow.
    const typeChange = last !== undefined && (last.font !== fragment.font || Math.abs(last.size - fragment.size) > 0.1 * fragment.size);
    const limit = (typeChange ? TYPE_CHANGE_GAP_EM : COLUMN_GAP_EM) * Math.max(last?.size ?? 0, fragment.size);
    if (last && gap < limit) {
      const needsSpace = gap > WORD_GAP_EM * fragment.size && !/\s$/.test(last.text) && !/^\s/.test(fragment.str);
      last.text += (needsSpace ? ' ' : '') + fragment.str;
      last.x1 = Math.max(last.x1, fragment.x1);
      last.size = Math.max(last.size, fragment.size);
      last.font = fragment.font;
    } else {
      segments.push({ text: fragment.str, x0: fragment.x0, x1: fragment.x1, y: fragment.y, size: fragment.size, font: fragment.font });
    }
  }
  return segments;
}

/**
 * @typedef {{ text: string, x0: number, x1: number, y: number, size: number, segments: number }} TextLine
 * @param {Row} row
 * @returns {TextLine}
 */
function toLine(row) {
  const first = row.segments[0];
  const last = row.segments.at(-1);
  return {
    text: row.segments.map((segment) => segment.text.trim()).join('\t'),
    x0: first?.x0 ?? 0,
    x1: last?.x1 ?? 0,
    // A row can hold a sidebar heading and a main-column line of another size; after
    // splitting by column, each line keeps the geometry of its own segments.
    y: Math.min(...row.segments.map((segment) => segment.y)),
    size: Math.max(...row.segments.map((segment) => segment.size)),
    segments: row.segments.length,
  };
}

const DATE_TOKEN = /(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:present|current|now)\b/i;
const BULLET_START = /^[•·▪◦●○■➢►▸‣∙*-]\s/u;
const CONTACT_TOKEN = /^(?:https?:\/\/|www\.)|@|^[\w-]+(?:\.[\w-]+)+\//i;

/**
 * Re-joins lines that the producer wrapped: a line is a continuation when the one
 * above it ran up to the column's right edge (the next word would not have fitted),
 * sits one line-height above, and starts at the same indent (or under a bullet's text).
 * @param {TextLine[]} lines
 * @returns {TextLine[]}
 */
function joinWrappedLines(lines, right) {
  // Wrapped lines sit at the tightest spacing for their font size; items and paragraphs
  // usually get more.
  const tightestFor = (size) => {
    let tightest = Infinity;
    for (let i = 1; i < lines.length; i++) {
      const [above, below] = [lines[i - 1], lines[i]];
      const drop = above.y - below.y;
      if (drop > 0 && Math.abs(above.size - size) <= 0.5 && Math.abs(below.size - size) <= 0.5) tightest = Math.min(tightest, drop);
    }
    return tightest;
  };
  const joined = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous && isContinuation(previous, line, right, tightestFor(line.size))) {
      const glue = /[\p{L}\d][-/]$/u.test(previous.text) ? '' : ' ';
      joined[joined.length - 1] = { ...previous, text: previous.text + glue + line.text, x1: line.x1, y: line.y, segments: 1 };
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** @param {TextLine} previous @param {TextLine} line @param {number} right @param {number} tightest */
function isContinuation(previous, line, right, tightest) {
  if (previous.segments !== 1 || line.segments !== 1 || BULLET_START.test(line.text)) return false;
  if (Math.abs(previous.size - line.size) > 0.5) return false;
  const drop = previous.y - line.y;
  if (drop <= 0 || drop > 1.6 * line.size || drop > tightest + 0.6) return false;
  const sameIndent = Math.abs(line.x0 - previous.x0) < 2 && !BULLET_START.test(previous.text);
  const underBullet = BULLET_START.test(previous.text) && line.x0 > previous.x0 + 2 && line.x0 < previous.x0 + 3 * line.size;
  if (!sameIndent && !underBullet) return false;
  const firstWord = line.text.split(/\s/)[0] ?? '';
  // Contact lines (a URL or address under another) are separate even when long, unless
  // the URL itself was broken after a hyphen or slash. A line ending a sentence, or a
  // "Label:" line, is not a wrap either.
  const lastWord = previous.text.split(/\s/).at(-1) ?? '';
  const brokenUrl = CONTACT_TOKEN.test(lastWord) && /[-/]$/.test(lastWord) && !/\s/.test(line.text);
  if (!brokenUrl && (CONTACT_TOKEN.test(firstWord) || CONTACT_TOKEN.test(lastWord))) return false;
  const endsSentence = /[!?:]$/.test(previous.text) || (/\.$/.test(previous.text) && !/(?:^|\s)\p{Lu}\p{L}{0,4}\.$/u.test(previous.text));
  if (endsSentence || /^[\p{L} &/+-]{2,30}:/u.test(line.text)) return false;
  const firstWordWidth = ((line.x1 - line.x0) * firstWord.length) / Math.max(1, line.text.length);
  // Character widths vary, so the estimated width of the word that did not fit gets some slack.
  return previous.x1 + 1.15 * firstWordWidth + 0.5 * line.size >= right - 1;
}

/**
 * The gutter is the widest vertical band, in the middle 70% of the page, crossed by the
 * fewest segments. It only counts as a column split if few rows cross it, both sides
 * carry real content, and the sides are not simply tab stops of one logical line
 * (a date column beside company names has no rows of its own).
 * @param {Row[]} rows
 */
function findGutter(rows, pageLeft, pageWidth) {
  const segments = rows.flatMap((row) => row.segments);
  // Beyond a few thousand segments the page is no résumé, and scanning it would be slow.
  if (segments.length < 8 || segments.length > 5_000) return null;
  const from = Math.ceil(pageLeft + pageWidth * 0.15);
  const to = Math.floor(pageLeft + pageWidth * 0.85);
  let best = null;
  let run = null;
  for (let x = from; x <= to + 1; x++) {
    const crossing = x > to ? Infinity : segments.filter((s) => s.x0 < x && s.x1 > x).length;
    if (run && crossing === run.crossing) {
      run.end = x;
      continue;
    }
    // A band too narrow to be a gutter does not count, so a header line that runs a little
    // into the main column (crossing an otherwise clear gutter) does not hide the gutter.
    const wide = run && run.end - run.start >= 4;
    if (run && wide && (!best || run.crossing < best.crossing || (run.crossing === best.crossing && run.end - run.start > best.end - best.start))) {
      best = run;
    }
    run = { start: x, end: x, crossing };
  }
  if (!best || best.end - best.start < 4) return null;
  const gutter = (best.start + best.end) / 2;
  const leftEdge = best.start;

  let crossingRows = 0;
  let leftSegments = 0;
  let rightSegments = 0;
  let leftOnlyRows = 0;
  let rightOnlyRows = 0;
  // Longest stretch of consecutive rows with text on each side: columns run on for many
  // rows, tab-aligned dates or locations appear on a row or two per entry.
  let leftRun = 0;
  let rightRun = 0;
  let longestLeftRun = 0;
  let longestRightRun = 0;
  for (const row of rows) {
    if (row.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      crossingRows++;
      leftRun = 0;
      rightRun = 0;
      continue;
    }
    const hasLeft = row.segments.some((s) => s.x1 <= gutter);
    const hasRight = row.segments.some((s) => s.x0 >= gutter);
    if (hasLeft) leftSegments++;
    if (hasRight) rightSegments++;
    if (hasLeft && !hasRight) leftOnlyRows++;
    if (hasRight && !hasLeft) rightOnlyRows++;
    leftRun = hasLeft ? leftRun + 1 : 0;
    rightRun = hasRight ? rightRun + 1 : 0;
    longestLeftRun = Math.max(longestLeftRun, leftRun);
    longestRightRun = Math.max(longestRightRun, rightRun);
  }
  if (crossingRows > 0.25 * rows.length || leftSegments < 4 || rightSegments < 4) return null;
  // A column of dates (and the places beside them) belongs to the entries next to it, not a sidebar.
  const dated = (side) => {
    const texts = segments.filter((s) => (side === 'left' ? s.x1 <= gutter : s.x0 >= gutter)).map((s) => s.text);
    return texts.filter((text) => DATE_TOKEN.test(text)).length >= 0.4 * texts.length;
  };
  if (dated('left') || dated('right')) return null;
  const bothSidesStandAlone = leftOnlyRows >= 2 && rightOnlyRows >= 2;
  const bothSidesRunOn = longestLeftRun >= 4 && longestRightRun >= 4;
  return bothSidesStandAlone || bothSidesRunOn ? { x: gutter, leftEdge } : null;
}

/**
 * Reads each side of the gutter top to bottom; a row crossing it closes the block.
 * Returns runs of lines that belong together (one column of one block, or a full-width
 * row) with the right edge of the column they sit in.
 * @param {Row[]} rows @param {{ x: number, leftEdge: number }} split @param {number} textRight
 * @returns {{ lines: TextLine[], right: number }[]}
 */
function readColumns(rows, split, textRight) {
  const gutter = split.x;
  const runs = [];
  let leftLines = [];
  let rightLines = [];
  const flush = () => {
    if (leftLines.length > 0) runs.push({ lines: leftLines, right: split.leftEdge });
    if (rightLines.length > 0) runs.push({ lines: rightLines, right: textRight });
    leftLines = [];
    rightLines = [];
  };
  for (const row of rows) {
    if (row.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      flush();
      runs.push({ lines: [toLine(row)], right: textRight });
      continue;
    }
    const leftPart = row.segments.filter((s) => s.x1 <= gutter);
    const rightPart = row.segments.filter((s) => s.x0 >= gutter);
    if (leftPart.length > 0) leftLines.push(toLine({ ...row, segments: leftPart }));
    if (rightPart.length > 0) rightLines.push(toLine({ ...row, segments: rightPart }));
  }
  flush();
  return runs;
}

// Type at least this much larger than the body text is display type (a name, a headline, headings).
const DISPLAY_SCALE = 1.15;
const MAX_DISPLAY_RUNS = 40;

/**
 * The display type of a page: runs of text (one font and size, read left to right) set
 * larger than the body text, top to bottom. The extractor finds the name among them.
 * @typedef {{ text: string, scale: number, font: string, row: number, top: number, left: number }} DisplayRun
 * @param {Array<{ str?: string, transform?: number[], width?: number, height?: number, fontName?: string }>} items
 * @param {number[]} view page box [x0, y0, x1, y1]
 * @returns {DisplayRun[]}
 */
export function displayRuns(items, view) {
  const fragments = toFragments(items);
  if (fragments.length === 0 || fragments.length > 20_000) return [];
  const body = bodySize(fragments);
  const [left = 0, bottom = 0, right = 612, top = 792] = view;
  const rows = fragmentsByBaseline(fragments);
  /** @type {DisplayRun[]} */
  const runs = [];
  rows.forEach((row, rowIndex) => {
    /** @type {(Fragment & { text: string }) | null} */
    let run = null;
    const emit = () => {
      if (run && run.size >= DISPLAY_SCALE * body && /\p{L}/u.test(run.text) && runs.length < MAX_DISPLAY_RUNS) {
        runs.push({
          text: run.text.replace(/\s+/g, ' ').trim(),
          scale: Math.round((run.size / body) * 100) / 100,
          font: run.font,
          row: rowIndex,
          top: Math.round(((top - run.y) / Math.max(1, top - bottom)) * 1000) / 1000,
          left: Math.round(((run.x0 - left) / Math.max(1, right - left)) * 1000) / 1000,
        });
      }
    };
    for (const fragment of [...row.fragments].sort((p, q) => p.x0 - q.x0)) {
      const gap = run ? fragment.x0 - run.x1 : Infinity;
      const sameRun = run && run.font === fragment.font && Math.abs(run.size - fragment.size) < 0.5 && gap < COLUMN_GAP_EM * fragment.size;
      if (run && sameRun) {
        const needsSpace = gap > WORD_GAP_EM * fragment.size && !/\s$/.test(run.text) && !/^\s/.test(fragment.str);
        run.text += (needsSpace ? ' ' : '') + fragment.str;
        run.x1 = Math.max(run.x1, fragment.x1);
      } else {
        emit();
        run = { ...fragment, text: fragment.str };
      }
    }
    emit();
  });
  return runs;
}

/** The size most of the page's characters are set in. */
function bodySize(fragments) {
  const chars = new Map();
  for (const fragment of fragments) {
    const key = Math.round(fragment.size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + fragment.str.replace(/\s/g, '').length);
  }
  let best = 10;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most) {
      best = size;
      most = count;
    }
  }
  return best;
}
