import { describe, expect, it } from 'vitest';
import { SIZES, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { openTab, useServerAndBrowser } from './support.js';
import {
  PASSWORD,
  anOwner,
  anOwnersTab,
  callApi,
  cell,
  closeReveal,
  createKeyInUi,
  dialog,
  heading,
  hintOf,
  keyRow,
  readRevealedKey,
  rowAction,
  signIn,
  uniqueEmail,
} from './ui.js';

/** Settings → Members, and keys inheriting their owner's role at request time. */
describe('Settings → Members', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('adds a viewer, whose own key can read contacts (200) but not create them (403)', async () => {
    const owner = await anOwnersTab(stage);
    await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await heading(owner.page, 'Members').waitFor();

    const email = uniqueEmail('viewer');
    await owner.page.getByRole('button', { name: 'Add member' }).click();
    const add = dialog(owner.page, 'Add member');
    await add.getByLabel('Name').fill('Vera Viewer');
    await add.getByLabel('Email').fill(email);
    await add.getByLabel('Role').selectOption('viewer');
    await add.getByLabel('Initial password').fill(PASSWORD);
    await add.getByRole('button', { name: 'Add member' }).click();
    await add.waitFor({ state: 'detached' });
    const row = owner.page.locator('tbody tr').filter({ hasText: email });
    await row.waitFor();
    expect(await cell(row, 'Role').textContent()).toBe('Viewer');
    expect(await cell(row, 'Status').textContent()).toBe('Active');

    // The viewer, in a browser context of their own.
    const viewer = await openTab(stage.browser, stage.server);
    await signIn(viewer.page, email);
    const nav = viewer.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Members' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await viewer.page.getByRole('button', { name: 'Add contact' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'API Keys' }).click();
    await heading(viewer.page, 'API Keys').waitFor();
    expect(await viewer.page.getByLabel("Show everyone's keys").count()).toBe(0);
    const key = await createKeyInUi(viewer.page, 'Reporting');
    await closeReveal(viewer.page);

    const read = await callApi(stage.server, key);
    expect(read.status, read.text).toBe(200);
    const write = await callApi(stage.server, key, { method: 'POST', body: { name: 'Not allowed' } });
    expect(write.status, write.text).toBe(403);
    expect(write.json().code).toBe('insufficient_permission');

    for (const tab of [owner, viewer]) {
      expect(tab.dialogs).toEqual([]);
      expect(tab.errors).toEqual([]);
      await tab.context.close();
    }
  });

  it('changes a role and disables a member after confirming', async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    const me = await anOwner(page);
    const email = uniqueEmail('member');
    const created = await page.request.post('/api/users', {
      headers: { 'x-csrf-token': me.csrf },
      data: { email, name: 'Max Member', password: PASSWORD, role: 'member' },
    });
    expect(created.status()).toBe(201);
    await page.goto('/settings/members');
    const row = page.locator('tbody tr').filter({ hasText: email });

    await row.getByRole('button', { name: 'Change role of Max Member' }).click();
    const change = dialog(page, 'Change role of Max Member');
    await change.getByLabel('Role').selectOption('admin');
    await change.getByRole('button', { name: 'Save role' }).click();
    await change.waitFor({ state: 'detached' });
    await expect.poll(() => cell(row, 'Role').textContent()).toBe('Admin');

    await row.getByRole('button', { name: 'Disable Max Member' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable Max Member?' });
    await confirm.getByRole('button', { name: 'Disable' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => cell(row, 'Status').textContent()).toBe('Disabled');
    await row.getByRole('button', { name: 'Enable Max Member' }).click();
    await expect.poll(() => cell(row, 'Status').textContent()).toBe('Active');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const size of SIZES) {
    it(`adds a service account and creates, rolls and revokes its key from its page (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      await anOwner(page);
      await page.goto('/settings/members');
      await heading(page, 'Members').waitFor();
      await press(page.getByRole('button', { name: 'Add service account' }), size);
      const add = dialog(page, 'Add service account');
      await judgeDialog(page, add, size, 'add-service-account');
      await add.getByLabel('Name').fill('Billing sync');
      await add.getByLabel('Role').selectOption('member');
      await press(add.getByRole('button', { name: 'Add service account' }), size);
      await add.waitFor({ state: 'detached' });
      const row = page.locator('tbody tr').filter({ hasText: 'Billing sync' });
      await row.waitFor();
      expect(await cell(row, 'Name').textContent()).toBe('Billing sync Service account');
      expect(await cell(row, 'Email').textContent()).toBe('None');
      await judgePage(page, size, 'members-with-service-account');

      await press(row.getByRole('button', { name: 'Keys of Billing sync' }), size);
      await heading(page, 'Billing sync').waitFor();
      await page.getByRole('button', { name: 'Create its first key' }).waitFor();
      await judgePage(page, size, 'service-account');
      await press(page.getByRole('button', { name: 'New API Key' }), size);
      const form = dialog(page, 'New API Key for Billing sync');
      await judgeDialog(page, form, size, 'new-service-account-key');
      await form.getByLabel('Name').fill('Invoices');
      await press(form.getByRole('button', { name: 'Create', exact: true }), size);
      const key = await readRevealedKey(page);
      await closeReveal(page);
      expect((await callApi(stage.server, key)).status).toBe(200);
      expect((await callApi(stage.server, key, { method: 'POST', body: { name: 'From the bot' } })).status).toBe(201);

      await rowAction(page, keyRow(page, hintOf(key)), 'Roll');
      const roll = dialog(page, 'Roll API key');
      await roll.getByLabel('Immediately').check();
      await press(roll.getByRole('button', { name: 'Roll key' }), size);
      const rolled = await readRevealedKey(page);
      await closeReveal(page);
      expect((await callApi(stage.server, rolled)).status).toBe(200);
      expect((await callApi(stage.server, key)).status).toBe(401);

      await rowAction(page, keyRow(page, hintOf(rolled)), 'Revoke');
      const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
      await press(confirm.getByRole('button', { name: 'Revoke key' }), size);
      await confirm.waitFor({ state: 'detached' });
      await expect.poll(async () => (await callApi(stage.server, rolled)).json().code).toBe('revoked_api_key');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
