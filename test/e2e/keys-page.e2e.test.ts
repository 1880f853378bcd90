import type { Browser, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTab, useServerAndBrowser } from './support.js';
import { KEY_SHAPE, PASSWORD, callApi, cell, closeReveal, createKeyInUi, dialog, heading, hintOf, keyRow, openKeysPage, uniqueEmail } from './ui.js';

/** The help article's promise, end to end: first run → Settings → API Keys → a key that works → "Last used". */
describe('Settings → API Keys: the article path', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser();

  it('sets up the owner, creates "CRM Integration" for 90 days, uses it, and shows Last used without ever showing the key again', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stage.server.url });

    // First run: the "create the owner account" page.
    await page.goto('/');
    await heading(page, 'Create the owner account').waitFor();
    await page.getByLabel('Workspace name').fill('Acme Inc.');
    await page.getByLabel('Your name').fill('Olga Owner');
    await page.getByLabel('Email').fill(uniqueEmail('owner'));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create owner account' }).click();
    await heading(page, 'Contacts').waitFor();

    // 1. Go to Settings → API Keys; 2. click "New API Key"; 3. name and expiry (90 days is the default).
    await openKeysPage(page);
    await page.getByRole('button', { name: 'New API Key' }).click();
    const form = dialog(page, 'New API Key');
    await form.getByLabel('Name').fill('CRM Integration');
    expect(await form.getByLabel('Expiry', { exact: true }).inputValue()).toBe('90');
    // 4. Click Create.
    await form.getByRole('button', { name: 'Create', exact: true }).click();

    // 5. Copy the key: shown once, in a read-only field, with a Copy button.
    const reveal = page.getByRole('dialog', { name: 'Your new API key' });
    await reveal.waitFor();
    const afterReveal: Promise<string>[] = [];
    page.on('response', (r: Response) => afterReveal.push(r.text().catch(() => '')));
    const field = reveal.getByRole('textbox', { name: /^Your new API key/ });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const key = await field.inputValue();
    expect(key).toMatch(KEY_SHAPE);
    expect(await reveal.textContent()).toContain("it's only shown once");
    await reveal.getByRole('button', { name: 'Copy', exact: true }).click();
    await reveal.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await closeReveal(page);

    // Using the key: the X-API-Key header, from an integration (Node's fetch, not the browser).
    const used = await callApi(stage.server, key);
    expect(used.status, used.text).toBe(200);
    expect(used.json().data).toEqual([]);

    // Last used is flushed in batches (every second): wait for the API to report it, then reload.
    await expect
      .poll(
        async () => {
          const list = await (await page.request.get('/api/keys')).json();
          return list.data.find((k: { hint: string }) => k.hint === hintOf(key))?.last_used_at ?? null;
        },
        { timeout: 10_000, interval: 250 },
      )
      .not.toBeNull();
    await page.reload();
    await heading(page, 'API Keys').waitFor();

    const row = keyRow(page, hintOf(key));
    await row.waitFor();
    expect(await cell(row, 'Name').textContent()).toBe('CRM Integration');
    expect((await cell(row, 'Last used').textContent())?.trim()).not.toBe('never');
    // Tooltips give the local date and time with its zone, not a raw UTC ISO string.
    const tooltip = await cell(row, 'Last used').locator('time').getAttribute('title');
    expect(tooltip).toContain(String(new Date().getFullYear()));
    expect(tooltip).not.toMatch(/\dT\d|Z$/);
    expect(tooltip).toMatch(/\(\d\d:\d\d:\d\d UTC, \d{4}-\d\d-\d\d\)$/);
    expect(await cell(row, 'Created').textContent()).toMatch(/\d{1,2}:\d\d/);
    expect(await cell(row, 'Expiry').textContent()).toBe('expires in 90 days');
    expect(await cell(row, 'Status').textContent()).toContain('Active');
    const expiry = await cell(row, 'Expiry').locator('time').getAttribute('datetime');
    const days = (Date.parse(expiry ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    // The plaintext is nowhere: not in the page, not in any response since the reveal.
    expect(await page.content()).not.toContain(key);
    const bodies = await Promise.all(afterReveal);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toContain(key);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
