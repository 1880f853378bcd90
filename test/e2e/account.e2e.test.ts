import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { useInProcessServerAndBrowser } from './in-process.js';
import { SIZES, type Size, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import {
  KEY_SHAPE,
  PASSWORD,
  addUserByApi,
  anOwner,
  closeReveal,
  dialog,
  heading,
  memberMenuItem,
  navigateTo,
  openHome,
  openKeysPage,
  readRevealedKey,
  signIn,
} from './ui.js';

/** Settings → Account and the sign-in steps (two-factor, a forced new password, re-authentication), by real clicks and taps at both sizes. */

const NEW_PASSWORD = 'a much longer passphrase 2026';

/** The code an authenticator app shows for `secret` at `atMs` (RFC 6238: SHA-1, 6 digits, 30 s). */
const totp = (secret: string, atMs: number) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: atMs });

async function openAccount(page: Page): Promise<void> {
  await navigateTo(page, 'Account');
  await heading(page, 'Account').waitFor();
}

async function logOut(page: Page, size: Size): Promise<void> {
  await press(page.locator('.user-button'), size);
  await press(page.getByRole('button', { name: 'Log out' }), size);
  await heading(page, 'Sign in').waitFor();
}

/** The sign-in form up to its first step (no waiting for Contacts). */
async function submitSignIn(page: Page, size: Size, email: string, password: string): Promise<void> {
  await page.goto('/');
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await press(page.getByRole('button', { name: 'Sign in' }), size);
}

describe('Settings → Account', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  for (const size of SIZES) {
    it(`changes the password; the old one no longer signs in (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      const owner = await anOwner(page);
      // A second browser signed in as the same owner: its session ends with the change.
      const other = await openTabAt(stage.browser, stage.server, size);
      await signIn(other.page, owner.email);

      await openHome(page);
      await openAccount(page);
      await page.getByRole('listitem').filter({ hasText: 'This browser' }).waitFor();
      await judgePage(page, size, 'account');

      // A mismatched confirmation is caught in the form, next to its field.
      await page.getByLabel('Current password').fill(PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Confirm new password').fill(`${NEW_PASSWORD}!`);
      await press(page.getByRole('button', { name: 'Change password' }), size);
      await page.getByText('The two new passwords are not the same.').waitFor();

      await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
      await press(page.getByRole('button', { name: 'Change password' }), size);
      await page.getByRole('status').filter({ hasText: 'Password changed; 1 other session was signed out.' }).waitFor();

      // The old password no longer signs in; the new one does.
      const fresh = await openTabAt(stage.browser, stage.server, size);
      await submitSignIn(fresh.page, size, owner.email, PASSWORD);
      await fresh.page.getByRole('alert').waitFor();
      expect(await heading(fresh.page, 'Sign in').isVisible()).toBe(true);
      await fresh.page.getByLabel('Password').fill(NEW_PASSWORD);
      await press(fresh.page.getByRole('button', { name: 'Sign in' }), size);
      await heading(fresh.page, 'Contacts').waitFor();

      // The other browser was signed out.
      await other.page.reload();
      await heading(other.page, 'Sign in').waitFor();

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      for (const t of [context, other.context, fresh.context]) await t.close();
    });

    it(`enrols in two-factor sign-in, then signs in with a code and with a recovery code once (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      const owner = await anOwner(page);
      await openHome(page);
      await openAccount(page);
      await press(page.getByRole('button', { name: 'Turn on two-factor sign-in' }), size);
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      const secret = (await page.getByLabel('Two-factor secret key').textContent())!.trim();
      expect(secret).toMatch(/^[A-Z2-7]+=*$/);
      await judgePage(page, size, 'account-two-factor-enrol');

      // A wrong code is answered next to the field.
      const wrong = totp(secret, Date.now()) === '000000' ? '111111' : '000000';
      await page.getByLabel('Authentication code').fill(wrong);
      await press(page.getByRole('button', { name: 'Turn on two-factor sign-in' }), size);
      await page.locator('.field-error').waitFor();

      const enabledAt = Date.now();
      await page.getByLabel('Authentication code').fill(totp(secret, enabledAt));
      await press(page.getByRole('button', { name: 'Turn on two-factor sign-in' }), size);
      const list = page.getByRole('list', { name: 'Recovery codes' });
      await list.waitFor();
      const codes = (await list.getByRole('listitem').allTextContents()).map((c) => c.trim());
      expect(codes).toHaveLength(10);
      for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      await press(page.getByRole('button', { name: 'Copy' }), size);
      await page.getByRole('button', { name: 'Copied ✓' }).waitFor();
      expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')).toEqual(codes);
      await press(page.getByRole('button', { name: 'I saved them' }), size);
      await page.getByText('Two-factor sign-in is on.').waitFor();
      await page.getByText('10 recovery codes left.').waitFor();

      // Password, then the code of the next 30-second step (the one just used works only once).
      await logOut(page, size);
      await submitSignIn(page, size, owner.email, PASSWORD);
      await heading(page, 'Two-factor sign-in').waitFor();
      await judgePage(page, size, 'sign-in-two-factor');
      await page.getByLabel('Authentication code').fill(totp(secret, enabledAt + 30_000));
      await press(page.getByRole('button', { name: 'Verify' }), size);
      await heading(page, 'Contacts').waitFor();

      // A recovery code signs in once.
      for (const attempt of ['first', 'again']) {
        await logOut(page, size);
        await submitSignIn(page, size, owner.email, PASSWORD);
        await heading(page, 'Two-factor sign-in').waitFor();
        await page.getByLabel('Authentication code').fill(codes[0]);
        await press(page.getByRole('button', { name: 'Verify' }), size);
        if (attempt === 'first') {
          await heading(page, 'Contacts').waitFor();
        } else {
          await page.locator('.field-error').waitFor();
          expect(await heading(page, 'Two-factor sign-in').isVisible()).toBe(true);
          await page.getByLabel('Authentication code').fill(codes[1]);
          await press(page.getByRole('button', { name: 'Verify' }), size);
          await heading(page, 'Contacts').waitFor();
        }
      }
      await openAccount(page);
      await page.getByText('8 recovery codes left.').waitFor();

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });

    it(`an owner resets a member's password; the member must choose a new one; sessions are ended one, all, or by the owner (${size.name})`, async () => {
      const owner = await openTabAt(stage.browser, stage.server, size);
      const me = await anOwner(owner.page);
      const email = await addUserByApi(owner.page, me, 'Mia Member', 'member');

      // The member, signed in in three browsers.
      const [a, b, c] = [
        await openTabAt(stage.browser, stage.server, size),
        await openTabAt(stage.browser, stage.server, size),
        await openTabAt(stage.browser, stage.server, size),
      ];
      for (const t of [a, b, c]) await signIn(t.page, email);
      await openAccount(a.page);
      const others = a.page
        .getByRole('listitem')
        .filter({ hasNot: a.page.getByText('This browser') })
        .filter({ has: a.page.getByRole('button', { name: /^Sign out / }) });
      await expect.poll(() => others.count()).toBe(2);
      await press(others.first().getByRole('button', { name: /^Sign out / }), size);
      await a.page.getByText('Signed out that session.').waitFor();
      await expect.poll(() => others.count()).toBe(1);
      await press(a.page.getByRole('button', { name: 'Sign out all other sessions' }), size);
      await a.page.getByText('Signed out 1 other session.').waitFor();
      await expect.poll(() => others.count()).toBe(0);
      for (const t of [b, c]) {
        await t.page.reload();
        await heading(t.page, 'Sign in').waitFor();
      }

      // The owner resets the password: a temporary one, shown once.
      const row = await memberMenuItem(owner.page, size, email, 'Mia Member', 'Reset password');
      const ask = owner.page.getByRole('alertdialog', { name: "Reset Mia Member's password?" });
      await judgeDialog(owner.page, ask, size, 'member-reset-password');
      await press(ask.getByRole('button', { name: 'Reset password' }), size);
      const shown = dialog(owner.page, 'Temporary password');
      await shown.waitFor();
      const temporary = await shown.getByLabel(`Temporary password for ${email}`).inputValue();
      expect(temporary.length).toBeGreaterThanOrEqual(12);
      await judgeDialog(owner.page, shown, size, 'member-temporary-password');
      await press(shown.getByRole('button', { name: 'Copy' }), size);
      expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);
      await press(shown.getByRole('button', { name: 'Done' }), size);
      await shown.waitFor({ state: 'detached' });
      await owner.page.getByText("Mia Member's password was reset; they were signed out everywhere.").waitFor();

      // The member's last browser is signed out; the temporary password leads to "Choose a new password".
      await a.page.reload();
      await heading(a.page, 'Sign in').waitFor();
      await submitSignIn(a.page, size, email, temporary);
      await heading(a.page, 'Choose a new password').waitFor();
      await judgePage(a.page, size, 'sign-in-new-password');
      await a.page.getByLabel('Temporary password').fill(temporary);
      await a.page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await a.page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
      await press(a.page.getByRole('button', { name: 'Set new password' }), size);
      await heading(a.page, 'Contacts').waitFor();

      // "Sign out everywhere" from the owner ends it again.
      await press(row.getByRole('button', { name: 'More actions for Mia Member' }), size);
      await press(owner.page.getByRole('menu').getByRole('menuitem', { name: 'Sign out everywhere' }), size);
      const end = owner.page.getByRole('alertdialog', { name: 'Sign Mia Member out everywhere?' });
      await press(end.getByRole('button', { name: 'Sign out everywhere' }), size);
      await end.waitFor({ state: 'detached' });
      await owner.page.getByText('Mia Member was signed out of 1 session.').waitFor();
      await a.page.reload();
      await heading(a.page, 'Sign in').waitFor();

      for (const t of [owner, a, b, c]) {
        expect(t.errors).toEqual([]);
        expect(t.dialogs).toEqual([]);
        await t.context.close();
      }
    });

    it(`the workspace policy makes an owner enrol at sign-in before anything else (${size.name})`, async () => {
      const setup = await openTabAt(stage.browser, stage.server, size);
      const me = await anOwner(setup.page);
      const policy = await setup.page.request.patch('/api/workspace', { headers: { 'x-csrf-token': me.csrf }, data: { require_two_factor: true } });
      expect(policy.status(), await policy.text()).toBe(200);
      await setup.context.close();

      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      await submitSignIn(page, size, me.email, PASSWORD);
      await heading(page, 'Set up two-factor sign-in').waitFor();
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
      await judgePage(page, size, 'sign-in-enrol');
      // Nothing else answers meanwhile.
      const blocked = await page.request.get('/api/contacts');
      expect(blocked.status()).toBe(403);
      expect((await blocked.json()).code).toBe('two_factor_enrolment_required');

      const secret = (await page.getByLabel('Two-factor secret key').textContent())!.trim();
      await page.getByLabel('Authentication code').fill(totp(secret, Date.now()));
      await press(page.getByRole('button', { name: 'Turn on two-factor sign-in' }), size);
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      await judgePage(page, size, 'sign-in-recovery-codes');
      await press(page.getByRole('button', { name: 'I saved them' }), size);
      await heading(page, 'Contacts').waitFor();

      await openAccount(page);
      await page.getByText('Your workspace requires two-factor sign-in for your role.').waitFor();
      await page.getByRole('button', { name: 'New recovery codes' }).waitFor();
      expect(await page.getByRole('button', { name: 'Turn off' }).count()).toBe(0);

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }
});

describe('the re-authentication prompt', { timeout: 120_000 }, () => {
  const clock = new ManualClock(Date.now());
  const stage = useInProcessServerAndBrowser(clock, testConfig({ allowSignup: true, logLevel: 'warn' }));

  for (const size of SIZES) {
    it(`asks a stale session for the password, then the action goes through (${size.name})`, async () => {
      const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
      await anOwner(page);
      await openHome(page);
      await openAccount(page);
      // Past the 10-minute window since the password was last checked (at sign-up).
      clock.advance(11 * 60_000);

      await press(page.getByRole('button', { name: 'Turn on two-factor sign-in' }), size);
      const confirm = dialog(page, "Confirm it's you");
      await confirm.waitFor();
      await judgeDialog(page, confirm, size, 'reauth-dialog');

      // Cancel: the action fails with its own error, and nothing changed.
      await press(confirm.getByRole('button', { name: 'Cancel' }), size);
      await confirm.waitFor({ state: 'detached' });
      await page.getByRole('alert').filter({ hasText: 'Confirm your password' }).waitFor();
      await press(page.getByRole('button', { name: 'Try again' }), size);

      await confirm.waitFor();
      await confirm.getByLabel('Password').fill('not my password at all');
      await press(confirm.getByRole('button', { name: 'Confirm' }), size);
      await confirm.locator('.field-error').waitFor();
      await confirm.getByLabel('Password').fill(PASSWORD);
      await press(confirm.getByRole('button', { name: 'Confirm' }), size);
      await confirm.waitFor({ state: 'detached' });
      // The original request was retried and answered: the enrolment shows its QR code.
      await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }

  it('creating a key that holds keys:own from a stale session asks, then creates it (desktop)', async () => {
    const size = SIZES[0];
    const { context, page, errors, dialogs } = await openTabAt(stage.browser, stage.server, size);
    await anOwner(page);
    await openHome(page);
    await openKeysPage(page);
    clock.advance(11 * 60_000);

    await page.getByRole('button', { name: 'New API Key' }).click();
    const form = dialog(page, 'New API Key');
    await form.getByLabel('Name').fill('Key rotator');
    await form.getByRole('radio', { name: 'Custom' }).click();
    await form.getByRole('checkbox', { name: /keys:own/ }).check();
    await form.getByRole('button', { name: 'Create', exact: true }).click();

    const confirm = dialog(page, "Confirm it's you");
    await confirm.getByLabel('Password').fill(PASSWORD);
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.waitFor({ state: 'detached' });
    // The create call was retried: the key is revealed, once.
    expect(await readRevealedKey(page)).toMatch(KEY_SHAPE);
    await closeReveal(page);

    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
