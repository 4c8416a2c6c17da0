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

// The preload's window.atlasDesktop is stood in, so View menu ids reach the real renderer as Electron sends them.
const FAKE_DESKTOP_BRIDGE = `
  window.atlasDesktop = {
    onMenuCommand(listener) { window.__atlasMenu = listener; return () => { window.__atlasMenu = undefined; }; },
    saveFile: async () => null,
    openExternal: async () => {},
  };
`;
const OUTPUT = join(PROJECT_ROOT, 'tests', 'output');

let atlas: RunningAtlas;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let planId: string;

async function menu(command: MenuCommand): Promise<void> {
  await page.evaluate((id) => (window as unknown as { __atlasMenu(id: string): void }).__atlasMenu(id), command);
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
