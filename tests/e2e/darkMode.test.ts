import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'light' });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

/** The WCAG relative luminance (0 black … 1 white) of the background an element shows, its own or the nearest painted ancestor's. */
function backgroundLuminance(selector: string): Promise<number> {
  return page.evaluate((target) => {
    let element: Element | null = document.querySelector(target);
    if (!element) throw new Error(`nothing matches ${target}`);
    while (element) {
      const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(element).backgroundColor);
      if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
        const [r, g, b] = [match[1], match[2], match[3]].map((value) => {
          const channel = Number(value) / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      }
      element = element.parentElement;
    }
    return 1;
  }, selector);
}

describe('the theme follows the operating system', () => {
  it('is light in a light system, and turns dark with the system (home screen, map, cards, inspector) while the document preview stays as printed', async () => {
    await page.goto(atlas.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).first().waitFor();
    expect(await backgroundLuminance('body')).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundLuminance('body')).toBeLessThan(0.05);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => backgroundLuminance('body')).toBeGreaterThan(0.8);

    const map = mapPage(page);
    await homePage(page).openSample();
    await map.waitForMap();
    await map.settled();
    // Zoomed in to full cards (fitted, the sample plan shows only coloured labels).
    const zoomIn = page.getByRole('main', { name: 'Account map' }).getByRole('button', { name: /zoom in/i });
    while ((await map.viewport()).zoom < 1 && (await zoomIn.isEnabled())) {
      await zoomIn.click();
      await map.settled();
    }
    const inView = await page.evaluate(() => {
      const area = document.querySelector('main[aria-label="Account map"]')!.getBoundingClientRect();
      const inside = [...document.querySelectorAll('.react-flow__node[aria-label]')].find((node) => {
        const box = node.getBoundingClientRect();
        return box.left > area.left + 20 && box.top > area.top + 20 && box.right < area.right - 240 && box.bottom < area.bottom - 20;
      });
      return inside?.getAttribute('aria-label') ?? null;
    });
    expect(inView, 'a card fully in view at zoom 1').not.toBeNull();
    const card = page.getByRole('group', { name: inView!, exact: true });
    await card.click();
    await map.inspector.getByRole('heading').first().waitFor();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.locator('.atlas-doc').first().waitFor();
    const light = {
      pane: await backgroundLuminance('.react-flow'),
      card: await backgroundLuminance(`.react-flow__node[aria-label="${inView!.replace(/"/g, '\\"')}"] .atlas-node`),
      inspector: await backgroundLuminance('aside[aria-label="Inspector"]'),
      document: await backgroundLuminance('.atlas-doc'),
    };
    expect(Object.values(light).every((value) => value > 0.8), JSON.stringify(light)).toBe(true);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundLuminance('.react-flow')).toBeLessThan(0.05);
    expect(await backgroundLuminance(`.react-flow__node[aria-label="${inView!.replace(/"/g, '\\"')}"] .atlas-node`)).toBeLessThan(0.05);
    expect(await backgroundLuminance('aside[aria-label="Inspector"]')).toBeLessThan(0.05);
    expect(await backgroundLuminance('body')).toBeLessThan(0.05);
    expect(await backgroundLuminance('.atlas-doc'), 'the document preview shows the document as printed').toBeGreaterThan(0.9);
  });
});
