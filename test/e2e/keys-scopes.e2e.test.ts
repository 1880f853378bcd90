import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIZES, openTabAt } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { PASSWORD, addUserByApi, anOwner, callApi, cell, closeReveal, dialog, heading, hintOf, keyRow, readRevealedKey, rowAction, signIn } from './ui.js';

const [DESKTOP, PHONE] = SIZES;

/** Scopes when creating a key, effective permissions in the list and on the key's page, and the audit log naming keys. */
describe('key permissions, the key page and the audit log', { timeout: 90_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('creates a restricted key; list, detail page and audit log show what it can do, its roll chain and events', async () => {
    const { context, page, errors } = await openTabAt(stage.browser, stage.server, DESKTOP);
    const owner = await anOwner(page, 'Olga Owner');
    await page.goto('/settings/api-keys');

    // "Custom" offers the contacts levels the owner's role holds and each management permission as an opt-in.
    await page.getByRole('button', { name: 'New API Key' }).click();
    const form = dialog(page, 'New API Key');
    await form.getByLabel('Name').fill('Read-only export');
    expect(await form.getByRole('radio', { name: 'Full access (same as my role)' }).isChecked()).toBe(true);
    expect(await form.getByText(/^It can read contacts, create and edit contacts, delete contacts:/).count()).toBe(1);
    expect(await form.getByText(/Full access does not include managing API keys, members or the audit log/).count()).toBe(1);
    await form.getByRole('radio', { name: 'Custom' }).click();
    const levels = form.getByRole('group', { name: 'Contacts' }).locator('label');
    expect(await levels.allTextContents()).toEqual(['None', 'Read', 'Read and write', 'Read, write and delete']);
    expect(await form.getByRole('radio', { name: 'Read', exact: true }).isChecked()).toBe(true);
    const boxes = form.getByRole('group', { name: 'Management (off unless you tick it)' }).getByRole('checkbox');
    // keys:own, keys:admin, users:manage, audit:read and keys:verify: an owner holds all five.
    expect(await boxes.count()).toBe(5);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    const key = await readRevealedKey(page);
    await closeReveal(page);

    expect((await callApi(stage.server, key)).status).toBe(200);
    expect((await callApi(stage.server, key, { method: 'POST', body: { name: 'Nope' } })).status).toBe(403);
    const row = keyRow(page, hintOf(key));
    expect(await cell(row, 'Can').textContent()).toBe('contacts: readcustom');

    // Roll it (1 hour grace), then open the old key's page from its link.
    await rowAction(page, row, 'Roll');
    await dialog(page, 'Roll API key').getByRole('radio', { name: 'In 1 hour' }).check();
    await dialog(page, 'Roll API key').getByRole('button', { name: 'Roll key' }).click();
    const rolled = await readRevealedKey(page);
    await closeReveal(page);
    await cell(keyRow(page, hintOf(rolled)), 'Can')
      .getByText('contacts: read')
      .waitFor();
    await keyRow(page, hintOf(key)).getByRole('link', { name: 'Read-only export', exact: true }).click();
    await heading(page, '“Read-only export”').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/settings\/api-keys\/key_/);
    const details = page.getByRole('definition');
    expect(await page.getByRole('list', { name: 'Permissions' }).getByRole('listitem').allTextContents()).toEqual(['Read contacts']);
    expect(await details.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(hintOf(key)), expect.stringContaining('Olga Owner')]));
    const chain = page.getByRole('list', { name: 'Roll chain, oldest first' }).getByRole('listitem');
    await expect.poll(() => chain.count()).toBe(2);
    expect(await chain.nth(0).textContent()).toContain('(this key)');
    expect(await chain.nth(1).getByRole('link').textContent()).toBe(`“Read-only export” ${hintOf(rolled)}`);
    const events = page.getByRole('list', { name: 'Audit events for this key' }).getByRole('listitem');
    // (#17's key.new_ip lands with the last-used batch, at a moment of its own: left out of the order checked here.)
    const lifecycle = async () => (await events.allTextContents()).filter((t) => !t.includes('Used from a new address'));
    await expect.poll(lifecycle).toEqual([expect.stringContaining('Key rolled'), expect.stringContaining('Key created')]);

    // The rolled key's page: its creation by the roll is in its activity.
    await chain.nth(1).getByRole('link').click();
    await page.getByText(`${hintOf(rolled)} (the rest is never shown again)`).waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Audit events for this key' }).textContent()).toContain('Key created by a roll');

    // The audit log names keys with name and hint, links them, and filters by key and by actor.
    await page.getByRole('link', { name: 'Open in the audit log' }).click();
    await heading(page, 'Audit log').waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await cell(page.locator('tbody tr').first(), 'Target').getByRole('link').textContent()).toBe(`“Read-only export” ${hintOf(rolled)}`);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('tbody').textContent()).not.toMatch(/key_[0-9A-Za-z]/);
    const keyOption = await page
      .getByLabel('Key')
      .locator('option', { hasText: `Read-only export (${hintOf(key)})` })
      .getAttribute('value');
    // The key's first use from a new address is recorded with the last-used batch (LAST_USED_FLUSH_MS): a page
    // read before that batch rightly shows two events. Wait for it (as the API shows it), then filter.
    const newAddress = async () => {
      const r = await page.request.get(`/api/audit?target=${keyOption}&action=key.new_ip`);
      return ((await r.json()) as { data: unknown[] }).data.length;
    };
    await expect.poll(newAddress, { timeout: 15_000 }).toBe(1);
    await page.getByLabel('Key').selectOption(keyOption!);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3); // created, rolled, and the first use from a new address
    for (const r of await page.locator('tbody tr').all()) expect(await cell(r, 'Target').textContent()).toBe(`key “Read-only export” ${hintOf(key)}`);

    const member = await aMember(page, owner.csrf, 'Mo Member');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.reload();
    await heading(page, 'Audit log').waitFor();
    await page.getByLabel('Actor').selectOption({ label: 'Mo Member' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect
      .poll(() => page.locator('tbody tr').allTextContents())
      .toSatisfy((rows: string[]) => rows.length > 0 && rows.every((r) => r.includes('Mo Member')));
    expect(await page.locator('tbody tr td[data-label="Action"]').allTextContents()).toContain('Signed in user.login');
    await member.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a viewer is told their key is read-only and can only restrict to what they hold (phone)', async () => {
    const owner = await openTabAt(stage.browser, stage.server, DESKTOP);
    const o = await anOwner(owner.page);
    const email = await addUserByApi(owner.page, o, 'Vera Viewer', 'viewer');

    const { context, page, errors } = await openTabAt(stage.browser, stage.server, PHONE);
    await signIn(page, email);
    await page.goto('/settings/api-keys');
    await page.getByRole('button', { name: 'Create your first key' }).tap();
    const form = dialog(page, 'New API Key');
    await form.getByLabel('Name').fill('Dashboard');
    expect(await form.getByText(/^It can read contacts: what your role \(viewer\) allows/).count()).toBe(1);
    await form.getByRole('radio', { name: 'Custom' }).tap();
    expect(await form.getByRole('group', { name: 'Contacts' }).locator('label').allTextContents()).toEqual(['None', 'Read']);
    expect(await form.getByRole('group', { name: 'Management (off unless you tick it)' }).getByRole('checkbox').count()).toBe(1);
    await form.getByRole('radio', { name: 'Full access (same as my role)' }).tap();
    await form.getByRole('button', { name: 'Create', exact: true }).tap();
    const key = await readRevealedKey(page);
    await closeReveal(page);
    expect(await cell(keyRow(page, hintOf(key)), 'Can').textContent()).toBe('contacts: readfull access');
    expect(errors).toEqual([]);
    await context.close();
    await owner.context.close();
  });
});

/** A member who signs in once (a `user.login` event by them). */
async function aMember(page: Page, csrf: string, name: string) {
  const email = await addUserByApi(page, { csrf }, name, 'member');
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const res = await context.request.post('/auth/login', { data: { email, password: PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  return context;
}
