import nodemailer, { type Transporter } from 'nodemailer';
import type { KeyEventRecord } from '../store/notification-types.js';
import { type KeyBrief, describe, describeAccount, quoteName } from './event-types.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Fixed sentences: nothing a user typed (a key name) ever reaches a subject line. */
const SUBJECTS: Record<string, (extra: Record<string, unknown>) => string> = {
  'key.expiring': (x) => `Keyward: one of your API keys expires in ${Number(x.days_left)} day${Number(x.days_left) === 1 ? '' : 's'}`,
  'key.expired': () => 'Keyward: one of your API keys has expired',
  'key.revoked': () => 'Keyward: one of your API keys was revoked',
  'key.leaked_revoked': () => 'Keyward: an API key was revoked as leaked',
  'key.rolled': () => 'Keyward: one of your API keys was rolled',
  'key.new_ip': (x) =>
    x.summary ? 'Keyward: one of your API keys was used from many new addresses' : 'Keyward: one of your API keys was used from a new address',
  'account.password_changed': () => 'Keyward: your password was changed',
  'account.new_sign_in': (x) =>
    x.summary ? 'Keyward: sign-ins to your account from many new addresses' : 'Keyward: a sign-in to your account from a new address',
};

/**
 * The email for one event: plain text and HTML, naming the key by name and hint (never the key), its
 * expiry, and a link to its page. User-chosen text (the key name) is only quoted as data, never in the
 * subject, and escaped in the HTML part.
 */
export function renderEmail(event: KeyEventRecord, to: { email: string; name: string }, publicUrl: string): EmailMessage {
  if (event.type.startsWith('account.')) return renderAccountEmail(event, to, publicUrl);
  const { key: full, ...extra } = event.data as { key: Record<string, unknown> } & Record<string, unknown>;
  const key: KeyBrief = { id: String(full.id), name: String(full.name), hint: String(full.hint), expires_at: (full.expires_at as string | null) ?? null };
  const link = `${publicUrl}/settings/api-keys/${encodeURIComponent(key.id)}`;
  const sentence = describe(event.type, key, extra);
  const expiry = key.expires_at ? `Expires: ${key.expires_at}` : 'Expires: never';
  const subject = (SUBJECTS[event.type] ?? (() => `Keyward: ${event.type}`))(extra);
  const text = [
    `Hello ${to.name},`,
    '',
    sentence,
    '',
    `Key: ${key.hint}, named ${quoteName(key.name)}`,
    expiry,
    '',
    `Open the key: ${link}`,
    '',
    '— Keyward',
  ].join('\n');
  const html = `<!doctype html><html><body>
<p>Hello ${escapeHtml(to.name)},</p>
<p>${escapeHtml(sentence)}</p>
<p>Key: <code>${escapeHtml(key.hint)}</code>, named <q>${escapeHtml(quoteName(key.name).slice(1, -1))}</q><br>${escapeHtml(expiry)}</p>
<p><a href="${escapeHtml(link)}">Open the key in Keyward</a></p>
</body></html>`;
  return { to: to.email, subject, text, html };
}

/** A security notice about the recipient's own account: what happened, when, from where, and where to look. */
function renderAccountEmail(event: KeyEventRecord, to: { email: string; name: string }, publicUrl: string): EmailMessage {
  const sentence = describeAccount(event.type, event.data);
  const link = `${publicUrl}/settings/account`;
  const subject = (SUBJECTS[event.type] ?? (() => `Keyward: ${event.type}`))(event.data);
  const text = [`Hello ${to.name},`, '', sentence, '', `Your account settings: ${link}`, '', '— Keyward'].join('\n');
  const html = `<!doctype html><html><body>
<p>Hello ${escapeHtml(to.name)},</p>
<p>${escapeHtml(sentence)}</p>
<p><a href="${escapeHtml(link)}">Open your account settings</a></p>
</body></html>`;
  return { to: to.email, subject, text, html };
}

/**
 * An emailed one-time link: a password reset or an address confirmation. The token travels in
 * the URL's fragment (`#token=…`), which browsers never send to a server, so it stays out of access logs.
 */
export function renderLinkEmail(
  purpose: 'password_reset' | 'email_verification',
  to: { email: string; name: string },
  publicUrl: string,
  token: string,
  validHours: number,
  o: { byAdmin?: boolean } = {},
): EmailMessage {
  const hours = `${validHours} hour${validHours === 1 ? '' : 's'}`;
  const page = purpose === 'password_reset' ? 'reset-password' : 'verify-email';
  const link = `${publicUrl}/${page}#token=${token}`;
  const [subject, sentence, action, ignore] =
    purpose === 'password_reset'
      ? o.byAdmin
        ? [
            'Keyward: choose a new password',
            'An admin of your Keyward workspace reset your password: the old one no longer signs in. Open this link to choose a new one:',
            'Choose a new password',
            'Ask your admin for a new link if this one has run out.',
          ]
        : [
            'Keyward: choose a new password',
            'A new password was asked for your Keyward account. Open this link to choose it:',
            'Choose a new password',
            'If you did not ask for it, you can ignore this email; your password stays as it is.',
          ]
      : [
          'Keyward: confirm your email address',
          'Confirm your email address to finish creating your Keyward workspace:',
          'Confirm my address',
          'If you did not sign up for Keyward, ignore this email: nothing else will be sent to you.',
        ];
  const text = [`Hello ${to.name},`, '', sentence, '', link, '', `The link works once, for ${hours}. ${ignore}`, '', '— Keyward'].join('\n');
  const html = `<!doctype html><html><body>
<p>Hello ${escapeHtml(to.name)},</p>
<p>${escapeHtml(sentence)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
<p>The link works once, for ${escapeHtml(hours)}. ${escapeHtml(ignore)}</p>
</body></html>`;
  return { to: to.email, subject, text, html };
}

/** Sends through the SMTP server of `SMTP_URL`. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(m: EmailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text, html: m.html });
  }

  close(): void {
    this.transport.close();
  }
}
