import { spawnSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { axeViolations } from './pages/axe.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PERSON = 'Priya Raman';
const DONE = 'Draft the multi-year pricing model';
const MOVED = 'Submit the RFP response for route planning';
const NEED = 'Cut the cost of handling returns';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const panel = () => page.getByRole('region', { name: 'Reviews' });
const changeButtons = () => panel().locator('button.atlas-review__change');

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1680, height: 1000 } });
  page = await context.newPage();
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('reviews and what changed since, in browser mode against the real build', () => {
  it('takes a named review from the Reviews panel and lists it', async () => {
    await page.getByRole('button', { name: 'Reviews', exact: true }).click();
    await panel().getByRole('heading', { name: 'Reviews', exact: true }).waitFor();
    await panel().getByText(/^No reviews yet/).waitFor();
    await panel().getByLabel('Review name').fill('Q1 review');
    await panel().getByRole('button', { name: 'Start a review' }).click();
    await panel().getByRole('status').filter({ hasText: 'Took the review “Q1 review”.' }).waitFor();
    await panel().getByRole('listitem', { name: /^Q1 review, \d+ \w{3} \d{4}$/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('after four edits, "Compare with review…" shows exactly those four changes in the list, on the map and in the outline', async () => {
    const map = mapPage(page);
    await map.select('Stakeholder', PERSON);
    await map.inspector.getByLabel('Support').selectOption({ label: '+1 Supporter' });
    await map.select('Action', DONE);
    await map.inspector.getByLabel('Status', { exact: true }).selectOption('done');
    await map.select('Action', MOVED);
    const due = map.inspector.getByLabel('Due date', { exact: true });
    const oldDue = await due.inputValue();
    const newDue = `${Number(oldDue.slice(0, 4)) + 1}${oldDue.slice(4)}`;
    await due.fill(newDue);
    await due.press('Enter');
    await page.getByRole('main', { name: 'Account map' }).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await map.addFromPalette('Need', NEED);
    await map.waitSaved();

    await panel().getByRole('button', { name: 'Compare with Q1 review' }).click();
    await panel().getByRole('heading', { name: /^4 changes since the review “Q1 review” of \d+ \w{3} \d{4}$/ }).waitFor({ timeout: 10_000 });
    expect(await changeButtons().allTextContents()).toEqual([
      `${NEED}: need added`,
      `${PERSON}: support Neutral → Supporter ↑`,
      `${DONE}: completed`,
      expect.stringMatching(new RegExp(`^${MOVED}: due date moved .+ → .+ ${newDue.slice(0, 4)} ↓$`)),
    ]);

    // Each change selects its item on the map, which carries the mark.
    const marks: Record<string, string> = {
      [`Need: ${NEED}`]: 'Since the review: added',
      [`Stakeholder: ${PERSON}`]: 'Since the review: support moved up',
      [`Action: ${DONE}`]: 'Since the review: action completed',
      [`Action: ${MOVED}`]: 'Since the review: due date moved down',
    };
    const buttons = await changeButtons().all();
    for (const [at, [name, mark]] of Object.entries(marks).entries()) {
      await buttons[at]!.click();
      const node = page.locator(`.react-flow__node[aria-label="${name}"]`);
      await expect.poll(() => node.evaluate((element) => element.classList.contains('selected')), { timeout: 10_000 }).toBe(true);
      await node.getByRole('img', { name: mark, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await map.settled();
    expect(await page.locator('.react-flow__node .atlas-change-mark').count()).toBe(4);
    // Nothing selected: the check is of the marks and the change list (the inspector has its own tests).
    await page.getByRole('main', { name: 'Account map' }).locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    expect(await axeViolations(page)).toEqual([]);

    await viewsPage(page).open('Outline');
    const outline = viewsPage(page).region('Outline');
    await expect.poll(() => outline.locator('.atlas-change-mark').count(), { timeout: 10_000 }).toBe(4);
    await outline.getByRole('treeitem', { name: `Stakeholder: ${PERSON}` }).getByRole('img', { name: 'Since the review: support moved up' }).waitFor();
    await viewsPage(page).open('Org chart');
    await viewsPage(page).region('Org chart').getByRole('img', { name: 'Since the review: support moved up' }).waitFor();
    await viewsPage(page).open('Actions');
    const tracker = page.getByRole('table', { name: 'Actions', exact: true });
    await tracker.getByRole('img', { name: 'Since the review: action completed', exact: true }).waitFor();
    await tracker.getByRole('img', { name: 'Since the review: due date moved down', exact: true }).waitFor();
    expect(await tracker.locator('.atlas-change-mark').count()).toBe(2);
    await viewsPage(page).open('Map');
  });

  it('opens the review read-only: the plan as it was, before the edits', async () => {
    await panel().getByRole('button', { name: 'Open Q1 review' }).click();
    const dialog = page.getByRole('dialog', { name: /^Review “Q1 review” of .* \(read-only\)$/ });
    await dialog.waitFor();
    const lines = await dialog.getByRole('list', { name: 'The plan as it was at “Q1 review”' }).getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(73);
    const picture = dialog.getByRole('img', { name: 'The map as it was at “Q1 review”' });
    await expect.poll(() => picture.evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(lines.find((line) => line.startsWith(`Stakeholder: ${PERSON}`))).toMatch(/Neutral/);
    expect(lines.some((line) => line.includes(NEED))).toBe(false);
    expect(await dialog.getByRole('textbox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('the document preview’s Performance Dashboard says what changed since the last review', async () => {
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const heading = page.getByRole('heading', { name: 'Since the last review', exact: true });
    await heading.waitFor({ timeout: 15_000 });
    const table = page.getByRole('table').filter({ hasText: `${PERSON}: support Neutral → Supporter ↑` });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(5);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
  });

  it('atlas compare prints the same four changes from the same library', () => {
    const run = spawnSync(process.execPath, ['electron/cli/atlas.ts', 'compare', 'FY27', '--data', atlas.dataPath], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^4 changes since the review “Q1 review”/);
    expect(lines.filter((line) => line.startsWith('  '))).toEqual([
      `  ${NEED}: need added`,
      `  ${PERSON}: support Neutral → Supporter ↑`,
      `  ${DONE}: completed`,
      expect.stringMatching(new RegExp(`^  ${MOVED}: due date moved .+ ↓$`)),
    ]);
  });
});
