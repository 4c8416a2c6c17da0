import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/desktop.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';
import { FAKE_DESKTOP_BRIDGE, runMenuCommand } from './pages/desktopBridge.ts';


let atlas: RunningAtlas;
let browser: Browser;
let planId = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  ({ planId } = await callApi(atlas, 'createSamplePlan', {}));
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await atlas?.close();
});

async function openPlan(bridge?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  if (bridge) await context.addInitScript(bridge);
  const page = await context.newPage();
  await page.goto(`${atlas.url}#/plans/${planId}`);
  await mapPage(page).waitForMap();
  return page;
}

/** The on-screen height of an element, as the eye sees it (CSS zoom included). */
async function shownHeight(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.height;
}

describe('projector mode', () => {
  it('makes the whole interface larger and hides the side panels; nodes still select and follow the pointer; Escape restores all', async () => {
    const page = await openPlan();
    const map = mapPage(page);
    const title = page.getByRole('heading', { level: 1 });
    const viewTab = page.getByRole('tab', { name: 'Org chart' });
    const palette = page.getByRole('navigation', { name: 'Add to the map' });
    const dana = map.node('Stakeholder', 'Dana Whitfield');
    await map.bringIntoView(dana);
    // How far a drag moves a node without projector mode (React Flow keeps a few pixels of drag threshold).
    const dragged = async () => {
      await map.select('Stakeholder', 'Dana Whitfield');
      await map.settled();
      const start = (await dana.boundingBox())!;
      await map.dragBy(dana, 90, 60);
      await map.settled();
      const end = (await dana.boundingBox())!;
      return { x: end.x - start.x, y: end.y - start.y };
    };
    const normalDrag = await dragged();
    expect(normalDrag.x).toBeGreaterThan(60);
    await map.waitSaved();
    await map.settled();
    const before = { title: await shownHeight(title), tab: await shownHeight(viewTab), zoom: (await map.viewport()).zoom };
    await map.inspector.waitFor();
    await palette.waitFor();

    const toggle = page.getByRole('button', { name: 'Projector mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await map.inspector.waitFor({ state: 'detached' });
    await palette.waitFor({ state: 'hidden' });
    // The toolbar keeps the presenter's controls only (the editing tools and Export come back afterwards).
    await page.getByRole('button', { name: 'Export…' }).waitFor({ state: 'hidden' });
    await map.settled();

    // Text and controls outside the map are 1.5 times as large; the map's cards too (its viewport is zoomed) ...
    expect((await shownHeight(title)) / before.title).toBeCloseTo(1.5, 1);
    expect((await shownHeight(viewTab)) / before.tab).toBeCloseTo(1.5, 1);
    const zoom = (await map.viewport()).zoom;
    expect(zoom / before.zoom).toBeCloseTo(1.5, 2);
    // ... and only by the viewport's zoom: the canvas itself is drawn at zoom 1, so React Flow's pointer maths hold.
    const card = map.allNodes().first();
    const drawn = await card.evaluate((element) => ({ shown: element.getBoundingClientRect().width, laidOut: (element as HTMLElement).offsetWidth }));
    expect(drawn.shown / drawn.laidOut).toBeCloseTo(zoom, 2);
    // The plan still fills the window exactly: nothing pushed below the bottom edge.
    const planBox = (await page.locator('.atlas-plan').boundingBox())!;
    expect(Math.abs(planBox.y + planBox.height - 900)).toBeLessThan(2);

    // Clicking selects the node, and a drag moves it on screen exactly as far as it does without projector mode.
    await map.select('Stakeholder', 'Dana Whitfield');
    await expect.poll(() => dana.evaluate((element) => element.classList.contains('selected'))).toBe(true);
    const projectorDrag = await dragged();
    expect(Math.abs(projectorDrag.x - normalDrag.x)).toBeLessThan(1.5);
    expect(Math.abs(projectorDrag.y - normalDrag.y)).toBeLessThan(1.5);
    await map.waitSaved();

    // The context menu opens where the pointer is.
    const box = (await dana.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Map actions' });
    const menuBox = (await menu.boundingBox())!;
    expect(Math.abs(menuBox.x - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(menuBox.y - (box.y + box.height / 2))).toBeLessThan(2);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // Escape leaves projector mode: panels back, sizes as before.
    await page.keyboard.press('Escape');
    await map.inspector.waitFor();
    await palette.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Export…' }).waitFor();
    await map.settled();
    expect(await shownHeight(title)).toBeCloseTo(before.title, 0);
    expect(await shownHeight(viewTab)).toBeCloseTo(before.tab, 0);
    expect(await page.evaluate(() => document.documentElement.classList.contains('atlas-projector'))).toBe(false);
  }, 120_000);

  it('keeps a dragged card under the pointer in the org chart too (the views drag cards by hand)', async () => {
    const page = await openPlan();
    const views = viewsPage(page);
    await views.open('Org chart');
    const chart = views.region('Org chart');
    await chart.waitFor();
    await page.getByRole('button', { name: 'Projector mode' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('atlas-projector'));
    const card = views.stakeholder('Jonas Meyer', chart);
    const start = (await card.boundingBox())!;
    const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 4 });
    await page.mouse.move(from.x + 120, from.y + 90, { steps: 4 });
    await expect.poll(() => card.evaluate((element) => element.classList.contains('is-dragging'))).toBe(true);
    const during = (await card.boundingBox())!;
    // The card moves on screen as far as the pointer, not 1.5 times as far.
    expect(Math.abs(during.x - start.x - 120)).toBeLessThan(2);
    expect(Math.abs(during.y - start.y - 90)).toBeLessThan(2);
    // Back where it started and let go: dropped on itself, nothing changes.
    await page.mouse.move(from.x, from.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => card.evaluate((element) => element.classList.contains('is-dragging'))).toBe(false);
  }, 60_000);

  it('is also the View menu’s Projector mode, and shows the desktop window full screen while on', async () => {
    const page = await openPlan(FAKE_DESKTOP_BRIDGE);
    const map = mapPage(page);
    const menu = (command: MenuCommand) => runMenuCommand(page, command);
    const fullScreenCalls = () => page.evaluate(() => (window as unknown as { __fullScreen: boolean[] }).__fullScreen);
    await menu('view.projector');
    await map.inspector.waitFor({ state: 'detached' });
    await expect.poll(fullScreenCalls).toEqual([true]);
    await menu('view.projector');
    await map.inspector.waitFor();
    await expect.poll(fullScreenCalls).toEqual([true, false]);
  }, 60_000);
});
