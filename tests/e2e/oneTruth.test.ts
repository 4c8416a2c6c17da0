import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

const NEED = 'Real-time shipment visibility for the top 50 retail customers';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let planId: string;
let planTitle: string;

/**
 * A window on the plan. `deaf` windows hear nothing on the live channel (their WebSocket is answered by the test,
 * never by the server), as a window on a slow or broken connection would: they show the plan as they loaded it.
 */
async function openWindow(options: { deaf?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.deaf) await page.routeWebSocket(/\/api\/live/, () => undefined);
  await page.goto(atlas.url);
  await homePage(page).openPlan(planTitle);
  await mapPage(page).waitForMap();
  return page;
}

async function storedNode(label: string) {
  const document = await callApi(atlas, 'loadPlan', { planId });
  return document.nodes.find((node) => node.label === label);
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  ({ planId } = await callApi(atlas, 'createSamplePlan', {}));
  const accounts = await callApi(atlas, 'listAccounts', {});
  planTitle = accounts[0]!.plans[0]!.title;
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await atlas?.close();
});

describe('one plan, one truth', () => {
  it('two windows editing different fields of one stakeholder both keep their change after a reload', async () => {
    const first = await openWindow({ deaf: true });
    const second = await openWindow();

    const inSecond = mapPage(second);
    await inSecond.select('Stakeholder', 'Dana Whitfield');
    await inSecond.inspector.getByLabel('Job title', { exact: true }).fill('Group CFO');
    await inSecond.inspector.getByLabel('Job title', { exact: true }).blur();
    await inSecond.waitSaved();

    // The first window still shows the old title; it changes the support only.
    const inFirst = mapPage(first);
    await inFirst.select('Stakeholder', 'Dana Whitfield');
    expect(await inFirst.inspector.getByLabel('Job title', { exact: true }).inputValue()).toBe('Chief Financial Officer');
    await inFirst.inspector.getByLabel('Support').selectOption({ label: '+2 Mentor' });
    await inFirst.waitSaved();

    await first.reload();
    await inFirst.waitForMap();
    await inFirst.select('Stakeholder', 'Dana Whitfield');
    expect(await inFirst.inspector.getByLabel('Job title', { exact: true }).inputValue()).toBe('Group CFO');
    expect(await inFirst.inspector.getByLabel('Support').inputValue()).toBe('mentor');
    expect((await storedNode('Dana Whitfield'))?.data).toMatchObject({ title: 'Group CFO', support: 'mentor' });
    await first.close();
    await second.close();
  });

  it('a change the backend refuses is undone with a message, and the next edit saves', async () => {
    const page = await openWindow({ deaf: true });
    const map = mapPage(page);
    // Someone else deletes the need while this window shows it (and has not heard of it yet).
    const need = await storedNode(NEED);
    await callApi(atlas, 'applyPatch', { planId, deleteNodes: [need!.id] });

    await map.select('Need', NEED);
    await map.press('F2');
    const field = page.getByRole('textbox', { name: 'Need name', exact: true });
    await field.fill('Live shipment tracking');
    await field.press('Enter');

    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'That change was not saved and has been undone' }).waitFor();
    expect(await alert.textContent()).toMatch(/it may have been deleted/);
    await map.node('Need', NEED).waitFor();
    expect(await map.node('Need', 'Live shipment tracking').count()).toBe(0);

    await map.select('Stakeholder', 'Priya Raman');
    await map.inspector.getByLabel('Job title', { exact: true }).fill('Chief Digital Officer');
    await map.inspector.getByLabel('Job title', { exact: true }).blur();
    await map.waitSaved();
    expect((await storedNode('Priya Raman'))?.data).toMatchObject({ title: 'Chief Digital Officer' });
    await page.close();
  });
});
