import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanNodeOf } from '../../shared/model.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { todayIso } from '../../shared/values.ts';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { actionTrackerPage } from './pages/actionTrackerPage.ts';
import { callApi } from './pages/api.ts';
import { axeViolations } from './pages/axe.ts';
import { FAKE_DESKTOP_BRIDGE, runMenuCommand } from './pages/desktopBridge.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';

const OUTPUT = join(PROJECT_ROOT, 'tests', 'output');
const LATE = 'Send the reference-customer case study to Tom';
const SOON = 'Confirm renewal scope and decision timeline with Dana';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let planId: string;

async function storedActions(): Promise<Map<string, PlanNodeOf<'action'>>> {
  await page.getByText('Saved', { exact: true }).waitFor();
  const { nodes } = await callApi(atlas, 'loadPlan', { planId });
  return new Map(nodes.filter((node): node is PlanNodeOf<'action'> => node.kind === 'action').map((node) => [node.label, node]));
}

async function expectNoViolations(where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect.soft(violations, `axe-core on ${where}:\n${violations.join('\n')}`).toEqual([]);
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  await context.addInitScript(FAKE_DESKTOP_BRIDGE);
  page = await context.newPage();
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await mapPage(page).waitForMap();
  planId = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.id;
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('the action tracker', () => {
  it('opens with Ctrl+6 and from View → Actions, lists every action by due date with the overdue one marked', async () => {
    const tracker = actionTrackerPage(page);
    await page.keyboard.press('Control+6');
    await tracker.table.waitFor();
    await viewsPage(page).open('Map');
    await runMenuCommand(page, 'view.actions');
    await tracker.table.waitFor();
    expect(await viewsPage(page).tab('Actions').getAttribute('aria-selected')).toBe('true');

    const stored = await storedActions();
    const titles = await tracker.titles();
    expect(titles.sort()).toEqual([...stored.keys()].sort());
    expect(await tracker.header('Due').getAttribute('aria-sort')).toBe('ascending');
    const shownOrder = await tracker.titles();
    const dates = shownOrder.map((title) => stored.get(title)!.data.dueDate ?? '9999');
    expect(dates).toEqual([...dates].sort());
    await expect.poll(() => tracker.row(LATE).getAttribute('class')).toContain('is-overdue');
    expect(await tracker.row(LATE).getByText('Overdue', { exact: true }).isVisible()).toBe(true);
    expect(await tracker.row(SOON).getByText('Overdue', { exact: true }).count()).toBe(0);
    await expectNoViolations('the action tracker');
  });

  it('sorts by a column header, toggling the direction, and filters by what is due and by owner', async () => {
    const tracker = actionTrackerPage(page);
    await tracker.sortBy('Action');
    expect(await tracker.header('Action').getAttribute('aria-sort')).toBe('ascending');
    expect(await tracker.header('Due').getAttribute('aria-sort')).toBe('none');
    const ascending = await tracker.titles();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
    await tracker.sortBy('Action');
    expect(await tracker.header('Action').getAttribute('aria-sort')).toBe('descending');
    expect(await tracker.titles()).toEqual([...ascending].reverse());
    await tracker.sortBy('Due');

    await tracker.show.selectOption({ label: 'Overdue (1)' });
    await expect.poll(() => tracker.titles()).toEqual([LATE]);
    await tracker.show.selectOption({ index: 2 });
    const soon = await tracker.titles();
    const stored = await storedActions();
    const today = todayIso();
    const expected = [...stored.values()]
      .filter((node) => node.data.status !== 'done' && node.data.dueDate !== null && node.data.dueDate >= today && node.data.dueDate <= addDays(today, 14))
      .map((node) => node.label);
    expect(soon.sort()).toEqual(expected.sort());
    expect(soon).toContain(SOON);

    await tracker.show.selectOption({ label: `All actions (${stored.size})` });
    const teamMembers = (await callApi(atlas, 'loadPlan', { planId })).nodes.filter((node) => node.kind === 'teamMember').map((node) => node.label);
    const ownerOptions = await tracker.owner.locator('option').allTextContents();
    for (const name of teamMembers) expect(ownerOptions).toContain(name);
    await tracker.owner.selectOption({ label: 'Luis Romero' });
    const luis = [...stored.values()].filter((node) => node.data.owner === 'Luis Romero').map((node) => node.label);
    await expect.poll(async () => (await tracker.titles()).sort()).toEqual(luis.sort());
    await tracker.show.selectOption({ index: 1 });
    await expect.poll(() => tracker.titles()).toEqual([LATE]);
    await tracker.owner.selectOption({ label: 'Grace Okafor' });
    await tracker.region.getByText('No overdue actions owned by Grace Okafor.').waitFor();
    await expectNoViolations('the action tracker with a filter that shows nothing');
    await tracker.region.getByRole('button', { name: 'Show all actions' }).click();
    await expect.poll(async () => (await tracker.titles()).length).toBe(stored.size);
  });

  it('edits status, due date and owner in place, saved, and the overdue mark follows', async () => {
    const tracker = actionTrackerPage(page);
    await tracker.status(LATE).selectOption({ label: 'Done' });
    await expect.poll(() => tracker.row(LATE).getAttribute('class')).not.toContain('is-overdue');
    expect((await storedActions()).get(LATE)!.data.status).toBe('done');

    const due = addDays(todayIso(), -3);
    await tracker.dueDate(SOON).fill(due);
    await expect.poll(() => tracker.row(SOON).getAttribute('class')).toContain('is-overdue');
    expect((await storedActions()).get(SOON)!.data.dueDate).toBe(due);

    await tracker.ownerOf(SOON).fill('Ben Novak');
    expect(await page.locator(`datalist#${await tracker.ownerOf(SOON).getAttribute('list')} option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toContain('Maya Chen');
    await expect.poll(async () => (await storedActions()).get(SOON)!.data.owner).toBe('Ben Novak');
  });

  it('moves between rows with the arrow keys and shares the selection with the map', async () => {
    const tracker = actionTrackerPage(page);
    const titles = await tracker.titles();
    await tracker.table.getByRole('button', { name: `Action: ${titles[0]}`, exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Action: ${titles[1]}`);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Action: ${titles.at(-1)}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => tracker.tick(titles.at(-1)!).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') + ':' + document.activeElement?.textContent)).toBe('tab:Actions');
    await page.keyboard.press('Control+1');
    await mapPage(page).waitForMap();
    await expect.poll(() => page.locator('.react-flow__node.selected').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')))).toEqual([`Action: ${titles.at(-1)}`]);
    await page.keyboard.press('Control+6');
    await tracker.table.waitFor();
  });

  it('edits the ticked actions together from the bulk bar, one undo step each', async () => {
    const tracker = actionTrackerPage(page);
    await tracker.region.getByRole('button', { name: 'Clear selection' }).click();
    const three = (await tracker.titles()).slice(0, 3);
    for (const title of three) await tracker.tick(title).check();
    await tracker.bulkBar.getByText('3 actions selected').waitFor();
    await expectNoViolations('the action tracker with its bulk bar');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'view-actions.png') });
    const before = await storedActions();

    await tracker.bulkBar.getByLabel('Set status').selectOption({ label: 'Blocked' });
    await expect.poll(async () => { const now = await storedActions(); return three.map((title) => now.get(title)!.data.status); }).toEqual(['blocked', 'blocked', 'blocked']);

    const due = addDays(todayIso(), 30);
    await tracker.bulkBar.getByLabel('Set due date').fill(due);
    await tracker.bulkBar.getByRole('button', { name: 'Apply due date' }).click();
    await expect.poll(async () => { const now = await storedActions(); return three.map((title) => now.get(title)!.data.dueDate); }).toEqual([due, due, due]);

    await tracker.bulkBar.getByLabel('Set owner').selectOption({ label: 'Nora Blake' });
    await expect.poll(async () => { const now = await storedActions(); return three.map((title) => now.get(title)!.data.owner); }).toEqual(['Nora Blake', 'Nora Blake', 'Nora Blake']);

    await page.getByRole('button', { name: 'Undo edit 3 items', exact: true }).click();
    await expect.poll(async () => { const now = await storedActions(); return three.map((title) => now.get(title)!.data.owner); }).toEqual(three.map((title) => before.get(title)!.data.owner));
    const afterOne = await storedActions();
    expect(three.map((title) => afterOne.get(title)!.data.dueDate)).toEqual([due, due, due]);
    await page.getByRole('button', { name: 'Undo edit 3 items', exact: true }).click();
    await page.getByRole('button', { name: 'Undo edit 3 items', exact: true }).click();
    await expect.poll(async () => { const now = await storedActions(); return three.map((title) => now.get(title)!.data.status); }).toEqual(three.map((title) => before.get(title)!.data.status));
  });

  it('shows what was done since the last review', async () => {
    const tracker = actionTrackerPage(page);
    await tracker.show.selectOption({ index: 3 });
    await tracker.region.getByText('No review yet: take a review to see what gets done after it.').waitFor();
    await callApi(atlas, 'takeSnapshot', { planId, label: 'Q1 review' });
    // Choosing the filter again reads the reviews again: the one just taken counts.
    await tracker.show.selectOption({ index: 0 });
    await tracker.show.selectOption({ index: 3 });
    await tracker.region.getByText(/Last review: Q1 review/).waitFor();
    await tracker.region.getByText('No actions done since the last review.').waitFor();
    await tracker.show.selectOption({ index: 0 });
    await tracker.status(SOON).selectOption({ label: 'Done' });
    await tracker.show.selectOption({ label: 'Done since the last review (1)' });
    await expect.poll(() => tracker.titles()).toEqual([SOON]);
  });
});
