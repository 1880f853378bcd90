import { describe, expect, it } from 'vitest';
import { SIZES, expectNoSideScroll, openTabAt, shoot } from './screens.js';
import { useServerAndBrowser } from './support.js';

/** /docs (Swagger UI) renders under its Content-Security-Policy without a single violation. */
// Swagger UI resolves the whole document (about 500 KB) in the browser before it draws anything: on a loaded
// 2-core machine that takes longer than the default 10 s wait.
const RENDERED = { timeout: 40_000 };

describe('/docs', { timeout: 120_000 }, () => {
  const stage = useServerAndBrowser();

  it('renders the API reference with no CSP violation logged', async () => {
    for (const size of SIZES) {
      const { context, page, errors } = await openTabAt(stage.browser, stage.server, size);
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      });
      const res = await page.goto('/docs');
      expect(res?.headers()['content-security-policy']).toBeTruthy();
      await page.getByRole('heading', { name: /Keyward API/ }).waitFor(RENDERED);
      await page.locator('.opblock').first().waitFor(RENDERED);
      await page.locator('.opblock-summary').first().click();
      await page.locator('.opblock-body').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
      expect(errors).toEqual([]);
      if (size.name === 'phone') await expectNoSideScroll(page, '/docs (phone)');
      await shoot(page, size, 'docs');
      await context.close();
    }
  });
});
