import { describe, expect, it } from 'vitest';
import { openTab, useServerAndBrowser } from './support.js';
import { KEY_SHAPE, anOwner, callApi, cell, closeReveal, createKeyInUi, focused, hintOf, keyRow, rowAction, rowMenu, tabTo } from './ui.js';

/** User text is never HTML, and the keys page works with the keyboard alone. */
describe('Settings → API Keys: safety and keyboard', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('shows a key named <img src=x onerror=alert(1)> as text, and no dialog fires', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    const name = '<img src=x onerror=alert(1)>';
    await anOwner(page, name);
    await page.goto('/settings/api-keys');
    const key = await createKeyInUi(page, name);
    expect(await page.getByRole('dialog', { name: 'Your new API key' }).getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    await closeReveal(page);

    const row = keyRow(page, hintOf(key));
    await row.waitFor();
    expect(await cell(row, 'Name').textContent()).toBe(name);
    expect(await page.locator('img').count()).toBe(0);
    // The owner's name (also user text) in the user menu, and the confirmation that names the key.
    expect(await page.locator('.user-button').textContent()).toContain(name);
    await rowAction(page, row, 'Revoke');
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
    expect(await confirm.textContent()).toContain(`“${name}”`);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    // A round trip through the server after rendering gives a broken <img> time to fire its handler.
    expect((await page.request.get('/api/keys')).status()).toBe(200);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates and revokes a key with the keyboard only', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    await anOwner(page);
    await page.goto('/settings/api-keys');

    // Tab to "New API Key": the focus ring is visible.
    const newKey = page.getByRole('button', { name: 'New API Key' });
    await tabTo(page, newKey);
    expect(await newKey.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');

    // The dialog opens with the focus on Name; Tab walks Name → Expiry → Permissions → Cancel → Create.
    await page.getByRole('dialog', { name: 'New API Key' }).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'input', inDialog: true });
    await page.keyboard.type('Keyboard only');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select' });
    await page.keyboard.press('Tab');
    expect(await page.getByRole('radio', { name: 'Full access (same as my role)' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Cancel' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Create' });
    // Focus is trapped in the modal: past the last control it may visit the browser's own UI (the
    // page's <body> from in here), never the page behind, and comes back to the dialog's first control.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toSatisfy((f: { inDialog: boolean; tag?: string }) => f.inDialog || f.tag === 'body');
    await tabTo(page, page.getByRole('dialog').getByLabel('Name'), 2);
    expect(await focused(page)).toMatchObject({ tag: 'input', inDialog: true });
    await tabTo(page, page.getByRole('button', { name: 'Create', exact: true }), 5);
    await page.keyboard.press('Enter');

    // The reveal opens with the focus on Copy. Escape before copying asks "Did you save this key?"
    // (focus on "Go back to the key"); Tab, Enter on "I saved it, close" closes it, focus back on "New API Key".
    const reveal = page.getByRole('dialog', { name: 'Your new API key' });
    await reveal.waitFor();
    expect(await focused(page)).toMatchObject({ text: 'Copy' });
    const key = await reveal.getByRole('textbox', { name: /^Your new API key/ }).inputValue();
    expect(key).toMatch(KEY_SHAPE);
    await page.keyboard.press('Escape');
    await reveal.getByText('Did you save this key?').waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ text: 'Go back to the key', inDialog: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'I saved it, close' });
    await page.keyboard.press('Enter');
    await reveal.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ text: 'New API Key' });

    // Tab to this key's "⋯" menu: Space opens it on its first item, arrows move, Escape closes it
    // with the focus back on the button.
    const row = keyRow(page, hintOf(key));
    await row.waitFor();
    const menuButton = rowMenu(row);
    await tabTo(page, menuButton);
    await page.keyboard.press('Space');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page)).toMatchObject({ text: 'View details' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ text: 'Usage' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ text: 'Rename' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatchObject({ text: 'Revoke' });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ label: `Actions for Keyboard only (${hintOf(key)})` });
    // Enter opens it again; End, Enter picks Revoke: the confirmation opens with Cancel focused.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
    await confirm.waitFor();
    expect(await focused(page)).toMatchObject({ text: 'Cancel', inDialog: true });
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ label: `Actions for Keyboard only (${hintOf(key)})` });
    // Enter on the focused button (a keyboard press, addressed to the button so a late re-render cannot eat it).
    await menuButton.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: 'Revoke key' });
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });

    await expect.poll(() => cell(row, 'Status').textContent()).toContain('Revoked');
    expect((await callApi(stage.server, key)).json().code).toBe('revoked_api_key');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
