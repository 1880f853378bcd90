import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 as authenticator apps use it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_S = 30;
const DIGITS = 6;
/** Codes of the step before and after the current one are accepted (clocks drift). */
const WINDOW = 1;

const totpFor = (base32: string, label = 'Keyward') =>
  new TOTP({ issuer: 'Keyward', label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_S, secret: Secret.fromBase32(base32) });

/** A new 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps take it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` URI an authenticator app scans, and the same as an SVG QR code (a data: URI). */
export async function enrolmentOf(base32: string, account: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = totpFor(base32, account).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrSvg: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The code for `atMs` (tests, and nothing else, need to make one). */
export const totpCode = (base32: string, atMs: number): string => totpFor(base32).generate({ timestamp: atMs });

/**
 * The time step a code belongs to, if it is valid at `nowMs` within ±1 step; undefined otherwise. The
 * caller accepts it only if the step is later than the last one it accepted (so a code works once).
 */
export function totpStep(base32: string, code: string, nowMs: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpFor(base32).validate({ token: code, timestamp: nowMs, window: WINDOW });
  if (delta === null) return undefined;
  return Math.floor(nowMs / 1000 / PERIOD_S) + delta;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Ten one-time recovery codes, `xxxxx-xxxxx` (about 50 bits each, guessed only at the sign-in rate limit). */
export function newRecoveryCodes(count = 10): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: count }, () => {
    const c = one();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

/** What is stored of a recovery code: SHA-256 of its normalised form (high-entropy, so no slow KDF is needed). */
export const recoveryCodeHash = (code: string): string => createHash('sha256').update(code.trim().toLowerCase().replace(/[\s-]/g, '')).digest('hex');

/** Whether a submitted second factor looks like a recovery code rather than a TOTP code. */
export const looksLikeRecoveryCode = (code: string): boolean => /^[a-z2-9]{5}-?[a-z2-9]{5}$/i.test(code.trim());
