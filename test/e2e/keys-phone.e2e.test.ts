import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIZES, type Size, expectNoSideScroll, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { KEY_SHAPE, anOwner, callApi, cell, dialog, heading, hintOf, keyRow, navigateTo, readRevealedKey, rowMenu } from './ui.js';

const run = promisify(execFile);
const PHONE = SIZES[1];

/** The help article on a 390 px touch phone, and the reveal dialog's guard on both screens. */
describe('API keys on a phone', { timeout: 90_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('walks the help article by touch: create, copy, use, revoke, roll', async () => {
    const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, PHONE);
    await anOwner(page, 'Olga Owner');
    await page.goto('/contacts');
    await heading(page, 'Contacts').waitFor();
    await navigateTo(page, 'API Keys');
    await heading(page, 'API Keys').waitFor();
    await expectNoSideScroll(page, 'keys page');

    // Create.
    const key = await createByTouch(page, 'CRM Integration');
    const reveal = dialog(page, 'Your new API key');

    // Copy: the button reads "Copied ✓" and nothing moves.
    const copy = reveal.getByRole('button', { name: 'Copy', exact: true });
    const field = reveal.getByRole('textbox', { name: /^Your new API key/ });
    const before = await boxes(copy, field, reveal);
    await press(copy, PHONE);
    await reveal.getByRole('button', { name: 'Copied ✓', exact: true }).waitFor();
    expect(await boxes(reveal.getByRole('button', { name: 'Copied ✓', exact: true }), field, reveal)).toEqual(before);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // Use: the ready-to-paste curl line holds the real key and this server's address; run it.
    const curlLine = await reveal.getByRole('textbox', { name: 'Try it: list your contacts with curl' }).inputValue();
    expect(curlLine).toBe(`curl -H "X-API-Key: ${key}" ${stage.server.url}/api/contacts`);
    await press(reveal.getByRole('button', { name: 'Copy curl command' }), PHONE);
    await reveal.getByRole('button', { name: 'Copied curl command ✓' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(curlLine);
    const [, header, url] = /^curl -H "([^"]+)" (\S+)$/.exec(curlLine) ?? [];
    const { stdout } = await run('curl', ['-sS', '-w', '\n%{http_code}', '-H', header, url]);
    expect(stdout.trim().split('\n').at(-1)).toBe('200');
    expect(JSON.parse(stdout.trim().split('\n').slice(0, -1).join('\n'))).toHaveProperty('data');
    await expectNoSideScroll(page, 'reveal dialog');
    // Copied, so Done closes at once.
    await press(reveal.getByRole('button', { name: 'Done' }), PHONE);
    await reveal.waitFor({ state: 'detached' });

    // Revoke, from the card's "⋯" menu: refused at once, and the card says when and by whom.
    const row = keyRow(page, hintOf(key));
    await press(rowMenu(row), PHONE);
    await press(page.getByRole('menuitem', { name: 'Revoke' }), PHONE);
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
    await press(confirm.getByRole('button', { name: 'Revoke key' }), PHONE);
    await confirm.waitFor({ state: 'detached' });
    expect((await callApi(stage.server, key)).json().code).toBe('revoked_api_key');
    await expect.poll(() => cell(row, 'Expiry').textContent()).toMatch(/^Revoked .+ by Olga Owner$/);
    await expectNoSideScroll(page, 'after revoke');

    // Roll: the dialog says when the new key expires; both keys work during the grace period.
    const old = await createByTouch(page, 'Billing sync');
    await press(dialog(page, 'Your new API key').getByRole('button', { name: 'Copy', exact: true }), PHONE);
    await press(dialog(page, 'Your new API key').getByRole('button', { name: 'Done' }), PHONE);
    await press(rowMenu(keyRow(page, hintOf(old))), PHONE);
    await press(page.getByRole('menuitem', { name: 'Roll' }), PHONE);
    const roll = dialog(page, 'Roll API key');
    expect(await roll.locator('#roll-expiry').textContent()).toMatch(/^The new key expires on .+ \(90 days from now/);
    await press(roll.getByRole('radio', { name: 'In 1 hour' }), PHONE);
    await press(roll.getByRole('button', { name: 'Roll key' }), PHONE);
    await dialog(page, 'Your rolled API key').waitFor();
    const rolled = await readRevealedKey(page);
    await press(dialog(page, 'Your rolled API key').getByRole('button', { name: 'Copy', exact: true }), PHONE);
    await press(dialog(page, 'Your rolled API key').getByRole('button', { name: 'Done' }), PHONE);
    expect((await callApi(stage.server, old)).status).toBe(200);
    expect((await callApi(stage.server, rolled)).status).toBe(200);
    await expect.poll(() => cell(keyRow(page, hintOf(rolled)), 'Name').textContent()).toBe(`Billing syncReplaces “Billing sync” ${hintOf(old)}`);
    await expectNoSideScroll(page, 'after roll');

    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  for (const size of SIZES) {
    it(`asks "Did you save this key?" on Escape, Done and the backdrop until Copy is used (${size.name})`, async () => {
      const { context, page, errors } = await openTabAt(stage.browser, stage.server, size);
      await anOwner(page);
      await page.goto('/settings/api-keys');
      const key = await createByTouch(page, 'Guarded', size);
      const reveal = dialog(page, 'Your new API key');
      const question = reveal.getByText('Did you save this key?');
      const backToKey = reveal.getByRole('button', { name: 'Go back to the key' });

      for (const close of ['Escape', 'Done', 'backdrop'] as const) {
        if (close === 'Escape') await page.keyboard.press('Escape');
        else if (close === 'Done') await press(reveal.getByRole('button', { name: 'Done' }), size);
        else if (size.name === 'phone') await page.touchscreen.tap(4, 4);
        else await page.mouse.click(4, 4);
        await question.waitFor();
        expect(await reveal.isVisible(), close).toBe(true);
        await press(backToKey, size);
        await question.waitFor({ state: 'detached' });
      }
      expect(await readRevealedKey(page)).toBe(key);

      await press(reveal.getByRole('button', { name: 'Copy', exact: true }), size);
      await reveal.getByRole('button', { name: 'Copied ✓', exact: true }).waitFor();
      await page.keyboard.press('Escape');
      await reveal.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

async function createByTouch(page: Page, name: string, size: Size = PHONE): Promise<string> {
  await press(page.getByRole('button', { name: 'New API Key' }), size);
  const form = dialog(page, 'New API Key');
  await form.getByLabel('Name').fill(name);
  await press(form.getByRole('button', { name: 'Create', exact: true }), size);
  const key = await readRevealedKey(page);
  expect(key).toMatch(KEY_SHAPE);
  return key;
}

const boxes = (...locators: Locator[]) => Promise.all(locators.map((l) => l.boundingBox()));
