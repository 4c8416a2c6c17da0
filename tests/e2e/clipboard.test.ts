import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const failedRequests: string[] = [];

const STAKEHOLDER = 'Aisha Karim';
const NEED = 'Lower fleet emissions by 30% by 2030';

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(atlas.url);
  await homePage(page).openSample();
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

/** The open plan's id, from the address (#/plans/<id>). */
async function currentPlanId(): Promise<string> {
  const hash = await page.evaluate(() => window.location.hash);
  return /^#\/plans\/(.+)$/.exec(hash)![1]!;
}

async function saved() {
  await mapPage(page).waitSaved();
  return callApi(atlas, 'loadPlan', { planId: await currentPlanId() });
}

/** Fits the map to the window, so every node is drawn (the canvas only draws what is in view). */
async function fit(): Promise<void> {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await mapPage(page).settled();
}

describe('cut, copy and paste on the map, like a person', () => {
  const map = () => mapPage(page);

  it('loads the page with its icon and without a failed request', async () => {
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe('./icon.svg');
    const response = await page.request.get(new URL(icon!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    expect(failedRequests).toEqual([]);
  });

  it('copies a stakeholder with Ctrl+C, pastes it under another branch with Ctrl+V, and Ctrl+Z takes it back', async () => {
    const before = await saved();
    // Text selected on the page earlier must not win once the person has clicked a node.
    await page.locator('.atlas-toolbar__title h1').dblclick();
    await map().select('Stakeholder', STAKEHOLDER);
    await map().press('Control+c');
    await map().select('Topic', 'Our team');
    await map().press('Control+v');
    await fit();
    await expect.poll(() => map().node('Stakeholder', STAKEHOLDER).count()).toBe(2);

    const afterPaste = await saved();
    expect(afterPaste.nodes).toHaveLength(before.nodes.length + 1);
    const ourTeam = afterPaste.nodes.find((node) => node.label === 'Our team')!;
    const copies = afterPaste.nodes.filter((node) => node.label === STAKEHOLDER);
    expect(copies.map((node) => node.parentId)).toContain(ourTeam.id);
    const original = copies.find((node) => node.parentId !== ourTeam.id)!;
    const pasted = copies.find((node) => node.parentId === ourTeam.id)!;
    expect(pasted.id).not.toBe(original.id);
    expect(pasted.data).toEqual(original.data);

    await map().press('Control+z');
    await expect.poll(() => map().node('Stakeholder', STAKEHOLDER).count()).toBe(1);
    expect((await saved()).nodes).toHaveLength(before.nodes.length);
  });

  it('leaves Ctrl+V in a text field and Ctrl+C of selected page text to the browser', async () => {
    const count = (await saved()).nodes.length;
    const field = page.getByRole('textbox', { name: 'Topic name', exact: true });
    const pasteIntoRenameField = async () => {
      await map().select('Topic', 'Our team');
      await map().press('F2');
      await field.press('Control+a');
      await field.press('Control+v');
      const value = await field.inputValue();
      await field.press('Escape');
      await map().node('Topic', 'Our team').waitFor();
      return value;
    };
    // The copied stakeholder is on the system clipboard as a plain-text outline.
    expect(await pasteIntoRenameField()).toBe(STAKEHOLDER);

    const title = page.locator('.atlas-toolbar__title h1');
    await title.click({ clickCount: 3 });
    await map().press('Control+c');
    expect(await pasteIntoRenameField()).toBe((await title.textContent())!.trim());
    expect((await saved()).nodes).toHaveLength(count);
  });

  it('cuts a need with Ctrl+X and brings it back under another node with Ctrl+V, saved across a reload', async () => {
    const before = await saved();
    await map().select('Need', NEED);
    await map().press('Control+x');
    await map().node('Need', NEED).waitFor({ state: 'detached' });
    expect((await saved()).nodes.some((node) => node.label === NEED)).toBe(false);

    await map().select('Stakeholder', 'Lena Fischer');
    await map().press('Control+v');
    await map().node('Need', NEED).waitFor();
    const afterPaste = await saved();
    expect(afterPaste.nodes).toHaveLength(before.nodes.length);
    const lena = afterPaste.nodes.find((node) => node.label === 'Lena Fischer')!;
    expect(afterPaste.nodes.find((node) => node.label === NEED)!.parentId).toBe(lena.id);

    await page.reload();
    await map().waitForMap();
    await fit();
    await map().node('Need', NEED).waitFor();
    expect(await map().node('Need', NEED).count()).toBe(1);
    expect(await map().node('Stakeholder', STAKEHOLDER).count()).toBe(1);
  });

  it('copies, pastes and duplicates from the right-click menu', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(atlas.url).origin });
    const before = await saved();
    await map().bringIntoView(map().node('Stakeholder', 'Ravi Patel'));
    await map().node('Stakeholder', 'Ravi Patel').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /^Copy/ }).click();
    await map().bringIntoView(map().node('Topic', 'Customer needs'));
    await map().node('Topic', 'Customer needs').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /^Paste/ }).click();
    await fit();
    await expect.poll(() => map().node('Stakeholder', 'Ravi Patel').count()).toBe(2);
    const customerNeeds = (await saved()).nodes.find((node) => node.label === 'Customer needs')!;
    expect((await saved()).nodes.filter((node) => node.label === 'Ravi Patel').map((node) => node.parentId)).toContain(customerNeeds.id);

    await map().node('Need', NEED).click({ button: 'right' });
    await page.getByRole('menuitem', { name: /^Duplicate/ }).click();
    await expect.poll(() => map().node('Need', NEED).count()).toBe(2);
    expect((await saved()).nodes).toHaveLength(before.nodes.length + 2);
    expect(failedRequests).toEqual([]);
  });
});
