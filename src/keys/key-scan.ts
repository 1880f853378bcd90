import { checksum } from './key-format.js';

const BODY = 32;
const SUM = 6;
const RUN = BODY + SUM;
const MODES = ['ak_live_', 'ak_test_'] as const;

const isKeyChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Where `text` holds a key, recognised by its content rather than its shape: any
 * 38 characters of the key alphabet, read in order and skipping everything else (`/`, `.`, spaces, any
 * separator a URL or a message may have put between them), whose last 6 are the checksum of the first 32
 * under a key prefix. A random run passes with odds of about 2 in 62⁶ (≈ 4 × 10⁻¹¹), so ordinary text is
 * left alone. Returns the spans [first, last] (inclusive indexes into `text`) of each such run.
 */
export function findKeyRuns(text: string): [number, number][] {
  const at: number[] = [];
  let chars = '';
  for (let i = 0; i < text.length; i++) {
    if (isKeyChar(text.charCodeAt(i))) {
      at.push(i);
      chars += text[i];
    }
  }
  const runs: [number, number][] = [];
  for (let s = 0; s + RUN <= chars.length; s++) {
    const body = chars.slice(s, s + BODY);
    const sum = chars.slice(s + BODY, s + RUN);
    if (MODES.some((prefix) => checksum(prefix + body) === sum)) runs.push([at[s], at[s + RUN - 1]]);
  }
  return runs;
}

/** `text` with every key found by {@link findKeyRuns} replaced by `mask` (separators inside it included). */
export function maskKeyRuns(text: string, mask = '[REDACTED]'): string {
  const runs = findKeyRuns(text);
  if (runs.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of runs) {
    if (end < from) continue;
    out += start >= from ? text.slice(from, start) + mask : '';
    from = end + 1;
  }
  return out + text.slice(from);
}
