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
let planId: string;
let planTitle: string;

async function openWindow(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(atlas.url);
  await homePage(page).openPlan(planTitle);
  await mapPage(page).waitForMap();
  return page;
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  ({ planId } = await callApi(atlas, 'createSamplePlan', {}));
  planTitle = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.title;
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await atlas?.close();
});

describe('two windows of one plan on one machine', () => {
  it("show each other's changes without a reload, and a change from another program too", async () => {
    const first = await openWindow();
    const second = await openWindow();
    const inFirst = mapPage(first);
    const inSecond = mapPage(second);

    await inFirst.select('Stakeholder', 'Dana Whitfield');
    await first.keyboard.press('F2');
    const field = first.getByRole('textbox', { name: 'Stakeholder name', exact: true });
    await field.fill('Dana Whitfield-Ng');
    await field.press('Enter');
    await inSecond.node('Stakeholder', 'Dana Whitfield-Ng').waitFor();

    await inSecond.select('Stakeholder', 'Dana Whitfield-Ng');
    await inSecond.inspector.getByLabel('Support').selectOption({ label: '+2 Mentor' });
    // The first window still has Dana selected: its inspector follows.
    const support = inFirst.inspector.getByLabel('Support');
    await expect.poll(() => support.inputValue()).toBe('mentor');

    // Another program (here the API, as the CLI would) renames the account: both maps' centres follow.
    await callApi(atlas, 'updateAccount', { id: (await callApi(atlas, 'loadPlan', { planId })).account.id, changes: { name: 'Northwind Group' } });
    await inFirst.node('Account', 'Northwind Group').waitFor();
    await inSecond.node('Account', 'Northwind Group').waitFor();

    // Undo in the second window undoes only its own change; the first hears it.
    await second.keyboard.press('Control+z');
    await expect.poll(() => support.inputValue()).toBe('supporter');
    expect(await inSecond.node('Stakeholder', 'Dana Whitfield-Ng').count()).toBe(1);
    await inFirst.waitSaved();
    await inSecond.waitSaved();
    const stored = (await callApi(atlas, 'loadPlan', { planId })).nodes.find((node) => node.label === 'Dana Whitfield-Ng');
    expect(stored?.data).toMatchObject({ support: 'supporter' });
    await first.close();
    await second.close();
  });
});
