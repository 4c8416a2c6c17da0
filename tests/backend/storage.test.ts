import { spawn } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import { findDamagedRecords } from '../../electron/backend/repos/damage.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { REPO, atlas, userErrorLine } from '../cli/helpers.ts';
import { tempFolder } from './tempLibrary.ts';

const temp = tempFolder();
afterAll(() => temp.cleanup());

describe('a lock held by another program', () => {
  it('waits for it, and gives up with one sentence when the wait runs out', async () => {
    const path = temp.path('busy.db');
    const library = openLibrary(path, { busyTimeoutMs: 300 });
    const service = createPlanService(library);
    const other = new BetterSqlite3(path);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    await expect(service.createAccount({ name: 'Contoso' })).rejects.toMatchObject({
      code: 'busy',
      message: 'The library is busy in another program; try again.',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    other.exec('COMMIT');
    other.close();
    library.close();
  });

  it('waits while another process holds the lock, then writes', async () => {
    const path = temp.path('wait.db');
    const library = openLibrary(path);
    const service = createPlanService(library);
    // Another process takes the write lock, says so, holds it for 600 ms and commits.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(path)}); db.exec('BEGIN IMMEDIATE');
         db.prepare("INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES ('held', 'Held', 'key', 't', 't')").run();
         console.log('locked'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600); db.exec('COMMIT'); db.close();`,
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const started = Date.now();
    await expect(service.createAccount({ name: 'Fabrikam' })).resolves.toMatchObject({ name: 'Fabrikam' });
    expect(Date.now() - started).toBeGreaterThan(100);
    expect((await service.listAccounts({})).map((account) => account.name)).toEqual(['Fabrikam', 'Held']);
    library.close();
  });
});

describe('a stored record that no longer parses', () => {
  it('is shown as damaged, never replaced by defaults, and reported by atlas check', async () => {
    const path = temp.path('damaged.db');
    const library = openLibrary(path);
    const service = createPlanService(library);
    const { planId } = await service.createSamplePlan({});
    const victim = (await service.loadPlan({ planId })).nodes.find((node) => node.label === 'Dana Whitfield')!;
    library.db.prepare('UPDATE nodes SET data = ? WHERE id = ?').run('{"buyingRole": "economic', victim.id);

    const loaded = (await service.loadPlan({ planId })).nodes.find((node) => node.id === victim.id)!;
    expect(loaded.damaged).toMatch(/^its stored data is not valid JSON/);
    const { damaged: _flag, ...record } = loaded;
    await expect(service.applyPatch({ planId, upsertNodes: [{ ...record, label: 'Dana W.' }] })).rejects.toMatchObject({
      code: 'damaged',
      message: 'The node "Dana W." is damaged in the library and cannot be changed; "atlas check" says what is wrong.',
    });
    const stored = () => library.db.prepare('SELECT data, label FROM nodes WHERE id = ?').get(victim.id);
    expect(stored()).toEqual({ data: '{"buyingRole": "economic', label: 'Dana Whitfield' });
    expect(findDamagedRecords(library.db)).toEqual([
      expect.objectContaining({ planId, record: `node "Dana Whitfield" (stakeholder, id ${victim.id})` }),
    ]);
    library.close();

    const run = atlas(['check', '--data', path]);
    expect(run.stdout).toMatch(
      new RegExp(`^DAMAGED: plan "Northwind Logistics — FY27 growth plan" \\(${planId}\\): node "Dana Whitfield" \\(stakeholder, id ${victim.id}\\): its stored data is not valid JSON`, 'm'),
    );
    expect(userErrorLine(run)).toMatch(/^atlas: 1 record of the library no longer read \(listed above\)/);
    const after = new BetterSqlite3(path, { readonly: true });
    expect(after.prepare('SELECT data FROM nodes WHERE id = ?').pluck().get(victim.id)).toBe('{"buyingRole": "economic');
    after.close();
  });
});
