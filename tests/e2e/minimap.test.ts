import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_SHAPE_ZOOM } from '../../shared/mapOverview.ts';
import { generatePlan } from '../bench/generatePlan.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
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
async function windowOf(width: number, height: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  contexts.push(context);
  return context.newPage();
}

/** Opens the sample plan: creates it in an empty library, else opens the one there. */
async function openSamplePlan(page: Page): Promise<void> {
  await page.goto(atlas.url);
  const create = page.getByRole('button', { name: 'Open the sample plan' }).first();
  // The sample itself, not the generated 1,000-node plan under the same account ("… growth plan (1000 nodes)").
  const existing = page.getByRole('button', { name: /^Open plan Northwind Logistics — FY\d+ growth plan(?! \()/ }).first();
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

/** The map point at the middle of the pane, worked out from React Flow's view. */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const { x, y, zoom } = await mapPage(page).viewport();
  return { x: (pane.width / 2 - x) / zoom, y: (pane.height / 2 - y) / zoom };
}

/** The name of the card nearest the middle of the pane (it stays drawn after a short pan). */
async function nearestCardToCentre(page: Page): Promise<string> {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const cards = await page.locator('.react-flow__node[aria-label]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { name: node.getAttribute('aria-label')!, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
  );
  const distance = (card: { x: number; y: number }) => Math.hypot(card.x - pane.x - pane.width / 2, card.y - pane.y - pane.height / 2);
  return cards.reduce((best, card) => (distance(card) < distance(best) ? card : best)).name;
}

/** How many of the minimap canvas's pixels are drawn, in how many distinct colours, and their mean lightness (0 to 255). */
async function minimapInk(page: Page): Promise<{ drawn: number; colours: number; lightness: number }> {
  return page.locator('.react-flow__minimap canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    let solid = 0;
    let lightness = 0;
    const colours = new Set<string>();
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3] === 0) continue;
      drawn += 1;
      if (data[index + 3]! <= 200) continue;
      solid += 1;
      lightness += (data[index]! + data[index + 1]! + data[index + 2]!) / 3;
      colours.add(`${data[index]! >> 4},${data[index + 1]! >> 4},${data[index + 2]! >> 4}`);
    }
    return { drawn, colours: colours.size, lightness: solid > 0 ? lightness / solid : 0 };
  });
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

  it('pans the map where it is dragged, zooms it about its centre on the wheel, and pans and zooms it by keys when focused', async () => {
    const page = await windowOf(1280, 800);
    await openSamplePlan(page);
    const map = mapPage(page);
    await fit(page);
    const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
    const middle = { x: minimap.x + minimap.width / 2, y: minimap.y + minimap.height / 2 };

    await page.mouse.move(middle.x, middle.y);
    await page.mouse.down();
    await map.settled();
    const pressed = await map.viewport();
    const card = page.getByRole('group', { name: await nearestCardToCentre(page), exact: true });
    const cardPressed = (await card.boundingBox())!;
    await page.mouse.move(middle.x + 30, middle.y + 20, { steps: 5 });
    await page.mouse.up();
    await map.settled();
    const dragged = await map.viewport();
    const cardDragged = (await card.boundingBox())!;
    // Dragging right and down in the minimap shows what lies right of and below: the map moves left and up.
    expect(dragged.zoom).toBe(pressed.zoom);
    expect(dragged.x).toBeLessThan(pressed.x - 20);
    expect(dragged.y).toBeLessThan(pressed.y - 10);
    expect(cardDragged.x - cardPressed.x).toBeCloseTo(dragged.x - pressed.x, 0);
    expect(cardDragged.y - cardPressed.y).toBeCloseTo(dragged.y - pressed.y, 0);

    const centre = await mapCentre(page);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await map.viewport()).zoom).toBeGreaterThan(dragged.zoom * 1.2);
    await map.settled();
    const zoomedCentre = await mapCentre(page);
    expect(zoomedCentre.x).toBeCloseTo(centre.x, 0);
    expect(zoomedCentre.y).toBeCloseTo(centre.y, 0);

    const minimapImage = page.getByRole('img', { name: 'Minimap of the account map' });
    expect(await minimapImage.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).toMatch(/arrow keys pan the map and plus or minus zoom/);
    await minimapImage.focus();
    const beforeKeys = await map.viewport();
    const pane = (await page.locator('.react-flow').boundingBox())!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await map.viewport()).x).toBeCloseTo(beforeKeys.x - pane.width * 0.1, 0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await map.viewport()).y).toBeCloseTo(beforeKeys.y - pane.height * 0.1, 0);
    expect((await map.viewport()).zoom).toBe(beforeKeys.zoom);
    await page.keyboard.press('+');
    await expect.poll(async () => (await map.viewport()).zoom).toBeGreaterThan(beforeKeys.zoom);
    await map.settled();
  });

  it('draws the map’s shape when zoomed out that far, in the items’ colours, lightened in the dark theme', async () => {
    const { planId } = await callApi(atlas, 'importPlanFile', { file: { ...generatePlan(1000), viewport: { x: 0, y: 0, zoom: 1 } } });
    const inkIn = async (colorScheme: 'light' | 'dark') => {
      const page = await windowOf(1280, 800, colorScheme);
      await page.goto(`${atlas.url}#/plans/${planId}`);
      await mapPage(page).waitForMap();
      await minimapOf(page).waitFor();
      await fit(page);
      expect((await mapPage(page).viewport()).zoom).toBeLessThan(MAP_SHAPE_ZOOM);
      await page.getByRole('img', { name: /^Shape of the map: / }).waitFor();
      await expect.poll(async () => (await minimapInk(page)).drawn).toBeGreaterThan(300);
      return minimapInk(page);
    };
    const light = await inkIn('light');
    expect(light.colours).toBeGreaterThanOrEqual(3);
    const dark = await inkIn('dark');
    expect(dark.colours).toBeGreaterThanOrEqual(3);
    expect(dark.lightness).toBeGreaterThan(light.lightness + 20);
  });

  it('moves only its viewport box when the map pans: the items are not drawn again', async () => {
    const page = await windowOf(1280, 800);
    await openSamplePlan(page);
    const map = mapPage(page);
    await fit(page);
    const minimap = page.getByRole('img', { name: 'Minimap of the account map' });
    await minimap.focus();
    for (let presses = 0; presses < 20 && (await map.viewport()).zoom < 0.9; presses += 1) await page.keyboard.press('+');
    await map.settled();
    const viewportBox = page.locator('.atlas-minimap-viewport');
    const boxBefore = await viewportBox.evaluate((element) => (element as HTMLElement).style.transform);
    // Counts the canvas fills from here on, after two frames so a draw the zoom asked for is done.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const prototype = CanvasRenderingContext2D.prototype;
          const fill = prototype.fill;
          (window as unknown as { minimapFills: number }).minimapFills = 0;
          prototype.fill = function (this: CanvasRenderingContext2D, ...args: Parameters<CanvasRenderingContext2D['fill']>) {
            (window as unknown as { minimapFills: number }).minimapFills += 1;
            return fill.apply(this, args);
          } as CanvasRenderingContext2D['fill'];
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
    );
    await page.evaluate(() => ((window as unknown as { minimapFills: number }).minimapFills = 0));
    const before = await map.viewport();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    await expect.poll(async () => (await map.viewport()).x).toBeGreaterThan(before.x);
    await map.settled();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await viewportBox.evaluate((element) => (element as HTMLElement).style.transform)).not.toBe(boxBefore);
    expect(await page.evaluate(() => (window as unknown as { minimapFills: number }).minimapFills)).toBe(0);
  });
  it('follows a dragged card a few times a second, not every frame, and shows where it was dropped', async () => {
    const page = await windowOf(1280, 800);
    await openSamplePlan(page);
    const map = mapPage(page);
    await fit(page);
    // Close enough that cards are drawn as cards; then any card in the pane, clear of the minimap, with room to move.
    await page.getByRole('img', { name: 'Minimap of the account map' }).focus();
    for (let presses = 0; presses < 20 && (await map.viewport()).zoom < 0.9; presses += 1) await page.keyboard.press('+');
    await map.settled();
    const box = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const minimap = document.querySelector('.react-flow__minimap')!.getBoundingClientRect();
      const clear = (box: DOMRect) => box.right + 10 < minimap.left || box.left > minimap.right + 10 || box.bottom + 10 < minimap.top || box.top > minimap.bottom + 10;
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node[aria-label]')) {
        if (node.getAttribute('aria-label')!.startsWith('Account')) continue;
        const box = node.getBoundingClientRect();
        const roomy = box.left > pane.left + 20 && box.top > pane.top + 20 && box.right + 160 < pane.right && box.bottom + 120 < pane.bottom;
        if (box.width > 0 && roomy && clear(box)) return { x: box.x, y: box.y, width: box.width, height: box.height };
      }
      return null;
    });
    expect(box, 'a card to drag in the pane').not.toBeNull();
    await page.evaluate(() => {
      const prototype = CanvasRenderingContext2D.prototype;
      const clear = prototype.clearRect;
      (window as unknown as { minimapDraws: number }).minimapDraws = 0;
      prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<CanvasRenderingContext2D['clearRect']>) {
        (window as unknown as { minimapDraws: number }).minimapDraws += 1;
        return clear.apply(this, args);
      } as CanvasRenderingContext2D['clearRect'];
    });
    const draws = () => page.evaluate(() => (window as unknown as { minimapDraws: number }).minimapDraws);
    const moves = 40;
    const started = Date.now();
    const from = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= moves; step += 1) await page.mouse.move(from.x + step * 3, from.y + step * 2);
    const during = await draws();
    const elapsed = Date.now() - started;
    await page.mouse.up();
    // At most one draw per 200 ms of dragging (and one at the start); every move would mean 40.
    expect(during).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 2);
    expect(during).toBeLessThan(moves);
    // The drop is drawn once the drag has stopped changing the items.
    await expect.poll(draws).toBeGreaterThan(during);
  });
});
