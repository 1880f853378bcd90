import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIZES, type Size, expectReachable, judgePage, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { type Owner, anOwner, callApi, dialog, hintOf, keyRow, navigateFromHome, rowMenu, copyRevealedKey } from './ui.js';

/**
 * The help article's "click Revoke", done as a person does: the row's "⋯" menu opened and its items chosen by
 * a real tap on a 390 px touch phone and a real click at 1280×800 — with exactly one key (the last row is the
 * first row) and with a page of many (the menu of the bottom row). Every control of each open menu is checked
 * to be inside the viewport and to be what the browser hits at its centre.
 */
describe('row actions by touch and by click', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  for (const size of SIZES) {
    it(`rolls and then revokes the only key (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      await anOwner(page);
      await navigateFromHome(page, 'API Keys');
      const key = await createByPress(page, size, 'Only key');
      await rollAndRevoke(page, size, key, 'only-key');
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });

    it(`rolls and then revokes the key in the bottom row of many (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      const owner = await anOwner(page);
      const first = await createByApi(page, owner, 'Oldest key');
      for (let i = 1; i <= 11; i++) await createByApi(page, owner, `Integration ${i}`);
      await page.goto('/settings/api-keys');
      await keyRow(page, hintOf(first)).waitFor();
      // Newest first: the oldest key is the last row, at the bottom of the page.
      expect(await page.locator('tbody tr').last().getAttribute('data-key-id')).toBe(await keyRow(page, hintOf(first)).getAttribute('data-key-id'));
      await rollAndRevoke(page, size, first, 'many-keys');
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }
});

async function rollAndRevoke(page: Page, size: Size, key: string, shot: string): Promise<void> {
  // Roll, from the row's menu.
  await press(rowMenu(keyRow(page, hintOf(key))), size);
  const menu = page.getByRole('menu');
  await menu.waitFor();
  await expectReachable(page, `${shot} row menu (${size.name})`, menu);
  await judgePage(page, size, `${shot}-row-menu`);
  await press(menu.getByRole('menuitem', { name: 'Roll', exact: true }), size);
  const roll = dialog(page, 'Roll API key');
  await press(roll.getByRole('button', { name: 'Roll key' }), size);
  const rolled = await copyRevealedKey(page, size);
  expect((await callApi(stageUrl(page), rolled)).status).toBe(200);

  // Revoke the old key, from its row's menu: refused at once.
  await press(rowMenu(keyRow(page, hintOf(key))), size);
  await expectReachable(page, `${shot} row menu after roll (${size.name})`, page.getByRole('menu'));
  await press(page.getByRole('menu').getByRole('menuitem', { name: 'Revoke', exact: true }), size);
  const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
  await press(confirm.getByRole('button', { name: 'Revoke key' }), size);
  await confirm.waitFor({ state: 'detached' });
  expect((await callApi(stageUrl(page), key)).json().code).toBe('revoked_api_key');
  expect((await callApi(stageUrl(page), rolled)).status).toBe(200);
}

/** callApi wants a server: the page's own origin is the server. */
const stageUrl = (page: Page) => ({ url: new URL(page.url()).origin, output: () => '', stop: async () => {} });

async function createByPress(page: Page, size: Size, name: string): Promise<string> {
  await press(page.getByRole('button', { name: 'New API Key' }), size);
  const form = dialog(page, 'New API Key');
  await form.getByLabel('Name').fill(name);
  await press(form.getByRole('button', { name: 'Create', exact: true }), size);
  return copyRevealedKey(page, size);
}

async function createByApi(page: Page, owner: Owner, name: string): Promise<string> {
  const res = await page.request.post('/api/keys', { headers: { 'x-csrf-token': owner.csrf }, data: { name, expires_in_days: 90 } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).key;
}
