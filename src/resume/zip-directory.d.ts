export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  /** Infinity when the archive uses zip64 sizes. */
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null;
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array;
export class ZipLimitError extends Error {
  constructor(entryName: string);
}
