import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await Promise.all([atlas?.close(), browser?.close()]);
});

/** A fresh browser profile (no remembered choices) with a window of this size. */
async function windowOf(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  return context.newPage();
}

/** Opens the sample plan: creates it in an empty library, else opens the one there. */
async function openSamplePlan(page: Page): Promise<void> {
  await page.goto(atlas.url);
  const create = page.getByRole('button', { name: 'Open the sample plan' }).first();
  const existing = page.getByRole('button', { name: /^Open plan Northwind/ }).first();
  await create.or(existing).first().waitFor();
  if (await existing.isVisible()) await existing.click();
  else await homePage(page).openSample();
  await mapPage(page).waitForMap();
  await mapPage(page).settled();
}

const minimapOf = (page: Page) => page.getByRole('img', { name: 'Minimap of the account map' });

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The cards whose box overlaps the minimap's box on screen. */
async function cardsUnderMinimap(page: Page): Promise<string[]> {
  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  const cards = await page.locator('.react-flow__node[aria-label]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { name: node.getAttribute('aria-label')!, box: { x: box.x, y: box.y, width: box.width, height: box.height } };
    }),
  );
  expect(cards.length).toBeGreaterThan(5);
  return cards.filter((card) => overlaps(card.box, minimap)).map((card) => card.name);
}

async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await mapPage(page).settled();
}

describe('the minimap', () => {
  it('is hidden at first in a small window (900 × 650) and shown by its toolbar button', async () => {
    const page = await windowOf(900, 650);
    await openSamplePlan(page);
    const toggle = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Minimap', exact: true });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await minimapOf(page).count()).toBe(0);
    await toggle.click();
    await minimapOf(page).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('is shown in a large window (1280 × 800), no card sits under it after Fit, it moves to another corner, and the choice survives a reload', async () => {
    const page = await windowOf(1280, 800);
    await openSamplePlan(page);
    await minimapOf(page).waitFor();
    await fit(page);
    expect(await cardsUnderMinimap(page)).toEqual([]);

    const area = (await page.getByRole('main', { name: 'Account map' }).boundingBox())!;
    const before = (await page.locator('.react-flow__minimap').boundingBox())!;
    expect(before.x + before.width / 2).toBeGreaterThan(area.x + area.width / 2);
    expect(before.y + before.height / 2).toBeLessThan(area.y + area.height / 2);

    await page.getByRole('button', { name: 'Minimap position' }).click();
    await page.getByRole('menu', { name: 'Minimap position' }).getByRole('menuitem', { name: 'Bottom left' }).click();
    const moved = async () => {
      const box = (await page.locator('.react-flow__minimap').boundingBox())!;
      return box.x + box.width / 2 < area.x + area.width / 2 && box.y + box.height / 2 > area.y + area.height / 2;
    };
    await expect.poll(moved).toBe(true);
    await fit(page);
    expect(await cardsUnderMinimap(page)).toEqual([]);

    await page.reload();
    await mapPage(page).waitForMap();
    await minimapOf(page).waitFor();
    await expect.poll(moved).toBe(true);

    await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Minimap', exact: true }).click();
    await minimapOf(page).waitFor({ state: 'detached' });
    await page.reload();
    await mapPage(page).waitForMap();
    await mapPage(page).settled();
    expect(await minimapOf(page).count()).toBe(0);
  });
});
