import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../electron/backend/backups.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import { MIGRATIONS } from '../../electron/backend/migrations/index.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { tempFolder } from './tempLibrary.ts';

const temp = tempFolder();
afterAll(() => temp.cleanup());
const DAY = 86_400_000;

describe('backups', () => {
  it('backs the library up before the first change of each day, once', async () => {
    const path = join(temp.dir, 'daily', 'atlas.db');
    let clock = new Date('2026-12-01T09:00:00Z');
    const library = openLibrary(path);
    const service = createPlanService(library, { now: () => clock });
    await service.createSamplePlan({});
    expect(existsSync(backupFolder(path))).toBe(false);
    await Promise.all([service.createAccount({ name: 'Contoso' }), service.createAccount({ name: 'Fabrikam' })]);
    await service.listAccounts({});
    expect(listBackups(path)).toEqual([
      expect.objectContaining({ name: 'atlas-2026-12-01.db', date: '2026-12-01', reason: 'daily', accountCount: 1, planCount: 1 }),
    ]);
    clock = new Date(clock.getTime() + DAY);
    await service.createAccount({ name: 'Tailspin' });
    expect(listBackups(path).map((backup) => [backup.name, backup.accountCount])).toEqual([
      ['atlas-2026-12-02.db', 3],
      ['atlas-2026-12-01.db', 1],
    ]);
    // Plain files: reading one leaves nothing beside it.
    expect(readdirSync(backupFolder(path)).sort()).toEqual(['atlas-2026-12-01.db', 'atlas-2026-12-02.db']);
    library.close();
  });

  it('keeps 7 daily and 4 weekly backups over two months of daily edits', async () => {
    const path = join(temp.dir, 'months', 'atlas.db');
    let clock = new Date('2026-10-01T09:00:00Z');
    const library = openLibrary(path);
    const service = createPlanService(library, { now: () => clock });
    await service.createAccount({ name: 'Contoso' });
    for (let day = 0; day < 60; day += 1) {
      clock = new Date(Date.parse('2026-10-01T09:00:00Z') + day * DAY);
      await service.createAccount({ name: `Day ${day}` });
    }
    const dates = listBackups(path).map((backup) => backup.date);
    expect(dates).toHaveLength(11);
    expect(dates.slice(0, 7)).toEqual(['2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24', '2026-11-23']);
    library.close();
  });

  it('restores a backup after backing up the library as it is, and a deleted plan comes back with its map', async () => {
    const path = join(temp.dir, 'restore', 'atlas.db');
    let clock = new Date('2026-12-01T09:00:00Z');
    const library = openLibrary(path);
    const service = createPlanService(library, { now: () => clock });
    const { planId } = await service.createSamplePlan({});
    const before = await service.loadPlan({ planId });
    clock = new Date(clock.getTime() + DAY);
    await service.deletePlan({ id: planId });
    await service.deleteForever({ id: planId });
    await service.createAccount({ name: 'Made after the backup' });
    const [backup] = await service.listBackups({});
    expect(backup).toMatchObject({ name: 'atlas-2026-12-02.db', planCount: 1 });

    // A second program has the library open all along; it sees the restored library.
    const other = openLibrary(path);
    const result = await service.restoreBackup({ name: backup!.name });
    expect(result.restoredFrom).toBe('atlas-2026-12-02.db');
    expect(result.keptAs).toMatch(/^atlas-2026-12-02-\d{6}-before-restore\.db$/);
    const after = await service.loadPlan({ planId });
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    expect((await service.listAccounts({})).map((account) => account.name)).toEqual(['Northwind Logistics']);
    expect((await createPlanService(other).listAccounts({})).map((account) => account.name)).toEqual(['Northwind Logistics']);
    expect(listBackups(path).find((entry) => entry.name === result.keptAs)).toMatchObject({ accountCount: 2, planCount: 0 });
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    other.close();

    await expect(service.restoreBackup({ name: 'nope.db' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.restoreBackup({ name: '../atlas.db' })).rejects.toMatchObject({ code: 'invalid-input' });
    library.close();
  });

  it('undoing a restore in the same second restores the library as it was: no backup is overwritten', async () => {
    const path = join(temp.dir, 'same-second', 'atlas.db');
    const clock = new Date('2026-12-01T09:00:00Z');
    const library = openLibrary(path);
    const service = createPlanService(library, { now: () => clock });
    await service.createAccount({ name: 'Before the day' });
    await service.createAccount({ name: 'Made later' });
    const names = async () => (await service.listAccounts({})).map((account) => account.name).sort();
    expect(await names()).toEqual(['Before the day', 'Made later']);
    const first = await service.restoreBackup({ name: 'atlas-2026-12-01.db' });
    expect(await names()).toEqual(['Before the day']);
    // The clock has not moved: the backup this restore takes first must not replace the one it restores.
    const second = await service.restoreBackup({ name: first.keptAs });
    expect(second.keptAs).not.toBe(first.keptAs);
    expect(second.keptAs).toMatch(/^atlas-2026-12-01-090000-2-before-restore\.db$/);
    expect(await names()).toEqual(['Before the day', 'Made later']);
    expect(listBackups(path).map((backup) => backup.reason)).toEqual(expect.arrayContaining(['daily', 'before-restore', 'before-restore']));
    library.close();
  });

  it('backs an older library up before migrating it', () => {
    const path = join(temp.dir, 'older', 'atlas.db');
    const library = openLibrary(path);
    library.close();
    const db = new BetterSqlite3(path);
    db.exec('DROP TABLE plan_changes; DROP INDEX accounts_in_trash; DROP INDEX plans_in_trash;');
    db.exec('ALTER TABLE accounts DROP COLUMN deleted_at; ALTER TABLE plans DROP COLUMN deleted_at; ALTER TABLE plans DROP COLUMN revision;');
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES ('a', 'Acme', 'key', 't', 't')").run();
    db.close();
    const reopened = openLibrary(path);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    reopened.close();
    const [backup] = listBackups(path);
    expect(backup).toMatchObject({ reason: 'before-update', accountCount: 1 });
    const copy = new BetterSqlite3(join(backupFolder(path), backup!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });
});
