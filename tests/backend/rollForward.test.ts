import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import type { PlanNode } from '../../shared/model.ts';
import { tempFolder } from './tempLibrary.ts';

let temp: ReturnType<typeof tempFolder>;
let library: Library;
let service: PlanService;
const clock = new Date('2026-11-22T10:00:00.000Z');

beforeEach(() => {
  temp = tempFolder();
  library = openLibrary(temp.path('atlas.db'));
  service = createPlanService(library, { now: () => clock });
});
afterEach(() => {
  library.close();
  temp.cleanup();
});

/** Everything stored, to prove a refused call wrote nothing. */
function dump(): unknown {
  return ['accounts', 'plans', 'nodes', 'edges', 'snapshots', 'plan_changes'].map((table) => library.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
}

const byKind = (nodes: readonly PlanNode[], kind: PlanNode['kind']) => nodes.filter((node) => node.kind === kind);

describe('roll forward', () => {
  it('creates next period\u2019s plan: stakeholders, needs, team, competitors and open actions carried; done actions, actuals and reviews left behind', async () => {
    const { accountId, planId } = await service.createSamplePlan({});
    const before = await service.loadPlan({ planId });
    const done = before.nodes.find((node) => node.kind === 'action' && node.data.status !== 'done')!;
    await service.applyPatch({ planId, updateNodes: [{ id: done.id, data: { status: 'done' } }] });
    await service.takeSnapshot({ planId, label: 'Q4 review' });
    const old = await service.loadPlan({ planId });

    const outcome = await service.rollForwardPlan({ planId });
    expect(outcome.plan).toMatchObject({
      accountId,
      title: old.plan.title.replace(/FY(\d\d)/, (_match, year: string) => `FY${Number(year) + 1}`),
      status: 'active',
      growthTarget: old.plan.growthTarget,
    });
    expect(outcome.plan.periodStart! > old.plan.periodEnd!).toBe(true);
    expect(outcome.archived).toMatchObject({ id: planId, status: 'archived' });

    const next = await service.loadPlan({ planId: outcome.plan.id });
    for (const kind of ['stakeholder', 'need', 'teamMember', 'competitor'] as const) {
      expect(byKind(next.nodes, kind).map((node) => node.id)).toEqual(byKind(old.nodes, kind).map((node) => node.id));
    }
    const openActions = byKind(old.nodes, 'action').filter((node) => node.kind === 'action' && node.data.status !== 'done');
    expect(byKind(next.nodes, 'action').map((node) => node.id).sort()).toEqual(openActions.map((node) => node.id).sort());
    expect(next.nodes.find((node) => node.id === done.id)).toBeUndefined();
    expect(byKind(next.nodes, 'milestone').every((node) => node.kind === 'milestone' && node.data.actual === null)).toBe(true);
    expect(byKind(old.nodes, 'milestone').some((node) => node.kind === 'milestone' && node.data.actual !== null)).toBe(true);
    expect(await service.listSnapshots({ planId: outcome.plan.id })).toEqual([]);
    expect(await service.listSnapshots({ planId })).toHaveLength(1);
    expect(outcome.summary).toMatchObject({ leftBehind: { doneActions: byKind(old.nodes, 'action').length - openActions.length }, reviewsLeftBehind: 1 });

    // The old plan stays in the account's history, as it was.
    const kept = await service.loadPlan({ planId });
    expect(kept.nodes).toEqual(old.nodes);
    const account = (await service.listAccounts({})).find((entry) => entry.id === accountId)!;
    expect(account.plans.map((plan) => plan.id).sort()).toEqual([planId, outcome.plan.id].sort());
    // The portfolio now shows the new plan as current.
    expect((await service.portfolio({}))[0]?.plan?.id).toBe(outcome.plan.id);
  });

  it('takes a chosen title and period, and refuses a period that ends before it starts without writing anything', async () => {
    const { planId } = await service.createSamplePlan({});
    const stored = dump();
    await expect(service.rollForwardPlan({ planId, periodStart: '2028-01-01', periodEnd: '2027-12-31' })).rejects.toThrow(
      'The next period cannot end (2027-12-31) before it starts (2028-01-01).',
    );
    expect(dump()).toEqual(stored);
    const outcome = await service.rollForwardPlan({ planId, title: 'Northwind 2028', periodStart: '2028-01-01', periodEnd: '2028-06-30' });
    expect(outcome.plan).toMatchObject({ title: 'Northwind 2028', periodStart: '2028-01-01', periodEnd: '2028-06-30' });
  });

  it('refuses to roll the same plan forward twice', async () => {
    const { planId } = await service.createSamplePlan({});
    const outcome = await service.rollForwardPlan({ planId });
    const stored = dump();
    await expect(service.rollForwardPlan({ planId })).rejects.toThrow(`already has the plan “${outcome.plan.title}” from ${outcome.plan.periodStart}; open it instead`);
    expect(dump()).toEqual(stored);
  });

  it('logs the archiving on the old plan, so its open windows hear it', async () => {
    const { planId } = await service.createSamplePlan({});
    const heard: unknown[] = [];
    service.subscribeChanges((changedPlan, change) => heard.push({ changedPlan, plan: change.change.plan }));
    await service.rollForwardPlan({ planId });
    expect(heard).toEqual([{ changedPlan: planId, plan: { status: 'archived' } }]);
  });
});

describe('an archived plan is read-only', () => {
  it('refuses changes to its map and fields in one sentence, writing nothing', async () => {
    const { planId } = await service.createSamplePlan({});
    await service.updatePlan({ id: planId, changes: { status: 'archived' } });
    const document = await service.loadPlan({ planId });
    const stored = dump();
    const root = document.nodes.find((node) => node.kind === 'account')!;
    const message = `The plan “${document.plan.title}” is archived, so it is read-only; set its status back to Active or Draft to change it.`;
    await expect(service.applyPatch({ planId, upsertNodes: [{ id: 'n1', kind: 'need', label: 'New', parentId: root.id }] })).rejects.toThrow(message);
    await expect(service.applyPatch({ planId, plan: { title: 'Renamed' } })).rejects.toThrow(message);
    await expect(service.applyPatch({ planId, account: { notes: 'x' } })).rejects.toThrow(message);
    await expect(service.updatePlan({ id: planId, changes: { title: 'Renamed' } })).rejects.toMatchObject({ code: 'read-only', message });
    expect(dump()).toEqual(stored);
  });

  it('still lets its map be panned and its status set back, after which it can change again', async () => {
    const { planId } = await service.createSamplePlan({});
    await service.updatePlan({ id: planId, changes: { status: 'archived' } });
    await service.applyPatch({ planId, viewport: { x: 10, y: 20, zoom: 1 } });
    const stored = (await service.loadPlan({ planId })).plan;
    // The plan form sends every field: those it does not change do not count.
    await service.updatePlan({ id: planId, changes: { title: stored.title, periodStart: stored.periodStart, currency: stored.currency, status: 'active' } });
    await service.updatePlan({ id: planId, changes: { title: 'Reopened' } });
    expect((await service.loadPlan({ planId })).plan).toMatchObject({ title: 'Reopened', status: 'active' });
  });
});
