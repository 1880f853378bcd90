import { type APIRequestContext, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BILLING_API_EXAMPLE } from '../../src/http/schemas/protected-apis.js';
import { SIZES, type Size, judgeDialog, openTabAt, press } from './screens.js';
import { useServerAndBrowser } from './support.js';
import { PASSWORD, type Owner, dialog, heading, navigateTo, readRevealedKey, uniqueEmail } from './ui.js';

/**
 * "New API Key" offers the workspace's own permissions for the key's restriction: the owner ticks
 * invoices:read (not invoices:write) with contacts read, by click at 1280×800 and by tap on a 390×844 phone;
 * the key made is restricted to exactly that, and forward-auth lets it read invoices but not create one.
 */
describe('New API Key: restricted to a custom permission, by click and by tap', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  /** A new workspace, its owner signed up through the API, with invoices:read and invoices:write and the documented billing API using them. */
  async function anInvoicesWorkspace(api: APIRequestContext): Promise<Owner> {
    const email = uniqueEmail('owner');
    const status = await (await api.get('/auth/status')).json();
    const signup = await api.post(status.needs_setup ? '/auth/setup' : '/auth/signup', {
      data: { workspace_name: 'Acme Inc.', email, name: 'Olga Owner', password: PASSWORD },
    });
    expect(signup.status(), await signup.text()).toBe(200);
    const owner = { email, name: 'Olga Owner', csrf: (await signup.json()).csrf_token as string };
    const headers = { 'x-csrf-token': owner.csrf };
    const grants = await api.put('/api/permissions/grants', { headers, data: { 'invoices:read': ['owner', 'admin'], 'invoices:write': ['owner', 'admin'] } });
    expect(grants.status(), await grants.text()).toBe(200);
    const protectedApi = await api.post('/api/protected-apis', { headers, data: BILLING_API_EXAMPLE });
    expect(protectedApi.status(), await protectedApi.text()).toBe(201);
    return owner;
  }

  /** Forward-auth's answer for `method uri` on the billing host with `key`, as Caddy or Traefik ask it. */
  async function forward(key: string, method: string, uri: string): Promise<{ status: number; code?: string }> {
    const res = await fetch(`${stage.server.url}/auth/forward`, {
      headers: { 'x-api-key': key, 'x-forwarded-method': method, 'x-forwarded-uri': uri, 'x-forwarded-host': BILLING_API_EXAMPLE.hosts[0] },
    });
    const text = await res.text();
    return { status: res.status, ...(text ? { code: (JSON.parse(text) as { code: string }).code } : {}) };
  }

  async function signInWithForm(page: Page, size: Size, email: string): Promise<void> {
    await page.goto('/');
    await heading(page, 'Sign in').waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page.getByRole('button', { name: 'Sign in' }), size);
    await heading(page, 'Contacts').waitFor();
  }

  for (const size of SIZES) {
    it(`${size.name}: Custom, invoices:read and contacts read ticked; the key reads invoices and cannot create one`, async () => {
      const api = await request.newContext({ baseURL: stage.server.url });
      const owner = await anInvoicesWorkspace(api);
      const tab = await openTabAt(stage.browser, stage.server, size);
      const { page } = tab;
      await signInWithForm(page, size, owner.email);

      await navigateTo(page, 'API Keys');
      await heading(page, 'API Keys').waitFor();
      await press(page.getByRole('button', { name: 'New API Key' }), size);
      const form = dialog(page, 'New API Key');
      await form.waitFor();
      await form.getByLabel('Name').fill('Invoice reader');
      await press(form.getByRole('radio', { name: 'Custom', exact: true }), size);
      const own = form.getByRole('group', { name: 'This workspace’s permissions' });
      const read = own.getByRole('checkbox', { name: 'invoices:read', exact: true });
      const write = own.getByRole('checkbox', { name: 'invoices:write', exact: true });
      await read.waitFor();
      expect(await write.isChecked()).toBe(false);
      await press(read, size);
      expect(await read.isChecked()).toBe(true);
      const contactsRead = form.getByRole('group', { name: 'Contacts' }).getByRole('radio', { name: 'Read', exact: true });
      await press(contactsRead, size);
      expect(await contactsRead.isChecked()).toBe(true);
      expect(await write.isChecked()).toBe(false);
      await judgeDialog(page, form, size, 'new-key-custom-permission');

      await press(form.getByRole('button', { name: 'Create', exact: true }), size);
      const key = await readRevealedKey(page);
      await judgeDialog(page, page.getByRole('dialog', { name: 'Your new API key' }), size, 'new-key-custom-permission-reveal');

      // The key's restriction, read through the API: invoices:read and contacts read, never invoices:write.
      const keys = (await (await api.get('/api/keys')).json()).data as { name: string; restriction: string[] | null; permissions: string[] }[];
      const made = keys.find((k) => k.name === 'Invoice reader');
      expect(made?.restriction).toEqual(['contacts:read', 'invoices:read']);
      expect(made?.permissions).not.toContain('invoices:write');

      expect(await forward(key, 'GET', '/invoices/1')).toEqual({ status: 200 });
      expect(await forward(key, 'POST', '/invoices')).toEqual({ status: 403, code: 'insufficient_permission' });

      expect(tab.errors).toEqual([]);
      expect(tab.dialogs).toEqual([]);
      await tab.context.close();
      await api.dispose();
    });
  }
});
