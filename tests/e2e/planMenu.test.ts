import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { axeViolations } from './pages/axe.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  // A laptop-sized window: the plan screen's bar must still show every control.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(atlas.url);
  await homePage(page).openSample();
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('the plan screen bar on a laptop-sized window', () => {
  it('shows every control inside the window, none cut off', async () => {
    const bar = page.locator('.atlas-toolbar');
    const { scrollWidth, clientWidth } = await bar.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(scrollWidth).toBe(clientWidth);
    for (const name of ['All accounts', 'Plan', 'Export…', 'Reviews', 'Fit']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(1280);
      expect(box.x, name).toBeGreaterThanOrEqual(0);
    }
    expect(await page.getByRole('tab', { name: 'Actions' }).isVisible()).toBe(true);
  });

  it('opens the Plan menu from the keyboard, moves with the arrows, and Escape puts focus back on the button', async () => {
    const button = page.getByRole('button', { name: 'Plan', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Plan actions' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // Keys pressed straight after opening go to the menu: focus is on its first item already.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New plan for the next period…');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import contacts…');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plan');
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // Up opens it on the last item; choosing one opens its dialog.
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New plan for the next period…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New plan for the next period' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('closes when the pointer goes down elsewhere', async () => {
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.getByRole('menu', { name: 'Plan actions' }).waitFor();
    await page.getByRole('main', { name: 'Account map' }).click({ position: { x: 30, y: 30 } });
    expect(await page.getByRole('menu', { name: 'Plan actions' }).count()).toBe(0);
  });
});
