import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIZES, type Size, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { anOwner, heading } from './ui.js';

/**
 * Settings → Webhooks and Notifications used as a person does, at 1280×800 and on a 390×844 touch phone,
 * by real clicks and taps only: add an endpoint pointing at a real receiver, copy its secret, send a test
 * event and read the result and the log, check the signature, edit, roll the secret, delete; then the
 * bell and the notifications page.
 */

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const signedBy = (secret: string, r: Received) => {
  try {
    return new Webhook(secret).verify(r.body, {
      'webhook-id': String(r.headers['webhook-id']),
      'webhook-timestamp': String(r.headers['webhook-timestamp']),
      'webhook-signature': String(r.headers['webhook-signature']),
    }) as { type: string };
  } catch {
    return null;
  }
};

/** Every visible button has the app's look, not the browser's default one. */
async function expectStyledButtons(page: Page, what: string): Promise<void> {
  const plain = await page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden';
      })
      .filter((b) => {
        const s = getComputedStyle(b);
        return s.borderTopStyle === 'outset' || s.backgroundColor === 'rgb(239, 239, 239)';
      })
      .map((b) => b.textContent?.trim() || b.getAttribute('aria-label') || b.outerHTML.slice(0, 80)),
  );
  expect(plain, `${what}: buttons with the browser's default look`).toEqual([]);
}

/** Every enabled button on the page (outside dialogs) is inside the viewport once scrolled to, and is what a tap at its centre hits. */
async function expectButtonsReachable(page: Page, what: string): Promise<void> {
  for (const button of await page.locator('main button:visible').all()) {
    if (await button.isDisabled()) continue;
    await button.scrollIntoViewIfNeeded();
    const where = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { left: r.left, right: r.right, hit: !!top && (top === el || el.contains(top)), text: el.textContent?.trim() };
    });
    const width = page.viewportSize()!.width;
    expect(where.left, `${what}: ${where.text} left edge`).toBeGreaterThanOrEqual(0);
    expect(where.right, `${what}: ${where.text} right edge`).toBeLessThanOrEqual(width);
    expect(where.hit, `${what}: ${where.text} is covered`).toBe(true);
  }
}

async function judgeWhole(page: Page, size: Size, name: string): Promise<void> {
  await judgePage(page, size, name);
  await expectStyledButtons(page, `${name} (${size.name})`);
  await expectButtonsReachable(page, `${name} (${size.name})`);
}

/** judgeDialog, and the dialog's buttons have the app's look too. */
async function judgeOpenDialog(page: Page, dialog: Locator, size: Size, name: string): Promise<void> {
  await judgeDialog(page, dialog, size, name);
  await expectStyledButtons(page, `${name} (${size.name})`);
}

/** Presses Copy in the secret dialog and returns what landed on the clipboard. */
async function copySecret(page: Page, dialog: Locator, size: Size): Promise<string> {
  await press(dialog.getByRole('button', { name: 'Copy', exact: true }), size);
  await dialog.getByText('Copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^whsec_/);
  expect(await dialog.getByTestId('webhook-secret').inputValue()).toBe(copied);
  return copied;
}

/** Page errors, less the 400s the form was meant to get (a refused URL is one). */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e));

/** How many times `text` appears in the page's visible text. */
const occurrences = async (page: Page, text: string) => (await page.locator('body').innerText()).split(text).length - 1;

describe('webhooks and notifications in the web app, by click and by tap', { timeout: 180_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true', WEBHOOK_ALLOW_PRIVATE: 'true', NOTIFY_INTERVAL_MS: '200' });
  const received: Received[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

  for (const size of SIZES) {
    it(`${size.name}: add, copy the secret, test, read the log, verify, edit, roll, delete; the bell and notifications`, async () => {
      const tab = await openTabAt(stage.browser, stage.server, size);
      const { page } = tab;
      const owner = await anOwner(page);
      const hookUrl = `${base}/${size.name}/hook`;
      const fromHere = (path: string) => received.filter((r) => r.path === path);

      await page.goto('/settings/webhooks');
      await heading(page, 'Webhooks').waitFor();
      await page.getByText('No webhook endpoints yet.').waitFor();
      await judgeWhole(page, size, 'webhooks-empty');

      // Add: the form speaks in words, next to the field, once.
      await press(page.getByRole('button', { name: 'Add endpoint' }), size);
      const form = page.getByRole('dialog', { name: 'Add webhook endpoint' });
      await form.waitFor();
      await press(form.getByRole('button', { name: 'Add endpoint' }), size);
      await form.getByText("Enter the endpoint's URL").waitFor();
      const url = form.getByLabel('Endpoint URL');
      expect(await url.getAttribute('aria-invalid')).toBe('true');
      await url.fill('https://keyward-test.invalid/hook');
      await press(form.getByRole('button', { name: 'Add endpoint' }), size);
      const unresolved = 'The host name in this URL does not resolve';
      await form.getByText(unresolved).waitFor();
      expect(await occurrences(page, unresolved)).toBe(1);
      expect(await page.locator('body').innerText()).not.toMatch(/url is refused|\/url/);
      // The message sits in the URL field, under the input.
      expect(
        await form
          .locator('.field', { has: page.getByLabel('Endpoint URL') })
          .getByText(unresolved)
          .count(),
      ).toBe(1);
      await judgeOpenDialog(page, form, size, 'webhooks-add-error');

      await url.fill(hookUrl);
      await press(form.getByText('A key was rolled'), size);
      await press(form.getByRole('button', { name: 'Add endpoint' }), size);

      // The signing secret, once, with Copy.
      const reveal = page.getByRole('dialog', { name: 'Endpoint added: its signing secret' });
      await reveal.waitFor();
      await judgeOpenDialog(page, reveal, size, 'webhooks-secret');
      const secret = await copySecret(page, reveal, size);
      await press(reveal.getByRole('button', { name: 'Done' }), size);
      await reveal.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(secret);

      const card = page.locator('li.webhook-card').filter({ has: page.getByRole('heading', { name: hookUrl }) });
      await card.waitFor();
      expect(await card.getByRole('list', { name: 'Events sent' }).innerText()).toContain('key.rolled');
      await judgeWhole(page, size, 'webhooks-endpoint');

      // A test event: its result in place, the log entry with a local time, a signature the secret verifies.
      await press(card.getByRole('button', { name: 'Send test event' }), size);
      const result = card.getByTestId('test-result');
      await expect.poll(() => result.innerText(), { timeout: 20_000 }).toMatch(/Delivered — the endpoint answered HTTP 200 in \d+ ms/);
      const first = fromHere(`/${size.name}/hook`);
      expect(first).toHaveLength(1);
      expect(signedBy(secret, first[0])?.type).toBe('webhook.test');
      const row = card.locator('tbody tr').first();
      expect(await row.locator('td[data-label="Event"]').innerText()).toBe('Test event');
      expect(await row.locator('td[data-label="Status"]').innerText()).toBe('Delivered');
      expect(await row.locator('td[data-label="Response"]').innerText()).toMatch(/^HTTP 200 in \d+ ms$/);
      const time = row.locator('td[data-label="Time"] time');
      expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await time.getAttribute('title')).toBeTruthy();
      expect(await time.innerText()).not.toMatch(/UTC|T\d{2}:/);
      await judgeWhole(page, size, 'webhooks-tested');

      // The log refreshes by itself: a test sent from elsewhere (the API) shows up without a click.
      const id = (await (await page.request.get('/api/webhooks')).json()).data[0].id as string;
      expect((await page.request.post(`/api/webhooks/${id}/test`, { headers: { 'x-csrf-token': owner.csrf } })).status()).toBe(202);
      await expect.poll(() => card.locator('tbody tr').count(), { timeout: 25_000 }).toBe(2);

      // Edit: a new URL and one event fewer.
      const newUrl = `${base}/${size.name}/hook-v2`;
      await press(card.getByRole('button', { name: 'Edit' }), size);
      const edit = page.getByRole('dialog', { name: 'Edit webhook endpoint' });
      await edit.waitFor();
      expect(await edit.getByLabel('Endpoint URL').inputValue()).toBe(hookUrl);
      await edit.getByLabel('Endpoint URL').fill(newUrl);
      await press(edit.getByText('A key has expired'), size);
      await judgeOpenDialog(page, edit, size, 'webhooks-edit');
      await press(edit.getByRole('button', { name: 'Save changes' }), size);
      await edit.waitFor({ state: 'detached' });
      const edited = page.locator('li.webhook-card').filter({ has: page.getByRole('heading', { name: newUrl }) });
      await edited.waitFor();
      const saved = (await (await page.request.get(`/api/webhooks/${id}`)).json()) as { url: string; events: string[] };
      expect(saved.url).toBe(newUrl);
      expect(saved.events).not.toContain('key.expired');
      expect(saved.events).toContain('key.rolled');

      // Roll the secret: asked first, then the new one once; the next delivery is signed with it only.
      await press(edited.getByRole('button', { name: 'Roll secret' }), size);
      const confirmRoll = page.getByRole('alertdialog', { name: 'Roll signing secret' });
      await judgeOpenDialog(page, confirmRoll, size, 'webhooks-roll');
      await press(confirmRoll.getByRole('button', { name: 'Roll secret' }), size);
      const rolled = page.getByRole('dialog', { name: 'New signing secret' });
      await rolled.waitFor();
      await judgeOpenDialog(page, rolled, size, 'webhooks-rolled-secret');
      const newSecret = await copySecret(page, rolled, size);
      expect(newSecret).not.toBe(secret);
      await press(rolled.getByRole('button', { name: 'Done' }), size);
      await rolled.waitFor({ state: 'detached' });
      await press(edited.getByRole('button', { name: 'Send test event' }), size);
      await expect.poll(() => fromHere(`/${size.name}/hook-v2`).length, { timeout: 20_000 }).toBe(1);
      const afterRoll = fromHere(`/${size.name}/hook-v2`)[0];
      expect(signedBy(newSecret, afterRoll)?.type).toBe('webhook.test');
      expect(signedBy(secret, afterRoll)).toBeNull();
      await expect.poll(() => edited.getByTestId('test-result').innerText(), { timeout: 20_000 }).toContain('Delivered');

      // Delete, after a confirmation that names the URL.
      await press(edited.getByRole('button', { name: 'Delete' }), size);
      const confirmDelete = page.getByRole('alertdialog', { name: 'Delete webhook endpoint' });
      await confirmDelete.getByText(newUrl).waitFor();
      await judgeOpenDialog(page, confirmDelete, size, 'webhooks-delete');
      await press(confirmDelete.getByRole('button', { name: 'Delete endpoint' }), size);
      await confirmDelete.waitFor({ state: 'detached' });
      await page.getByText('No webhook endpoints yet.').waitFor();
      expect((await (await page.request.get('/api/webhooks')).json()).data).toEqual([]);

      // Notifications: a rolled key (its message holds a time) and a leaked one; the bell counts them.
      const headers = { 'x-csrf-token': owner.csrf };
      const key = (await (await page.request.post('/api/keys', { headers, data: { name: 'Laptop', expires_in_days: 30 } })).json()) as {
        id: string;
        key: string;
      };
      const roll = await page.request.post(`/api/keys/${key.id}/roll`, { headers, data: {} });
      expect(roll.status(), await roll.text()).toBe(201);
      const oldExpiry = (await roll.json()).previous.expires_at as string;
      const leaked = (await (await page.request.post('/api/keys', { headers, data: { name: 'Backup', expires_in_days: 30 } })).json()).key as string;
      expect((await page.request.post('/api/keys/revoke-leaked', { data: { keys: [leaked] } })).status()).toBe(202);
      const unread = (await (await page.request.get('/api/notifications')).json()).unread_count as number;
      expect(unread).toBeGreaterThanOrEqual(2);

      await page.goto('/contacts');
      const bell = page.getByRole('link', { name: `Notifications, ${unread} unread` });
      await bell.waitFor();
      const icon = bell.locator('svg');
      const iconBox = (await icon.boundingBox())!;
      expect(iconBox.width).toBeGreaterThanOrEqual(16);
      expect(await bell.innerText()).toBe(String(unread));
      const bellBox = (await bell.boundingBox())!;
      expect(bellBox.width).toBeGreaterThanOrEqual(44);
      expect(bellBox.x).toBeGreaterThanOrEqual(0);
      expect(bellBox.x + bellBox.width).toBeLessThanOrEqual(size.options.viewport.width);
      await press(bell, size);
      await heading(page, 'Notifications').waitFor();
      const rolledNote = page.locator('li.notification-card').filter({ hasText: 'was rolled' });
      await rolledNote.waitFor();
      // The time in the message is local, its UTC instant in the <time> element.
      expect(await rolledNote.innerText()).not.toContain('UTC');
      expect(await rolledNote.locator('.notification-message time').getAttribute('datetime')).toBe(oldExpiry.replace(/\.\d{3}Z$/, '.000Z'));
      expect(await rolledNote.locator('.notification-meta time').getAttribute('title')).toBeTruthy();
      await page.getByText('reported as leaked').waitFor();
      expect(await page.content()).not.toContain(leaked);
      await judgeWhole(page, size, 'notifications');

      await press(rolledNote.getByRole('button', { name: 'Mark read' }), size);
      await page.getByRole('link', { name: `Notifications, ${unread - 1} unread` }).waitFor();
      await press(page.getByRole('button', { name: 'Mark all read' }), size);
      await page.getByRole('link', { name: 'Notifications, 0 unread' }).waitFor();
      // the bell refreshes when the call ends, the page's list when its own reload does
      await expect.poll(() => page.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
      const pref = page.getByLabel('A key was rolled');
      expect(await pref.isChecked()).toBe(false);
      await press(pref, size);
      await expect.poll(async () => (await (await page.request.get('/api/me/notification-preferences')).json()).email['key.rolled']).toBe(true);
      await judgeWhole(page, size, 'notifications-read');

      expect(tab.dialogs).toEqual([]);
      expect(unexpected(tab.errors)).toEqual([]);
      await tab.context.close();
    });
  }
});

describe('a webhook URL refused for its private address', { timeout: 90_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('says so next to the field, once, and names WEBHOOK_ALLOW_PRIVATE', async () => {
    const size = SIZES[1];
    const tab = await openTabAt(stage.browser, stage.server, size);
    const { page } = tab;
    await anOwner(page);
    await page.goto('/settings/webhooks');
    await heading(page, 'Webhooks').waitFor();
    await press(page.getByRole('button', { name: 'Add endpoint' }), size);
    const form = page.getByRole('dialog', { name: 'Add webhook endpoint' });
    const url = form.getByLabel('Endpoint URL');
    await url.fill('http://127.0.0.1:9/hook');
    await press(form.getByRole('button', { name: 'Add endpoint' }), size);
    const message = form.locator('.field', { has: page.getByLabel('Endpoint URL') }).locator('.field-error');
    await message.waitFor();
    const text = await message.innerText();
    expect(text).toMatch(/private address/);
    expect(text).toContain('WEBHOOK_ALLOW_PRIVATE');
    expect(await occurrences(page, 'WEBHOOK_ALLOW_PRIVATE')).toBe(1);
    expect(await form.getByRole('alert').count()).toBe(0);
    await judgeOpenDialog(page, form, size, 'webhooks-private-refused');
    expect((await (await page.request.get('/api/webhooks')).json()).data).toEqual([]);
    expect(unexpected(tab.errors)).toEqual([]);
    await tab.context.close();
  });
});
