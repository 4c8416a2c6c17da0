import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';
import { searchPage } from './pages/searchPage.ts';
import { FAKE_DESKTOP_BRIDGE, runMenuCommand } from './pages/desktopBridge.ts';


let atlas: RunningAtlas;
let browser: Browser;
let page: Page;
let planId: string;

const map = () => mapPage(page);
const search = () => searchPage(page);

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.addInitScript(FAKE_DESKTOP_BRIDGE);
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
    // Dimmed cards stay on the map, faded to grey; the results keep their colour.
    const filterOf = (kind: string, label: string) => map().node(kind, label).evaluate((element) => getComputedStyle(element.querySelector('.atlas-node')!).filter);
    expect(await filterOf('Stakeholder', 'Dana Whitfield')).toBe('grayscale(1)');
    await map().bringIntoView(map().node('Action', 'Send the reference-customer case study to Tom'));
    expect(await filterOf('Action', 'Send the reference-customer case study to Tom')).toBe('none');
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

describe('outline view', () => {
  const tab = (name: string) => page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
  const stored = async () => {
    await map().waitSaved();
    return callApi(atlas, 'loadPlan', { planId });
  };
  const idOf = (document: Awaited<ReturnType<typeof stored>>, label: string) => document.nodes.find((node) => node.label === label)!.id;

  it('shows the plan as a tree in outline order, with the same selection as the map', async () => {
    await tab('Outline').click();
    const tree = search().tree();
    await tree.waitFor();
    const first = tree.getByRole('treeitem').first();
    expect(await first.getAttribute('aria-label')).toBe('Account: Northwind Logistics');
    expect(await first.getAttribute('aria-level')).toBe('1');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    expect(await search().item('Topic', 'Buying centre').getAttribute('aria-level')).toBe('2');
    expect(await search().item('Stakeholder', 'Dana Whitfield').getAttribute('aria-level')).toBe('3');
    const names = await tree.getByRole('treeitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(names.indexOf('Stakeholder: Sam Ortiz')).toBeLessThan(names.indexOf('Stakeholder: Dana Whitfield'));
    expect(names.indexOf('Stakeholder: Dana Whitfield')).toBeLessThan(names.indexOf('Stakeholder: Priya Raman'));

    await search().item('Stakeholder', 'Dana Whitfield').click();
    expect(await search().item('Stakeholder', 'Dana Whitfield').getAttribute('aria-selected')).toBe('true');
    await tab('Map').click();
    await expect.poll(() => search().selectedNodes()).toEqual(['Stakeholder: Dana Whitfield']);
    await map().select('Stakeholder', 'Priya Raman');
    await tab('Outline').click();
    await expect.poll(() => search().item('Stakeholder', 'Priya Raman').getAttribute('aria-selected')).toBe('true');
    expect(await search().item('Stakeholder', 'Dana Whitfield').getAttribute('aria-selected')).toBe('false');
  });

  it('renames in place with F2, indents with Tab, outdents with Shift+Tab and adds a sibling with Enter; the map stays in step', async () => {
    const before = await stored();
    await search().item('Stakeholder', 'Priya Raman').focus();
    await page.keyboard.press('F2');
    const field = search().tree().getByRole('textbox', { name: 'Stakeholder name' });
    await field.fill('Priya Raman-Iyer');
    await field.press('Enter');
    await search().item('Stakeholder', 'Priya Raman-Iyer').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stakeholder: Priya Raman-Iyer');

    await page.keyboard.press('Tab');
    await expect.poll(() => search().item('Stakeholder', 'Priya Raman-Iyer').getAttribute('aria-level')).toBe('4');
    let saved = await stored();
    expect(saved.nodes.find((node) => node.label === 'Priya Raman-Iyer')!.parentId).toBe(idOf(saved, 'Dana Whitfield'));
    // Moving keeps every relation.
    expect(saved.edges.length).toBe(before.edges.length);

    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => search().item('Stakeholder', 'Priya Raman-Iyer').getAttribute('aria-level')).toBe('3');
    saved = await stored();
    expect(saved.nodes.find((node) => node.label === 'Priya Raman-Iyer')!.parentId).toBe(idOf(saved, 'Buying centre'));

    await page.keyboard.press('Enter');
    const fresh = search().tree().getByRole('textbox', { name: 'Stakeholder name' });
    await fresh.waitFor();
    await page.keyboard.type('Omar Haddad');
    await page.keyboard.press('Enter');
    await search().item('Stakeholder', 'Omar Haddad').waitFor();
    const names = await search().tree().getByRole('treeitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
    expect(names.indexOf('Stakeholder: Omar Haddad')).toBe(names.indexOf('Stakeholder: Priya Raman-Iyer') + 1);
    expect(await search().item('Stakeholder', 'Omar Haddad').getAttribute('aria-level')).toBe('3');

    await tab('Map').click();
    await map().waitForNode('Stakeholder', 'Priya Raman-Iyer');
    await map().waitForNode('Stakeholder', 'Omar Haddad');
    await expect.poll(() => search().selectedNodes()).toEqual(['Stakeholder: Omar Haddad']);
    saved = await stored();
    expect(saved.nodes.find((node) => node.label === 'Omar Haddad')!.parentId).toBe(idOf(saved, 'Buying centre'));
    expect(saved.edges.length).toBe(before.edges.length);
  });

  it('a refused indent says why, and changes nothing', async () => {
    await tab('Outline').click();
    await search().item('Topic', 'Buying centre').click();
    const first = await search().tree().getByRole('treeitem').nth(1).getAttribute('aria-label');
    await search().tree().getByRole('treeitem').nth(1).click();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no item above it');
    expect(await search().tree().getByRole('treeitem').nth(1).getAttribute('aria-label')).toBe(first);
    expect(await search().tree().getByRole('treeitem').nth(1).getAttribute('aria-level')).toBe('2');
  });

  it('Escape on a line just added, its name untouched, takes the add back', async () => {
    const before = (await stored()).nodes.length;
    await search().item('Stakeholder', 'Omar Haddad').click();
    await page.keyboard.press('Enter');
    await search().tree().getByRole('textbox', { name: 'Stakeholder name' }).waitFor();
    await page.keyboard.press('Escape');
    await search().tree().getByRole('textbox').waitFor({ state: 'detached' });
    expect(await search().item('Stakeholder', 'New stakeholder').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stakeholder: Omar Haddad');
    expect((await stored()).nodes.length).toBe(before);
  });

  it('focuses on one branch with a breadcrumb back to the whole plan', async () => {
    await search().item('Topic', 'Buying centre').click();
    await page.getByRole('button', { name: 'Focus on branch' }).click();
    await expect.poll(() => search().tree().getByRole('treeitem').first().getAttribute('aria-label')).toBe('Topic: Buying centre');
    expect(await search().tree().getByRole('treeitem').first().getAttribute('aria-level')).toBe('1');
    expect(await search().item('Account', 'Northwind Logistics').count()).toBe(0);
    expect(await search().item('Stakeholder', 'Dana Whitfield').getAttribute('aria-level')).toBe('2');
    const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await trail.locator('[aria-current="location"]').textContent()).toBe('Buying centre');
    await trail.getByRole('button', { name: 'Whole plan' }).click();
    await search().item('Account', 'Northwind Logistics').waitFor();
  });

  it('Edit > Find in plan… from the outline shows the map with the search box', async () => {
    await tab('Outline').click();
    await search().tree().waitFor();
    await runMenuCommand(page, 'edit.find');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the plan');
    expect(await tab('Map').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await search().box().waitFor({ state: 'detached' });
  });
});
