export interface Line {
  text: string;
  /** The line began with a bullet glyph (or a list dash), now stripped. */
  bullet: boolean;
  /** Position among the tab-separated cells of its source line: 0 for the first, 1+ for right-hand cells (a tab-aligned date or place). */
  cell?: number;
  /** How many cells its source line had (set when more than one). */
  cells?: number;
}

// No résumé line is this long; capping keeps every later regex cheap on hostile text.
const MAX_LINE_CHARS = 1_000;
const BULLET = /^(?:[•·▪◦●○■□➢►▸‣∙⁃✓✔*]|[-–—](?=\s))\s*/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Splits extracted text into trimmed, non-empty lines. Tabs separate columns
 * (a table cell, a tab-aligned date), so each cell becomes a line of its own.
 */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const rawLine of normalizeText(text).split('\n')) {
    let cellIndex = 0;
    const cells = rawLine.split('\t').filter((cell) => cell.trim() !== '');
    for (const cell of cells.flatMap(chunk).flatMap(splitInlineBullet)) {
      const collapsed = joinLetterSpaced(cell.replace(/ {2,}/g, ' ').trim());
      if (!collapsed) continue;
      const bullet = BULLET.test(collapsed);
      const stripped = bullet ? collapsed.replace(BULLET, '').trim() : collapsed;
      if (stripped) lines.push({ text: stripped, bullet, ...(cells.length > 1 ? { cell: cellIndex, cells: cells.length } : {}) });
      cellIndex++;
    }
  }
  return lines;
}

function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s{3,}(?=\S)/g, (gap) => (gap.includes('\n') ? gap : '\t'));
}

// A bullet glyph inside a line starts an item that the layout put beside other text
// ("Present ○ Raised the score", a date column next to a list).
const INLINE_BULLET = /\s+(?=[•▪◦●○■➢►▸‣]\s)/u;

function splitInlineBullet(text: string): string[] {
  return text.split(INLINE_BULLET);
}

// Letter-spaced headings and names come out of PDFs as "S U M M A RY" or "D m i t r i Vo l ko v";
// the spaces between words are lost with the others, so a capital after a small letter starts a word.
const LETTER_SPACED = /(?<![\p{L}\d])\p{L}{1,2}(?: \p{L}{1,2}){3,}(?![\p{L}\d])/gu;

function joinLetterSpaced(text: string): string {
  return text.replace(LETTER_SPACED, (run) => {
    const tokens = run.split(' ');
    if (tokens.filter((token) => token.length === 1).length < tokens.length / 2) return run;
    return run.replace(/ /g, '').replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
  });
}

function chunk(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LINE_CHARS) chunks.push(text.slice(start, start + MAX_LINE_CHARS));
  return chunks;
}

export function isSentence(text: string): boolean {
  return /[.!?]$/.test(text) || text.split(/\s+/).length > 14;
}
