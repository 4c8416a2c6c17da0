import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { axeViolations } from './pages/axe.ts';
import { homePage } from './pages/homePage.ts';

const OVERDUE_ACTION = 'Send the reference-customer case study to Tom';
const HUBS = 'EMEA pilot hubs live';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The Plan check pane's health score and trends, by role and label. */
const healthPane = {
  async open(): Promise<void> {
    await page.getByRole('button', { name: 'Plan check', exact: true }).click();
    await this.score().waitFor();
  },
  check: () => page.getByRole('region', { name: 'Plan check' }),
  score: () => page.getByRole('region', { name: /^Health score/ }),
  async value(): Promise<number> {
    const title = await this.score().getByRole('heading', { level: 3 }).textContent();
    const match = /Health score\s*(\d+)\s*of 100/.exec(title ?? '');
    if (!match) throw new Error(`No score in "${title}".`);
    return Number(match[1]);
  },
  part: (name: string) => page.getByRole('list', { name: new RegExp(`^${name}: \\d+ of \\d+$`) }),
  rule: (name: string) => page.getByRole('listitem', { name: new RegExp(`^${name}: \\d+ of \\d+$`) }),
  trends: () => page.getByRole('region', { name: 'Trends' }),
  figures: (title: RegExp) => page.getByRole('table', { name: title }),
};

/** The SVG an <img> shows (the app draws charts as SVG data URLs, never parsed into the page). */
async function pictureOf(image: Locator): Promise<string> {
  const src = (await image.getAttribute('src')) ?? '';
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}

async function openSample(): Promise<void> {
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await page.locator('.react-flow__node').first().waitFor();
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1680, height: 1000 } });
  page = await context.newPage();
  await openSample();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('plan health score and trends, in browser mode against the real build', () => {
  it('explains the sample plan’s score part by part, the parts adding up to the score', async () => {
    await healthPane.open();
    const score = await healthPane.value();
    let sum = 0;
    for (const part of ['Relationships', 'Needs and goals', 'Actions', 'Freshness']) {
      const name = await healthPane.part(part).getAttribute('aria-label');
      const [, earned, max] = /: (\d+) of (\d+)$/.exec(name ?? '') ?? [];
      expect(Number(max)).toBeGreaterThan(0);
      sum += Number(earned);
    }
    expect(sum).toBe(score);
    // The sample has one overdue action, a stale contact and no review yet: 100 − 2 − 3 − 6.
    expect(score).toBe(89);
    const review = healthPane.rule('Reviewed in the last 90 days');
    expect(await review.textContent()).toContain('The plan has not been reviewed yet');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('links a rule to the plan check’s finding, and fixing it raises the score by the stated amount', async () => {
    const before = await healthPane.value();
    const overdue = healthPane.rule('Nothing overdue');
    const stated = /Fixing one adds (\d+) points?\./.exec((await overdue.textContent()) ?? '');
    expect(stated).not.toBeNull();
    const gain = Number(stated![1]);
    expect(gain).toBeGreaterThan(0);
    await overdue.getByRole('button', { name: new RegExp(`^Show the finding: Overdue: "${OVERDUE_ACTION}"`) }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.getByLabel('Action', { exact: true }).inputValue(), { timeout: 10_000 }).toBe(OVERDUE_ACTION);
    await inspector.getByLabel('Status', { exact: true }).selectOption('done');
    await expect.poll(() => healthPane.value(), { timeout: 10_000 }).toBe(before + gain);
    expect(await overdue.textContent()).toContain('Nothing is overdue.');
  });

  it('draws milestones’ actual against target and the health score across three reviews', async () => {
    const accounts = await callApi(atlas, 'listAccounts', {});
    const planId = accounts.flatMap((account) => account.plans)[0]!.id;
    const document = await callApi(atlas, 'loadPlan', { planId });
    const hubs = document.nodes.find((node): node is Extract<PlanNode, { kind: 'milestone' }> => node.kind === 'milestone' && node.label === HUBS)!;
    for (const [actual, label] of [[1, 'Q1 review'], [2, 'Q2 review'], [3, 'Q3 review']] as const) {
      await callApi(atlas, 'applyPatch', { planId, updateNodes: [{ id: hubs.id, data: { actual } }] });
      await callApi(atlas, 'takeSnapshot', { planId, label });
    }
    await page.goto(atlas.url);
    await homePage(page).openPlan(document.plan.title);
    await page.locator('.react-flow__node').first().waitFor();
    await healthPane.open();
    const trends = healthPane.trends();
    await trends.getByText('Across 3 reviews and now.').waitFor();
    const milestones = healthPane.figures(/^Milestones: actual as a share of target/);
    await trends.getByText('Figures').first().click();
    expect(await milestones.getByRole('columnheader').allTextContents()).toEqual(['Item', 'Q1 review', 'Q2 review', 'Q3 review', 'Now']);
    const row = milestones.getByRole('row', { name: new RegExp(`^${HUBS}`) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['1 of 3 (33%)', '2 of 3 (67%)', '3 of 3 (100%)', '3 of 3 (100%)']);
    // The picture: one line per milestone with an actual ("Renewal signed" has none yet), a point per review and now.
    const chart = await pictureOf(trends.getByRole('img', { name: /^Milestones: actual as a share of target/ }));
    expect(chart.match(/<path /g)?.length).toBe(3);
    expect(chart.match(/<circle /g)?.length).toBe(3 * 4);
    const health = await pictureOf(trends.getByRole('img', { name: /^Plan health score/ }));
    expect(health.match(/<circle /g)?.length).toBe(4);
    // The latest review is today: the score's freshness rule now earns its points.
    expect(await healthPane.rule('Reviewed in the last 90 days').getAttribute('aria-label')).toBe('Reviewed in the last 90 days: 6 of 6');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the same trends in the document preview, as every export has them', async () => {
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('region', { name: /preview/i });
    await preview.getByRole('heading', { name: 'Trends across reviews' }).waitFor({ timeout: 15_000 });
    await preview.getByText('Across 3 reviews and now.').waitFor();
    expect(await pictureOf(preview.getByRole('img', { name: /^Milestones: actual as a share of target/ }))).toContain('<path ');
  });
});
