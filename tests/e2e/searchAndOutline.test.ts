import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';
import { searchPage } from './pages/searchPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;
let planId: string;

const map = () => mapPage(page);
const search = () => searchPage(page);

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await map().waitForMap();
  planId = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.id;
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

describe('search and filter', () => {
  it('Ctrl+F opens the search box, which finds a stakeholder by job title as you type', async () => {
    await map().select('Stakeholder', 'Sam Ortiz');
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the plan');
    await page.keyboard.type('fleet operations director');
    await expect.poll(() => search().results().allTextContents()).toEqual(['Stakeholder: Aisha KarimJob title: Director of Fleet Operations']);
    await expect.poll(() => search().count().textContent()).toBe('1 result');
  });

  it('steps through the results with Enter, Shift+Enter and the buttons, selecting each on the map', async () => {
    await search().box().fill('chief officer');
    const names = ['Stakeholder: Sam Ortiz', 'Stakeholder: Dana Whitfield', 'Stakeholder: Priya Raman', 'Stakeholder: Helen Brandt'];
    await expect.poll(() => search().results().count()).toBe(4);
    await page.keyboard.press('Enter');
    await expect.poll(() => search().selectedNodes()).toEqual([names[0]]);
    await page.keyboard.press('Enter');
    await expect.poll(() => search().selectedNodes()).toEqual([names[1]]);
    await expect.poll(() => search().count().textContent()).toBe('2 of 4');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => search().selectedNodes()).toEqual([names[0]]);
    await page.getByRole('button', { name: 'Previous result' }).click();
    await expect.poll(() => search().selectedNodes()).toEqual([names[3]]);
    await page.getByRole('button', { name: 'Next result' }).click();
    await expect.poll(() => search().selectedNodes()).toEqual([names[0]]);
    await search().results().nth(2).click();
    await expect.poll(() => search().selectedNodes()).toEqual([names[2]]);
    expect(await search().results().nth(2).getAttribute('aria-selected')).toBe('true');
    // The chosen result is brought into view on the map.
    await map().settled();
    const area = (await page.getByRole('main', { name: 'Account map' }).boundingBox())!;
    const box = (await map().node('Stakeholder', 'Priya Raman').boundingBox())!;
    expect(box.x >= area.x && box.x + box.width <= area.x + area.width && box.y >= area.y && box.y + box.height <= area.y + area.height).toBe(true);
  });

  it('a filter dims the rest of the map, and Escape clears it and restores the map', async () => {
    await search().box().fill('');
    await search().filter('kind').selectOption({ label: 'Action' });
    await search().filter('owner').selectOption({ label: 'Luis Romero' });
    await expect.poll(() => search().results().count()).toBe(3);
    await expect.poll(() => search().dimmedNodes()).toContain('Stakeholder: Dana Whitfield');
    const shown = await map().allNodes().evaluateAll((elements) =>
      elements.filter((element) => !element.hasAttribute('aria-description')).map((element) => element.getAttribute('aria-label')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((name) => name!.startsWith('Action: '))).toBe(true);
    // Dimmed cards stay on the map, faded.
    const opacity = await map().node('Stakeholder', 'Dana Whitfield').evaluate((element) => Number(getComputedStyle(element).opacity));
    expect(opacity).toBeLessThan(0.5);
    await search().box().focus();
    await page.keyboard.press('Escape');
    await search().box().waitFor({ state: 'detached' });
    await expect.poll(() => search().dimmedNodes()).toEqual([]);
    // Opened again, the box is empty and nothing is filtered.
    await page.keyboard.press('Control+f');
    await expect.poll(() => search().box().inputValue()).toBe('');
    expect(await search().filter('kind').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await search().box().waitFor({ state: 'detached' });
  });
});
