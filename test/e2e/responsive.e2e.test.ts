import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIZES, type Size, expectAccessible, expectReachable, judgeDialog, judgePage, openTabAt, press, shoot } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { PASSWORD, type Owner, anOwner, dialog, heading, keyRow, readRevealedKey, signIn, uniqueEmail } from './ui.js';

/**
 * Every page and every dialog at 1280×800 and on a 390×844 touch phone: no sideways scroll, dialogs
 * inside the viewport with every button clickable, axe-core clean, a screenshot of each in test-results/.
 */
describe('every screen at both sizes', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('signed-out pages: first-run setup and sign-in', async () => {
    for (const size of SIZES) {
      const { context, page, errors } = await openTabAt(stage.browser, stage.server, size);
      await page.goto('/');
      await heading(page, 'Create the owner account').waitFor();
      await judgePage(page, size, 'first-page');
      await page.goto('/login');
      expect(errors).toEqual([]);
      await context.close();
    }
    const { context, page } = await openTabAt(stage.browser, stage.server, SIZES[0]);
    const owner = await anOwner(page);
    for (const size of SIZES) {
      const tab = await openTabAt(stage.browser, stage.server, size);
      await tab.page.goto('/');
      await heading(tab.page, 'Sign in').waitFor();
      await judgePage(tab.page, size, 'sign-in');
      await signIn(tab.page, owner.email);
      await tab.context.close();
    }
    await context.close();
  });

  for (const size of SIZES) {
    it(`signed-in pages and their dialogs (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      const owner = await anOwner(page, 'Olga Owner');
      await seed(page, owner);

      await page.goto('/contacts');
      await page.locator('tbody tr').nth(2).waitFor();
      await judgePage(page, size, 'contacts');
      // The top bar's own menus: the user menu, and on a phone the navigation drawer behind "Menu".
      await press(page.getByRole('button', { name: 'Olga Owner' }), size);
      await page.getByRole('button', { name: 'Log out' }).waitFor();
      await expectReachable(page, `user menu (${size.name})`, page.locator('.user-popover'));
      await press(page.getByRole('button', { name: 'Olga Owner' }), size);
      const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
      expect(await menuButton.isVisible()).toBe(size.name === 'phone');
      if (size.name === 'phone') {
        await press(menuButton, size);
        const drawer = page.locator('#sidebar');
        await drawer.getByRole('link', { name: 'API Keys' }).waitFor();
        await expectReachable(page, 'navigation drawer (phone)', drawer);
        await expectAccessible(page, 'navigation drawer (phone)');
        await shoot(page, size, 'navigation-drawer');
        await press(menuButton, size);
        await drawer.waitFor({ state: 'hidden' });
      }
      await checkButtonDialogs(page, size, [
        ['Add contact', 'add-contact'],
        ['Edit Alan Turing', 'edit-contact'],
        ['Delete Alan Turing', 'delete-contact', 'Delete contact'],
      ]);

      await page.goto('/settings/members');
      await page.locator('tbody tr').nth(3).waitFor();
      await judgePage(page, size, 'members');
      await checkButtonDialogs(page, size, [
        ['Add member', 'add-member'],
        ['Change role of Mo Member', 'change-role'],
        ['Disable Mo Member', 'disable-member', 'Disable Mo Member?'],
      ]);

      await page.goto('/settings/api-keys');
      const crm = keyRow(page, 'ak_live_').filter({ hasText: 'CRM Integration' });
      await crm.waitFor();
      await judgePage(page, size, 'keys');
      const menu = crm.getByRole('button', { name: /^Actions for CRM Integration/ });
      await press(menu, size);
      await page.getByRole('menu').waitFor();
      await judgePage(page, size, 'keys-row-menu');
      await page.keyboard.press('Escape');
      await checkDialog(page, size, page.getByRole('button', { name: 'New API Key' }), dialog(page, 'New API Key'), 'new-key', async (d) => {
        await press(d.getByRole('radio', { name: 'Custom' }), size);
        await d.getByRole('group', { name: 'Management (off unless you tick it)' }).waitFor();
      });
      for (const action of ['Rename', 'Roll', 'Revoke'] as const) {
        await press(menu, size);
        const target = action === 'Revoke' ? page.getByRole('alertdialog', { name: 'Revoke API key' }) : dialog(page, `${action} API key`);
        await checkDialog(page, size, page.getByRole('menuitem', { name: action }), target, `${action.toLowerCase()}-key`);
      }

      // The reveal dialog and its "Did you save this key?" question.
      await press(page.getByRole('button', { name: 'New API Key' }), size);
      await dialog(page, 'New API Key').getByLabel('Name').fill('Phone check');
      await press(dialog(page, 'New API Key').getByRole('button', { name: 'Create', exact: true }), size);
      await readRevealedKey(page);
      const reveal = dialog(page, 'Your new API key');
      await judgeDialog(page, reveal, size, 'reveal-key');
      await press(reveal.getByRole('button', { name: 'Done' }), size);
      await reveal.getByText('Did you save this key?').waitFor();
      await judgeDialog(page, reveal, size, 'reveal-key-confirm');
      await press(reveal.getByRole('button', { name: 'I saved it, close' }), size);
      await reveal.waitFor({ state: 'detached' });

      await press(
        keyRow(page, 'ak_live_')
          .filter({ hasText: 'CRM Integration' })
          .getByRole('link', { name: /CRM Integration/ })
          .first(),
        size,
      );
      await heading(page, '“CRM Integration”').waitFor();
      await page.getByRole('list', { name: 'Audit events for this key' }).waitFor();
      await judgePage(page, size, 'key-detail');

      await page.goto('/audit');
      await page.locator('tbody tr').nth(3).waitFor();
      await judgePage(page, size, 'audit');

      await page.goto('/no-such-page');
      await heading(page, 'Page not found').waitFor();
      await judgePage(page, size, 'not-found');

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }
});

/** Opens a dialog with a real click or tap, judges it (after `prepare`), and closes it with its Cancel button. */
async function checkDialog(
  page: Page,
  size: Size,
  opener: ReturnType<Page['getByRole']>,
  target: ReturnType<Page['getByRole']>,
  name: string,
  prepare?: (d: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<void> {
  await press(opener, size);
  await target.waitFor();
  await prepare?.(target);
  await judgeDialog(page, target, size, name);
  await press(target.getByRole('button', { name: 'Cancel' }), size);
  await target.waitFor({ state: 'detached' });
}

/**
 * `checkDialog` for dialogs opened by a button: each row names the button, the screenshot, and for a
 * confirmation the alert dialog's title (a form dialog is titled like its button).
 */
async function checkButtonDialogs(page: Page, size: Size, rows: [button: string, shot: string, alert?: string][]): Promise<void> {
  for (const [button, shot, alert] of rows) {
    const target = alert === undefined ? dialog(page, button) : page.getByRole('alertdialog', { name: alert });
    await checkDialog(page, size, page.getByRole('button', { name: button }), target, shot);
  }
}

/** Contacts, members and keys enough to fill each page: a rolled pair, a revoked key, one without expiry. */
async function seed(page: Page, owner: Owner): Promise<void> {
  const post = async (path: string, data?: unknown) => {
    const res = await page.request.post(path, { headers: { 'x-csrf-token': owner.csrf }, data });
    expect(res.status(), await res.text()).toBeLessThan(300);
    return res.json();
  };
  for (const [name, company] of [
    ['Alan Turing', 'Bletchley Park'],
    ['Grace Hopper', 'US Navy'],
    ['Katherine Johnson', 'NASA Langley Research Center'],
  ]) {
    await post('/api/contacts', {
      name,
      company,
      email: `${name.split(' ')[0].toLowerCase()}@example.test`,
      phone: '+44 20 7946 0958',
      tags: ['vip', 'newsletter'],
    });
  }
  for (const [name, role] of [
    ['Ada Admin', 'admin'],
    ['Mo Member', 'member'],
    ['Vera Viewer', 'viewer'],
  ]) {
    await post('/api/users', { email: uniqueEmail(role), name, password: PASSWORD, role });
  }
  await post('/api/keys', { name: 'CRM Integration', expires_in_days: 90 });
  const zapier = await post('/api/keys', { name: 'Zapier', expires_in_days: 30, restriction: ['contacts:read'] });
  await post(`/api/keys/${zapier.id}/roll`, { grace_seconds: 3600 });
  const legacy = await post('/api/keys', { name: 'Legacy importer with a rather long descriptive name', expires_in_days: 60 });
  await post(`/api/keys/${legacy.id}/revoke`);
  await post('/api/keys', { name: 'Nightly backup' });
}
