import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

// Keys look like `cgw_<8 id chars>_<32 secret chars><6 checksum chars>` (base62). The fixed
// `cgw_` marker and the CRC32 checksum make a leaked key recognisable by secret scanners and
// let malformed keys be refused without touching the database.
const MARKER = 'cgw_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_PATTERN = /^cgw_([0-9A-Za-z]{8})_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;

function randomBase62(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    if (byte < 248) out += ALPHABET[byte % 62];
    if (out.length === length) return out;
  }
  return out + randomBase62(length - out.length);
}

function base62Fixed(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    out = ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

export interface GeneratedKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedKey {
  const prefix = `${MARKER}${randomBase62(8)}`;
  const body = `${prefix}_${randomBase62(32)}`;
  const key = `${body}${base62Fixed(crc32(body), 6)}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Where a well-formed key's lookup prefix would be: its marker and id characters. */
export function prefixOf(key: string): string {
  return key.slice(0, MARKER.length + 8);
}

/** The lookup prefix of a well-formed key with a valid checksum, else null. */
export function parseApiKey(key: string): { prefix: string } | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const body = key.slice(0, -6);
  if (base62Fixed(crc32(body), 6) !== key.slice(-6)) return null;
  return { prefix: `${MARKER}${match[1]}` };
}

export function hashesEqual(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
