import { describe, expect, it } from 'vitest';
import { maskUrl, maskedConfig } from '../../src/cli/doctor-config.js';
import { loadConfig } from '../../src/config.js';

describe("doctor's configuration listing", () => {
  it('masks passwords in URLs, in the userinfo and in the query', () => {
    expect(maskUrl('postgres://kw:s3cret@db:5432/keyward')).toBe('postgres://kw:****@db:5432/keyward');
    expect(maskUrl('redis://:s3cret@cache:6379')).toBe('redis://:****@cache:6379');
    expect(maskUrl('postgres://db/keyward?user=kw&password=s3cret&sslmode=require')).toBe('postgres://db/keyward?user=kw&password=****&sslmode=require');
    expect(maskUrl('smtp://mail.example.test:587')).toBe('smtp://mail.example.test:587');
    expect(maskUrl('not a url')).toBe('****');
  });

  it('lists every setting Keyward parsed, with peppers and the webhook key reduced to whether (and which version) they are set', () => {
    const config = loadConfig({
      KEYWARD_PEPPER: 'v4:0123456789abcdefXYZ',
      KEYWARD_PEPPER_PREVIOUS: 'v3:0123456789abcdefOLD,none',
      WEBHOOK_ENCRYPTION_KEY: '0123456789abcdefWHK',
      DATABASE_URL: 'postgres://kw:pw-0123@db/keyward',
      SMTP_URL: 'smtps://mailer:pw-4567@mail.example.test',
    });
    const rows = Object.fromEntries(maskedConfig(config));
    expect(Object.keys(rows).sort()).toEqual(Object.keys(config).sort());
    expect(rows).toMatchObject({
      pepper: 'v4:****',
      previousPeppers: 'v3:****, none',
      webhookEncryptionKey: '****',
      databaseUrl: 'postgres://kw:****@db/keyward',
      smtpUrl: 'smtps://mailer:****@mail.example.test',
      redisUrl: '(not set)',
    });
    expect(JSON.stringify(rows)).not.toMatch(/XYZ|OLD|WHK|pw-0123|pw-4567/);
  });
});
