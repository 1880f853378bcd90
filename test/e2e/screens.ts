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
  expect(
    tables.filter((overflow) => overflow > 1),
    `${what}: a table overflows its frame by`,
  ).toEqual([]);
}

/** axe-core, injected from its source, finds no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await page.evaluate(async (source) => {
    const w = window as unknown as {
      axe?: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
    };
    if (!w.axe) (0, eval)(source);
    const result = await w.axe!.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      );
  }, AXE_SOURCE);
  expect(violations, `axe on ${what}`).toEqual([]);
}

export async function shoot(page: Page, size: Size, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `${name}-${size.name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
}

/**
 * What a finger or a mouse can do with the screen: every visible control (button, link, field, menu item)
 *  - is reached by scrolling the page or an open dialog only — never by scrolling inside a table or any other
 *    box (which is how a row menu was hidden at the bottom of a table),
 *  - then lies wholly inside the viewport, and
 *  - is the element the browser hits at its centre and at a point near each side (`elementFromPoint`), so
 *    nothing covers or clips it;
 * and no button has the browser's default look (a page whose styles forgot it).
 * `scope` narrows the check to an open dialog or menu. Scroll positions are put back afterwards.
 */
export async function expectReachable(page: Page, what: string, scope?: Locator): Promise<void> {
  const root = scope ? await scope.elementHandle() : null;
  const problems = await page.evaluate((rootEl) => {
    const CONTROLS =
      'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=menuitem], [role=menuitemradio], [role=tab], [tabindex]:not([tabindex="-1"])';
    // With a modal dialog open the page behind it is inert, and with a menu open a tap elsewhere only
    // closes it: then only the dialog or the menu is judged.
    const within = (rootEl as Element | null) ?? document.querySelector('dialog:modal') ?? document.querySelector('[role=menu]') ?? document;
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !el.closest('.skip-link, [inert]');
    };
    const scrollers = (el: Element) => {
      const list: Element[] = [];
      for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
        if (p.tagName === 'DIALOG' || p.closest('dialog') !== el.closest('dialog')) continue;
        const s = getComputedStyle(p);
        if (/(auto|scroll|hidden)/.test(s.overflowX + s.overflowY)) list.push(p);
      }
      return list;
    };
    const saved = { x: scrollX, y: scrollY };
    for (const el of [...within.querySelectorAll(CONTROLS)]) {
      if (!visible(el)) continue;
      // A person scrolls the page (or an open dialog) to reach a control, not a box inside it.
      const boxes = scrollers(el).map((b) => [b, b.scrollLeft, b.scrollTop] as const);
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      for (const [box, left, top] of boxes) {
        if (box.scrollLeft !== left || box.scrollTop !== top)
          out.push(`${name(el)} is reached only by scrolling inside ${box.tagName.toLowerCase()}.${[...box.classList].join('.')}`);
        box.scrollLeft = left;
        box.scrollTop = top;
      }
      const rects = el.getClientRects();
      const r = rects.length > 1 ? rects[0] : el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > innerWidth + 0.5)
        out.push(`${name(el)} spans x ${Math.round(r.left)}…${Math.round(r.right)} in a ${innerWidth} px window`);
      if (r.height <= innerHeight && (r.top < -0.5 || r.bottom > innerHeight + 0.5))
        out.push(`${name(el)} spans y ${Math.round(r.top)}…${Math.round(r.bottom)} in a ${innerHeight} px window`);
      const y = r.top + r.height / 2;
      for (const x of [r.left + r.width / 2, r.left + Math.min(r.width * 0.2, 8), r.right - Math.min(r.width * 0.2, 8)]) {
        const hit = document.elementFromPoint(x, y);
        const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
        if (!hit || !(hit === el || el.contains(hit) || (label && label.contains(hit)))) {
          out.push(`${name(el)} at (${Math.round(x)}, ${Math.round(y)}) is covered by ${hit ? name(hit) : 'nothing (off screen)'}`);
          break;
        }
      }
      if (el.tagName === 'BUTTON') {
        const s = getComputedStyle(el);
        if (s.borderTopStyle === 'outset' || s.backgroundColor === 'rgb(239, 239, 239)' || s.fontSize === '13.3333px')
          out.push(`${name(el)} has the browser's default button look`);
      }
    }
    scrollTo(saved.x, saved.y);
    return out;
  }, root);
  expect(problems, `controls a person cannot use on ${what}`).toEqual([]);
}

/** The whole check for a page: no sideways scroll (on a phone at 360 and 430 px too), every control reachable, axe clean, a screenshot. */
export async function judgePage(page: Page, size: Size, name: string): Promise<void> {
  await expectNoSideScroll(page, `${name} (${size.name})`);
  await expectReachable(page, `${name} (${size.name})`);
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
