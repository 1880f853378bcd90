import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { smtpReceiver } from '../support/notify.js';
import { useInProcessServerAndBrowser } from './in-process.js';
import { SIZES, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { PASSWORD, addUserByApi, anOwner, heading, memberMenuItem, signIn, uniqueEmail } from './ui.js';

/** Accounts by email, as a person uses it: sign-up that confirms the address, forgot password, an admin's emailed reset, the two-factor policy. */

const NEW_PASSWORD = 'a much longer passphrase 2026';

let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
const clock = new ManualClock(Date.now());

/** The path and fragment of the newest one-time link of this kind emailed to `email`. */
async function linkIn(email: string, page: 'reset-password' | 'verify-email'): Promise<string> {
  const pattern = new RegExp(`/${page}#token=[A-Za-z0-9_-]+`);
  const links = () =>
    smtp.messages.filter((m: ParsedMail) => m.to && !Array.isArray(m.to) && m.to.text === email).flatMap((m) => pattern.exec(m.text ?? '') ?? []);
  // "Forgot password" sends in the background: wait for it.
  await expect.poll(() => links().length, { timeout: 10_000 }).toBeGreaterThan(0);
  return links().at(-1)!;
}

describe('accounts by email in the web app', { timeout: 120_000 }, () => {
  const stage = useInProcessServerAndBrowser(clock, async () => {
    smtp = await smtpReceiver();
    return testConfig({ allowSignup: true, logLevel: 'warn', smtpUrl: smtp.url, notifyIntervalMs: 0 });
  });
  afterAll(() => smtp?.close());

  for (const size of SIZES) {
    it(`signs up by confirming the address, then recovers a forgotten password by email (${size.name})`, async () => {
      const { context, page, errors } = await openTabAt(stage.browser, stage.server, size);
      if ((await (await page.request.get('/auth/status')).json()).needs_setup) await anOwner(page);
      await context.clearCookies();
      const email = uniqueEmail('newco');

      await page.goto('/');
      await heading(page, 'Sign in').waitFor();
      await press(page.getByRole('button', { name: 'Create a new workspace' }), size);
      await heading(page, 'Create a workspace').waitFor();
      await page.getByLabel('Workspace name').fill('Newco');
      await page.getByLabel('Your name').fill('Nina New');
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await press(page.getByRole('button', { name: 'Create workspace' }), size);
      await page.getByText(`We sent a link to ${email}.`).waitFor();
      await judgePage(page, size, 'signup-link-sent');

      // Signing in before confirming says so, and sends a new link.
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await press(page.getByRole('button', { name: 'Sign in' }), size);
      await page.getByText(`Confirm your email address first: a link was sent to ${email}`).waitFor();

      await page.goto(await linkIn(email, 'verify-email'));
      await heading(page, 'Contacts').waitFor();
      expect(new URL(page.url()).pathname).toBe('/contacts');

      // Forgot password: from the sign-in page, by email.
      await page.getByRole('button', { name: /Nina New/ }).click();
      await page.getByRole('button', { name: 'Log out' }).click();
      await heading(page, 'Sign in').waitFor();
      await press(page.getByRole('button', { name: 'Forgot password?' }), size);
      await heading(page, 'Forgot password').waitFor();
      await judgePage(page, size, 'forgot-password');
      await page.getByLabel('Email').fill(email);
      await press(page.getByRole('button', { name: 'Email me a link' }), size);
      await heading(page, 'Check your email').waitFor();
      await page.getByText(`If an account uses ${email}, a link to choose a new password is on its way.`).waitFor();

      await page.goto(await linkIn(email, 'reset-password'));
      await heading(page, 'Choose a new password').waitFor();
      await judgePage(page, size, 'reset-password-link');
      await page.getByLabel('New password').fill(NEW_PASSWORD);
      await press(page.getByRole('button', { name: 'Set new password' }), size);
      await page.getByText('Your password was changed. Sign in with it.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await signIn(page, email, NEW_PASSWORD);
      expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
      await context.close();
    });

    it(`an owner emails a member a reset link, and requires two-factor sign-in of owners and admins (${size.name})`, async () => {
      const owner = await openTabAt(stage.browser, stage.server, size);
      await owner.context.clearCookies();
      const me = await anOwnerHere(owner.page);
      const email = await addUserByApi(owner.page, me, 'Mia Member', 'member');

      await memberMenuItem(owner.page, size, email, 'Mia Member', 'Reset password');
      const ask = owner.page.getByRole('alertdialog', { name: "Reset Mia Member's password?" });
      await ask.getByRole('radio', { name: 'Email them a link (works once, for an hour)' }).waitFor();
      expect(await ask.getByRole('radio', { name: 'Email them a link (works once, for an hour)' }).isChecked()).toBe(true);
      await judgeDialog(owner.page, ask, size, 'member-reset-by-email');
      await press(ask.getByRole('button', { name: 'Email reset link' }), size);
      await owner.page.getByText(`A link to choose a new password was emailed to ${email}; Mia Member was signed out everywhere.`).waitFor();
      expect(await linkIn(email, 'reset-password')).toMatch(/^\/reset-password#token=/);

      // The policy, below the list.
      const policy = owner.page.getByRole('checkbox', { name: 'Owners and admins must use two-factor sign-in' });
      expect(await policy.isChecked()).toBe(false);
      await press(policy, size);
      await owner.page.getByText('Owners and admins must now use two-factor sign-in; those without it set it up at their next sign-in.').waitFor();
      expect(await policy.isChecked()).toBe(true);
      await judgePage(owner.page, size, 'members-two-factor-policy');
      const ws = await (await owner.page.request.get('/api/workspace')).json();
      expect(ws.require_two_factor).toBe(true);
      expect(owner.errors).toEqual([]);
      await owner.context.close();
    });
  }
});

/** A new workspace's owner, signed in: sign-up confirms its address by the emailed link first. */
async function anOwnerHere(page: import('playwright-core').Page) {
  const status = await (await page.request.get('/auth/status')).json();
  if (status.needs_setup) return anOwner(page);
  const email = uniqueEmail('owner');
  const res = await page.request.post('/auth/signup', { data: { workspace_name: 'Acme Inc.', email, name: 'Olga Owner', password: PASSWORD } });
  expect(res.status()).toBe(202);
  const verified = await page.request.post('/auth/verify-email', { data: { token: (await linkIn(email, 'verify-email')).split('#token=')[1] } });
  expect(verified.status()).toBe(200);
  return { email, name: 'Olga Owner', csrf: (await verified.json()).csrf_token as string };
}
