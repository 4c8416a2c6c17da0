import { describe, expect, it } from 'vitest';
import { SAMPLE_ACCOUNT_NAME } from '../../shared/sample/index.ts';
import { tempBackend } from './tempBackend.ts';

const backend = tempBackend({ now: () => new Date('2026-11-22T10:00:00.000Z') });

const count = (table: string) => backend.library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('the sample plan, once', () => {
  it('opens the sample already in the library instead of adding a second Northwind account, writing nothing', async () => {
    const first = await backend.service.createSamplePlan({ openExisting: true });
    const rows = [count('accounts'), count('plans'), count('nodes')];
    await expect(backend.service.createSamplePlan({ openExisting: true })).resolves.toEqual(first);
    expect([count('accounts'), count('plans'), count('nodes')]).toEqual(rows);
    expect((await backend.service.listAccounts({})).filter((account) => account.name === SAMPLE_ACCOUNT_NAME)).toHaveLength(1);
  });

  it('still finds it renamed: it is the user\u2019s sample, edits and all', async () => {
    const first = await backend.service.createSamplePlan({ openExisting: true });
    await backend.service.updateAccount({ id: first.accountId, changes: { name: 'Our practice account' } });
    await backend.service.updatePlan({ id: first.planId, changes: { title: 'Practice' } });
    await expect(backend.service.createSamplePlan({ openExisting: true })).resolves.toEqual(first);
  });

  it('adds a fresh sample once the old one is in the trash, and finds that one next time', async () => {
    const first = await backend.service.createSamplePlan({ openExisting: true });
    await backend.service.deleteAccount({ id: first.accountId });
    const fresh = await backend.service.createSamplePlan({ openExisting: true });
    expect(fresh.planId).not.toBe(first.planId);
    expect((await backend.service.listAccounts({})).map((account) => account.name)).toEqual([SAMPLE_ACCOUNT_NAME]);
    await expect(backend.service.createSamplePlan({ openExisting: true })).resolves.toEqual(fresh);
    expect(await backend.service.listTrash({})).toHaveLength(1);
  });

  it('adds another when asked without openExisting (the CLI\u2019s demo)', async () => {
    const first = await backend.service.createSamplePlan({});
    const second = await backend.service.createSamplePlan({});
    expect(second.planId).not.toBe(first.planId);
    expect(await backend.service.listAccounts({})).toHaveLength(2);
  });
});
