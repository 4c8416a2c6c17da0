import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';

const OVERDUE_ACTION = 'Send the reference-customer case study to Tom';
const MISSED_MILESTONE = 'In-depth coverage of key stakeholders';
const MISSED_FINDING = new RegExp(`^Milestone missed: "${MISSED_MILESTONE}" was due \\d{4}-\\d{2}-\\d{2} and stands at 3 of 6\\.$`);

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The plan screen of the sample plan with its Plan check pane. */
const planScreen = {
  async open(): Promise<void> {
    await page.goto(atlas.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
    await page.locator('.react-flow__node').first().waitFor();
  },
  check: () => page.getByRole('region', { name: 'Plan check' }),
  /** The findings list of the Plan check (the health score and trends sit above it). */
  findings: () => page.getByRole('region', { name: 'Plan check' }).getByRole('region', { name: 'Findings' }),
  node: (ariaLabel: string) => page.locator(`.react-flow__node[aria-label="${ariaLabel}"]`),
  isSelected: (node: Locator) => node.evaluate((element) => element.classList.contains('selected')),
  /** True when the node is drawn and its box lies inside the visible map (off-screen nodes are not drawn at all). */
  async isInView(node: Locator): Promise<boolean> {
    if ((await node.count()) === 0) return false;
    const box = await node.boundingBox({ timeout: 1_000 });
    const map = await page.getByRole('main', { name: 'Account map' }).boundingBox();
    if (!box || !map) return false;
    return box.x >= map.x && box.y >= map.y && box.x + box.width <= map.x + map.width && box.y + box.height <= map.y + map.height;
  },
};

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1680, height: 1000 } });
  page = await context.newPage();
  await planScreen.open();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('plan check, in browser mode against the real build', () => {
  it('lists the sample plan’s findings grouped by severity with counts', async () => {
    await page.getByRole('button', { name: 'Plan check', exact: true }).click();
    const check = planScreen.check();
    await check.getByRole('heading', { name: 'Plan check' }).waitFor();
    await expect.poll(() => planScreen.findings().getByRole('heading', { level: 3 }).allTextContents(), { timeout: 10_000 }).toEqual(['2 warnings', '1 note']);
    const findings = await planScreen.findings().getByRole('listitem').allTextContents();
    expect(findings).toEqual([
      expect.stringMatching(new RegExp(`^Overdue: "${OVERDUE_ACTION}" was due \\d{4}-\\d{2}-\\d{2} \\(Luis Romero\\)\\.$`)),
      expect.stringMatching(MISSED_FINDING),
      'Not contacted in 90 days: Sam Ortiz.',
    ]);
  });

  it('selects the overdue action on the map when its finding is chosen, and shows it in the inspector', async () => {
    // Zoom in far enough that the action is out of view, so bringing it into view is part of the test.
    const map = page.getByRole('main', { name: 'Account map' });
    const zoomIn = map.getByRole('button', { name: /zoom in/i });
    for (let step = 0; step < 6; step += 1) await zoomIn.click();
    const action = planScreen.node(`Action: ${OVERDUE_ACTION}`);
    await expect.poll(() => planScreen.isInView(action)).toBe(false);

    await planScreen.check().getByRole('button', { name: new RegExp(`^Overdue: "${OVERDUE_ACTION}"`) }).click();
    await expect.poll(() => planScreen.isSelected(action), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => planScreen.isInView(action), { timeout: 10_000 }).toBe(true);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.getByLabel('Action', { exact: true }).inputValue()).toBe(OVERDUE_ACTION);
  });

  it('moves the selection to the missed milestone when that finding is chosen, and its card says Missed as the check does', async () => {
    await planScreen.check().getByRole('button', { name: MISSED_FINDING }).click();
    const milestone = planScreen.node(`Milestone: ${MISSED_MILESTONE}`);
    await expect.poll(() => planScreen.isSelected(milestone), { timeout: 10_000 }).toBe(true);
    const selected = page.locator('.react-flow__node.selected');
    expect(await selected.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')))).toEqual([`Milestone: ${MISSED_MILESTONE}`]);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.getByLabel('Name', { exact: true }).inputValue()).toBe(MISSED_MILESTONE);
    await milestone.getByText('Missed', { exact: true }).waitFor();
  });

  it('follows edits: completing the overdue action removes its finding', async () => {
    await planScreen.check().getByRole('button', { name: new RegExp(`^Overdue: "${OVERDUE_ACTION}"`) }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByLabel('Status', { exact: true }).selectOption('done');
    await expect.poll(() => planScreen.findings().getByRole('heading', { level: 3 }).allTextContents(), { timeout: 10_000 }).toEqual(['1 warning', '1 note']);
    expect(await planScreen.check().getByRole('button', { name: /^Overdue:/ }).count()).toBe(0);
  });
});
