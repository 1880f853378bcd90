import { crc32 } from 'node:zlib';
import { createHmac, hash, randomBytes } from 'node:crypto';

/**
 * The API-key format, and nothing else: generate, parse, checksum, hash.
 *
 *   ak_live_ + 32 random base62 characters + 6 base62 characters of CRC32(first 40 characters)
 *
 * The checksum lets clients, log scrubbers and secret scanners recognise a real key offline, and lets
 * the server reject a mistyped or forged key without touching storage.
 */
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const KEY_PATTERN = /^ak_(live|test)_[0-9A-Za-z]{38}$/;
export const KEY_LENGTH = 46;
const RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
export type KeyMode = 'live' | 'test';

/** A function returning `n` cryptographically random bytes; injectable for tests. */
export type RandomSource = (n: number) => Buffer;

/**
 * `count` base62 characters without modulo bias: bytes ≥ 248 (= 62 × 4) are discarded, so every
 * remaining byte maps onto the alphabet uniformly. log2(62) × 32 ≈ 190.5 bits for a key.
 */
export function randomBase62(count: number, random: RandomSource = randomBytes): string {
  let out = '';
  while (out.length < count) {
    const bytes = random(Math.ceil((count - out.length) * 1.1) + 4);
    for (let i = 0; i < bytes.length && out.length < count; i++) {
      const b = bytes[i];
      if (b < 248) out += BASE62[b % 62];
    }
  }
  return out;
}

/** CRC32 (IEEE, as zlib.crc32) of `body` as ASCII, in base62, most significant digit first, 6 characters. */
export function checksum(body: string): string {
  let n = crc32(body);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

export function generateKey(options: { mode?: KeyMode; random?: RandomSource } = {}): string {
  const { mode = 'live', random = randomBytes } = options;
  const body = `ak_${mode}_${randomBase62(RANDOM_LENGTH, random)}`;
  return body + checksum(body);
}

/** True when `value` has the key shape and its checksum matches. Pure: no storage, no allocation of note. */
export function isWellFormedKey(value: string): boolean {
  if (value.length !== KEY_LENGTH || !KEY_PATTERN.test(value)) return false;
  return checksum(value.slice(0, KEY_LENGTH - CHECKSUM_LENGTH)) === value.slice(KEY_LENGTH - CHECKSUM_LENGTH);
}

/** The display hint stored beside the hash: prefix and last four characters, e.g. `ak_live_…9xQz`. */
export function keyHint(key: string): string {
  return `${key.slice(0, 8)}…${key.slice(-4)}`;
}

/** A versioned server-side pepper; never stored in the database. */
export interface Pepper {
  readonly version: number;
  readonly secret: string;
}

/**
 * Hashes a whole key for storage and lookup. SHA-256 hex by default (the key carries 190 bits of
 * entropy, so no slow KDF is needed); HMAC-SHA-256 with a pepper when configured, prefixed with the
 * pepper version (`v1:…`) so the pepper can be rotated.
 */
export function hashKey(key: string, pepper?: Pepper): string {
  if (!pepper) return hash('sha256', key, 'hex');
  return `v${pepper.version}:${createHmac('sha256', pepper.secret).update(key).digest('hex')}`;
}
