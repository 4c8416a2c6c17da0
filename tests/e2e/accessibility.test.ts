import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { axeViolations } from './pages/axe.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';
import { viewsPage } from './pages/viewsPage.ts';

/** The room's network in this test: a loopback address standing in for the meeting room's Wi-Fi. */
const ROOM_ADDRESS = '127.0.0.2';

let browser: Browser;
let page: Page;

/** Checks the screen as it is now with axe-core: no violation, each one listed if any. */
async function expectNoViolations(where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect.soft(violations, `axe-core on ${where}:\n${violations.join('\n')}`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// The same walk in the light and the dark theme (the operating system's choice, as Chromium reports it).
describe.each(['light', 'dark'] as const)('axe-core finds no violation in the %s theme', (colorScheme) => {
  let atlas: RunningAtlas;
  let context: BrowserContext;

  beforeAll(async () => {
    atlas = await startAtlas();
    context = await browser.newContext({ viewport: { width: 1500, height: 950 }, colorScheme });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await atlas?.close();
  });

  it('on the home screen, its dialogs, the map with the inspector, every view, the side panels, the workshop and projector mode', async () => {
    await page.goto(atlas.url);
    await page.getByRole('button', { name: 'Open the sample plan' }).first().waitFor();
    await expectNoViolations('the empty home screen');

    await page.getByRole('button', { name: 'Create your first account' }).click();
    await page.getByRole('dialog').getByLabel('Account name').waitFor();
    await expectNoViolations('the new-account dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const map = mapPage(page);
    await homePage(page).openSample();
    await map.waitForMap();
    await map.settled();
    await expectNoViolations('the map of the sample plan');

    const firstStakeholder = page.locator('.react-flow__node[aria-label^="Stakeholder: "]').first();
    await firstStakeholder.click();
    await map.inspector.getByRole('heading').first().waitFor();
    await expectNoViolations('the map with the inspector showing a stakeholder');
    // Every kind's name heads the inspector in the kind's colour: each must be readable (an action's cyan was not).
    for (const kind of ['Action', 'Need', 'Goal', 'Opportunity', 'Milestone', 'Competitor', 'Team member', 'Dependency', 'SWOT entry', 'Topic']) {
      const card = page.locator(`.react-flow__node[aria-label^="${kind}: "]`).first();
      if ((await card.count()) === 0) continue;
      await card.click();
      await map.inspector.getByRole('heading').first().waitFor();
      await expectNoViolations(`the inspector showing a ${kind.toLowerCase()}`);
    }

    // Zoomed in, the cards show their facts, badges and handles.
    const zoomIn = page.getByRole('main', { name: 'Account map' }).getByRole('button', { name: /zoom in/i });
    while ((await map.viewport()).zoom < 1 && (await zoomIn.isEnabled())) {
      await zoomIn.click();
      await map.settled();
    }
    await expectNoViolations('the map zoomed in to full cards');
    const onScreen = await page.evaluate(() => {
      const area = document.querySelector('main[aria-label="Account map"]')!.getBoundingClientRect();
      const inside = [...document.querySelectorAll('.react-flow__node[aria-label]')].find((node) => {
        const box = node.getBoundingClientRect();
        return box.left > area.left && box.top > area.top && box.right < area.right - 200 && box.bottom < area.bottom - 200;
      });
      return inside?.getAttribute('aria-label') ?? null;
    });
    expect(onScreen, 'a node fully on screen at zoom 1').not.toBeNull();
    await page.getByRole('group', { name: onScreen!, exact: true }).click({ button: 'right' });
    await page.getByRole('menu').waitFor();
    await expectNoViolations('the context menu of a stakeholder');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await map.settled();

    const views = viewsPage(page);
    for (const [tab, region] of [
      ['Org chart', 'Org chart'],
      ['Power map', 'Power map'],
      ['Coverage', 'Coverage view'],
      ['Outline', 'Outline'],
      ['Actions', 'Action tracker'],
    ] as const) {
      await views.open(tab);
      await views.region(region).waitFor();
      await expectNoViolations(`the ${tab} view`);
    }
    await views.open('Map');
    await views.region('Account map').waitFor();

    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: 'Search the plan' }).or(page.getByRole('textbox', { name: 'Search the plan' }));
    await search.fill('Dana');
    await map.settled();
    await expectNoViolations('the search panel with results, the rest of the map dimmed');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Plan check', exact: true }).click();
    await page.getByRole('region', { name: 'Plan check' }).getByRole('heading', { name: 'Plan check' }).waitFor();
    await expectNoViolations('the plan check');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('region', { name: /preview/i }).waitFor();
    await expectNoViolations('the document preview');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();

    // The minimap shows by default in a window this large.
    const minimap = page.getByRole('button', { name: 'Minimap', exact: true });
    if ((await minimap.getAttribute('aria-pressed')) !== 'true') await minimap.click();
    await page.getByRole('img', { name: 'Minimap of the account map' }).waitFor();
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    await expectNoViolations('the map with its minimap and legend');
    await page.getByRole('button', { name: 'Legend', exact: true }).click();

    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoViolations('the export dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Start workshop' }).click();
    const start = page.getByRole('dialog', { name: 'Start a workshop' });
    await start.getByLabel('Port').waitFor();
    await expectNoViolations('the start-a-workshop dialog');
    const addresses = start.getByLabel('Network address');
    if ((await addresses.count()) > 0) await addresses.selectOption({ label: 'Other address…' });
    await start.getByLabel('Other address').fill(ROOM_ADDRESS);
    await start.getByRole('button', { name: 'Start workshop' }).click();
    await start.waitFor({ state: 'detached' });
    const panel = page.getByRole('dialog', { name: 'Join the workshop' });
    await panel.getByLabel('Join address').waitFor();
    await expectNoViolations('the Join panel of a running workshop');

    await page.getByRole('button', { name: 'Projector mode' }).click();
    await page.getByRole('button', { name: 'Export…' }).waitFor({ state: 'hidden' });
    await expectNoViolations('projector mode');
    await page.getByRole('button', { name: 'Projector mode' }).click();
    await page.getByRole('button', { name: 'Export…' }).waitFor();

    await panel.getByRole('button', { name: 'End workshop' }).click();
    const end = page.getByRole('dialog', { name: 'End the workshop?' });
    await end.waitFor();
    await expectNoViolations('the end-the-workshop confirmation');
    await end.getByRole('button', { name: 'End workshop', exact: true }).click();
    await end.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'All accounts' }).click();
    const account = page.getByRole('article').first();
    await account.waitFor();
    await expectNoViolations('the home screen with the sample account');

    await account.getByRole('button', { name: /^New plan for / }).click();
    await page.getByRole('dialog').getByLabel('Plan title').waitFor();
    await expectNoViolations('the new-plan dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    for (const [opener, where] of [
      [account.getByRole('button', { name: /^Edit account / }), 'the edit-account dialog'],
      [account.getByRole('button', { name: /^Edit plan / }).first(), 'the edit-plan dialog'],
      [account.getByRole('button', { name: /^Delete plan / }).first(), 'the delete-plan confirmation'],
      [account.getByRole('button', { name: /^Delete account / }), 'the delete-account confirmation'],
      [page.getByRole('button', { name: 'Trash', exact: true }), 'the Trash'],
      [page.getByRole('button', { name: 'Backups', exact: true }), 'the backups dialog'],
    ] as const) {
      await opener.click();
      await page.getByRole('dialog').waitFor();
      await expectNoViolations(where);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
  });
});
