import { DATE, PRESENT } from './dates.js';
import type { Line } from './text-lines.js';

// A date column beside the entries (moderncv's classic and casual styles) wraps a range
// over two rows: "May 2022 – Web Developer, Paystack" then "Present ○ Raised the score".
const OPEN_START = new RegExp(`^(${DATE})\\s*[-–—]\\s*(?=\\S)(?!(?:${DATE}|${PRESENT})(?![\\p{L}\\d]))`, 'iu');
const BARE_START = new RegExp(`^(${DATE})\\s*[-–—]$`, 'iu');
const END_START = new RegExp(`^(${DATE}|${PRESENT})(?![\\p{L}\\d])\\s*`, 'iu');

/** Puts a date range's end back on the line of its start. */
export function joinSplitDateRanges(lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    // The start alone in its cell ("Feb 2019 –" ⇥ "Engineer, Acme"), the end under it, beside a bullet.
    const bareStart = BARE_START.exec(line.text);
    const later = lines[i + 2];
    const bareEnd = bareStart && next?.cell !== undefined && next.cell > 0 && later && !later.bullet && (later.cell ?? 0) === 0 ? END_START.exec(later.text) : null;
    if (bareStart && next && later && bareEnd) {
      joined.push({ ...line, text: `${bareStart[1]} – ${bareEnd[1]}` }, next);
      const rest = later.text.slice(bareEnd[0].length).trim();
      if (rest) joined.push({ ...later, text: rest });
      i += 2;
      continue;
    }
    const start = OPEN_START.exec(line.text);
    const end = next && !next.bullet ? END_START.exec(next.text) : null;
    if (!start || !next || !end) {
      joined.push(line);
      continue;
    }
    joined.push({ ...line, text: `${start[1]} – ${end[1]} ${line.text.slice(start[0].length)}`.trim() });
    const rest = next.text.slice(end[0].length).trim();
    if (rest) joined.push({ ...next, text: rest });
    i++;
  }
  return joined;
}
