// Plain JavaScript (with zip-directory.d.ts) because the text worker imports it
// and must run without a TypeScript loader.
import { inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_MARKER = 0xffffffff;

/**
 * Reads the central directory of a zip archive without inflating anything.
 * Returns null when the bytes are not a readable zip (no end record, truncated directory).
 * @param {Uint8Array} bytes
 */
export function readZipDirectory(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset + directorySize > eocd) return null;

  const entries = [];
  let offset = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const end = offset + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) return null;
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      flags: view.getUint16(offset + 8, true),
      // A zip64 size marker means "over 4 GiB"; no résumé legitimately needs that.
      compressedSize: compressedSize === ZIP64_MARKER ? Infinity : compressedSize,
      uncompressedSize: uncompressedSize === ZIP64_MARKER ? Infinity : uncompressedSize,
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset = end;
  }
  return entries;
}

/** @param {DataView} view */
function findEndOfCentralDirectory(view) {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let i = view.byteLength - EOCD_MIN_LENGTH; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/**
 * Inflates one entry, refusing to produce more than maxBytes (a lying size header
 * must not be able to balloon memory).
 * @param {Uint8Array} bytes
 * @param {{ name: string, method: number, compressedSize: number, localHeaderOffset: number }} entry
 * @param {number} maxBytes
 * @returns {Uint8Array}
 */
export function readZipEntry(bytes, entry, maxBytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw new Error(`Zip entry ${entry.name} has no local header`);
  }
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) throw new Error(`Zip entry ${entry.name} is truncated`);
  const data = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) {
    if (data.byteLength > maxBytes) throw new ZipLimitError(entry.name);
    return data;
  }
  if (entry.method !== 8) throw new Error(`Zip entry ${entry.name} uses unsupported compression ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if (error instanceof RangeError) throw new ZipLimitError(entry.name);
    throw error;
  }
}

export class ZipLimitError extends Error {
  /** @param {string} entryName */
  constructor(entryName) {
    super(`Zip entry ${entryName} inflates beyond its allowed size`);
    this.name = 'ZipLimitError';
  }
}
