import { describe, expect, it } from 'vitest';
import { openTab, useServerAndBrowser } from './support.js';
import {
  anOwnersKeyInUi,
  anOwnersTab,
  callApi,
  cell,
  closeReveal,
  createKeyInUi,
  hintOf,
  keyRow,
  openKeysPage,
  readRevealedKey,
  rowAction,
  rowActions,
} from './ui.js';

/** Revoke and roll from Settings → API Keys, checked against the real API with the keys themselves. */
describe('Settings → API Keys: revoke and roll', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('revokes a key after a confirmation naming it; its next call gets 401 revoked_api_key and the row shows Revoked', async () => {
    const { context, page, dialogs, errors } = await anOwnersTab(stage);
    await openKeysPage(page);
    const key = await createKeyInUi(page, 'Website Widget');
    await closeReveal(page);
    expect((await callApi(stage.server, key)).status).toBe(200);

    const row = keyRow(page, hintOf(key));
    await rowAction(page, row, 'Revoke');
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('“Website Widget”');
    expect(await confirm.textContent()).toContain(hintOf(key));
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'detached' });

    const after = await callApi(stage.server, key);
    expect(after.status).toBe(401);
    expect(after.json().code).toBe('revoked_api_key');
    await expect.poll(() => cell(row, 'Status').textContent()).toContain('Revoked');
    expect(await cell(row, 'Expiry').textContent()).toMatch(/^Revoked .+ by Olga Owner$/);
    expect(await rowActions(page, row)).toEqual(['View details', 'Usage']);

    // The status filter asks the server for revoked keys only.
    await page.getByLabel('Status').selectOption('revoked');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await keyRow(page, hintOf(key)).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rolls a key with a 1 hour grace period: both keys work and the list links them', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    const oldKey = await anOwnersKeyInUi(page, 'Billing sync', '30');

    await rowAction(page, keyRow(page, hintOf(oldKey)), 'Roll');
    const roll = page.getByRole('dialog', { name: 'Roll API key' });
    // The new key gets the old one's 30-day lifetime, and the dialog says so.
    expect(await roll.locator('#roll-expiry').textContent()).toMatch(/The new key expires on .+ \(30 days from now/);
    expect(await roll.getByLabel('In 24 hours (default)').isChecked()).toBe(true);
    await roll.getByLabel('In 1 hour').check();
    await roll.getByRole('button', { name: 'Roll key' }).click();
    await page.getByRole('dialog', { name: 'Your rolled API key' }).waitFor();
    const newKey = await readRevealedKey(page);
    expect(newKey).not.toBe(oldKey);
    await closeReveal(page);

    expect((await callApi(stage.server, oldKey)).status).toBe(200);
    expect((await callApi(stage.server, newKey)).status).toBe(200);

    const oldRow = keyRow(page, hintOf(oldKey));
    const newRow = keyRow(page, hintOf(newKey));
    await newRow.waitFor();
    // Linked rows read by name and hint, never by id.
    await expect.poll(() => cell(newRow, 'Name').textContent()).toBe(`Billing syncReplaces “Billing sync” ${hintOf(oldKey)}`);
    await expect.poll(() => cell(oldRow, 'Name').textContent()).toBe(`Billing syncReplaced by “Billing sync” ${hintOf(newKey)}`);
    expect(await page.locator('tbody').textContent()).not.toContain('key_');
    expect(await cell(oldRow, 'Status').textContent()).toContain('Active');
    const oldExpiry = await cell(oldRow, 'Expiry').locator('time').getAttribute('datetime');
    const graceLeft = Date.parse(oldExpiry ?? '') - Date.now();
    expect(graceLeft).toBeGreaterThan(55 * 60_000);
    expect(graceLeft).toBeLessThanOrEqual(60 * 60_000);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renames a key; the key itself keeps working', async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    const key = await anOwnersKeyInUi(page, 'Old name');
    const row = keyRow(page, hintOf(key));
    await rowAction(page, row, 'Rename');
    const rename = page.getByRole('dialog', { name: 'Rename API key' });
    await rename.getByLabel('Name').fill('Warehouse sync');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await rename.waitFor({ state: 'detached' });
    await expect.poll(() => cell(row, 'Name').textContent()).toBe('Warehouse sync');
    expect((await callApi(stage.server, key)).status).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
