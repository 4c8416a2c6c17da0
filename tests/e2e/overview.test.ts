import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import type { PlanNode } from '../../shared/model.ts';
import { generatePlan } from '../bench/generatePlan.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';

/** The smallest text a person reads on the map without leaning in, in screen pixels. */
const READABLE_PX = 11;
const LARGE_PLAN_NODES = 1000;
const OUTPUT = join(PROJECT_ROOT, 'tests', 'output');

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await Promise.all([atlas?.close(), browser?.close()]);
});

/** Nodes drawn on the map: none inside a collapsed branch. */
function shownNodes(nodes: readonly PlanNode[]): PlanNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const hidden = (node: PlanNode): boolean => {
    for (let parent = node.parentId ? byId.get(node.parentId) : undefined; parent; parent = parent.parentId ? byId.get(parent.parentId) : undefined) {
      if (parent.collapsed) return true;
    }
    return false;
  };
  return nodes.filter((node) => !hidden(node));
}

async function openFitted(planId: string): Promise<void> {
  await page.goto(`${atlas.url}#/plans/${planId}`);
  const map = mapPage(page);
  await map.waitForMap();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await map.settled();
}

describe('the fitted overview of a plan', () => {
  it('draws the sample plan’s branch roots with labels of at least 11 px on screen, never cut off', async () => {
    const { planId } = await callApi(atlas, 'createSamplePlan', {});
    await openFitted(planId);
    const { nodes } = await callApi(atlas, 'loadPlan', { planId });
    const root = nodes.find((node) => node.parentId === null)!;
    const parents = new Set(nodes.map((node) => node.parentId));
    const branchRoots = shownNodes(nodes).filter((node) => node.parentId === root.id || (node.parentId !== null && parents.has(node.id)));
    expect(branchRoots.length).toBeGreaterThan(5);

    const zoom = (await mapPage(page).viewport()).zoom;
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'overview-sample-fitted.png') });
    const labels = await page.evaluate(
      ({ ids, zoom }) =>
        ids.map((id) => {
          const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
          const label = card?.querySelector<HTMLElement>('.atlas-node__light-label, .atlas-node__label');
          if (!card || !label) return { id, drawn: false, screenPx: 0, cut: true, text: '' };
          const screenPx = parseFloat(getComputedStyle(label).fontSize) * zoom;
          const cut = label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1;
          return { id, drawn: true, screenPx, cut, text: label.textContent ?? '' };
        }),
      { ids: branchRoots.map((node) => node.id), zoom },
    );
    const wrong = labels.filter((label) => !label.drawn || label.screenPx < READABLE_PX || label.cut);
    expect(wrong, `at zoom ${zoom.toFixed(3)}: ${JSON.stringify(wrong)}`).toEqual([]);
    for (const node of branchRoots) expect(labels.find((label) => label.id === node.id)!.text).toBe(node.label);

    // Leaves may be compact chips: the full name stays in the card's accessible name.
    const leaves = shownNodes(nodes).filter((node) => !branchRoots.includes(node) && node.id !== root.id);
    const names = await page.locator('.react-flow__node[aria-label]').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label')));
    for (const leaf of leaves) expect(names.some((name) => name?.endsWith(`: ${leaf.label}`))).toBe(true);
  });

  it(`fits a generated plan of ${LARGE_PLAN_NODES} nodes with every node inside the map area`, async () => {
    const { planId } = await callApi(atlas, 'importPlanFile', { file: { ...generatePlan(LARGE_PLAN_NODES), viewport: { x: 0, y: 0, zoom: 1 } } });
    await openFitted(planId);
    const { nodes } = await callApi(atlas, 'loadPlan', { planId });
    const expected = shownNodes(nodes).length;
    const area = (await page.getByRole('main', { name: 'Account map' }).boundingBox())!;
    await expect.poll(() => mapPage(page).allNodes().count(), { timeout: 20_000 }).toBe(expected);
    const outside = await mapPage(page)
      .allNodes()
      .evaluateAll(
        (cards, area) =>
          cards
            .map((card) => ({ name: card.getAttribute('aria-label'), box: card.getBoundingClientRect() }))
            .filter(({ box }) => box.left < area.x - 0.5 || box.top < area.y - 0.5 || box.right > area.x + area.width + 0.5 || box.bottom > area.y + area.height + 0.5)
            .map(({ name }) => name),
        area,
      );
    await page.screenshot({ path: join(OUTPUT, 'overview-large-fitted.png') });
    expect(outside, `zoom ${(await mapPage(page).viewport()).zoom}`).toEqual([]);
  });
});
