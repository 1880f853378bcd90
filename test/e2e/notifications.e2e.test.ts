import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support.js';
import { anOwner, heading } from './ui.js';

const VIEWPORTS = [
  { label: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
  { label: 'phone 390×844 touch', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;

/** Settings → Webhooks, the notification bell and email preferences, on a desktop and a phone. */
describe('notifications and webhooks in the web app', { timeout: 90_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true', WEBHOOK_ALLOW_PRIVATE: 'true', NOTIFY_INTERVAL_MS: '200' });
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(received.length === 1 ? 500 : 200).end();
    });
  });
  let hookUrl = '';
  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

  for (const v of VIEWPORTS) {
    it(`${v.label}: create an endpoint, see its secret once, send a test event, read the delivery log, redeliver; bell and email preferences`, async () => {
      const context = await stage.browser.newContext({ baseURL: stage.server.url, viewport: v.viewport, isMobile: v.isMobile, hasTouch: v.hasTouch });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const owner = await anOwner(page);
      received.length = 0;

      await page.goto('/settings/webhooks');
      await heading(page, 'Webhooks').waitFor();
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const form = page.getByRole('dialog', { name: 'Add webhook endpoint' });
      await form.getByLabel('Endpoint URL').fill(hookUrl);
      await form.getByLabel('key.revoked', { exact: false }).first().check();
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = await page.getByTestId('webhook-secret').inputValue();
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'I saved it, close' }).click();
      await page.getByTestId('webhook-secret').waitFor({ state: 'detached' });
      await page.reload();
      await page.getByText(hookUrl).waitFor();
      expect(await page.content()).not.toContain(secret);

      await page.getByRole('button', { name: 'Send test event' }).click();
      await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      const row = page.locator('tbody tr').first();
      // The log is read again every second while a test event waits: allow for a loaded machine.
      await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 15_000 }).toContain('500');
      const redeliver = row.getByRole('button', { name: 'Redeliver' });
      await (v.hasTouch ? redeliver.tap() : redeliver.click());
      await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      expect(received[1].headers['webhook-id']).toBe(received[0].headers['webhook-id']);
      const body = new Webhook(secret).verify(received[1].body, {
        'webhook-id': String(received[1].headers['webhook-id']),
        'webhook-timestamp': String(received[1].headers['webhook-timestamp']),
        'webhook-signature': String(received[1].headers['webhook-signature']),
      }) as { type: string };
      expect(body.type).toBe('webhook.test');
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect.poll(async () => (await page.locator('tbody tr').first().textContent()) ?? '', { timeout: 15_000 }).toContain('Delivered');

      // A key of the owner reported as leaked: the bell shows one unread notification.
      const headers = { 'x-csrf-token': owner.csrf };
      const key = (await (await page.request.post('/api/keys', { headers, data: { name: 'Laptop', expires_in_days: 30 } })).json()).key as string;
      expect((await page.request.post('/api/keys/revoke-leaked', { data: { keys: [key] } })).status()).toBe(202);
      await page.goto('/contacts');
      const bell = page.getByRole('link', { name: 'Notifications, 1 unread' });
      await bell.waitFor();
      const box = (await bell.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(v.viewport.width);
      await bell.click();
      await heading(page, 'Notifications').waitFor();
      await page.getByText('reported as leaked').waitFor();
      expect(await page.content()).not.toContain(key);
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByRole('link', { name: 'Notifications, 0 unread' }).waitFor();

      const pref = page.getByLabel('A key is about to expire (14, 7 and 1 days before)');
      expect(await pref.isChecked()).toBe(true);
      await pref.uncheck();
      await expect.poll(async () => (await (await page.request.get('/api/me/notification-preferences')).json()).email['key.expiring']).toBe(false);
      await page.reload();
      expect(await page.getByLabel('A key is about to expire (14, 7 and 1 days before)').isChecked()).toBe(false);
      // Nothing scrolls sideways on the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(v.viewport.width);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
