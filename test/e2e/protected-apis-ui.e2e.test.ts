import { type Locator, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIZES, type Size, judgeDialog, judgePage, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { PASSWORD, addUserByApi, anOwner, dialog, heading, navigateTo } from './ui.js';

/**
 * Settings → Permissions and Settings → Protected APIs used as a person does, at 1280×800 by click and on a
 * 390×844 touch phone by tap: define the workspace's own permissions, protect an API with two rules (an error
 * shown once, next to the rule's field, naming the rule), ask "Try a request", edit a rule, grant a permission
 * to members (a member's key then passes forward-auth), delete the API. Every page and dialog is judged.
 */

/** How many times `text` appears in the page's visible text. */
const occurrences = async (page: Page, text: string) => (await page.locator('body').innerText()).split(text).length - 1;

/** Page errors, less the 400s the forms were meant to get. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e));

const rule = (form: Locator, n: number) => form.getByRole('group', { name: `Rule ${n}`, exact: true });

/** Fills in "Try a request" and presses Try; returns the answer's text. */
async function tryRequest(page: Page, size: Size, method: string, path: string, host: string): Promise<string> {
  const box = page.getByRole('region', { name: 'Try a request' });
  await box.getByLabel('Method').selectOption(method);
  await box.getByLabel('Path', { exact: true }).fill(path);
  await box.getByLabel('Host (optional)').fill(host);
  await press(box.getByRole('button', { name: 'Try', exact: true }), size);
  const answer = box.getByRole('status').locator('p');
  await answer.waitFor();
  return answer.innerText();
}

describe('protected APIs and custom permissions in the web app, by click and by tap', { timeout: 240_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  /** Asks forward-auth about `GET https://billing.example.com/v1/invoices/7` with `key`, as Caddy or Traefik would. */
  const forward = async (key: string) =>
    (
      await fetch(`${stage.server.url}/auth/forward`, {
        headers: { 'x-api-key': key, 'x-forwarded-method': 'GET', 'x-forwarded-uri': '/v1/invoices/7', 'x-forwarded-host': 'billing.example.com' },
      })
    ).status;

  /** A key the member makes for themself, through their own session. */
  async function aMembersKey(email: string): Promise<string> {
    const member = await request.newContext({ baseURL: stage.server.url });
    const login = await member.post('/auth/login', { data: { email, password: PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    const res = await member.post('/api/keys', { headers: { 'x-csrf-token': (await login.json()).csrf_token }, data: { name: 'Invoices reader' } });
    expect(res.status(), await res.text()).toBe(201);
    const { key } = (await res.json()) as { key: string };
    await member.dispose();
    return key;
  }

  for (const size of SIZES) {
    it(`${size.name}: permissions, a protected API with two rules, try a request, edit, grant to members, delete`, async () => {
      const tab = await openTabAt(stage.browser, stage.server, size);
      const { page } = tab;
      const owner = await anOwner(page);
      const memberKey = await aMembersKey(await addUserByApi(page, owner, 'Mia Member', 'member'));

      // Settings → Permissions, from the navigation: define the workspace's own permissions.
      await page.goto('/contacts');
      await heading(page, 'Contacts').waitFor();
      await navigateTo(page, 'Permissions');
      await heading(page, 'Permissions').waitFor();
      await page.getByText('No permissions of your own yet.').waitFor();
      await judgePage(page, size, 'permissions-empty');

      const newName = page.getByLabel('New permission');
      const addPermission = page.getByRole('button', { name: 'Add permission' });
      await newName.fill('contacts:export');
      await press(addPermission, size);
      await page
        .locator('.field', { has: newName })
        .getByText(/"contacts" is one of Keyward.s own resources/)
        .waitFor();
      expect(await newName.getAttribute('aria-invalid')).toBe('true');
      await judgePage(page, size, 'permissions-name-error');
      for (const name of ['invoices:read', 'invoices:write']) {
        await newName.fill(name);
        await press(addPermission, size);
        await page.locator(`tr[data-permission="${name}"]`).waitFor();
      }
      const readRow = page.locator('tr[data-permission="invoices:read"]');
      for (const role of ['Owner', 'Admin']) {
        const box = readRow.getByRole('checkbox', { name: `${role}s hold invoices:read` });
        expect(await box.isChecked()).toBe(true);
        expect(await box.isDisabled()).toBe(true);
      }
      expect(await readRow.getByRole('checkbox', { name: 'Members hold invoices:read' }).isChecked()).toBe(false);
      await judgePage(page, size, 'permissions');

      // Settings → Protected APIs: none yet.
      await navigateTo(page, 'Protected APIs');
      await heading(page, 'Protected APIs').waitFor();
      await page.getByText('No protected APIs yet.').waitFor();
      await judgePage(page, size, 'protected-apis-empty');

      // Add one with two rules; the second's path is wrong first: said once, under that rule's path, naming it.
      await press(page.getByRole('button', { name: 'Add protected API' }), size);
      const form = dialog(page, 'Add protected API');
      await form.waitFor();
      await judgeDialog(page, form, size, 'protected-api-add');
      await form.getByLabel('Name').fill('Billing API');
      await form.getByLabel('Hosts (optional)').fill('billing.example.com');
      await form.getByLabel('Path prefix').fill('/v1');
      await rule(form, 1).getByLabel('Method').selectOption('GET');
      await rule(form, 1).getByLabel('Path pattern').fill('/v1/invoices/*');
      await rule(form, 1).getByLabel('Permission').selectOption('invoices:read');
      await press(form.getByRole('button', { name: 'Add rule' }), size);
      await rule(form, 2).getByLabel('Method').selectOption('POST');
      await rule(form, 2).getByLabel('Path pattern').fill('/v1/invoices/**/lines');
      await rule(form, 2).getByLabel('Permission').selectOption('invoices:write');
      await press(form.getByRole('button', { name: 'Add protected API' }), size);
      const wrongPath = 'Rule 2: the path pattern must start with /';
      const rule2Path = rule(form, 2).locator('.field', { has: page.getByLabel('Path pattern') });
      await rule2Path.getByText(wrongPath).waitFor();
      expect(await occurrences(page, wrongPath)).toBe(1);
      expect(await rule(form, 2).getByLabel('Path pattern').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('body').innerText()).not.toMatch(/rules\/1|must match pattern/);
      await judgeDialog(page, form, size, 'protected-api-rule-error');
      await rule(form, 2).getByLabel('Path pattern').fill('/v1/invoices');

      // Reorder: rule 2 up, then back down.
      await press(form.getByRole('button', { name: 'Move rule 2 up' }), size);
      expect(await rule(form, 1).getByLabel('Path pattern').inputValue()).toBe('/v1/invoices');
      await press(form.getByRole('button', { name: 'Move rule 1 down' }), size);
      expect(await rule(form, 1).getByLabel('Path pattern').inputValue()).toBe('/v1/invoices/*');
      expect(await rule(form, 2).getByLabel('Permission').inputValue()).toBe('invoices:write');
      await press(form.getByRole('button', { name: 'Add protected API' }), size);
      await form.waitFor({ state: 'detached' });
      const row = page.locator('tbody tr').filter({ hasText: 'Billing API' });
      await row.waitFor();
      expect(await row.locator('td[data-label="Rules"]').innerText()).toMatch(/GET \/v1\/invoices\/\* → invoices:read\s+POST \/v1\/invoices → invoices:write/);
      await page.getByRole('status').getByText('Billing API added.').waitFor();
      await judgePage(page, size, 'protected-apis-list');

      // Try a request: the rule that decides it, or "no rule matches".
      expect(await tryRequest(page, size, 'GET', '/v1/invoices/7', 'billing.example.com')).toMatch(
        /GET \/v1\/invoices\/7 on billing\.example\.com: Billing API decides it with rule 1 \(GET \/v1\/invoices\/\*\)\. The key needs invoices:read, which owners and admins hold\./,
      );
      await judgePage(page, size, 'protected-apis-try');
      expect(await tryRequest(page, size, 'POST', '/v1/invoices', 'billing.example.com')).toMatch(/rule 2 .*The key needs invoices:write/);
      expect(await tryRequest(page, size, 'DELETE', '/v1/invoices/7', 'billing.example.com')).toMatch(
        /DELETE \/v1\/invoices\/7 on billing\.example\.com: no rule matches, so it is refused \(route_not_allowed\)\./,
      );
      await judgePage(page, size, 'protected-apis-try-refused');

      // Edit rule 1: any method, and the invoice's sub-paths too.
      await press(page.getByRole('button', { name: 'Edit Billing API' }), size);
      const edit = dialog(page, 'Edit Billing API');
      await edit.waitFor();
      expect(await rule(edit, 1).getByLabel('Path pattern').inputValue()).toBe('/v1/invoices/*');
      await rule(edit, 1).getByLabel('Method').selectOption('*');
      await rule(edit, 1).getByLabel('Path pattern').fill('/v1/invoices/**');
      await judgeDialog(page, edit, size, 'protected-api-edit');
      await press(edit.getByRole('button', { name: 'Save changes' }), size);
      await edit.waitFor({ state: 'detached' });
      expect(await row.locator('td[data-label="Rules"]').innerText()).toContain('Any method /v1/invoices/** → invoices:read');
      expect(await tryRequest(page, size, 'DELETE', '/v1/invoices/7/lines/2', 'billing.example.com')).toMatch(/rule 1 \(Any method \/v1\/invoices\/\*\*\)/);

      // Members do not hold invoices:read yet: the member's key is refused; granted to members, it passes.
      expect(await forward(memberKey)).toBe(403);
      await navigateTo(page, 'Permissions');
      await heading(page, 'Permissions').waitFor();
      await press(page.locator('tr[data-permission="invoices:read"]').getByRole('checkbox', { name: 'Members hold invoices:read' }), size);
      await page.getByRole('status').getByText('Members now hold invoices:read.').waitFor();
      expect(await page.locator('tr[data-permission="invoices:read"]').getByRole('checkbox', { name: 'Members hold invoices:read' }).isChecked()).toBe(true);
      const grants = (await (await page.request.get('/api/permissions')).json()).custom;
      expect(grants).toEqual([
        { name: 'invoices:read', roles: ['owner', 'admin', 'member'] },
        { name: 'invoices:write', roles: ['owner', 'admin'] },
      ]);
      expect(await forward(memberKey)).toBe(200);
      await judgePage(page, size, 'permissions-granted');

      // Removing a permission asks first (kept here: Cancel).
      await press(page.getByRole('button', { name: 'Remove invoices:write' }), size);
      const remove = page.getByRole('alertdialog', { name: 'Remove permission' });
      await judgeDialog(page, remove, size, 'permissions-remove');
      await press(remove.getByRole('button', { name: 'Cancel' }), size);
      await remove.waitFor({ state: 'detached' });

      // The try box says who holds it now.
      await navigateTo(page, 'Protected APIs');
      await heading(page, 'Protected APIs').waitFor();
      expect(await tryRequest(page, size, 'GET', '/v1/invoices/7', 'billing.example.com')).toContain('which owners, admins and members hold');

      // Delete the API, after a confirmation: its requests are refused again.
      await press(page.getByRole('button', { name: 'Delete Billing API' }), size);
      const confirm = page.getByRole('alertdialog', { name: 'Delete protected API' });
      await judgeDialog(page, confirm, size, 'protected-api-delete');
      await press(confirm.getByRole('button', { name: 'Delete API' }), size);
      await confirm.waitFor({ state: 'detached' });
      await page.getByText('No protected APIs yet.').waitFor();
      expect(await forward(memberKey)).toBe(403);
      expect(await tryRequest(page, size, 'GET', '/v1/invoices/7', 'billing.example.com')).toContain('no rule matches, so it is refused (route_not_allowed)');
      await judgePage(page, size, 'protected-apis-deleted');

      expect(unexpected(tab.errors)).toEqual([]);
      expect(tab.dialogs).toEqual([]);
      await tab.context.close();
    });
  }
});
