import type { DisplayRun } from './display-type.js';
import { parsePersonName, type PersonName } from './person-name.js';
import { isHeading } from './sections.js';
import { toLines } from './text-lines.js';

export interface DisplayName extends PersonName {
  /** The display runs the name was read from, as the text layer spells them. */
  texts: string[];
}

// The name sits in the top part of the first page (a sidebar's top included).
const MAX_TOP = 0.4;
const MAX_ROW = 15;
const MAX_RUNS = 4;
// A name set over two lines: the second line follows within this share of the page height.
const MAX_LINE_DROP = 0.08;
const SEPARATOR_START = /^[|•·,–—/]/;

/**
 * The résumé owner's name from typography: the largest type near the top of the first page
 * that reads as a name. A name can be set over two lines, or in two fonts (a light first name
 * and a bold surname), which then tells first name from surname. Null when no display type
 * reads as a name: the caller falls back to the text.
 */
export function findDisplayName(runs: DisplayRun[]): DisplayName | null {
  const near = runs.filter((run) => (run.top === undefined ? run.row <= MAX_ROW : run.top <= MAX_TOP) && !isHeading(clean(run.text)));
  const scales = [...new Set(near.map((run) => run.scale))].sort((a, b) => b - a);
  const tried = new Set<number>();
  for (const scale of scales) {
    if (tried.has(scale)) continue;
    const group = near.filter((run) => Math.abs(run.scale - scale) <= 0.04 * scale);
    for (const run of group) tried.add(run.scale);
    for (let start = 0; start < group.length; start++) {
      const pieces = followingPieces(group, start);
      for (let count = pieces.length; count >= 1; count--) {
        const name = nameOf(pieces.slice(0, count));
        if (name) return name;
      }
    }
  }
  return null;
}

/** The run at `start` and the runs that continue it: later on its row, or on the next rows in its font. */
function followingPieces(group: DisplayRun[], start: number): DisplayRun[] {
  const first = group[start] as DisplayRun;
  const pieces = [first];
  for (let i = start + 1; i < group.length && pieces.length < MAX_RUNS; i++) {
    const run = group[i] as DisplayRun;
    const last = pieces.at(-1) as DisplayRun;
    if (SEPARATOR_START.test(run.text)) break;
    const nextLine = run.top !== undefined && last.top !== undefined ? run.top - last.top <= MAX_LINE_DROP : run.row <= last.row + 2;
    if (run.row === last.row || (nextLine && run.font === first.font)) pieces.push(run);
    else break;
  }
  return pieces;
}

function nameOf(pieces: DisplayRun[]): DisplayName | null {
  const texts = pieces.map((piece) => clean(piece.text));
  const name = parsePersonName(texts.join(' '), { display: true });
  if (!name) return null;
  // "Radosław / Wiśniewski" on two lines, "Nguyen" light and "Thi Mai" bold: the first piece is the first name.
  const tokens = name.fullName.split(' ');
  const firstCount = texts[0]?.split(' ').length ?? 0;
  const twoFonts = pieces.length === 2 && pieces[0]?.row === pieces[1]?.row && pieces[0]?.font !== pieces[1]?.font;
  const splitAtPiece = pieces.length >= 2 && firstCount < tokens.length && (firstCount === 1 || twoFonts);
  if (!splitAtPiece) return { ...name, texts };
  return { firstName: tokens.slice(0, firstCount).join(' '), lastName: tokens.slice(firstCount).join(' '), fullName: name.fullName, texts };
}

/** As the text layer reads it: letter-spaced names joined, stray separators dropped. */
function clean(text: string): string {
  return toLines(text)
    .map((line) => line.text)
    .join(' ')
    .replace(/[|•·,]+$/, '')
    .trim();
}
