import mammoth from 'mammoth';
import { readZipDirectory, readZipEntry } from './zip-directory.js';

// Upper bound on everything we (or mammoth) inflate from one DOCX; the main thread has
// already refused archives whose *declared* sizes exceed this, but sizes can lie.
const INFLATE_BUDGET_BYTES = 50 * 1024 * 1024;

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<{ text: string, links: string[] }>}
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
  return { text: [...headers, ...lines, ...footers].join('\n'), links };
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
    if (text.trim()) lines.push(node.numbering ? `• ${text}` : text);
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
