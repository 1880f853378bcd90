import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, printable } from '../../src/cli/table.js';

describe('console tables', () => {
  it('measures terminal columns: combining marks take none, CJK and emoji two', () => {
    expect(displayWidth('Cafe\u0301')).toBe(4);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('ok 🔑')).toBe(5);
    expect(displayWidth('naïve')).toBe(5);
  });

  it('pads every column to its widest cell, two spaces apart, without trailing spaces', () => {
    const out = formatTable([
      ['id', 'name', 'status'],
      ['key_1', '日本', 'active'],
      ['key_22', 'Cafe\u0301 au lait', 'revoked'],
    ]);
    expect(out).toBe(['id      name          status', 'key_1   日本          active', 'key_22  Cafe\u0301 au lait  revoked', ''].join('\n'));
  });

  it('turns control characters into "?" so a name can neither break the layout nor drive the terminal', () => {
    expect(printable('a\tb\nc\u001b[31m')).toBe('a?b?c?[31m');
    expect(formatTable([['x\ty', 'z']])).toBe('x?y  z\n');
  });
});
