import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO, type Server, type Tab } from './support.js';

/** The two screens every page is judged on: a desktop and a 390 px touch phone. */
export const SIZES = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
] as const satisfies readonly { name: string; options: BrowserContextOptions }[];
export type Size = (typeof SIZES)[number];

const OUT = join(REPO, 'test-results');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A tab at `size`, with the clipboard usable (the reveal dialog's Copy). */
export async function openTabAt(browser: Browser, server: Server, size: Size): Promise<Tab> {
  const context = await browser.newContext({ baseURL: server.url, ...size.options, permissions: ['clipboard-read', 'clipboard-write'] });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const t: Tab = { context, page, dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    t.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => t.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[134]/.test(m.text())) t.errors.push(`console: ${m.text()}`);
  });
  return t;
}

/** The page does not scroll sideways. */
export async function expectNoSideScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what}: page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
  // Nor does a table scroll inside its frame (which would hide the row actions at its right edge).
  const tables = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')].map((el) => el.scrollWidth - el.clientWidth));
  expect(tables.filter((overflow) => overflow > 1), `${what}: a table overflows its frame by`).toEqual([]);
}

/** axe-core, injected from its source, finds no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await page.evaluate(async (source) => {
    const w = window as unknown as { axe?: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } };
    if (!w.axe) (0, eval)(source);
    const result = await w.axe!.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, AXE_SOURCE);
  expect(violations, `axe on ${what}`).toEqual([]);
}

export async function shoot(page: Page, size: Size, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `${name}-${size.name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** The whole check for a page: no sideways scroll (on a phone at 360 and 430 px too), axe clean, a screenshot. */
export async function judgePage(page: Page, size: Size, name: string): Promise<void> {
  await expectNoSideScroll(page, `${name} (${size.name})`);
  if (size.name === 'phone') {
    for (const width of [360, 430]) {
      await page.setViewportSize({ width, height: size.options.viewport.height });
      await expectNoSideScroll(page, `${name} (${width} px)`);
    }
    await page.setViewportSize(size.options.viewport);
  }
  await expectAccessible(page, `${name} (${size.name})`);
  await shoot(page, size, name);
}

/**
 * An open dialog: it fits the viewport, the page does not scroll sideways, axe is clean, and every
 * button in it can receive a real click or tap (visible, enabled, not covered: Playwright's actionability
 * checks, plus a hit test at its centre after scrolling it into view).
 */
export async function judgeDialog(page: Page, dialog: Locator, size: Size, name: string): Promise<void> {
  await dialog.waitFor();
  const box = await dialog.boundingBox();
  const vp = page.viewportSize()!;
  expect(box, name).not.toBeNull();
  expect(box!.x, `${name} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${name} right edge`).toBeLessThanOrEqual(vp.width);
  expect(box!.y + box!.height, `${name} bottom edge`).toBeLessThanOrEqual(vp.height);
  await judgePage(page, size, name);
  for (const button of await dialog.getByRole('button').all()) {
    if (await button.isDisabled()) continue;
    await button.scrollIntoViewIfNeeded();
    await button.click({ trial: true });
    const hit = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!top && (top === el || el.contains(top));
    });
    expect(hit, `${name}: ${await button.textContent()} is covered`).toBe(true);
  }
}

/** A real click on a desktop, a real tap on a touch phone. */
export async function press(target: Locator, size: Size): Promise<void> {
  if (size.name === 'phone') await target.tap();
  else await target.click();
}
