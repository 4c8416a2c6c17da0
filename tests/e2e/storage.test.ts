import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';
import { callApi } from './pages/api.ts';
import { mapPage } from './pages/mapPage.ts';

const PLAN = 'Northwind Logistics — FY27 growth plan';
const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-storage-'));
const library = join(folder, 'atlas.db');

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Runs the CLI on the test library. */
function cli(...args: string[]): void {
  const run = spawnSync(process.execPath, ['electron/cli/atlas.ts', ...args, '--data', library], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

const dialog = (name: string) => page.getByRole('dialog', { name });

beforeAll(async () => {
  cli('demo');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('trash, backups and a big delete, in browser mode against the real build', () => {
  let atlas: RunningAtlas;
  beforeAll(async () => {
    atlas = await startAtlas({ dataPath: library });
    await page.goto(atlas.url);
  });
  afterAll(() => atlas?.close());

  it('moves a deleted plan to the trash and restores it from there', async () => {
    await page.getByRole('button', { name: `Delete plan ${PLAN}` }).click();
    await dialog(`Delete plan “${PLAN}”?`).getByText(/goes to the Trash, where you can restore it for 30 days/).waitFor();
    await dialog(`Delete plan “${PLAN}”?`).getByRole('button', { name: 'Delete plan' }).click();
    await page.getByText('No plan yet.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    const trash = dialog('Trash');
    await trash.getByRole('list', { name: 'Items in the trash' }).getByText(PLAN).waitFor();
    expect(await trash.getByRole('listitem').textContent()).toMatch(/Plan of Northwind Logistics · 73 items · deleted .* · emptied in 30 days/);
    await trash.getByRole('button', { name: `Restore ${PLAN}` }).click();
    await trash.getByText('The trash is empty.').waitFor();
    await trash.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: `Open plan ${PLAN}` }).waitFor();
  });

  it('lists the backup taken before the first change and restores it after asking', async () => {
    await page.getByRole('button', { name: 'Delete account Northwind Logistics' }).click();
    await dialog('Delete account “Northwind Logistics”?').getByRole('button', { name: 'Delete account' }).click();
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await dialog('Trash').getByRole('button', { name: 'Delete Northwind Logistics for good' }).click();
    await dialog('Delete “Northwind Logistics” for good?').getByRole('button', { name: 'Delete for good' }).click();
    await dialog('Trash').getByText('The trash is empty.').waitFor();
    await dialog('Trash').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Create your first account' }).waitFor();

    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    const backups = dialog('Backups');
    const item = backups.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/Daily backup · 1 account, 1 plan · \d+ KB/);
    await backups.getByRole('button', { name: /^Restore the backup of / }).click();
    const confirm = page.getByRole('dialog', { name: /^Restore the backup of / });
    await confirm.getByText(/backed up first/).waitFor();
    await confirm.getByRole('button', { name: 'Restore backup' }).click();
    await page.getByRole('button', { name: `Open plan ${PLAN}` }).waitFor();
    const [account] = await callApi(atlas, 'listAccounts', {});
    expect(account!.plans[0]!.nodeCount).toBe(73);
    expect((await callApi(atlas, 'listBackups', {})).map((backup) => backup.reason).sort()).toEqual(['before-restore', 'daily']);
  });

  it('asks before Select all + Delete removes the map, naming how many', async () => {
    await page.getByRole('button', { name: `Open plan ${PLAN}` }).click();
    const map = mapPage(page);
    await map.waitForMap();
    await map.select('Account', 'Northwind Logistics');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    const ask = dialog('Delete 72 items?');
    await ask.getByText(/^This deletes 72 items of the map/).waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await map.select('Account', 'Northwind Logistics');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await dialog('Delete 72 items?').getByRole('button', { name: 'Delete 72 items' }).click();
    await expect.poll(async () => (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.nodeCount, { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.nodeCount, { timeout: 10_000 }).toBe(73);
  });

  it('shows a node whose stored record no longer reads as damaged, and keeps it from being changed', async () => {
    const db = new Database(library);
    db.prepare("UPDATE nodes SET data = '{\"buyingRole\": ' WHERE label = 'Sam Ortiz'").run();
    db.close();
    await page.reload();
    const map = mapPage(page);
    await map.waitForMap();
    await map.select('Stakeholder', 'Sam Ortiz (damaged)');
    await map.inspector.getByRole('alert').getByText(/This stakeholder is damaged in the library \(its stored data is not valid JSON/).waitFor();
    expect(await map.inspector.getByLabel('Name').isDisabled()).toBe(true);
    await page.keyboard.press('Delete');
    await page.getByText(/^“Sam Ortiz” is damaged in the library/).waitFor();
    const check = new Database(library, { readonly: true });
    expect(check.prepare("SELECT data FROM nodes WHERE label = 'Sam Ortiz'").pluck().get()).toBe('{"buyingRole": ');
    check.close();
  });
});

const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log('Skipping the read-only e2e test: it mounts a read-only file system, which needs root (CI runs as root).');

describe.skipIf(!asRoot)('a read-only library in the app', () => {
  const mount = join(folder, 'read-only-disk');
  let atlas: RunningAtlas;
  beforeAll(async () => {
    mkdirSync(mount);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount]).status).toBe(0);
    copyFileSync(library, join(mount, 'atlas.db'));
    expect(spawnSync('mount', ['-o', 'remount,ro', mount]).status).toBe(0);
    atlas = await startAtlas({ dataPath: join(mount, 'atlas.db') });
    await page.goto(atlas.url);
  });
  afterAll(async () => {
    await atlas?.close();
    spawnSync('umount', [mount]);
  });

  it('says why editing is off on every screen, and the map and inspector do not edit', async () => {
    const banner = page.getByRole('status', { name: 'Read-only library' });
    await banner.getByText(/This library is read-only \(its (file|folder) cannot be written\), so editing is off/).waitFor();
    expect(await page.getByRole('button', { name: 'New account' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: `Open plan ${PLAN}` }).click();
    const map = mapPage(page);
    await map.waitForMap();
    await banner.waitFor();
    await map.select('Stakeholder', 'Dana Whitfield');
    expect(await map.inspector.getByLabel('Name').isDisabled()).toBe(true);
    await page.keyboard.press('Delete');
    await page.getByText(/^Editing is off: this library is read-only/).waitFor();
    expect((await callApi(atlas, 'listAccounts', {}))[0]!.plans[0]!.nodeCount).toBe(73);
  });
});
