export interface Line {
  text: string;
  /** The line began with a bullet glyph (or a list dash), now stripped. */
  bullet: boolean;
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
    for (const cell of rawLine.split('\t').flatMap(chunk)) {
      const collapsed = cell.replace(/ {2,}/g, ' ').trim();
      if (!collapsed) continue;
      const bullet = BULLET.test(collapsed);
      const stripped = bullet ? collapsed.replace(BULLET, '').trim() : collapsed;
      if (stripped) lines.push({ text: stripped, bullet });
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
    .replace(/\s{3,}(?=\S)/g, (gap) => (gap.includes('\n') ? gap : '\t'));
}

function chunk(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LINE_CHARS) chunks.push(text.slice(start, start + MAX_LINE_CHARS));
  return chunks;
}

export function isSentence(text: string): boolean {
  return /[.!?]$/.test(text) || text.split(/\s+/).length > 14;
}
