import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let atlas: RunningAtlas;
let browser: Browser;

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), atlas?.close()]);
});

describe('the sample plan', () => {
  it('opens from the empty library and shows every one of its nodes, each with an accessible name', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(atlas.url);
    await homePage(page).openSample();
    const map = mapPage(page);
    await map.waitForMap();
    const [account] = await callApi(atlas, 'listAccounts', {});
    const plan = account!.plans[0]!;
    await expect.poll(() => map.allNodes().count(), { timeout: 10_000 }).toBe(plan.nodeCount);
    const labels = await map.allNodes().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
    expect(labels.every((label) => /^[A-Z][A-Za-z ]+: .+/.test(label))).toBe(true);
    const stored = await callApi(atlas, 'loadPlan', { planId: plan.id });
    expect(new Set(labels)).toEqual(new Set(stored.nodes.map((node) => `${kindOf(node.kind).label}: ${node.label}`)));

    // Fitted to the window the cards are light, and every branch link still runs from the side of one card to
    // the side of the other (React Flow finds the ends from the light cards' handles).
    expect(await page.locator('.atlas-node.is-light').count()).toBe(plan.nodeCount);
    const links = page.locator('.react-flow__edge-tree path.atlas-tree-edge');
    await expect.poll(() => links.count()).toBe(plan.nodeCount - 1);
    const accountNode = map.node('Account', stored.account.name);
    const accountBox = (await accountNode.boundingBox())!;
    const ends = await links.evaluateAll((paths) =>
      paths.map((path) => {
        const line = path as SVGPathElement;
        const point = line.getPointAtLength(0);
        const matrix = line.getScreenCTM()!;
        return { x: point.x * matrix.a + matrix.e, y: point.y * matrix.d + matrix.f };
      }),
    );
    // Links from the account start at the middle of its left or right side.
    const fromAccount = ends.filter((end) => Math.abs(end.y - (accountBox.y + accountBox.height / 2)) < 3);
    expect(fromAccount.length).toBeGreaterThan(0);
    for (const end of fromAccount) {
      expect(Math.min(Math.abs(end.x - accountBox.x), Math.abs(end.x - (accountBox.x + accountBox.width)))).toBeLessThan(3);
    }

    mkdirSync(join(PROJECT_ROOT, 'tests', 'output'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, 'tests', 'output', 'sample-map.png') });

    // Up close: full cards, and the economic buyer's relations (org chart, needs, coverage) highlighted.
    await map.select('Stakeholder', 'Dana Whitfield');
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await map.settled();
    await expect.poll(() => page.locator('.react-flow__edge.is-highlighted').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(PROJECT_ROOT, 'tests', 'output', 'sample-map-detail.png') });
    await page.close();
  });
});
