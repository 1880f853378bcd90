import { describe, expect, it } from 'vitest';
import { openTab, useServerAndBrowser } from './support.js';
import { PASSWORD, anOwner, cell, dialog, heading, hintOf, keyRow, rowActions, signIn, uniqueEmail } from './ui.js';

/** Contacts, the audit log, everyone's keys for admins, and logging out. */
describe('workspace pages', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('adds, searches, edits and deletes contacts', async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    await anOwner(page);
    await page.goto('/contacts');
    for (const [name, company] of [
      ['Grace Hopper', 'Navy'],
      ['Alan Turing', 'Bletchley'],
    ]) {
      await page.getByRole('button', { name: 'Add contact' }).click();
      const add = dialog(page, 'Add contact');
      await add.getByLabel('Name').fill(name);
      await add.getByLabel('Company').fill(company);
      await add.getByLabel('Tags').fill('vip, history');
      await add.getByRole('button', { name: 'Add contact' }).click();
      await add.waitFor({ state: 'detached' });
    }
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);

    await page.getByRole('searchbox').fill('bletch');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await cell(rows.first(), 'Name').textContent()).toBe('Alan Turing');

    await rows.first().getByRole('button', { name: 'Edit Alan Turing' }).click();
    const edit = dialog(page, 'Edit Alan Turing');
    await edit.getByLabel('Email').fill('alan@example.test');
    await edit.getByRole('button', { name: 'Save contact' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => cell(rows.first(), 'Email').textContent()).toBe('alan@example.test');

    await rows.first().getByRole('button', { name: 'Delete Alan Turing' }).click();
    await page.getByRole('alertdialog', { name: 'Delete contact' }).getByRole('button', { name: 'Delete contact' }).click();
    await page.getByText('No contacts match “bletch”.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows an admin everyone's keys with their owners, and the audit log with filters", async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    const owner = await anOwner(page);
    const email = uniqueEmail('member');
    const headers = { 'x-csrf-token': owner.csrf };
    expect((await page.request.post('/api/users', { headers, data: { email, name: 'Max Member', password: PASSWORD, role: 'member' } })).status()).toBe(201);
    const member = await openTab(stage.browser, stage.server);
    await signIn(member.page, email);
    const res = await member.page.request.post('/api/keys', {
      headers: { 'x-csrf-token': (await (await member.page.request.get('/auth/session')).json()).csrf_token },
      data: { name: 'Max laptop', expires_in_days: 30 },
    });
    const memberKey = (await res.json()).key as string;

    await page.goto('/settings/api-keys');
    // The filter defaults to Active, with counts; the empty state offers the button.
    await page.getByText('No active keys.').waitFor();
    // The counts arrive by their own request, after the list.
    await expect.poll(() => page.getByLabel('Status').locator('option:checked').textContent()).toBe('Active (0)');
    await page.getByRole('button', { name: 'Create your first key' }).click();
    await page.getByRole('dialog', { name: 'New API Key' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel("Show everyone's keys").check();
    const row = keyRow(page, hintOf(memberKey));
    await row.waitFor();
    expect(await page.getByRole('columnheader', { name: 'Owner' }).count()).toBe(1);
    expect(await cell(row, 'Owner').textContent()).toBe(`Max Member${email}`);
    expect(await rowActions(page, row)).toEqual(['View details', 'Usage', 'Revoke']);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await heading(page, 'Audit log').waitFor();
    const created = page.locator('tbody tr').filter({ hasText: 'key.created' });
    await created.first().waitFor();
    await expect.poll(() => cell(created.first(), 'Actor').textContent()).toBe('user Max Member');
    expect(await cell(created.first(), 'IP').textContent()).toBe('127.0.0.1');
    expect(await cell(created.first(), 'Time').locator('time').getAttribute('title')).not.toMatch(/Z$/);
    await page.getByLabel('Action').fill('user.created');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect
      .poll(() => page.locator('tbody tr').allTextContents())
      .toSatisfy((rows: string[]) => rows.length > 0 && rows.every((r) => r.includes('user.created')));

    // Log out from the user menu: back to the sign-in page, and the session is gone server-side.
    await page.getByRole('button', { name: /Olga Owner/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await heading(page, 'Sign in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await page.request.get('/auth/session')).status()).toBe(401);
    expect(errors).toEqual([]);
    expect(member.errors).toEqual([]);
    await member.context.close();
    await context.close();
  });
});
