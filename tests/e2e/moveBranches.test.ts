import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const SAM = 'Sam Ortiz';

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  page = await context.newPage();
  await page.goto(atlas.url);
  await homePage(page).openSample();
  await mapPage(page).waitForMap();
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

async function saved() {
  await mapPage(page).waitSaved();
  const planId = /^#\/plans\/(.+)$/.exec(await page.evaluate(() => window.location.hash))![1]!;
  return callApi(atlas, 'loadPlan', { planId });
}

/** Sam's relations as "kind other-end" lines, and the label of his parent, as stored. */
async function samFacts() {
  const plan = await saved();
  const byId = new Map(plan.nodes.map((node) => [node.id, node]));
  const sam = plan.nodes.find((node) => node.label === SAM)!;
  const relations = plan.edges
    .filter((edge) => edge.source === sam.id || edge.target === sam.id)
    .map((edge) => `${edge.kind} ${byId.get(edge.source === sam.id ? edge.target : edge.source)!.label}`)
    .sort();
  return { id: sam.id, parent: byId.get(sam.parentId!)!.label, relations, relationCount: plan.edges.length };
}

async function fit(): Promise<void> {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await mapPage(page).settled();
}

/** Drags `node` onto `target` like a person, checks what the drop hint says before letting go, then drops. */
async function dragOnto(node: Locator, target: Locator, hint: RegExp): Promise<void> {
  const from = (await node.boundingBox())!;
  const to = (await target.boundingBox())!;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + ((end.x - start.x) * step) / 10, start.y + ((end.y - start.y) * step) / 10);
  await page.getByRole('status', { name: 'Drop target' }).filter({ hasText: hint }).waitFor();
  await page.mouse.up();
}

describe('moving branches keeps every relation', () => {
  const map = () => mapPage(page);

  it('drags Sam Ortiz onto Dana Whitfield: he becomes her child with all his relations; Ctrl+Z puts him back', async () => {
    const before = await samFacts();
    expect(before.parent).toBe('Buying centre');
    expect(before.relations).toEqual(['covers Erik Sandberg', 'influences Lena Fischer', 'reportsTo Dana Whitfield', 'reportsTo Helen Brandt', 'reportsTo Priya Raman']);
    await fit();
    await dragOnto(map().node('Stakeholder', SAM), map().node('Stakeholder', 'Dana Whitfield'), /Drop to move it under "Dana Whitfield"/);
    await expect.poll(async () => (await samFacts()).parent).toBe('Dana Whitfield');
    const after = await samFacts();
    expect(after.id).toBe(before.id);
    expect(after.relations).toEqual(before.relations);
    expect(after.relationCount).toBe(before.relationCount);

    await map().press('Control+z');
    await expect.poll(async () => (await samFacts()).parent).toBe('Buying centre');
    expect((await samFacts()).relationCount).toBe(before.relationCount);
  });

  it('refuses to drop the buying centre into its own branch, says why and leaves it where it was', async () => {
    const plan = await saved();
    const centre = plan.nodes.find((node) => node.label === 'Buying centre')!;
    await fit();
    const node = map().node('Topic', 'Buying centre');
    const offset = await map().offsetOf(node);
    await dragOnto(node, map().node('Stakeholder', SAM), /cannot be moved into its own branch/);
    await page.getByRole('alert').filter({ hasText: '"Buying centre" cannot be moved into its own branch ("Sam Ortiz" is part of it).' }).waitFor();
    await expect.poll(() => map().offsetOf(node)).toEqual(offset);
    const after = (await saved()).nodes.find((item) => item.id === centre.id)!;
    expect(after.parentId).toBe(centre.parentId);
    expect(after.position).toEqual(centre.position);
  });

  it('moves Sam with Alt+arrow keys (up refused, down, demote, promote) and keeps all his relations; refusals say why', async () => {
    const before = await samFacts();
    await map().select('Stakeholder', SAM);
    await map().press('Alt+ArrowUp');
    await page.getByRole('alert').filter({ hasText: '"Sam Ortiz" is already the first item under "Buying centre".' }).waitFor();
    await map().press('Alt+ArrowDown');
    await map().press('Alt+ArrowRight');
    await expect.poll(async () => (await samFacts()).parent).toBe('Dana Whitfield');
    expect((await samFacts()).relations).toEqual(before.relations);
    await map().press('Alt+ArrowLeft');
    await expect.poll(async () => (await samFacts()).parent).toBe('Buying centre');
    const after = await samFacts();
    expect(after.relations).toEqual(before.relations);
    expect(after.relationCount).toBe(before.relationCount);
  });

  it('dropped in the gap between two siblings, Sam takes that place among them, keeping his relations', async () => {
    const siblingLabels = async () => {
      const plan = await saved();
      const centre = plan.nodes.find((node) => node.label === 'Buying centre')!;
      return plan.nodes
        .filter((node) => node.parentId === centre.id)
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
        .map((node) => node.label);
    };
    const before = await samFacts();
    const order = await siblingLabels();
    const at = order.indexOf(SAM);
    expect(order.length).toBeGreaterThan(at + 2);
    const [second, third] = [order[at + 1]!, order[at + 2]!];
    await page.getByRole('main', { name: 'Account map' }).click({ position: { x: 20, y: 20 } });
    const from = (await map().node('Stakeholder', SAM).boundingBox())!;
    const upper = (await map().node('Stakeholder', second).boundingBox())!;
    const lower = (await map().node('Stakeholder', third).boundingBox())!;
    expect(lower.y).toBeGreaterThan(upper.y + upper.height);
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    // The pointer in the middle of the gap between the two, over no node: a reorder, not a re-parent.
    const end = { x: upper.x + upper.width / 2, y: (upper.y + upper.height + lower.y) / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1) await page.mouse.move(start.x + ((end.x - start.x) * step) / 10, start.y + ((end.y - start.y) * step) / 10);
    expect(await page.getByRole('status', { name: 'Drop target' }).count()).toBe(0);
    await page.mouse.up();
    await expect.poll(siblingLabels).toEqual([...order.slice(0, at), second, SAM, third, ...order.slice(at + 3)]);
    const after = await samFacts();
    expect(after.parent).toBe('Buying centre');
    expect(after.relations).toEqual(before.relations);
    expect(after.relationCount).toBe(before.relationCount);
    await map().press('Control+z');
    await expect.poll(siblingLabels).toEqual(order);
  });

  it('shows the move keys in the context menu', async () => {
    await map().select('Stakeholder', SAM);
    await map().node('Stakeholder', SAM).click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Map actions' });
    for (const [label, key] of [['Move up', 'Alt+↑'], ['Move down', 'Alt+↓'], ['Promote', 'Alt+←'], ['Demote', 'Alt+→']]) {
      await expect.poll(() => menu.getByRole('menuitem', { name: `${label} ${key}` }).count()).toBe(1);
    }
    await page.keyboard.press('Escape');
  });

  it('cut and paste within the plan is a move: same id, every relation kept', async () => {
    const before = await samFacts();
    await map().select('Stakeholder', SAM);
    await map().press('Control+x');
    await expect.poll(() => map().node('Stakeholder', SAM).count()).toBe(0);
    await map().select('Topic', 'Our team');
    await map().press('Control+v');
    await expect.poll(async () => (await saved()).nodes.some((node) => node.label === SAM)).toBe(true);
    await expect.poll(async () => (await samFacts()).parent).toBe('Our team');
    const after = await samFacts();
    expect(after.id).toBe(before.id);
    expect(after.relations).toEqual(before.relations);
    expect(after.relationCount).toBe(before.relationCount);
  });

  it('pasted into another plan, Sam is a copy and a message says which relations were left out', async () => {
    const before = await samFacts();
    await map().select('Stakeholder', SAM);
    await map().press('Control+c');
    const account = await callApi(atlas, 'createAccount', { name: 'Fabrikam Rail' });
    const other = await callApi(atlas, 'createPlan', { accountId: account.id, title: 'Second plan' });
    await page.goto(`${atlas.url}#/plans/${other.id}`);
    await map().select('Account', 'Fabrikam Rail');
    await map().press('Control+v');
    await page.getByRole('alert').filter({ hasText: `${before.relations.length} relations to items outside the pasted branches were left out.` }).waitFor();
    await map().waitSaved();
    const pasted = await callApi(atlas, 'loadPlan', { planId: other.id });
    expect(pasted.nodes.find((node) => node.label === SAM)!.id).not.toBe(before.id);
    expect(pasted.edges).toHaveLength(0);
  });
});
