import { expect, it, onTestFinished } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, aKey, anOwner, login } from '../support/fixtures.js';
import { smtpReceiver, verifyHook, webhookReceiver } from '../support/notify.js';

const DAY = 86_400_000;

describeEachDialect('expiry reminders', ({ app }) => {
  it('a 30-day key produces key.expiring at 14, 7 and 1 days and key.expired, each once: in-app, email and signed webhook', async () => {
    const smtp = await smtpReceiver();
    const hooks = await webhookReceiver();
    onTestFinished(smtp.close);
    onTestFinished(hooks.close);
    const t = await app({
      config: {
        smtpUrl: smtp.url,
        smtpFrom: 'Keyward <noreply@keyward.example>',
        publicUrl: 'https://keyward.example',
        webhookAllowPrivate: true,
        notifyIntervalMs: 0,
      },
    });
    const owner = await anOwner(t);
    const created = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: hooks.url, events: ['key.expiring', 'key.expired'] } });
    expect(created.statusCode, created.body).toBe(201);
    const { secret } = created.json();
    expect(secret).toMatch(/^whsec_/);
    const key = await aKey(t, owner, { name: 'Nightly <sync>', expires_in_days: 30 });
    await aKey(t, owner, { name: 'Forever' });
    const start = t.clock.now();
    const tick = async () => {
      await t.kw.deps.notifier.tick();
      await t.kw.deps.notifier.tick();
    };

    const expectedAt: [number, string][] = [];
    const bodies: ReturnType<typeof verifyHook>[] = [];
    for (const [day, label] of [
      [15.9, ''],
      [16, 'key.expiring:14'],
      [16.5, ''],
      [23, 'key.expiring:7'],
      [28.99, ''],
      [29, 'key.expiring:1'],
      [30, 'key.expired'],
      [31, ''],
      [40, ''],
    ] as const) {
      t.clock.set(start + day * DAY);
      await tick();
      if (label) expectedAt.push([day, label]);
      expect(hooks.received.length, `day ${day}`).toBe(expectedAt.length);
      expect(smtp.messages.length, `day ${day}`).toBe(expectedAt.length);
      // Verified as it arrives, the way a receiver would (its timestamp tolerance against the app's clock).
      while (bodies.length < hooks.received.length) bodies.push(verifyHook(secret, hooks.received[bodies.length], t.clock.now()));
    }
    const labels = expectedAt.map(([, l]) => l);

    // In-app: four notifications for the owner, newest first (signed in again: 40 days have passed, so
    // that sign-in is itself told as one from an address unused for 30 days).
    const all = (await t.request({ url: '/api/notifications', as: await login(t, owner.user.email) })).json();
    expect(all.unread_count).toBe(5);
    expect(all.data[0].type).toBe('account.new_sign_in');
    const list = { ...all, data: all.data.slice(1) };
    expect(list.data.map((n: any) => n.type)).toEqual(['key.expired', 'key.expiring', 'key.expiring', 'key.expiring']);
    expect(list.data.every((n: any) => n.key.id === key.id && n.key.hint === key.object.hint)).toBe(true);
    expect(list.data[3].message).toContain('expires in 14 days');
    expect(list.data[1].message).toContain('expires in 1 day,');

    // Webhooks: every delivery verifies with standardwebhooks, one webhook-id per event.
    expect(bodies.map((b) => (b.type === 'key.expiring' ? `${b.type}:${b.data.days_left}` : b.type))).toEqual(labels);
    expect(new Set(hooks.received.map((h) => h.headers['webhook-id'])).size).toBe(4);
    for (const b of bodies) {
      expect(b.data.key).toMatchObject({ id: key.id, name: 'Nightly <sync>', hint: key.object.hint, expires_at: key.object.expires_at });
      expect(b.data.key.key).toBeUndefined();
      expect(Date.parse(b.timestamp)).toBeGreaterThan(start);
    }

    // Email: to the owner, text and HTML, naming the key by name and hint, its expiry and a link to it.
    const link = `https://keyward.example/settings/api-keys/${key.id}`;
    const keyMails = smtp.messages.filter((m) => m.subject?.includes('API keys'));
    expect(keyMails.map((m) => m.subject)).toEqual([
      'Keyward: one of your API keys expires in 14 days',
      'Keyward: one of your API keys expires in 7 days',
      'Keyward: one of your API keys expires in 1 day',
      'Keyward: one of your API keys has expired',
    ]);
    for (const m of keyMails) {
      expect(m.to && 'text' in m.to ? m.to.text : '').toContain(owner.user.email);
      expect(m.text).toContain(`Key: ${key.object.hint}, named "Nightly <sync>"`);
      expect(m.text).toContain(`Expires: ${key.object.expires_at}`);
      expect(m.text).toContain(link);
      expect(m.html).toContain('Nightly &#60;sync&#62;');
      expect(m.html).toContain(`href="${link}"`);
    }

    // Acceptance 5: no key, secret or password in any email, webhook body, notification or log line.
    const everything = [...smtp.raws, ...hooks.received.map((h) => h.body + JSON.stringify(h.headers)), JSON.stringify(list), ...t.logs];
    for (const text of everything) {
      expect(text).not.toContain(key.key);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice(6));
      expect(text).not.toContain(PASSWORD);
    }
    expect(t.logs.join('')).toContain('notification delivered');
  });

  it('a user who turned email off for reminders still gets them in the app; a 5-day key gets no 14- or 7-day reminder', async () => {
    const smtp = await smtpReceiver();
    onTestFinished(smtp.close);
    const t = await app({ config: { smtpUrl: smtp.url, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const prefs = await t.request({ method: 'PATCH', url: '/api/me/notification-preferences', as: owner, body: { email: { 'key.expiring': false } } });
    expect(prefs.statusCode, prefs.body).toBe(200);
    expect(prefs.json().email).toMatchObject({ 'key.expiring': false, 'key.expired': true, 'key.rolled': false });
    await aKey(t, owner, { expires_in_days: 5 });
    const start = t.clock.now();
    for (const day of [0, 1, 2, 4, 4.5, 5]) {
      t.clock.set(start + day * DAY);
      await t.kw.deps.notifier.tick();
    }
    const again = await login(t, owner.user.email);
    const list = (await t.request({ url: '/api/notifications', as: again })).json();
    expect(list.data.map((n: any) => n.type)).toEqual(['key.expired', 'key.expiring']);
    expect(list.data[1].message).toContain('1 day');
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Keyward: one of your API keys has expired']);
    const bad = await t.request({ method: 'PATCH', url: '/api/me/notification-preferences', as: again, body: { email: { 'key.bogus': false } } });
    expect(bad.statusCode).toBe(400);
  });
});
