import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Size, press } from './screens.js';
import { type Server, type Tab, openTab } from './support.js';

/** Fixtures and page helpers shared by the browser tests: each test builds its own workspace. */

export const PASSWORD = 'correct horse battery staple';
export const KEY_SHAPE = /^ak_live_[0-9A-Za-z]{38}$/;

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

/** The list's display hint of a plaintext key: `ak_live_…9xQz`. */
export const hintOf = (key: string) => `${key.slice(0, 8)}…${key.slice(-4)}`;

export interface Owner {
  email: string;
  name: string;
  csrf: string;
}

/**
 * A new workspace with its owner, signed in within the page's browser context (the session cookie
 * lands in the context): first-run setup on a fresh server, sign-up after that.
 */
export async function anOwner(page: Page, name = 'Olga Owner'): Promise<Owner> {
  const status = await (await page.request.get('/auth/status')).json();
  const email = uniqueEmail('owner');
  const res = await page.request.post(status.needs_setup ? '/auth/setup' : '/auth/signup', {
    data: { workspace_name: 'Acme Inc.', email, name, password: PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(200);
  return { email, name, csrf: (await res.json()).csrf_token };
}

/** A new tab on `stage`'s server whose browser context is signed in as a new workspace's owner, on the home page. */
export async function anOwnersTab(stage: { readonly server: Server; readonly browser: Browser }): Promise<Tab & { owner: Owner }> {
  const tab = await openTab(stage.browser, stage.server);
  const owner = await anOwner(tab.page);
  await tab.page.goto('/');
  return { ...tab, owner };
}

/** Signs in through the login form. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/');
  await heading(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Contacts').waitFor();
}

export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/**
 * Follows the main navigation to `link`, as a person does: on a phone (where the navigation is a drawer)
 * the top bar's "Menu" button is tapped first.
 */
export async function navigateTo(page: Page, link: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  if (await toggle.isVisible()) {
    if (touch) await toggle.tap();
    else await toggle.click();
  }
  const target = nav.getByRole('link', { name: link, exact: true });
  if (touch) await target.tap();
  else await target.click();
}

/** Opens `path` (the home page by default) and waits for the Contacts page a signed-in user lands on. */
export async function openHome(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await heading(page, 'Contacts').waitFor();
}

/** From the contacts page, follows the main navigation to `link` and waits for the page of that title. */
export async function navigateFromHome(page: Page, link: string): Promise<void> {
  await openHome(page, '/contacts');
  await navigateTo(page, link);
  await heading(page, link).waitFor();
}

/** A new user of `owner`'s workspace, added through the API (with PASSWORD); returns their email. */
export async function addUserByApi(page: Page, owner: { csrf: string }, name: string, role: 'admin' | 'member' | 'viewer'): Promise<string> {
  const email = uniqueEmail(role);
  const res = await page.request.post('/api/users', { headers: { 'x-csrf-token': owner.csrf }, data: { email, name, password: PASSWORD, role } });
  expect(res.status(), await res.text()).toBe(201);
  return email;
}

/** Opens the members page and picks `item` from the menu of the member with `email` (named `name`); returns their row. */
export async function memberMenuItem(page: Page, size: Size, email: string, name: string, item: string): Promise<Locator> {
  await page.goto('/settings/members');
  await heading(page, 'Members').waitFor();
  const row = page.locator('tbody tr').filter({ hasText: email });
  await press(row.getByRole('button', { name: `More actions for ${name}` }), size);
  await press(page.getByRole('menu').getByRole('menuitem', { name: item }), size);
  return row;
}

/** Follows the left navigation to Settings → API Keys. */
export async function openKeysPage(page: Page): Promise<void> {
  await navigateTo(page, 'API Keys');
  await heading(page, 'API Keys').waitFor();
}

export const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** The table row of the key with this display hint. */
export const keyRow = (page: Page, hint: string): Locator =>
  page.locator('tbody tr').filter({ has: page.locator('td[data-label="Key"] code.hint', { hasText: hint }) });

export const cell = (row: Locator, label: string) => row.locator(`td[data-label="${label}"]`);

/** Creates a key through "New API Key" and returns the plaintext read from the reveal field (the dialog stays open). */
export async function createKeyInUi(page: Page, name: string, expiry?: string): Promise<string> {
  await page.getByRole('button', { name: 'New API Key' }).click();
  const form = dialog(page, 'New API Key');
  await form.getByLabel('Name').fill(name);
  if (expiry) await form.getByLabel('Expiry', { exact: true }).selectOption(expiry);
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  return readRevealedKey(page);
}

/** A new owner on the API keys page with one key made there (its reveal closed); returns the key. */
export async function anOwnersKeyInUi(page: Page, name: string, expiry?: string): Promise<string> {
  await anOwner(page);
  await page.goto('/settings/api-keys');
  const key = await createKeyInUi(page, name, expiry);
  await closeReveal(page);
  return key;
}

export async function readRevealedKey(page: Page): Promise<string> {
  const field = page.getByRole('dialog', { name: /^Your (new|rolled) API key$/ }).getByRole('textbox', { name: /^Your new API key/ });
  await field.waitFor();
  const key = await field.inputValue();
  expect(key).toMatch(KEY_SHAPE);
  return key;
}

/**
 * Closes the reveal dialog with its Done button; when Copy was not used, it asks "Did you save this key?"
 * first and this answers yes (the tests read the key from the field).
 */
export async function closeReveal(page: Page): Promise<void> {
  const reveal = page.getByRole('dialog', { name: /^Your (new|rolled) API key$/ });
  const copied = (await reveal.getByRole('button', { name: 'Copied ✓', exact: true }).count()) > 0;
  await reveal.getByRole('button', { name: 'Done' }).click();
  if (!copied) await reveal.getByRole('button', { name: 'I saved it, close' }).click();
  await reveal.waitFor({ state: 'detached' });
}

/** Reads the key the reveal dialog shows (new or rolled), copies it with its Copy button and closes it with Done. */
export async function copyRevealedKey(page: Page, size: Size): Promise<string> {
  const key = await readRevealedKey(page);
  const reveal = page.getByRole('dialog', { name: /^Your (new|rolled) API key$/ });
  await press(reveal.getByRole('button', { name: 'Copy', exact: true }), size);
  await press(reveal.getByRole('button', { name: 'Done' }), size);
  await reveal.waitFor({ state: 'detached' });
  return key;
}

/** The "⋯" menu button of a key row. */
export const rowMenu = (row: Locator) => row.getByRole('button', { name: /^Actions for / });

/** Picks `action` (Rename, Roll, Revoke, View details) from a key row's "⋯" menu. */
export async function rowAction(page: Page, row: Locator, action: string): Promise<void> {
  await rowMenu(row).click();
  await page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
}

/** The actions a key row's "⋯" menu offers (the menu is closed again afterwards). */
export async function rowActions(page: Page, row: Locator): Promise<string[]> {
  await rowMenu(row).click();
  const items = await page.getByRole('menu').getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'detached' });
  return items;
}

/** Calls the public API the way an integration would: Node's fetch with X-API-Key. */
export async function callApi(server: Server, key: string, init: { method?: string; body?: unknown } = {}) {
  const res = await fetch(`${server.url}/api/contacts`, {
    method: init.method ?? 'GET',
    headers: { 'x-api-key': key, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as { code?: string; data?: unknown[] } };
}

/** Presses Tab until `target` has the focus (at most `max` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement), `Tab never reached ${target}`).toBe(true);
}

export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim(), label: el?.getAttribute('aria-label'), inDialog: !!el?.closest('dialog') };
  });
