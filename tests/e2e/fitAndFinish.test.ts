import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_KINDS, PALETTE_KINDS, kindOf } from '../../shared/kinds/index.ts';
import { newPlanPeriod } from '../../shared/rollForward.ts';
import { OUTSIDE_HORIZON_WORD } from '../../shared/rules/actions.ts';
import { todayIso } from '../../shared/values.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { homePage } from './pages/homePage.ts';
import { mapPage } from './pages/mapPage.ts';

let browser: Browser;
const running: RunningAtlas[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all([browser?.close(), ...running.map((atlas) => atlas.close())]);
});

/** A fresh app with an empty library, and a page on its home screen. */
async function freshApp(viewport = { width: 1400, height: 900 }): Promise<{ atlas: RunningAtlas; page: Page }> {
  const atlas = await startAtlas();
  running.push(atlas);
  const page = await browser.newPage({ viewport });
  await page.goto(atlas.url);
  return { atlas, page };
}

/** Every designed short form of a card word, with its full word ("Prop." → "Propose"). */
function designedShortForms(): Map<string, string> {
  const forms = new Map<string, string>([[OUTSIDE_HORIZON_WORD.short, OUTSIDE_HORIZON_WORD.full]]);
  for (const kind of NODE_KINDS) {
    for (const field of kindOf(kind).fields) {
      if (field.short) forms.set(field.short, field.label);
      if (field.type !== 'select') continue;
      for (const option of field.options) if (option.short) forms.set(option.short, option.label);
    }
  }
  return forms;
}

describe('new plans start sensibly', () => {
  it('offers the next twelve months from today as the period of a new plan, and keeps an edit', async () => {
    const { atlas, page } = await freshApp();
    await homePage(page).createAccount({ name: 'Globex' });
    await page.getByRole('button', { name: 'New plan for Globex' }).click();
    const dialog = page.getByRole('dialog');
    const period = newPlanPeriod(todayIso());
    await expect.poll(() => dialog.getByLabel('Period start').inputValue()).toBe(period.periodStart);
    expect(await dialog.getByLabel('Period end').inputValue()).toBe(period.periodEnd);
    await dialog.getByLabel('Period end').fill('2031-06-30');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await mapPage(page).waitForMap();
    const [account] = await callApi(atlas, 'listAccounts', {});
    expect(account!.plans[0]).toMatchObject({ periodStart: period.periodStart, periodEnd: '2031-06-30' });
  });

  it('gives the account\u2019s name a second line on its card before cutting it, the full name in its title and name', async () => {
    const { atlas, page } = await freshApp();
    const name = 'Globex Corporation International';
    const account = await callApi(atlas, 'createAccount', { name, industry: 'Manufacturing', tier: 'key' });
    await callApi(atlas, 'createPlan', { accountId: account.id, title: 'Globex plan' });
    await page.reload();
    await homePage(page).openPlan('Globex plan');
    const map = mapPage(page);
    await map.waitForMap();
    const card = map.node('Account', name);
    const label = card.locator('.atlas-node__label');
    await expect.poll(() => label.textContent()).toBe(name);
    // Nothing hidden below the lines shown (a pixel of rounding aside), on two lines where one would cut it.
    const lines = await label.evaluate((element) => ({ hidden: element.scrollHeight - element.clientHeight, wide: element.scrollWidth > element.clientWidth }));
    expect(lines).toEqual({ hidden: expect.toBeOneOf([0, 1]), wide: false });
    expect(await card.locator('.atlas-node').getAttribute('title')).toBe(name);
  });
});

describe('the sample plan once', () => {
  it('opens the sample already in the library, renamed or not, instead of adding a second Northwind account', async () => {
    const { atlas, page } = await freshApp();
    const home = homePage(page);
    const map = mapPage(page);
    await home.openSample();
    await map.waitForMap();
    const [sample] = await callApi(atlas, 'listAccounts', {});
    const planId = sample!.plans[0]!.id;

    await page.getByRole('button', { name: 'All accounts' }).click();
    await page.getByRole('article', { name: `Account ${sample!.name}` }).waitFor();
    await home.openSample();
    await map.node('Account', sample!.name).waitFor();
    expect(await callApi(atlas, 'listAccounts', {})).toHaveLength(1);

    await callApi(atlas, 'updateAccount', { id: sample!.id, changes: { name: 'Practice account' } });
    await page.getByRole('button', { name: 'All accounts' }).click();
    await page.getByRole('article', { name: 'Account Practice account' }).waitFor();
    await home.openSample();
    await map.node('Account', 'Practice account').waitFor();
    const accounts = await callApi(atlas, 'listAccounts', {});
    expect(accounts.map((account) => account.plans.map((plan) => plan.id))).toEqual([[planId]]);
  });
});

const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log('Skipping the read-only sample test: it mounts a read-only file system, which needs root (CI runs as root).');

describe.skipIf(!asRoot)('the sample plan in a read-only library', () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-sample-'));
  const mount = join(folder, 'read-only-disk');
  let atlas: RunningAtlas | undefined;

  afterAll(async () => {
    await atlas?.close();
    spawnSync('umount', [mount]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens the sample already there, since opening writes nothing', async () => {
    const library = join(folder, 'atlas.db');
    const demo = spawnSync(process.execPath, ['electron/cli/atlas.ts', 'demo', '--data', library], { encoding: 'utf8' });
    expect(demo.status, demo.stderr).toBe(0);
    mkdirSync(mount);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount]).status).toBe(0);
    copyFileSync(library, join(mount, 'atlas.db'));
    expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
    atlas = await startAtlas({ dataPath: join(mount, 'atlas.db') });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(atlas.url);
    await page.getByRole('status', { name: 'Read-only library' }).waitFor();
    const open = page.getByRole('button', { name: 'Open the sample plan' });
    expect(await open.isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'New account' }).isDisabled()).toBe(true);
    await open.click();
    await mapPage(page).node('Account', 'Northwind Logistics').waitFor();
    await page.close();
  });
});

describe('words and cards on the sample map', () => {
  let atlas: RunningAtlas;
  let page: Page;

  beforeAll(async () => {
    ({ atlas, page } = await freshApp({ width: 1800, height: 1800 }));
    const { planId } = await callApi(atlas, 'createSamplePlan', { openExisting: true });
    // The whole sample at half size: every card drawn with its facts (light cards start below half size).
    await callApi(atlas, 'applyPatch', { planId, viewport: { x: 400, y: 720, zoom: 0.5 } });
    await page.reload();
    await page.getByRole('button', { name: /^Open plan / }).click();
    await mapPage(page).waitForMap();
    await mapPage(page).settled();
  });

  it('names each kind with its own article in the palette\u2019s hints', async () => {
    const map = mapPage(page);
    await map.select('Account', 'Northwind Logistics');
    expect(await map.paletteButton('Opportunity').getAttribute('title')).toBe('Add an opportunity under “Northwind Logistics”');
    for (const kind of PALETTE_KINDS) {
      const title = (await map.paletteButton(kindOf(kind).label).getAttribute('title'))!;
      expect(title).toBe(`Add ${kindOf(kind).aLabel} under “Northwind Logistics”`);
      expect(title).not.toMatch(/\ba [aeiou]|\ban [^aeiou]/i);
    }
  });

  it('shows every badge of every card whole, as its full word or its designed short form, with the full word in its name', async () => {
    const facts = await page.locator('.react-flow__node .atlas-node__facts').evaluateAll((rows) =>
      rows.flatMap((row) => {
        const box = row.getBoundingClientRect();
        const card = row.closest('.react-flow__node')!.getAttribute('aria-label')!;
        return [...row.children].map((child) => {
          const own = child.getBoundingClientRect();
          return {
            card,
            text: child.textContent ?? '',
            name: child.getAttribute('aria-label'),
            role: child.getAttribute('role'),
            inside: own.right <= box.right + 0.5 && own.bottom <= box.bottom + 0.5 && own.left >= box.left - 0.5,
            unclipped: child.scrollWidth <= child.clientWidth || child.clientWidth === 0,
          };
        });
      }),
    );
    expect(facts.length).toBeGreaterThan(100);
    expect(facts.filter((fact) => !fact.inside || !fact.unclipped || fact.text.endsWith('…'))).toEqual([]);

    const forms = designedShortForms();
    for (const fact of facts) {
      for (const [short, full] of forms) {
        if (!new RegExp(`(^|\\s)${short.replace('.', '\\.')}(\\s|$)`, 'i').test(fact.text)) continue;
        expect({ card: fact.card, text: fact.text, role: fact.role, named: fact.name?.toLowerCase().includes(full.toLowerCase()) }).toEqual({
          card: fact.card,
          text: fact.text,
          role: 'img',
          named: true,
        });
      }
    }

    // The opportunity whose stage was cut to "Prop": its stage now whole or "Prop.", named in full.
    const rfp = mapPage(page).node('Opportunity', 'Route-planning replacement RFP');
    const stage = rfp.getByRole('img', { name: /^Stage: Propose/ });
    expect(['Propose', 'Prop.']).toContain(await stage.textContent());
    expect(await stage.getAttribute('title')).toMatch(/^Stage: Propose/);
  });

  it('gives a card its full words back once its facts fit again', async () => {
    const map = mapPage(page);
    const rfp = map.node('Opportunity', 'Route-planning replacement RFP');
    await expect.poll(() => rfp.getByRole('img', { name: 'Type: Respond' }).textContent()).toBe('Resp.');
    await map.select('Opportunity', 'Route-planning replacement RFP');
    await map.inspector.getByLabel('Stage').selectOption({ label: 'Won' });
    await expect.poll(() => rfp.getByRole('img', { name: /^Stage: Won/ }).textContent()).toBe('Won');
    expect(await rfp.getByRole('img', { name: 'Type: Respond' }).textContent()).toBe('Respond');
  });
});
