import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import type { MenuCommand } from '../../shared/desktop.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';
import { FAKE_DESKTOP_BRIDGE, runMenuCommand } from './pages/desktopBridge.ts';

const OUTPUT = join(PROJECT_ROOT, 'tests', 'output');

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let planId: string;

async function menu(command: MenuCommand): Promise<void> {
  await runMenuCommand(page, command);
}

async function stored() {
  await page.getByText('Saved', { exact: true }).waitFor();
  return callApi(atlas, 'loadPlan', { planId });
}

async function reload(): Promise<void> {
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.reload();
  await page.getByRole('tablist', { name: 'Views' }).waitFor();
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(FAKE_DESKTOP_BRIDGE);
  page = await context.newPage();
  await page.goto(atlas.url);
  await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
  await mapPage(page).waitForMap();
  planId = (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.id;
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('the view switcher', () => {
  it('opens each view from its tab, by keyboard and from the View menu, and remembers the last one', async () => {
    const views = viewsPage(page);
    await views.open('Org chart');
    await views.region('Org chart').waitFor();
    await views.open('Power map');
    await views.region('Power map').waitFor();
    await views.open('Coverage');
    await views.region('Coverage view').waitFor();
    await views.open('Map');
    await views.region('Account map').waitFor();
    await page.screenshot({ path: join(OUTPUT, 'view-map.png') });

    await page.keyboard.press('Control+2');
    await views.region('Org chart').waitFor();
    await page.keyboard.press('Control+3');
    await views.region('Power map').waitFor();
    await page.keyboard.press('Control+4');
    await views.region('Coverage view').waitFor();
    await page.keyboard.press('Control+1');
    await views.region('Account map').waitFor();

    await menu('view.orgChart');
    await views.region('Org chart').waitFor();
    await menu('view.powerMap');
    await views.region('Power map').waitFor();
    await menu('view.coverage');
    await views.region('Coverage view').waitFor();
    expect(await views.tab('Coverage').getAttribute('aria-selected')).toBe('true');

    await reload();
    await views.region('Coverage view').waitFor();
    await menu('view.map');
    await views.region('Account map').waitFor();
    await reload();
    await views.region('Account map').waitFor();
  });
});

type Stored = Awaited<ReturnType<typeof stored>>;

function managerOf(plan: Stored, name: string): string | undefined {
  const names = new Map(plan.nodes.map((node) => [node.id, node.label]));
  const person = plan.nodes.find((node) => node.label === name)!;
  const edge = plan.edges.find((candidate) => candidate.kind === 'reportsTo' && candidate.source === person.id);
  return edge ? names.get(edge.target) : undefined;
}

describe('the org chart', () => {
  it('puts every manager above each of their reports', async () => {
    const views = viewsPage(page);
    await views.open('Org chart');
    const chart = views.region('Org chart');
    const plan = await stored();
    const names = new Map(plan.nodes.map((node) => [node.id, node.label]));
    const stakeholders = plan.nodes.filter((node) => node.kind === 'stakeholder');
    await expect.poll(() => chart.getByRole('group', { name: /^Stakeholder: / }).count()).toBe(stakeholders.length);
    const reportsTo = plan.edges.filter((edge) => edge.kind === 'reportsTo');
    expect(reportsTo.length).toBeGreaterThan(5);
    for (const edge of reportsTo) {
      const report = (await views.stakeholder(names.get(edge.source)!, chart).boundingBox())!;
      const manager = (await views.stakeholder(names.get(edge.target)!, chart).boundingBox())!;
      expect(manager.y + manager.height, `${names.get(edge.target)} above ${names.get(edge.source)}`).toBeLessThan(report.y);
    }
    await page.screenshot({ path: join(OUTPUT, 'view-org-chart.png') });
  });

  it('makes a person report to the one a card is dropped on, as one undo step that survives a reload', async () => {
    const views = viewsPage(page);
    await views.open('Org chart');
    const chart = views.region('Org chart');
    expect(managerOf(await stored(), 'Jonas Meyer')).toBe('Dana Whitfield');
    await views.drag(views.stakeholder('Jonas Meyer', chart), views.stakeholder('Sam Ortiz', chart));
    await expect.poll(async () => managerOf(await stored(), 'Jonas Meyer')).toBe('Sam Ortiz');
    await page.getByRole('button', { name: 'Undo set manager' }).click();
    await expect.poll(async () => managerOf(await stored(), 'Jonas Meyer')).toBe('Dana Whitfield');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => managerOf(await stored(), 'Jonas Meyer')).toBe('Sam Ortiz');

    await reload();
    const after = views.region('Org chart');
    const jonas = (await views.stakeholder('Jonas Meyer', after).boundingBox())!;
    const dana = (await views.stakeholder('Dana Whitfield', after).boundingBox())!;
    expect(jonas.y).toBe(dana.y);
    await views.drag(views.stakeholder('Jonas Meyer', after), views.stakeholder('Dana Whitfield', after));
    await expect.poll(async () => managerOf(await stored(), 'Jonas Meyer')).toBe('Dana Whitfield');
  });

  it('refuses a drop that would make a loop, with a message', async () => {
    const views = viewsPage(page);
    await views.open('Org chart');
    const chart = views.region('Org chart');
    await views.drag(views.stakeholder('Sam Ortiz', chart), views.stakeholder('Ravi Patel', chart));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Sam Ortiz cannot report to Ravi Patel');
    expect(managerOf(await stored(), 'Sam Ortiz')).toBeUndefined();
  });

  it('moves along the hierarchy and adds a direct report from the keyboard', async () => {
    const views = viewsPage(page);
    await views.open('Org chart');
    const chart = views.region('Org chart');
    await views.stakeholder('Dana Whitfield', chart).click();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => views.stakeholder('Sam Ortiz', chart).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stakeholder: Sam Ortiz');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Stakeholder: Dana Whitfield');
    await page.keyboard.press('Tab');
    const placeholder = views.stakeholder('Unknown — reports to Dana Whitfield', chart);
    await placeholder.waitFor();
    await expect.poll(async () => managerOf(await stored(), 'Unknown — reports to Dana Whitfield')).toBe('Dana Whitfield');
    expect(await placeholder.getByText('Placeholder', { exact: true }).count()).toBe(1);
    // The inspector shows the new person, as on the map.
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true }).inputValue()).toBe('Unknown — reports to Dana Whitfield');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => placeholder.count()).toBe(0);
  });
});

function person(plan: Stored, name: string): Record<string, unknown> {
  return plan.nodes.find((node) => node.label === name)!.data as Record<string, unknown>;
}

describe('the power map', () => {
  it('draws every placed stakeholder in its cell, shades the risky corner and filters by buying role', async () => {
    const views = viewsPage(page);
    await views.open('Power map');
    await views.stakeholder('Dana Whitfield', views.cell('high', '+1')).waitFor();
    await views.stakeholder('Tom Becker', views.cell('medium', '−1')).waitFor();
    expect(await views.cell('high', '−1').getAttribute('class')).toContain('is-risky');
    await page.screenshot({ path: join(OUTPUT, 'view-power-map.png') });
    await page.getByRole('combobox', { name: 'Show buying role' }).selectOption({ label: 'Economic buyer' });
    await expect.poll(() => views.region('Power map').getByRole('group', { name: /^Stakeholder: / }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Show buying role' }).selectOption({ label: 'All roles' });
  });

  it('changes support and influence by dragging a chip, one undo step, kept after a reload', async () => {
    const views = viewsPage(page);
    await views.open('Power map');
    await views.drag(views.stakeholder('Tom Becker'), views.cell('high', '+1'));
    await views.stakeholder('Tom Becker', views.cell('high', '+1')).waitFor();
    await expect.poll(async () => person(await stored(), 'Tom Becker')).toMatchObject({ support: 'supporter', influence: 'high' });
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => person(await stored(), 'Tom Becker')).toMatchObject({ support: 'non-supporter', influence: 'medium' });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => person(await stored(), 'Tom Becker')).toMatchObject({ support: 'supporter', influence: 'high' });
    await reload();
    await views.stakeholder('Tom Becker', views.cell('high', '+1')).waitFor();
  });

  it('moves the selected chip with the arrow keys', async () => {
    const views = viewsPage(page);
    await views.open('Power map');
    await views.stakeholder('Tom Becker').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await views.stakeholder('Tom Becker', views.cell('medium', '−1')).waitFor();
    await expect.poll(async () => person(await stored(), 'Tom Becker')).toMatchObject({ support: 'non-supporter', influence: 'medium' });
  });
});

function coverLevel(plan: Stored, member: string, stakeholder: string): string | undefined {
  const id = (name: string) => plan.nodes.find((node) => node.label === name)!.id;
  const edges = plan.edges.filter((edge) => edge.kind === 'covers' && edge.source === id(member) && edge.target === id(stakeholder));
  if (edges.length > 1) throw new Error('more than one covers relation');
  return edges[0] ? String(edges[0].data.strength) : undefined;
}

describe('the coverage table', () => {
  it('adds, changes and removes a covers relation from a cell, each one undo step, kept after a reload', async () => {
    const views = viewsPage(page);
    await views.open('Coverage');
    expect(await views.coverageLevel('Tom Becker', 'Maya Chen')).toBe('none');
    await views.setCoverage('Tom Becker', 'Maya Chen', 'Problem solver');
    await expect.poll(async () => coverLevel(await stored(), 'Maya Chen', 'Tom Becker')).toBe('problem-solver');
    await views.setCoverage('Tom Becker', 'Maya Chen', 'Trusted advisor');
    await expect.poll(async () => coverLevel(await stored(), 'Maya Chen', 'Tom Becker')).toBe('trusted-advisor');
    await views.setCoverage('Tom Becker', 'Maya Chen', 'None');
    await expect.poll(async () => coverLevel(await stored(), 'Maya Chen', 'Tom Becker')).toBeUndefined();
    await page.getByRole('button', { name: 'Undo remove coverage' }).click();
    await expect.poll(async () => coverLevel(await stored(), 'Maya Chen', 'Tom Becker')).toBe('trusted-advisor');
    await page.getByRole('button', { name: 'Undo change coverage' }).click();
    await expect.poll(async () => coverLevel(await stored(), 'Maya Chen', 'Tom Becker')).toBe('problem-solver');
    await reload();
    await expect.poll(() => views.coverageLevel('Tom Becker', 'Maya Chen')).toBe('problem-solver');
    expect(await views.coverageTable().getByLabel('Maya Chen covers 4 people', { exact: true }).textContent()).toBe('4');
  });

  it('edits a cell from the keyboard and highlights a row nobody covers, which the power map marks too', async () => {
    const views = viewsPage(page);
    await views.open('Coverage');
    await views.coverageCell('Sam Ortiz', 'Luis Romero').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Erik Sandberg with Sam Ortiz: vendor');
    await page.keyboard.press('0');
    await expect.poll(async () => coverLevel(await stored(), 'Erik Sandberg', 'Sam Ortiz')).toBeUndefined();
    await page.keyboard.press('3');
    await expect.poll(async () => coverLevel(await stored(), 'Erik Sandberg', 'Sam Ortiz')).toBe('problem-solver');
    await page.keyboard.press('Delete');
    await expect.poll(async () => coverLevel(await stored(), 'Erik Sandberg', 'Sam Ortiz')).toBeUndefined();
    const row = views.coverageTable().getByRole('row').filter({ has: page.getByRole('button', { name: 'Stakeholder: Sam Ortiz' }) });
    await expect.poll(() => row.getByText('Nobody covers').count()).toBe(1);
    await views.coverageTable().getByLabel('Target level for Dana Whitfield').selectOption({ label: 'Trusted advisor' });
    await expect.poll(async () => person(await stored(), 'Dana Whitfield').targetRelationship).toBe('trusted-advisor');
    await page.screenshot({ path: join(OUTPUT, 'view-coverage.png') });
    await views.open('Power map');
    await expect.poll(() => views.stakeholder('Sam Ortiz').getByText('Not covered').count()).toBe(1);
    await views.open('Coverage');
    await views.setCoverage('Sam Ortiz', 'Erik Sandberg', 'Vendor');
    await expect.poll(async () => coverLevel(await stored(), 'Erik Sandberg', 'Sam Ortiz')).toBe('vendor');
  });
});

describe('the plan check in the views', () => {
  it('finds a high-influence detractor nobody covers and selects them in the view shown', async () => {
    const views = viewsPage(page);
    await views.open('Power map');
    await views.stakeholder('Priya Raman').click();
    await page.keyboard.press('ArrowLeft');
    await views.stakeholder('Priya Raman', views.cell('high', '−1')).waitFor();
    await views.open('Coverage');
    await views.setCoverage('Priya Raman', 'Luis Romero', 'None');
    await expect.poll(async () => coverLevel(await stored(), 'Luis Romero', 'Priya Raman')).toBeUndefined();

    await views.open('Power map');
    await page.getByRole('button', { name: 'Plan check', exact: true }).click();
    // The findings list (the health score above it links to the same finding).
    const check = page.getByRole('region', { name: 'Plan check' }).getByRole('region', { name: 'Findings' });
    const finding = check.getByRole('button', { name: 'Priya Raman has high influence and negative support, and nobody on our team covers them.' });
    await finding.click();
    await expect.poll(() => views.stakeholder('Priya Raman').getAttribute('aria-current')).toBe('true');
    await views.open('Org chart');
    await expect.poll(() => views.stakeholder('Priya Raman').getAttribute('aria-current')).toBe('true');
    await page.getByRole('button', { name: 'Plan check', exact: true }).click();
  });
});
