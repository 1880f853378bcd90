import { describe, expect, it } from 'vitest';
import { SIZES, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { anOwner, callApi, dialog, heading, hintOf, keyRow, copyRevealedKey } from './ui.js';

/**
 * The key page as the home of a key, at both sizes by real taps and clicks: reached from the list, it holds
 * the details, the usage chart, the allowlist, the roll chain and the activity, and renames, rolls and
 * revokes the key in place. Its forms speak to people: errors in words next to their field, once, naming
 * the line; a warning before an allowlist shuts out the address in use; busy states that end.
 */
describe('the key page', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  for (const size of SIZES) {
    it(`holds everything about a key and acts on it (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      const owner = await anOwner(page);
      const res = await page.request.post('/api/keys', { headers: { 'x-csrf-token': owner.csrf }, data: { name: 'Billing sync', expires_in_days: 90 } });
      const { key } = await res.json();
      expect((await callApi(stage.server, key)).status).toBe(200);

      await page.goto('/settings/api-keys');
      await press(keyRow(page, hintOf(key)).getByRole('link', { name: 'Billing sync' }), size);
      await heading(page, '“Billing sync”').waitFor();
      for (const section of ['Usage', 'Allowed IP addresses', 'Roll chain', 'Activity']) await page.getByRole('heading', { level: 2, name: section }).waitFor();
      await page.getByRole('list', { name: 'Audit events for this key' }).waitFor();
      await judgePage(page, size, 'key-home');

      // The allowlist: an error in words, next to the field, once, naming the line.
      const allowlist = page.getByRole('textbox', { name: 'Allowed IP addresses' });
      const save = page.getByRole('button', { name: 'Save allowlist' });
      await allowlist.fill('127.0.0.1\n10.0.0.300');
      await press(save, size);
      const lineError = 'Line 2: 10.0.0.300 is not an IP address or CIDR range (e.g. 203.0.113.7 or 203.0.113.0/24).';
      await page.getByText(lineError, { exact: true }).waitFor();
      expect(await page.getByText(/10\.0\.0\.300/).count()).toBe(1);
      expect(await page.getByText(/allowed_ips/).count()).toBe(0);
      expect(await allowlist.getAttribute('aria-invalid')).toBe('true');
      expect(await save.isEnabled()).toBe(true);

      // A list without the address in use warns before saving; saving ends the busy state.
      await allowlist.fill('203.0.113.0/24');
      expect(await page.getByTestId('allowlist-lockout').textContent()).toContain('You are using this app from 127.0.0.1');
      await allowlist.fill('127.0.0.1\n::1');
      expect(await page.getByTestId('allowlist-lockout').count()).toBe(0);
      await press(save, size);
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      expect(await save.textContent()).toBe('Save allowlist');
      expect(await save.isEnabled()).toBe(true);
      expect(await page.getByTestId('allowlist-summary').textContent()).toBe('This key works only from: 127.0.0.1, ::1');
      expect((await callApi(stage.server, key)).status).toBe(200);

      // Rename in place: spaces alone are refused in a sentence; the length limit says so.
      await press(page.getByRole('button', { name: 'Rename', exact: true }), size);
      const rename = dialog(page, 'Rename API key');
      const name = rename.getByRole('textbox', { name: 'Name' });
      await name.fill('   ');
      await press(rename.getByRole('button', { name: 'Save name' }), size);
      await rename.getByText('Enter a name: spaces alone are not a name.').waitFor();
      await judgeDialog(page, rename, size, 'rename-key-error');
      await name.fill('');
      await name.pressSequentially('x'.repeat(105));
      expect((await name.inputValue()).length).toBe(100);
      await rename.getByText(/100 of 100 characters: that is the limit\./).waitFor();
      await name.fill('Billing sync v2');
      await press(rename.getByRole('button', { name: 'Save name' }), size);
      await heading(page, '“Billing sync v2”').waitFor();

      // Roll in place: the reveal, then the chain links both keys.
      await press(page.getByRole('button', { name: 'Roll', exact: true }), size);
      const roll = dialog(page, 'Roll API key');
      expect(await roll.locator('#roll-grace').textContent()).toMatch(/^Both keys work for the next 24 hours/);
      await press(roll.getByRole('radio', { name: 'Immediately' }), size);
      expect(await roll.locator('#roll-grace').textContent()).toMatch(/^The old key stops working as soon as the new one is created/);
      await press(roll.getByRole('radio', { name: 'In 1 hour' }), size);
      await press(roll.getByRole('button', { name: 'Roll key' }), size);
      const rolled = await copyRevealedKey(page, size);
      await expect.poll(() => page.getByRole('list', { name: 'Roll chain, oldest first' }).getByRole('listitem').count()).toBe(2);

      // Revoke in place: refused at once; the page says so.
      await press(page.getByRole('button', { name: 'Revoke', exact: true }), size);
      const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
      await press(confirm.getByRole('button', { name: 'Revoke key' }), size);
      await confirm.waitFor({ state: 'detached' });
      expect((await callApi(stage.server, key)).json().code).toBe('revoked_api_key');
      expect((await callApi(stage.server, rolled)).status).toBe(200);
      await expect.poll(() => page.locator('.key-subtitle').textContent()).toContain('Revoked');
      expect(await page.getByRole('button', { name: 'Revoke', exact: true }).count()).toBe(0);
      await judgePage(page, size, 'key-home-revoked');
      // The one 400 the browser logs is the refused allowlist above, on purpose.
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }
});
