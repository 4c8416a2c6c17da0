import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;
let planId: string;
let plans = 0;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

afterEach(async () => {
  await page?.close();
});

const map = () => mapPage(page);

/** A fresh plan of a fresh account (only the account on the map), opened with the account selected; returns its name. */
async function openFreshPlan(): Promise<string> {
  plans += 1;
  const name = `Acme Freight ${plans}`;
  const account = await callApi(atlas, 'createAccount', { name });
  planId = (await callApi(atlas, 'createPlan', { accountId: account.id, title: 'Adding' })).id;
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${atlas.url}#/plans/${planId}`);
  await map().waitForMap();
  await map().select('Account', name);
  return name;
}

/** The stored nodes once every change is saved: label → kind and parent's label. */
async function savedTree(): Promise<Record<string, { kind: string; parent: string | null }>> {
  await map().waitSaved();
  const saved = await callApi(atlas, 'loadPlan', { planId });
  const byId = new Map<string, PlanNode>(saved.nodes.map((node) => [node.id, node]));
  return Object.fromEntries(
    saved.nodes.map((node) => [node.label, { kind: node.kind, parent: node.parentId === null ? null : (byId.get(node.parentId)?.label ?? '?') }]),
  );
}

async function savedNode(label: string): Promise<PlanNode | undefined> {
  await map().waitSaved();
  return (await callApi(atlas, 'loadPlan', { planId })).nodes.find((node) => node.label === label);
}

describe('sensible adding, like a person', () => {
  it('Stakeholder clicked twice gives two stakeholders side by side under the account; another kind goes under the selection', async () => {
    const account = await openFreshPlan();
    await map().addFromPalette('Stakeholder', 'Dana Whitfield');
    await map().addFromPalette('Stakeholder', 'Omar Reyes');
    await map().addFromPalette('Need', 'Cut cost per shipment');
    expect(await savedTree()).toEqual({
      [account]: { kind: 'account', parent: null },
      'Dana Whitfield': { kind: 'stakeholder', parent: account },
      'Omar Reyes': { kind: 'stakeholder', parent: account },
      'Cut cost per shipment': { kind: 'need', parent: 'Omar Reyes' },
    });
    const dana = (await savedNode('Dana Whitfield'))!;
    const omar = (await savedNode('Omar Reyes'))!;
    expect(omar.order).toBeGreaterThan(dana.order);
  });

  it('Escape on a new, unnamed node removes it and leaves nothing to undo for it; Escape on a rename only cancels it', async () => {
    const account = await openFreshPlan();
    await map().addFromPalette('Stakeholder', 'Dana Whitfield');
    const undoButton = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: /^Undo/ });
    const undoBefore = await undoButton.getAttribute('aria-label');
    await map().clickPalette('Action');
    const field = map().nameField('Action');
    await field.waitFor();
    expect(await field.inputValue()).toBe('New action');
    await field.press('Escape');

    await map().openNameFields().first().waitFor({ state: 'detached' });
    expect(await map().node('Action', 'New action').count()).toBe(0);
    // The undo step on top is still the one before: the cancelled add left none behind.
    expect(await undoButton.getAttribute('aria-label')).toBe(undoBefore);
    expect(await page.getByRole('button', { name: /^Redo/ }).isDisabled()).toBe(true);
    await expect.poll(() => map().focusedName()).toBe('Stakeholder: Dana Whitfield');
    expect(await savedTree()).toEqual({
      [account]: { kind: 'account', parent: null },
      'Dana Whitfield': { kind: 'stakeholder', parent: account },
    });

    // Renaming an existing node: Escape keeps the node and its name.
    await map().press('F2');
    await map().nameField('Stakeholder').waitFor();
    await map().keys(['Escape']);
    await map().openNameFields().first().waitFor({ state: 'detached' });
    await map().node('Stakeholder', 'Dana Whitfield').waitFor();

    // Undo takes back the stakeholder's steps one by one and never brings the cancelled action back.
    for (let step = 0; step < 5 && !(await undoButton.isDisabled()); step += 1) {
      await undoButton.click();
      expect(await map().node('Action', 'New action').count()).toBe(0);
    }
    expect(await undoButton.isDisabled()).toBe(true);
    await map().node('Stakeholder', 'Dana Whitfield').waitFor({ state: 'detached' });
    expect(await savedTree()).toEqual({ [account]: { kind: 'account', parent: null } });
  });

  it('the owner field offers the team members and still takes any name', async () => {
    const account = await openFreshPlan();
    await map().addFromPalette('Action', 'Send the proposal');
    const owner = map().inspector.getByRole('combobox', { name: 'Owner', exact: true });
    await owner.waitFor();
    await map().inspector.getByText('No team members on the map yet', { exact: false }).waitFor();

    await map().select('Account', account);
    await map().addFromPalette('Team member', 'Maya Chen');
    await map().addFromPalette('Team member', 'Liam Ortiz');
    await map().select('Action', 'Send the proposal');
    await owner.waitFor();
    const offered = await owner.evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value));
    expect(offered).toEqual(['Liam Ortiz', 'Maya Chen']);
    await map().inspector.getByText('Pick one of the plan’s team members or type any name.').waitFor();

    await owner.fill('Maya Chen');
    await expect.poll(async () => (await savedNode('Send the proposal'))?.data).toMatchObject({ owner: 'Maya Chen' });
    await owner.fill('Priya from partner sales');
    await expect.poll(async () => (await savedNode('Send the proposal'))?.data).toMatchObject({ owner: 'Priya from partner sales' });
  });

  it('a new plan started from the method template shows the six sections on the map', async () => {
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(atlas.url);
    const home = homePage(page);
    await home.createAccount({ name: 'Contoso Health' });
    await page.getByRole('button', { name: 'New plan for Contoso Health' }).click();
    const startFrom = page.getByRole('dialog').getByRole('group', { name: 'Start from' });
    expect(await startFrom.getByRole('radio', { name: 'Empty plan', exact: true }).isChecked()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await home.createPlan('Contoso Health', { title: 'FY27 plan', startFrom: 'Account planning method (six sections)' });
    await map().waitForMap();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await map().settled();
    for (const section of ['Profile & Position', 'Needs Mapping & Alignments', 'Goals & Strategy', 'Action Plan', 'Team Support', 'Performance Dashboard']) {
      await map().node('Topic', section).waitFor();
    }
    await map().node('Topic', 'How do they measure ROI?').waitFor();
  });
});
