import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { todayIso } from '../../shared/values.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { axeViolations } from './pages/axe.ts';
import { mapPage } from './pages/mapPage.ts';
import { portfolioPage } from './pages/portfolioPage.ts';

let folder: string;
let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let sampleTitle = '';
const today = todayIso();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-portfolio-'));
  const dataPath = join(folder, 'atlas.db');
  const library = openLibrary(dataPath);
  const service = createPlanService(library);
  const { planId } = await service.createSamplePlan({});
  sampleTitle = (await service.loadPlan({ planId })).plan.title;
  // A plan made 120 days ago and never reviewed; a strategic account without any plan.
  const then = createPlanService(library, { now: () => new Date(`${addDays(today, -120)}T09:00:00.000Z`) });
  await then.createAccount({ name: 'Acme Retail', tier: 'strategic', tierCriteria: ['high-profile'], renewalDate: addDays(today, 30) });
  const beta = await then.createAccount({ name: 'Beta Foods', tier: 'key' });
  await then.createPlan({ accountId: beta.id, title: 'Beta growth plan' });
  library.close();
  [atlas, browser] = await Promise.all([startAtlas({ dataPath }), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  await page.goto(atlas.url);
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('portfolio and roll forward, in browser mode against the real build', () => {
  it('lists every account with tier and criteria, current plan, health, trend, overdue actions, review, renewal and flags', async () => {
    const portfolio = portfolioPage(page);
    await portfolio.open();
    expect(await portfolio.accountOrder()).toEqual(['Acme Retail', 'Beta Foods', 'Northwind Logistics']);
    const acme = portfolio.row('Acme Retail');
    expect(await acme.getByRole('cell').allInnerTexts()).toEqual([
      expect.stringMatching(/^Strategic\s+High-profile name$/i),
      'No current plan',
      '—',
      'no plan',
      '—',
      '—',
      expect.stringMatching(/\d{4}/),
      'Strategic account without a current plan',
    ]);
    expect(await acme.getByRole('list', { name: 'Why Acme Retail is strategic' }).getByRole('listitem').allTextContents()).toEqual(['High-profile name']);
    expect(await portfolio.row('Beta Foods').getByRole('cell').last().innerText()).toBe('Plan not reviewed for 90 days');
    const northwind = portfolio.row('Northwind Logistics');
    await northwind.getByRole('button', { name: `Open plan ${sampleTitle}` }).waitFor();
    const cells = await northwind.getByRole('cell').allInnerTexts();
    expect(cells[2]).toMatch(/^\d{1,3}$/);
    expect(cells[3]).toBe('no review yet');
    expect(Number(cells[4])).toBeGreaterThan(0);
    expect(cells[5]).toBe('Never');
    expect(await page.getByText('3 accounts · 2 flagged').count()).toBe(1);
  });

  it('sorts by a column header, toggling the direction, with aria-sort saying which', async () => {
    const portfolio = portfolioPage(page);
    await portfolio.sortBy('Health');
    expect(await portfolio.header('Health').getAttribute('aria-sort')).toBe('descending');
    expect(await portfolio.header('Account').getAttribute('aria-sort')).toBeNull();
    expect(await portfolio.accountOrder()).toEqual(['Northwind Logistics', 'Beta Foods', 'Acme Retail']);
    await portfolio.sortBy('Health');
    expect(await portfolio.header('Health').getAttribute('aria-sort')).toBe('ascending');
    // Accounts without a score stay last either way.
    expect(await portfolio.accountOrder()).toEqual(['Beta Foods', 'Northwind Logistics', 'Acme Retail']);
    await page.getByRole('checkbox', { name: 'Flagged only' }).check();
    expect(await portfolio.accountOrder()).toEqual(['Beta Foods', 'Acme Retail']);
    await page.getByRole('checkbox', { name: 'Flagged only' }).uncheck();
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('rolls the plan forward from the plan screen: the new plan opens, the old one is archived and read-only', async () => {
    const portfolio = portfolioPage(page);
    await portfolio.row('Northwind Logistics').getByRole('button', { name: `Open plan ${sampleTitle}` }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await mapPage(page).planMenu('New plan for the next period…');
    const dialog = page.getByRole('dialog', { name: 'New plan for the next period' });
    const nextTitle = sampleTitle.replace(/FY(\d\d)/, (_match, year: string) => `FY${Number(year) + 1}`);
    await expect.poll(() => dialog.getByLabel('Title of the new plan').inputValue()).toBe(nextTitle);
    expect(await dialog.getByRole('region', { name: 'Carried' }).getByRole('listitem').first().textContent()).toBe('10 stakeholders');
    expect(await dialog.getByRole('region', { name: 'Left behind with the old plan' }).getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^\d+ done actions?$/),
      '3 milestone actuals',
      '0 reviews',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: nextTitle }).waitFor();
    expect(await page.getByRole('status', { name: 'Archived plan' }).count()).toBe(0);

    await page.getByRole('button', { name: 'All accounts' }).click();
    const plans = page.getByRole('list', { name: 'Plans of Northwind Logistics' });
    const old = plans.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Open plan ${sampleTitle}` }) });
    await expect.poll(() => old.innerText()).toContain('Archived');
    expect(await old.getByRole('button', { name: `Next period: new plan from ${sampleTitle}` }).count()).toBe(0);

    await page.getByRole('button', { name: `Open plan ${sampleTitle}` }).click();
    await page.getByRole('status', { name: 'Archived plan' }).waitFor();
    await page.locator('.react-flow__node[aria-label="Stakeholder: Sam Ortiz"]').click();
    await page.keyboard.press('Delete');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(`The plan “${sampleTitle}” is archived, so it is read-only; set its status back to Active or Draft to change it.×`);
    expect(await page.locator('.react-flow__node[aria-label="Stakeholder: Sam Ortiz"]').count()).toBe(1);

    // The new plan rolls forward from the home screen too; the dialog proposes the period after it.
    await page.getByRole('button', { name: 'All accounts' }).click();
    await page.getByRole('button', { name: `Next period: new plan from ${nextTitle}` }).click();
    const again = page.getByRole('dialog', { name: 'New plan for the next period' });
    await expect.poll(() => again.getByLabel('Title of the new plan').inputValue()).toBe(nextTitle.replace(/FY(\d\d)/, (_match, year: string) => `FY${Number(year) + 1}`));
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'detached' });
  });
});
