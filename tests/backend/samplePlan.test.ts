import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { SAMPLE_ACCOUNT_NAME } from '../../shared/sample/index.ts';
import { tempFolder } from './tempLibrary.ts';

let temp: ReturnType<typeof tempFolder>;
let library: Library;
let service: PlanService;

beforeEach(() => {
  temp = tempFolder();
  library = openLibrary(temp.path('atlas.db'));
  service = createPlanService(library, { now: () => new Date('2026-11-22T10:00:00.000Z') });
});
afterEach(() => {
  library.close();
  temp.cleanup();
});

const count = (table: string) => library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('the sample plan, once', () => {
  it('opens the sample already in the library instead of adding a second Northwind account, writing nothing', async () => {
    const first = await service.createSamplePlan({ openExisting: true });
    const rows = [count('accounts'), count('plans'), count('nodes')];
    await expect(service.createSamplePlan({ openExisting: true })).resolves.toEqual(first);
    expect([count('accounts'), count('plans'), count('nodes')]).toEqual(rows);
    expect((await service.listAccounts({})).filter((account) => account.name === SAMPLE_ACCOUNT_NAME)).toHaveLength(1);
  });

  it('still finds it renamed: it is the user\u2019s sample, edits and all', async () => {
    const first = await service.createSamplePlan({ openExisting: true });
    await service.updateAccount({ id: first.accountId, changes: { name: 'Our practice account' } });
    await service.updatePlan({ id: first.planId, changes: { title: 'Practice' } });
    await expect(service.createSamplePlan({ openExisting: true })).resolves.toEqual(first);
  });

  it('adds a fresh sample once the old one is in the trash, and finds that one next time', async () => {
    const first = await service.createSamplePlan({ openExisting: true });
    await service.deleteAccount({ id: first.accountId });
    const fresh = await service.createSamplePlan({ openExisting: true });
    expect(fresh.planId).not.toBe(first.planId);
    expect((await service.listAccounts({})).map((account) => account.name)).toEqual([SAMPLE_ACCOUNT_NAME]);
    await expect(service.createSamplePlan({ openExisting: true })).resolves.toEqual(fresh);
    expect(await service.listTrash({})).toHaveLength(1);
  });

  it('adds another when asked without openExisting (the CLI\u2019s demo)', async () => {
    const first = await service.createSamplePlan({});
    const second = await service.createSamplePlan({});
    expect(second.planId).not.toBe(first.planId);
    expect(await service.listAccounts({})).toHaveLength(2);
  });
});
