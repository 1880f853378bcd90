import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { useInProcessServerAndBrowser } from './in-process.js';
import { openTab } from './support.js';
import { anOwner, anOwnersKeyInUi, callApi, cell, closeReveal, dialog, hintOf, keyRow, readRevealedKey, rowAction } from './ui.js';

const MIN = 60_000;

/**
 * Safe cut-over, seen in the browser: an in-process server on an injected clock (so "10 minutes idle"
 * takes no 10 minutes), the built web app, Debian's Chromium.
 */
describe('key usage and safe cut-over in the browser', { timeout: 90_000 }, () => {
  const clock = new ManualClock(Date.now());
  const stage = useInProcessServerAndBrowser(clock, testConfig({ allowSignup: true, logLevel: 'warn' }));

  it("rolls with revoke_when_idle_minutes 10: the list shows the old key's traffic, which keeps it alive; 10 idle minutes revoke it", async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    const oldKey = await anOwnersKeyInUi(page, 'Billing sync');

    await rowAction(page, keyRow(page, hintOf(oldKey)), 'Roll');
    const roll = dialog(page, 'Roll API key');
    await roll.getByLabel('Revoke the old key sooner, once it has had no traffic for').selectOption('10');
    await roll.getByRole('button', { name: 'Roll key' }).click();
    const newKey = await readRevealedKey(page);
    await closeReveal(page);

    for (let i = 0; i < 3; i++) expect((await callApi(stage.server, oldKey)).status).toBe(200);
    await stage.kw.deps.lastUsed.flush();
    await page.reload();
    const oldRow = keyRow(page, hintOf(oldKey));
    await expect.poll(() => oldRow.getByTestId('old-key-traffic').textContent()).toMatch(/^Old key: 3 requests in the last hour, last at /);

    // Still used 6 minutes later: not idle, still working.
    clock.advance(6 * MIN);
    expect(await stage.kw.deps.idleRevoker.run()).toEqual([]);
    expect((await callApi(stage.server, oldKey)).status).toBe(200);
    await stage.kw.deps.lastUsed.flush();
    clock.advance(9 * MIN);
    expect(await stage.kw.deps.idleRevoker.run()).toEqual([]);
    await page.reload();
    await expect.poll(() => keyRow(page, hintOf(oldKey)).getByTestId('old-key-traffic').textContent()).toContain('Old key: 4 requests in the last hour');

    // Ten minutes after its last use: revoked on its own; the new key carries on.
    clock.advance(MIN);
    expect((await stage.kw.deps.idleRevoker.run()).map((r) => r.reason)).toEqual(['idle']);
    const after = await callApi(stage.server, oldKey);
    expect(after.status).toBe(401);
    expect(after.json().code).toBe('revoked_api_key');
    expect((await callApi(stage.server, newKey)).status).toBe(200);
    await page.reload();
    await page.getByLabel('Status').selectOption('revoked'); // the list shows Active keys by default
    await expect.poll(() => cell(keyRow(page, hintOf(oldKey)), 'Status').textContent()).toContain('Revoked');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`draws a key's requests and 429s with uPlot, readable at ${viewport.width}×${viewport.height}`, async () => {
      const { context, page, errors } = await openTab(stage.browser, stage.server);
      await page.setViewportSize(viewport);
      await anOwner(page);
      const res = await page.request.post('/api/keys', {
        data: { name: 'Chart key', allowed_ips: ['127.0.0.1', '::1'] },
        headers: { 'x-csrf-token': (await (await page.request.get('/auth/session')).json()).csrf_token },
      });
      expect(res.status()).toBe(201);
      const { id, key } = await res.json();
      for (let i = 0; i < 12; i++) await callApi(stage.server, key);
      await stage.kw.deps.lastUsed.flush();
      await page.goto(`/settings/api-keys/${id}/usage`);
      await expect.poll(() => page.getByTestId('usage-totals').textContent()).toContain('12 requests, 2 rate limited (429)');
      const chart = page.getByRole('img', { name: /Requests and 429s of Chart key/ });
      const canvas = chart.locator('canvas');
      await canvas.first().waitFor();
      const box = await canvas.first().boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      expect(await page.getByTestId('allowlist-summary').textContent()).toContain('127.0.0.1, ::1');
      await page.getByLabel('Period').selectOption('month');
      await expect.poll(() => page.getByTestId('usage-totals').textContent()).toContain('last 30 days');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
