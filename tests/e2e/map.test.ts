import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(atlas.url);
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

describe('building an account map in the browser, like a person', () => {
  const home = () => homePage(page);
  const map = () => mapPage(page);

  it('creates an account and a plan, and opens the plan on its account node', async () => {
    await home().createAccount({ name: 'Contoso Health', industry: 'Healthcare', tier: 'Strategic', accountManager: 'Maya Chen' });
    await page.getByRole('article', { name: 'Account Contoso Health' }).getByText('Strategic', { exact: true }).waitFor();
    await home().createPlan('Contoso Health', { title: 'FY27 growth plan', growthTarget: '2000000' });
    await map().waitForMap();
    await map().node('Account', 'Contoso Health').waitFor();
    await page.getByRole('heading', { name: 'FY27 growth plan' }).waitFor();
  });

  it('adds a stakeholder, a need, a goal and an action from the palette', async () => {
    await map().select('Account', 'Contoso Health');
    await map().addFromPalette('Stakeholder', 'Dana Whitfield');
    await map().addFromPalette('Need', 'Cut cost per shipment');
    await map().select('Account', 'Contoso Health');
    await map().addFromPalette('Goal', 'Grow EMEA');
    await map().addFromPalette('Action', 'Book an executive briefing');
    await map().waitSaved();

    const byLabel = await savedByLabel();
    expect(byLabel.get('Cut cost per shipment')).toMatchObject({ kind: 'need', parentId: byLabel.get('Dana Whitfield')?.id });
    expect(byLabel.get('Book an executive briefing')).toMatchObject({ kind: 'action', parentId: byLabel.get('Grow EMEA')?.id });
    expect(byLabel.get('Grow EMEA')).toMatchObject({ kind: 'goal', parentId: byLabel.get('Contoso Health')?.id });
  });

  it('adds the same four kinds with the keyboard: Enter for a sibling, Tab for a child', async () => {
    // Focus returns to each new node after naming it, so the next key acts on it.
    await map().select('Stakeholder', 'Dana Whitfield');
    await map().press('Enter');
    await map().typeName('Stakeholder', 'Sam Ortiz');
    await map().press('Tab');
    await map().typeName('Need', 'Real-time visibility');
    await map().select('Goal', 'Grow EMEA');
    await map().press('Enter');
    await map().typeName('Goal', 'Renew the core contract');
    await map().press('Tab');
    await map().typeName('Action', 'Draft the renewal proposal');
    await map().waitSaved();

    const byLabel = await savedByLabel();
    expect(byLabel.get('Sam Ortiz')).toMatchObject({ kind: 'stakeholder', parentId: byLabel.get('Contoso Health')?.id });
    expect(byLabel.get('Real-time visibility')).toMatchObject({ kind: 'need', parentId: byLabel.get('Sam Ortiz')?.id });
    expect(byLabel.get('Renew the core contract')).toMatchObject({ kind: 'goal', parentId: byLabel.get('Contoso Health')?.id });
    expect(byLabel.get('Draft the renewal proposal')).toMatchObject({ kind: 'action', parentId: byLabel.get('Renew the core contract')?.id });
  });

  it('renames in place with F2 and with a double-click; Escape cancels', async () => {
    await map().select('Action', 'Draft the renewal proposal');
    await map().press('F2');
    const field = page.getByRole('textbox', { name: 'Action name', exact: true });
    await field.fill('Something else');
    await field.press('Escape');
    await map().node('Action', 'Draft the renewal proposal').waitFor();
    await map().node('Action', 'Draft the renewal proposal').dblclick();
    await map().typeName('Action', 'Send the renewal proposal');
    await map().waitSaved();
    expect((await savedByLabel()).has('Send the renewal proposal')).toBe(true);
  });

  it('fills fields in the inspector and shows them on the node', async () => {
    await map().select('Stakeholder', 'Dana Whitfield');
    await map().inspector.getByLabel('Job title').fill('Chief Financial Officer');
    await map().inspector.getByLabel('Buying role').selectOption({ label: 'Economic buyer' });
    await map().inspector.getByLabel('Support').selectOption({ label: '+2 Mentor' });
    const dana = map().node('Stakeholder', 'Dana Whitfield');
    await dana.getByText('Economic buyer').waitFor();
    await dana.getByText('Chief Financial Officer').waitFor();
    await dana.getByLabel('Support: +2 Mentor').waitFor();

    await map().select('Action', 'Book an executive briefing');
    await map().inspector.getByLabel('Owner').fill('Maya Chen');
    await map().inspector.getByLabel('Due date').fill('2020-01-15');
    const action = map().node('Action', 'Book an executive briefing');
    await action.getByText(/^Overdue/).waitFor();

    await map().select('Goal', 'Grow EMEA');
    const target = map().inspector.getByLabel('Target (USD)');
    await target.fill('-5');
    await map().inspector.getByText('Enter an amount from 0 to 1,000,000,000,000 USD, e.g. 250,000.').waitFor();
    await target.fill('500000');
    await map().waitSaved();

    const saved = await callApi(atlas, 'loadPlan', { planId: await currentPlanId() });
    const byLabel = new Map(saved.nodes.map((node) => [node.label, node]));
    expect(byLabel.get('Dana Whitfield')?.data).toMatchObject({ title: 'Chief Financial Officer', buyingRole: 'economic-buyer', support: 'mentor' });
    expect(byLabel.get('Book an executive briefing')?.data).toMatchObject({ owner: 'Maya Chen', dueDate: '2020-01-15' });
    expect(byLabel.get('Grow EMEA')?.data).toMatchObject({ target: 500000 });
  });

  it('connects the stakeholder to the need by dragging between handles ("has need"), then undoes and redoes it', async () => {
    await map().connect(map().node('Stakeholder', 'Dana Whitfield'), map().node('Need', 'Real-time visibility'), 'has need');
    const relation = map().relation('Dana Whitfield', 'has need', 'Real-time visibility');
    await relation.waitFor({ state: 'attached' });
    await map().waitSaved();
    expect((await callApi(atlas, 'loadPlan', { planId: await currentPlanId() })).edges).toMatchObject([{ kind: 'hasNeed' }]);

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await map().press('Control+z');
    await relation.waitFor({ state: 'detached' });
    await map().waitSaved();
    expect((await callApi(atlas, 'loadPlan', { planId: await currentPlanId() })).edges).toEqual([]);

    await map().press('Control+Shift+z');
    await relation.waitFor({ state: 'attached' });
    await map().waitSaved();
    expect((await callApi(atlas, 'loadPlan', { planId: await currentPlanId() })).edges).toHaveLength(1);
  });

  it('undoes a field edit as one step with the toolbar button', async () => {
    await map().select('Stakeholder', 'Dana Whitfield');
    await map().inspector.getByLabel('Department').pressSequentially('Finance');
    const dana = map().node('Stakeholder', 'Dana Whitfield');
    await dana.getByText('Chief Financial Officer · Finance').waitFor();
    await page.getByRole('button', { name: /^Undo edit stakeholder/ }).click();
    await dana.getByText('Chief Financial Officer', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Redo/ }).click();
    await dana.getByText('Chief Financial Officer · Finance').waitFor();
  });

  it('reopens the plan after a reload with positions, viewport and collapsed branches exactly as left', async () => {
    const goal = map().node('Goal', 'Grow EMEA');
    const before = await map().offsetOf(goal);
    await map().dragBy(goal, 30, 260);
    const moved = await map().offsetOf(goal);
    expect(moved.y).toBeGreaterThan(before.y + 150);

    const treeLinks = () => page.locator('.react-flow__edge-tree').count();
    const linksBefore = await treeLinks();
    await page.getByRole('button', { name: 'Collapse branch of Grow EMEA' }).click();
    await map().node('Action', 'Book an executive briefing').waitFor({ state: 'detached' });
    // The link to the hidden action goes with it.
    await expect.poll(treeLinks).toBe(linksBefore - 1);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await map().settled();
    // The viewport is saved once it has rested a moment: wait until the stored one is the one shown.
    const shown = await map().viewport();
    await expect
      .poll(async () => {
        const stored = (await callApi(atlas, 'loadPlan', { planId: await currentPlanId() })).viewport;
        return stored !== null && Math.abs(stored.x - shown.x) < 0.01 && Math.abs(stored.y - shown.y) < 0.01 && Math.abs(stored.zoom - shown.zoom) < 1e-6;
      }, { timeout: 30_000 })
      .toBe(true);
    await map().waitSaved();
    const viewport = await map().viewportTransform();
    const positions = await Promise.all(
      [map().node('Stakeholder', 'Dana Whitfield'), map().node('Need', 'Cut cost per shipment'), goal].map((node) => map().offsetOf(node)),
    );

    await page.reload();
    await map().waitForMap();
    await map().node('Goal', 'Grow EMEA').waitFor();
    expect(await map().viewportTransform()).toBe(viewport);
    const after = await Promise.all(
      [map().node('Stakeholder', 'Dana Whitfield'), map().node('Need', 'Cut cost per shipment'), map().node('Goal', 'Grow EMEA')].map((node) =>
        map().offsetOf(node),
      ),
    );
    expect(after).toEqual(positions);
    await page.getByRole('button', { name: 'Expand branch of Grow EMEA (1 hidden)' }).waitFor();
    expect(await map().node('Action', 'Book an executive briefing').count()).toBe(0);
    await map().relation('Dana Whitfield', 'has need', 'Real-time visibility').waitFor({ state: 'attached' });
    await map().node('Stakeholder', 'Dana Whitfield').getByText('Economic buyer').waitFor();

    await page.getByRole('button', { name: 'Expand branch of Grow EMEA (1 hidden)' }).click();
    await map().node('Action', 'Book an executive briefing').waitFor();
  });

  it('refuses to delete the account, and deletes a branch with Delete as one undoable step', async () => {
    await map().select('Account', 'Contoso Health');
    await map().press('Delete');
    await page.getByRole('alert').filter({ hasText: 'cannot be deleted' }).waitFor();

    await map().select('Stakeholder', 'Dana Whitfield');
    await map().press('Delete');
    await map().node('Stakeholder', 'Dana Whitfield').waitFor({ state: 'detached' });
    expect(await map().node('Need', 'Cut cost per shipment').count()).toBe(0);
    await map().waitSaved();
    expect((await callApi(atlas, 'loadPlan', { planId: await currentPlanId() })).edges).toEqual([]);
    await map().press('Control+z');
    await map().node('Need', 'Cut cost per shipment').waitFor();
    await map().waitSaved();
    const restored = await callApi(atlas, 'loadPlan', { planId: await currentPlanId() });
    expect(restored.nodes).toHaveLength(9);
    expect(restored.edges).toHaveLength(1);
  });

  it('shows a failed save with Retry, warns before leaving, and saves the kept change on Retry', async () => {
    await page.route('**/api/applyPatch', (route) => route.abort());
    await map().select('Goal', 'Grow EMEA');
    await map().inspector.getByLabel('Metric').fill('Annual contract value');
    await page.getByRole('status').filter({ hasText: 'Save failed' }).waitFor();
    // Leaving now asks the browser to warn (headless Chromium does not draw the dialog, so ask the page directly).
    expect(await asksToWarnBeforeLeaving()).toBe(true);

    await page.unroute('**/api/applyPatch');
    await page.getByRole('button', { name: 'Retry' }).click();
    await map().waitSaved();
    expect((await savedByLabel()).get('Grow EMEA')?.data).toMatchObject({ metric: 'Annual contract value' });
    expect(await asksToWarnBeforeLeaving()).toBe(false);
  });
});

/** True when the page cancels a beforeunload event (the browser then asks before leaving). */
function asksToWarnBeforeLeaving(): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

/** The open plan's nodes as stored, by label. */
async function savedByLabel() {
  const saved = await callApi(atlas, 'loadPlan', { planId: await currentPlanId() });
  return new Map(saved.nodes.map((node) => [node.label, node]));
}

/** The open plan's id, from the address (#/plans/<id>). */
async function currentPlanId(): Promise<string> {
  const hash = await page.evaluate(() => window.location.hash);
  return /^#\/plans\/(.+)$/.exec(hash)![1]!;
}
