import mammoth from 'mammoth';
import { readZipDirectory, readZipEntry } from './zip-directory.js';

// Upper bound on everything we (or mammoth) inflate from one DOCX; the main thread has
// already refused archives whose *declared* sizes exceed this, but sizes can lie.
const INFLATE_BUDGET_BYTES = 50 * 1024 * 1024;

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<{ text: string, links: string[], display: object[] }>}
 */
export async function extractDocxText(bytes) {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new Error('The DOCX zip directory is unreadable');
  const { headers, footers } = verifyAndReadHeaderFooters(bytes, entries);

  let root = null;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (document) => {
        root = document;
        // Only the document tree is needed; skip HTML generation.
        return { ...document, children: [] };
      },
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  if (!root) throw new Error('mammoth returned no document');
  const links = [];
  const lines = [];
  for (const child of root.children) blockLines(child, lines, links);
  return { text: [...headers, ...lines, ...footers].join('\n'), links, display: displayRuns(root) };
}

/**
 * Inflates every XML part with a shrinking budget so that an archive lying about its
 * sizes is caught before mammoth reads it, and collects header/footer text, which
 * mammoth ignores but résumés often use for contact details.
 */
function verifyAndReadHeaderFooters(bytes, entries) {
  let budget = INFLATE_BUDGET_BYTES;
  const headers = [];
  const footers = [];
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = readZipEntry(bytes, entry, Math.min(entry.uncompressedSize, budget));
    budget -= data.byteLength;
    const part = /^word\/(header|footer)\d*\.xml$/i.exec(entry.name);
    if (!part) continue;
    const text = xmlParagraphs(new TextDecoder().decode(data));
    (part[1]?.toLowerCase() === 'header' ? headers : footers).push(...text);
  }
  return { headers, footers };
}

function xmlParagraphs(xml) {
  const paragraphs = [];
  for (const [paragraph] of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((match) => (match[1] === undefined ? '\t' : decodeXmlEntities(match[1])))
      .join('');
    if (text.trim()) paragraphs.push(text);
  }
  return paragraphs;
}

function decodeXmlEntities(text) {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, entity) => {
    const named = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity.toLowerCase()];
    if (named) return named;
    const hex = entity[1] === 'x' || entity[1] === 'X';
    return String.fromCodePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

function blockLines(node, lines, links) {
  if (node.type === 'paragraph') {
    const text = inlineText(node, links);
    // Outline numbering on a heading (LibreOffice numbers HTML headings) is no list item.
    const listItem = node.numbering && !/heading|title|überschrift|titre/i.test(node.styleName ?? '');
    if (text.trim()) lines.push(listItem ? `• ${text}` : text);
  } else if (node.type === 'table') {
    for (const row of node.children) tableRowLines(row, lines, links);
  } else if (Array.isArray(node.children)) {
    for (const child of node.children) blockLines(child, lines, links);
  }
}

// A row of single-line cells is a line of data (dates | role) and reads across; a row
// whose cells hold several paragraphs is a page layout (sidebar | main) and reads cell by cell.
function tableRowLines(row, lines, links) {
  const cells = (row.children ?? []).map((cell) => {
    const cellLines = [];
    for (const child of cell.children ?? []) blockLines(child, cellLines, links);
    return cellLines;
  });
  if (cells.every((cellLines) => cellLines.length <= 1)) {
    const line = cells.flat().join('\t');
    if (line.trim()) lines.push(line);
  } else {
    for (const cellLines of cells) lines.push(...cellLines);
  }
}

function inlineText(node, links) {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'hyperlink':
      if (typeof node.href === 'string') links.push(node.href);
      break;
  }
  return Array.isArray(node.children) ? node.children.map((child) => inlineText(child, links)).join('') : '';
}

// Relative size of Word's built-in display styles when the runs state no size of their own.
const STYLE_SCALE = [
  [/^title$/i, 2.2],
  [/^(?:heading 1|überschrift 1|titre 1)$/i, 1.8],
  [/^(?:heading 2|überschrift 2|titre 2)$/i, 1.45],
  [/^(?:heading 3|überschrift 3|titre 3)$/i, 1.25],
  [/^subtitle$/i, 1.3],
];
const DISPLAY_SCALE = 1.15;
const MAX_DISPLAY_PARAGRAPHS = 60;

/**
 * The display type of the document's opening paragraphs (see pdf-layout.js displayRuns):
 * runs set larger than the body text, or paragraphs in a title or heading style.
 */
function displayRuns(root) {
  const paragraphs = [];
  const collect = (node) => {
    if (paragraphs.length >= MAX_DISPLAY_PARAGRAPHS) return;
    if (node.type === 'paragraph') paragraphs.push(node);
    else if (Array.isArray(node.children)) for (const child of node.children) collect(child);
  };
  collect(root);
  const sized = [];
  for (const paragraph of paragraphs) for (const run of textRuns(paragraph)) if (run.fontSize) sized.push(run);
  const body = modeSize(sized) ?? 11;
  const runs = [];
  paragraphs.forEach((paragraph, row) => {
    const styleScale = STYLE_SCALE.find(([pattern]) => pattern.test(paragraph.styleName ?? ''))?.[1] ?? 1;
    let current = null;
    const emit = () => {
      if (current && current.scale >= DISPLAY_SCALE && /\p{L}/u.test(current.text)) runs.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
      current = null;
    };
    for (const run of textRuns(paragraph)) {
      const scale = run.fontSize ? Math.round((run.fontSize / body) * 100) / 100 : styleScale;
      const font = `${run.font ?? ''}${run.isBold ? ' bold' : ''}`;
      if (current && current.font === font && current.scale === scale) current.text += run.text;
      else {
        emit();
        current = { text: run.text, scale, font, row };
      }
    }
    emit();
  });
  return runs;
}

function textRuns(paragraph) {
  const runs = [];
  const visit = (node, inherited) => {
    if (node.type === 'run') {
      const text = (node.children ?? []).map((child) => (child.type === 'text' ? child.value : child.type === 'tab' ? '\t' : '')).join('');
      if (text) runs.push({ text, fontSize: node.fontSize ?? inherited?.fontSize ?? null, font: node.font ?? null, isBold: !!node.isBold });
    } else if (Array.isArray(node.children)) for (const child of node.children) visit(child, inherited);
  };
  visit(paragraph, null);
  return runs;
}

function modeSize(runs) {
  const chars = new Map();
  for (const run of runs) chars.set(run.fontSize, (chars.get(run.fontSize) ?? 0) + run.text.length);
  let best = null;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}
