import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { TRASH_DAYS, daysLeftInTrash, trashCutoff } from '../../shared/trash.ts';
import { tempFolder } from './tempLibrary.ts';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const DAY = 24 * 60 * 60 * 1000;

describe('the trash', () => {
  it('keeps a deleted plan whole, out of every list, until it is restored', async () => {
    const library = openLibrary(temp.path('plan.db'));
    const service = createPlanService(library);
    const { accountId, planId } = await service.createSamplePlan({});
    const before = await service.loadPlan({ planId });
    await service.deletePlan({ id: planId });

    expect((await service.listAccounts({}))[0]!.plans).toEqual([]);
    await expect(service.loadPlan({ planId })).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.deletePlan({ id: planId })).rejects.toMatchObject({ code: 'not-found' });
    const [item] = await service.listTrash({});
    expect(item).toMatchObject({ type: 'plan', id: planId, name: before.plan.title, accountName: 'Northwind Logistics', planCount: 1, nodeCount: 73 });

    await expect(service.restoreFromTrash({ id: planId })).resolves.toEqual({ restored: 'plan' });
    const after = await service.loadPlan({ planId });
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    expect(await service.listTrash({})).toEqual([]);
    expect((await service.listAccounts({})).map((account) => account.id)).toEqual([accountId]);
    library.close();
  });

  it('moves an account with its plans; restoring one of its plans brings the account back', async () => {
    const library = openLibrary(temp.path('account.db'));
    const service = createPlanService(library);
    const { accountId, planId } = await service.createSamplePlan({});
    await service.deleteAccount({ id: accountId });
    expect(await service.listAccounts({})).toEqual([]);
    expect(await service.listTrash({})).toEqual([expect.objectContaining({ type: 'account', id: accountId, planCount: 1, nodeCount: 73 })]);
    await expect(service.restoreFromTrash({ id: accountId })).resolves.toEqual({ restored: 'account' });
    expect((await service.listAccounts({}))[0]!.plans.map((plan) => plan.id)).toEqual([planId]);

    await service.deletePlan({ id: planId });
    await service.deleteAccount({ id: accountId });
    expect((await service.listTrash({})).map((item) => item.type).sort()).toEqual(['account', 'plan']);
    await service.restoreFromTrash({ id: planId });
    expect((await service.listAccounts({}))[0]!.plans.map((plan) => plan.id)).toEqual([planId]);
    library.close();
  });

  it('deletes for good on request, and empties what is older than 30 days on start', async () => {
    const path = temp.path('empty.db');
    let clock = new Date('2026-03-01T09:00:00Z');
    const library = openLibrary(path);
    const service = createPlanService(library, { now: () => clock });
    const first = await service.createSamplePlan({});
    const second = await service.createSamplePlan({});
    await service.deleteAccount({ id: first.accountId });
    await expect(service.deleteForever({ id: first.accountId })).resolves.toEqual({ deleted: true });
    await expect(service.deleteForever({ id: second.accountId })).rejects.toMatchObject({ code: 'not-found' });
    expect(library.db.prepare('SELECT count(*) FROM nodes WHERE plan_id = ?').pluck().get(first.planId)).toBe(0);

    await service.deletePlan({ id: second.planId });
    clock = new Date(clock.getTime() + (TRASH_DAYS - 1) * DAY);
    createPlanService(library, { now: () => clock });
    expect(await service.listTrash({})).toHaveLength(1);
    clock = new Date(clock.getTime() + 2 * DAY);
    createPlanService(library, { now: () => clock });
    expect(await service.listTrash({})).toEqual([]);
    expect(library.db.prepare('SELECT count(*) FROM nodes WHERE plan_id = ?').pluck().get(second.planId)).toBe(0);
    library.close();
  });

  it('counts the days an item has left', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    expect(trashCutoff(now)).toBe('2026-03-01T12:00:00.000Z');
    expect(daysLeftInTrash('2026-03-31T12:00:00.000Z', now)).toBe(30);
    expect(daysLeftInTrash('2026-03-02T00:00:00.000Z', now)).toBe(1);
    expect(daysLeftInTrash('2026-02-01T00:00:00.000Z', now)).toBe(0);
  });
});
