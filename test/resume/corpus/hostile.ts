// Hostile inputs, built in code so nothing large or dangerous is committed.
import { crc32, deflateRawSync, deflateSync, constants as zlibConstants } from 'node:zlib';
import PDFDocument from 'pdfkit';

interface ZipPart {
  name: string;
  /** Raw-deflated bytes. */
  data: Uint8Array;
  crc: number;
  size: number;
  /** Size written into the headers; a lying archive declares less than it holds. */
  declaredSize?: number;
}

function stored(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.data));
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A document.xml of `megabytes` MB of spaces after a valid opening, compressed ~1000:1 by
 * repeating one fully flushed deflate block, so building it costs almost nothing.
 */
function bombPart(megabytes: number, declaredSize?: number): ZipPart {
  const head = Buffer.from(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>`);
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const headBlock = deflateRawSync(head, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const chunkBlock = deflateRawSync(chunk, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const finalBlock = deflateRawSync(Buffer.alloc(0));
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  const data = Buffer.concat([headBlock, ...Array.from({ length: megabytes }, () => chunkBlock), finalBlock]);
  const size = head.length + megabytes * chunk.length;
  return { name: 'word/document.xml', data, crc, size, ...(declaredSize !== undefined ? { declaredSize } : {}) };
}

/** Declares 200 MB of XML: refused from the zip directory alone. */
export function docxZipBomb(): Uint8Array {
  return zip([stored('[Content_Types].xml', CONTENT_TYPES), stored('_rels/.rels', RELS), bombPart(200)]);
}

/** Holds 200 MB of XML but declares 40 KB: only inflating with a cap catches it. */
export function docxLyingZipBomb(): Uint8Array {
  return zip([stored('[Content_Types].xml', CONTENT_TYPES), stored('_rels/.rels', RELS), bombPart(200, 40_000)]);
}

/**
 * An honest DOCX of about 6 MB of ordinary-looking XML (varied words, so it compresses
 * like real text) that needs far more than a small heap to turn into a document tree.
 */
export function docxLargeHonest(): Uint8Array {
  const words = ['delivery', 'platform', 'customer', 'research', 'pipeline', 'analysis', 'service', 'quality'];
  let seed = 11;
  const paragraphs: string[] = [];
  for (let i = 0; i < 60_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    paragraphs.push(`<w:p><w:r><w:t>${words[seed % 8]} ${seed.toString(36)} ${words[(seed >> 3) % 8]}</w:t></w:r></w:p>`);
  }
  return zip([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    stored('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`),
  ]);
}

/** A DOCX without any text. */
export function docxEmpty(): Uint8Array {
  return zip([stored('[Content_Types].xml', CONTENT_TYPES), stored('_rels/.rels', RELS), stored('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body><w:p/></w:body></w:document>`)]);
}

/** Assembles a PDF from object bodies with a correct xref table. */
function rawPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra.replace('XREF', String(xrefOffset))} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** Its xref chain points back at itself (/Prev) and its page tree contains itself. */
export function pdfLoopingXref(): Uint8Array {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'], '/Prev XREF');
}

function renderPdfKit(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

export function pdfEncrypted(): Promise<Uint8Array> {
  return renderPdfKit({ userPassword: 'secret', ownerPassword: 'owner' }, (doc) => {
    doc.text('Jonas Kazlauskas — Senior Engineer. This text is only readable with the password.');
  });
}

/** A grey noise PNG, so the "scan" has real image data and no text layer. */
function noisePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  let seed = 7;
  for (let i = 0; i < rows.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    rows[i] = i % (width + 1) === 0 ? 0 : 200 + (seed % 56);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** What a scanner produces: one page that is a single image, with no text layer. */
export function pdfScannedImage(): Promise<Uint8Array> {
  return renderPdfKit({ size: 'A4' }, (doc) => {
    doc.image(noisePng(300, 400), 40, 40, { width: 500 });
  });
}

/** The first `fraction` of a file, as from an interrupted upload. */
export function truncated(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}
