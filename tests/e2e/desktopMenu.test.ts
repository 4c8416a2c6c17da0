import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/desktop.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';
import { FAKE_DESKTOP_BRIDGE, runMenuCommand } from './pages/desktopBridge.ts';


let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function menu(command: MenuCommand): Promise<void> {
  await runMenuCommand(page, command);
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(FAKE_DESKTOP_BRIDGE);
  page = await context.newPage();
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('the native menu drives the renderer (desktop bridge stood in)', () => {
  it('deletes the selected node and undoes it from the Edit menu', async () => {
    const map = mapPage(page);
    await map.select('Stakeholder', 'Jonas Meyer');
    await menu('edit.delete');
    await expect.poll(() => map.node('Stakeholder', 'Jonas Meyer').count()).toBe(0);
    await menu('edit.undo');
    await expect.poll(() => map.node('Stakeholder', 'Jonas Meyer').count()).toBe(1);
    await menu('edit.redo');
    await expect.poll(() => map.node('Stakeholder', 'Jonas Meyer').count()).toBe(0);
    await menu('edit.undo');
    await expect.poll(() => map.node('Stakeholder', 'Jonas Meyer').count()).toBe(1);
  });

  it('undoes typing, not the map, when a text field has focus', async () => {
    const map = mapPage(page);
    await map.select('Stakeholder', 'Jonas Meyer');
    await menu('edit.delete');
    await expect.poll(() => map.node('Stakeholder', 'Jonas Meyer').count()).toBe(0);
    await map.select('Stakeholder', 'Dana Whitfield');
    const title = map.inspector.getByLabel('Job title', { exact: true });
    await title.click();
    await title.press('End');
    // One insertion, so it is one undo step whatever the machine's speed (typed keys are grouped into undo
    // steps by timing, which made this test fail on a loaded machine).
    await page.keyboard.insertText(' (acting)');
    expect(await title.inputValue()).toBe('Chief Financial Officer (acting)');
    // Two Undos from the menu: the map's undo would also bring Jonas back; the text field's does not.
    await menu('edit.undo');
    await menu('edit.undo');
    await expect.poll(() => title.inputValue()).toBe('Chief Financial Officer');
    expect(await map.node('Stakeholder', 'Jonas Meyer').count()).toBe(0);
  });

  it('moves a branch down and demotes it from the Edit menu, as Alt+Down and Alt+Right do', async () => {
    const map = mapPage(page);
    const labelsUnder = async (parent: string) => {
      const planId = /^#\/plans\/(.+)$/.exec(await page.evaluate(() => window.location.hash))![1]!;
      await map.waitSaved();
      const plan = await callApi(atlas, 'loadPlan', { planId });
      const parentNode = plan.nodes.find((node) => node.label === parent)!;
      return plan.nodes
        .filter((node) => node.parentId === parentNode.id)
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
        .map((node) => node.label);
    };
    const order = await labelsUnder('Buying centre');
    const [first, second] = [order[0]!, order[1]!];
    await map.select('Stakeholder', first);
    await menu('edit.moveDown');
    await expect.poll(() => labelsUnder('Buying centre')).toEqual([second, first, ...order.slice(2)]);
    await menu('edit.demote');
    await expect.poll(() => labelsUnder(second)).toContain(first);
    await menu('edit.promote');
    await expect.poll(() => labelsUnder('Buying centre')).toContain(first);
    await menu('edit.moveUp');
    await menu('edit.moveUp');
    await expect.poll(() => labelsUnder('Buying centre')).toEqual(order);
  });

  it('shows the Reviews panel and opens the next period’s plan from the menus', async () => {
    await menu('view.reviews');
    await page.getByRole('region', { name: 'Reviews' }).getByRole('heading', { name: 'Reviews', exact: true }).waitFor();
    await menu('view.reviews');
    await menu('file.rollForward');
    const dialog = page.getByRole('dialog', { name: 'New plan for the next period' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('toggles the minimap and opens the Export dialog', async () => {
    await page.getByRole('main', { name: 'Account map' }).click({ position: { x: 20, y: 20 } });
    const minimapShown = () => page.locator('.react-flow__minimap').count();
    const before = await minimapShown();
    await menu('view.minimap');
    await expect.poll(minimapShown).toBe(before === 0 ? 1 : 0);
    await menu('file.export');
    await page.getByRole('dialog', { name: 'Export plan' }).waitFor();
  });
});
