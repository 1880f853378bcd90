import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum, generateKey, isWellFormedKey } from '../../src/keys/key-format.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOC = readFileSync(join(ROOT, 'docs', 'security.md'), 'utf8');
const TOML = readFileSync(join(ROOT, 'docs', 'gitleaks.toml'), 'utf8');

/** The `[[rules]]` table of docs/gitleaks.toml, as text. */
const RULE_BLOCK = TOML.slice(TOML.indexOf('\n[[rules]]')).trim();
/** The rule's regex in gitleaks (Go RE2) syntax; the subset it uses reads the same in JavaScript. */
const RULE_REGEX = /^regex = '''(.+)'''$/m.exec(RULE_BLOCK)?.[1] ?? '';
const RULE_ENTROPY = Number(/^entropy = ([\d.]+)$/m.exec(RULE_BLOCK)?.[1]);

/** Every match of the rule's secret group in `text`, filtered by its entropy threshold like gitleaks. */
function gitleaksFindings(text: string): string[] {
  return [...text.matchAll(new RegExp(RULE_REGEX, 'g'))].map((m) => m[1]).filter((s) => shannonEntropy(s) >= RULE_ENTROPY);
}

/** Shannon entropy in bits per character, as gitleaks computes it. */
function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

// The checksum exactly as docs/security.md describes it, written without node:zlib or src/.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32Ieee(ascii: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) c = CRC_TABLE[(c ^ ascii.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function documentedChecksum(first40: string): string {
  let n = crc32Ieee(first40);
  let digits = '';
  while (n > 0) {
    digits = ALPHABET[n % 62] + digits;
    n = Math.floor(n / 62);
  }
  return digits.padStart(6, '0');
}

const base62 = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 32, maxLength: 32 });

describe('the key format published in docs/security.md', () => {
  it('quotes the regex and the exact gitleaks rule of docs/gitleaks.toml', () => {
    expect(DOC).toContain('`^ak_(live|test)_[0-9A-Za-z]{38}$`');
    expect(DOC).toContain(RULE_BLOCK);
    expect(RULE_REGEX).toBe('\\b(ak_(?:live|test)_[0-9A-Za-z]{38})\\b');
  });

  it('describes a checksum that agrees with src/keys/key-format.ts', () => {
    fc.assert(
      fc.property(fc.constantFrom('live', 'test'), base62, (mode, random) => {
        const body = `ak_${mode}_${random}`;
        expect(documentedChecksum(body)).toBe(checksum(body));
        expect(isWellFormedKey(body + documentedChecksum(body))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (let i = 0; i < 500; i++) {
      const key = generateKey({ mode: i % 2 ? 'test' : 'live' });
      expect(documentedChecksum(key.slice(0, 40))).toBe(key.slice(40));
    }
  });

  it('gives a worked example whose checksum is right', () => {
    const example = /`(ak_test_x{32}[0-9A-Za-z]{6})`/.exec(DOC)?.[1] ?? '';
    expect(example).toHaveLength(46);
    expect(documentedChecksum(example.slice(0, 40))).toBe(example.slice(40));
    expect(isWellFormedKey(example)).toBe(true);
  });

  it('the gitleaks rule finds generated keys in code, config and prose', () => {
    for (let i = 0; i < 300; i++) {
      const key = generateKey({ mode: i % 3 === 0 ? 'test' : 'live' });
      for (const text of [
        key,
        `API_KEY=${key}\n`,
        `const client = new Keyward({ apiKey: "${key}" });`,
        `curl -H 'X-API-Key: ${key}' https://crm.example.com/api/contacts`,
        `{"key":"${key}","name":"CI"}`,
        `Authorization: Bearer ${key}`,
      ]) {
        expect(gitleaksFindings(text), text).toEqual([key]);
      }
    }
  });

  it('the gitleaks rule ignores near misses and placeholders', () => {
    const key = generateKey();
    const nearMisses = [
      key.slice(0, -1),
      `${key}Z`,
      `${key}_suffix`,
      `x${key}`,
      key.replace('ak_live_', 'ak_prod_'),
      key.replace('ak_live_', 'AK_LIVE_'),
      key.replace('ak_live_', 'ak-live-'),
      `${key.slice(0, 20)}-${key.slice(21)}`,
      `${key.slice(0, 20)}é${key.slice(21)}`,
      'ak_live_xxxxxxxxxxxx',
      'ak_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx4GwqCi',
    ];
    for (const text of nearMisses) expect(gitleaksFindings(`token: ${text}\n`), text).toEqual([]);
  });

  it('every generated key has the entropy the rule requires', () => {
    for (let i = 0; i < 2000; i++) expect(shannonEntropy(generateKey())).toBeGreaterThanOrEqual(RULE_ENTROPY);
  });

  const gitleaks = spawnSync('gitleaks', ['version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!gitleaks)('the gitleaks binary, run with docs/gitleaks.toml, reports exactly the planted keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyward-gitleaks-'));
    try {
      const keys = Array.from({ length: 5 }, () => generateKey());
      writeFileSync(join(dir, 'config.env'), keys.map((k, i) => `KEY_${i}=${k}`).join('\n'));
      writeFileSync(join(dir, 'near-misses.txt'), `${keys[0]}Z\nak_prod_${keys[1].slice(8)}\nak_test_${'x'.repeat(32)}4GwqCi\n`);
      const report = join(dir, 'report.json');
      try {
        execFileSync(
          'gitleaks',
          [
            'detect',
            '--no-git',
            '--source',
            dir,
            '--config',
            join(ROOT, 'docs', 'gitleaks.toml'),
            '--report-format',
            'json',
            '--report-path',
            report,
            '--exit-code',
            '0',
          ],
          { stdio: 'pipe' },
        );
      } catch (err) {
        throw new Error(`gitleaks failed: ${(err as { stderr?: Buffer }).stderr?.toString()}`);
      }
      const findings = JSON.parse(readFileSync(report, 'utf8')) as { RuleID: string; Secret: string }[];
      const ours = findings.filter((f) => f.RuleID === 'keyward-api-key').map((f) => f.Secret);
      expect(ours.sort()).toEqual([...keys].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
