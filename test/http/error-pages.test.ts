import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors.js';
import { errorExplanations } from '../../src/http/error-pages.js';
import { type TestApp, appForAllTests } from '../support/app.js';
import { anOwner } from '../support/fixtures.js';

/** Follows a problem's `type` from a live response: the page must explain that very code, without JavaScript. */
async function follow(t: TestApp, problemType: string, code: string) {
  expect(problemType).toBe(`/docs/errors#${code}`);
  const [path, fragment] = problemType.split('#');
  const page = await t.request({ url: path });
  expect(page.statusCode).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.body).not.toMatch(/<script/i);
  const section = new RegExp(`<section id="${fragment}">([\\s\\S]*?)</section>`).exec(page.body);
  expect(section, code).not.toBeNull();
  return section?.[1] ?? '';
}

describe('problem type pages', () => {
  const t = appForAllTests();

  it('every problem type from a live response opens a page explaining that code', async () => {
    const owner = await anOwner(t);
    const live = [
      await t.request({ url: '/api/me' }),
      await t.request({ url: '/api/me', as: { key: 'ak_live_tooshort' } }),
      await t.request({ method: 'PUT', url: '/api/contacts' }),
      await t.request({ url: '/api/contacts/nope', as: owner }),
      await t.request({ method: 'POST', url: '/api/contacts', as: owner, body: { surprise: 1 } }),
    ];
    const codes = live.map((r) => r.json().code);
    expect(codes).toEqual(['missing_api_key', 'malformed_api_key', 'method_not_allowed', 'not_found', 'validation_error']);
    for (const res of live) {
      const { type, code } = res.json();
      const text = await follow(t, type, code);
      expect(text).toContain(`<code>${code}</code> — ${res.statusCode}`);
      expect(text.length).toBeGreaterThan(60);
    }
    expect(await follow(t, '/docs/errors#method_not_allowed', 'method_not_allowed')).toContain('Allow');
  });

  const explanations = errorExplanations(readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8'));

  it('has a section with the status, title and explanation (from docs/errors.md) for every code in the catalog', async () => {
    for (const [code, { status, title }] of Object.entries(ERRORS)) {
      const text = await follow(t, `/docs/errors#${code}`, code);
      expect(text).toContain(`— ${status}`);
      expect(text).toContain(title.replace(/'/g, '&#39;'));
      const when = explanations.get(code);
      expect(when, `${code} is explained in docs/errors.md`).toBeTruthy();
      expect(text.replace(/<[^>]+>/g, '')).toContain(
        (when ?? '').replace(/`/g, '').replace(/&/g, '&#38;').replace(/"/g, '&#34;').replace(/'/g, '&#39;').replace(/</g, '&#60;').replace(/>/g, '&#62;'),
      );
    }
  });
});
