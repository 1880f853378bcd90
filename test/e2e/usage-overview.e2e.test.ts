import { type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { SIZES, judgePage, openTabAt, press } from './screens.js';
import { useInProcessServerAndBrowser } from './in-process.js';
import { PASSWORD, anOwner, callApi, heading, navigateFromHome, signIn, uniqueEmail } from './ui.js';

const HOUR = 3_600_000;

/**
 * Settings → Key usage (GET /api/usage/keys): the busiest keys by requests and by 429s, the busiest one's
 * uPlot chart, and the period picker. An in-process server on an injected clock, so traffic can be sent
 * "three hours ago"; the clock is set back to the real time before the browser asks, because the page
 * computes its shorter periods from the browser's clock.
 */
describe('the key usage overview in the browser', { timeout: 90_000 }, () => {
  const clock = new ManualClock(Date.now());
  // Roomy workspace limits, so the only 429s are those of the key given a tiny limit of its own.
  const stage = useInProcessServerAndBrowser(clock, testConfig({ allowSignup: true, logLevel: 'warn', rateLimitPerSecond: 100, rateLimitPerMinute: 1000 }));

  /** Sends `n` real keyed requests and counts the answers by status. */
  async function send(key: string, n: number): Promise<Record<number, number>> {
    const seen: Record<number, number> = {};
    for (let i = 0; i < n; i++) {
      const { status } = await callApi(stage.server, key);
      seen[status] = (seen[status] ?? 0) + 1;
    }
    return seen;
  }

  /**
   * A workspace whose owner's tab is signed in, with traffic: "Nightly import" 15 requests three hours ago;
   * now "Billing sync" 9, "Zapier" (2 per second) 2 accepted and 4 refused with 429, and a member's
   * "Max laptop" 4. Flushed, with the clock back at the real time.
   */
  async function aWorkspaceWithTraffic(page: Page): Promise<void> {
    clock.set(Date.now() - 3 * HOUR);
    const owner = await anOwner(page);
    const aKey = async (data: object) => {
      const res = await page.request.post('/api/keys', { headers: { 'x-csrf-token': owner.csrf }, data });
      expect(res.status(), await res.text()).toBe(201);
      return ((await res.json()) as { key: string }).key;
    };
    const email = uniqueEmail('member');
    const user = await page.request.post('/api/users', {
      headers: { 'x-csrf-token': owner.csrf },
      data: { email, name: 'Max Member', password: PASSWORD, role: 'member' },
    });
    expect(user.status()).toBe(201);
    const nightly = await aKey({ name: 'Nightly import' });
    expect(await send(nightly, 15)).toEqual({ 200: 15 });
    await stage.kw.deps.lastUsed.flush();

    clock.set(Date.now());
    const billing = await aKey({ name: 'Billing sync' });
    const zapier = await aKey({ name: 'Zapier', rate_limit: { per_minute: 100, per_second: 2 } });
    const laptop = await aMembersKey(email, 'Max laptop');
    expect(await send(billing, 9)).toEqual({ 200: 9 });
    expect(await send(zapier, 6)).toEqual({ 200: 2, 429: 4 });
    expect(await send(laptop, 4)).toEqual({ 200: 4 });
    await stage.kw.deps.lastUsed.flush();
  }

  /** A key the member makes for themself, through their own session (no browser page needed). */
  async function aMembersKey(email: string, name: string): Promise<string> {
    const member = await request.newContext({ baseURL: stage.server.url });
    const login = await member.post('/auth/login', { data: { email, password: PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    const res = await member.post('/api/keys', { headers: { 'x-csrf-token': (await login.json()).csrf_token }, data: { name } });
    expect(res.status(), await res.text()).toBe(201);
    const { key } = (await res.json()) as { key: string };
    await member.dispose();
    return key;
  }

  for (const size of SIZES) {
    it(`lists the busiest keys by requests and by 429s, charts the busiest, and switches periods (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      await aWorkspaceWithTraffic(page);
      await navigateFromHome(page, 'Key usage');

      // The default period, the last 30 days: all four keys, the one busy three hours ago first.
      expect(await page.getByLabel('Period').inputValue()).toBe('month');
      await expectTop(page, 'Most requests, last 30 days', [
        ['Nightly import', 'Olga Owner', '15', '0'],
        ['Billing sync', 'Olga Owner', '9', '0'],
        ['Zapier', 'Olga Owner', '6', '4'],
        ['Max laptop', 'Max Member', '4', '0'],
      ]);
      await expectTop(page, 'Most rate limited (429), last 30 days', [['Zapier', 'Olga Owner', '6', '4']]);
      await expectChart(page, /^Requests and 429s of Nightly import, the busiest key, last 30 days$/);
      await judgePage(page, size, 'usage-overview');

      // The last hour: the import three hours ago is out, and Billing sync is the busiest.
      await page.getByLabel('Period').selectOption('hour');
      await expectTop(page, 'Most requests, last hour', [
        ['Billing sync', 'Olga Owner', '9', '0'],
        ['Zapier', 'Olga Owner', '6', '4'],
        ['Max laptop', 'Max Member', '4', '0'],
      ]);
      await expectTop(page, 'Most rate limited (429), last hour', [['Zapier', 'Olga Owner', '6', '4']]);
      await expectChart(page, /^Requests and 429s of Billing sync, the busiest key, last hour$/);
      await judgePage(page, size, 'usage-overview-hour');

      // A key's name leads to its own usage page.
      await press(page.getByRole('table', { name: 'Most rate limited (429), last hour' }).getByRole('link', { name: 'Zapier' }), size);
      await heading(page, '“Zapier”').waitFor();
      await expect.poll(() => page.getByTestId('usage-totals').textContent()).toContain('6 requests, 4 rate limited (429)');
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }

  it('refuses a member without usage.overview (keys:admin) the way it refuses other admin pages', async () => {
    const { context, page } = await openTabAt(stage.browser, stage.server, SIZES[0]);
    const owner = await anOwner(page);
    const email = uniqueEmail('member');
    expect(
      (
        await page.request.post('/api/users', {
          headers: { 'x-csrf-token': owner.csrf },
          data: { email, name: 'Max Member', password: PASSWORD, role: 'member' },
        })
      ).status(),
    ).toBe(201);
    await context.close();

    const member = await openTabAt(stage.browser, stage.server, SIZES[0]);
    await signIn(member.page, email);
    expect(await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Key usage' }).count()).toBe(0);
    for (const adminPage of ['/settings/members', '/settings/usage']) {
      await member.page.goto(adminPage);
      await heading(member.page, 'No access').waitFor();
      expect(await member.page.getByText('Only owners and admins of this workspace can open this page.').count()).toBe(1);
    }
    expect(await member.page.getByRole('table').count()).toBe(0);
    const api = await member.page.request.get('/api/usage/keys');
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ code: 'insufficient_permission', missing_permission: 'keys:admin' });
    expect(member.errors).toEqual([]);
    await member.context.close();
  });
});

/** The rows of the top-keys table with this caption (key name, owner, requests, 429s), under a title as wide as it. */
async function expectTop(page: Page, caption: string, rows: string[][]): Promise<void> {
  const table = page.getByRole('table', { name: caption });
  const read = () =>
    table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('td[data-label="Key"] a')?.textContent ?? '',
          ...['Owner', 'Requests', 'Rate limited'].map((label) => tr.querySelector(`td[data-label="${label}"]`)?.textContent ?? ''),
        ]),
      );
  await expect.poll(read).toEqual(rows);
  // Its title spans the list: as a table caption beside phone cards it shrank to one word a line.
  const [captionBox, tableBox] = [await table.locator('caption').boundingBox(), await table.boundingBox()];
  expect(captionBox!.width, `${caption}: title width`).toBeGreaterThanOrEqual(0.9 * tableBox!.width);
}

/** The uPlot chart with this accessible name has drawn a canvas of real size, inside the viewport. */
async function expectChart(page: Page, name: RegExp): Promise<void> {
  const canvas = page.getByRole('img', { name }).locator('canvas').first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.height).toBeGreaterThan(100);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}
