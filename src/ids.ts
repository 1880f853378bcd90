import { randomBase62 } from './keys/key-format.js';

/** Public, prefixed, unguessable ids (`key_…`, `usr_…`): 20 base62 characters ≈ 119 bits. */
export function newId(prefix: 'key' | 'usr' | 'wks' | 'con' | 'evt' | 'api'): string {
  return `${prefix}_${randomBase62(20)}`;
}
