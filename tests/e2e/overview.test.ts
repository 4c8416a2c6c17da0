import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { MAP_SHAPE_ZOOM } from '../../shared/mapOverview.ts';
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
  it('draws the sample plan’s branch roots with labels of at least 11 px on screen, never cut off, never over one another', async () => {
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
          const chip = card?.querySelector('.atlas-node.is-chip') !== null && card?.querySelector('.atlas-node.is-chip') !== undefined;
          if (!card || !label) return { id, drawn: false, chip: false, screenPx: 0, cut: true, text: '', box: null };
          const screenPx = parseFloat(getComputedStyle(label).fontSize) * zoom;
          const cut = label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1;
          const { left, top, right, bottom } = label.getBoundingClientRect();
          return { id, drawn: true, chip, screenPx, cut, text: label.textContent ?? '', box: { left, top, right, bottom } };
        }),
      { ids: branchRoots.map((node) => node.id), zoom },
    );
    // A branch label that would cover a more important one is left out: that branch is drawn as a chip.
    const labelled = labels.filter((label) => !label.chip);
    const wrong = labelled.filter((label) => !label.drawn || label.screenPx < READABLE_PX || label.cut);
    expect(wrong, `at zoom ${zoom.toFixed(3)}: ${JSON.stringify(wrong)}`).toEqual([]);
    for (const label of labelled) expect(label.text).toBe(branchRoots.find((node) => node.id === label.id)!.label);
    expect(labelled.length).toBeGreaterThanOrEqual(Math.ceil(branchRoots.length * 0.8));
    for (const node of branchRoots.filter((branch) => branch.parentId === root.id)) expect(labelled.some((label) => label.id === node.id), node.label).toBe(true);
    const overlapping = labelled.flatMap((a, index) =>
      labelled
        .slice(index + 1)
        .filter((b) => a.box!.left < b.box!.right && b.box!.left < a.box!.right && a.box!.top < b.box!.bottom && b.box!.top < a.box!.bottom)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping, `at zoom ${zoom.toFixed(3)}`).toEqual([]);

    // Leaves may be compact chips: the full name stays in the card's accessible name.
    const leaves = shownNodes(nodes).filter((node) => !branchRoots.includes(node) && node.id !== root.id);
    const names = await page.locator('.react-flow__node[aria-label]').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label')));
    for (const leaf of leaves) expect(names.some((name) => name?.endsWith(`: ${leaf.label}`))).toBe(true);
  });

  it(`fits a generated plan of ${LARGE_PLAN_NODES} nodes as the map's shape, wholly inside the map area; a box there selects items, zooming in brings the cards back`, async () => {
    const { planId } = await callApi(atlas, 'importPlanFile', { file: { ...generatePlan(LARGE_PLAN_NODES), viewport: { x: 0, y: 0, zoom: 1 } } });
    await openFitted(planId);
    const map = mapPage(page);
    const { nodes } = await callApi(atlas, 'loadPlan', { planId });
    const expected = shownNodes(nodes).length;
    expect((await map.viewport()).zoom).toBeLessThan(MAP_SHAPE_ZOOM);
    const area = (await page.getByRole('main', { name: 'Account map' }).boundingBox())!;
    // Every item but the account is a mark in one picture; the account stays a card.
    const shape = page.getByRole('img', { name: /^Shape of the map: / });
    await shape.waitFor();
    expect(await shape.getAttribute('aria-label')).toBe(`Shape of the map: ${(expected - 1).toLocaleString('en')} items drawn as marks; zoom in to work on them`);
    expect(await map.allNodes().count()).toBe(1);
    expect(await map.node('Account', nodes.find((node) => node.parentId === null)!.label).count()).toBe(1);
    const marks = await shape.locator('path[data-count]').evaluateAll((paths) => paths.map((path) => ({ count: Number(path.getAttribute('data-count')), box: path.getBoundingClientRect() })));
    expect(marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(expected - 1);
    const outside = marks.filter(({ box }) => box.left < area.x - 0.5 || box.top < area.y - 0.5 || box.right > area.x + area.width + 0.5 || box.bottom > area.y + area.height + 0.5);
    await page.screenshot({ path: join(OUTPUT, 'overview-large-fitted.png') });
    expect(outside, `zoom ${(await map.viewport()).zoom}`).toEqual([]);

    // A Shift box over the upper left quarter of the drawing selects the items inside it: they become cards.
    const drawing = (await shape.boundingBox())!;
    const from = { x: drawing.x + 2, y: drawing.y + 2 };
    const to = { x: drawing.x + drawing.width / 2, y: drawing.y + drawing.height / 2 };
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step += 1) await page.mouse.move(from.x + ((to.x - from.x) * step) / 8, from.y + ((to.y - from.y) * step) / 8);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBeGreaterThan(1);
    const selected = await page.locator('.react-flow__node.selected').count();
    await expect.poll(() => shape.getAttribute('data-marks')).toBe(String(expected - 1 - selected));
    expect(await map.allNodes().count()).toBe(selected + 1);

    // Zoomed in past the shape, the items are cards again.
    await page.getByRole('main', { name: 'Account map' }).click({ position: { x: 10, y: 10 } });
    for (let step = 0; step < 20 && (await shape.count()) > 0; step += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => shape.count()).toBe(0);
    expect((await map.viewport()).zoom).toBeGreaterThanOrEqual(MAP_SHAPE_ZOOM);
    await expect.poll(() => map.allNodes().count()).toBeGreaterThan(1);
  });
});
