import { describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { tempBackend } from './tempBackend.ts';

const backend = tempBackend({ now: () => new Date('2026-12-01T09:00:00.000Z') });

async function planWithStakeholder() {
  const account = await backend.service.createAccount({ name: 'Globex', tier: 'strategic' });
  const plan = await backend.service.createPlan({ accountId: account.id, title: 'FY27' });
  const root = (await backend.service.loadPlan({ planId: plan.id })).nodes[0] as PlanNode;
  await backend.service.applyPatch({
    planId: plan.id,
    upsertNodes: [{ id: 'dana', kind: 'stakeholder', label: 'Dana Whitfield', parentId: root.id, data: { title: 'CFO', support: 'neutral' } }],
  });
  return { account, plan, root };
}

const stored = (planId: string, id: string) =>
  backend.library.db.prepare('SELECT label, data FROM nodes WHERE plan_id = ? AND id = ?').get(planId, id) as { label: string; data: string };

describe('field-level changes', () => {
  it('merges two clients editing different fields of one node: both changes are kept', async () => {
    const { plan } = await planWithStakeholder();
    // Window 2 changes the job title; window 1, which never saw that, changes the support.
    await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', data: { title: 'Chief Financial Officer' } }] });
    await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', data: { support: 'supporter' } }] });
    const dana = (await backend.service.loadPlan({ planId: plan.id })).nodes.find((node) => node.id === 'dana');
    expect(dana).toMatchObject({ label: 'Dana Whitfield', data: { title: 'Chief Financial Officer', support: 'supporter' } });
  });

  it('validates the merged record and names the update that broke it, writing nothing', async () => {
    const { plan } = await planWithStakeholder();
    const before = stored(plan.id, 'dana');
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', data: { support: 'fan' } }] })).rejects.toThrow(
      /updateNodes\[0\]\.data\.support: expected one of/,
    );
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', data: { shoeSize: 44 } }] })).rejects.toThrow(
      /updateNodes\[0\]\.data/,
    );
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', parentId: 'dana' }] })).rejects.toThrow(/own parent/);
    expect(stored(plan.id, 'dana')).toEqual(before);
    expect((await backend.service.listChanges({ planId: plan.id })).revision).toBe(1);
  });

  it('refuses an update of a node someone deleted, with a sentence that says so', async () => {
    const { plan } = await planWithStakeholder();
    await backend.service.applyPatch({ planId: plan.id, deleteNodes: ['dana'] });
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', label: 'Dana W.' }] })).rejects.toThrow(
      'updateNodes[0]: node "dana" does not exist in this plan; it may have been deleted.',
    );
  });

  it('changes kind field by field: data the new kind lacks is dropped, its own fields default', async () => {
    const { plan } = await planWithStakeholder();
    await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', kind: 'topic', data: { text: 'was a person' } }] });
    const node = (await backend.service.loadPlan({ planId: plan.id })).nodes.find((item) => item.id === 'dana');
    expect(node).toMatchObject({ kind: 'topic', data: { text: 'was a person' } });
  });

  it('merges relation updates and re-checks the kinds they connect', async () => {
    const { plan, root } = await planWithStakeholder();
    await backend.service.applyPatch({
      planId: plan.id,
      upsertNodes: [{ id: 'sam', kind: 'teamMember', label: 'Sam', parentId: root.id }],
      upsertEdges: [{ id: 'c1', kind: 'covers', source: 'sam', target: 'dana', data: { strength: 'vendor' } }],
    });
    await backend.service.applyPatch({ planId: plan.id, updateEdges: [{ id: 'c1', data: { strength: 'trusted-advisor' } }] });
    const edge = (await backend.service.loadPlan({ planId: plan.id })).edges.find((item) => item.id === 'c1');
    expect(edge?.data).toMatchObject({ strength: 'trusted-advisor' });
    await expect(backend.service.applyPatch({ planId: plan.id, updateEdges: [{ id: 'c1', kind: 'reportsTo' }] })).rejects.toThrow(/reports to/);
  });
});

describe('revisions and the change log', () => {
  it('gives every accepted change the next revision, returns it and logs it; the viewport alone is not a change', async () => {
    const { plan } = await planWithStakeholder();
    expect((await backend.service.loadPlan({ planId: plan.id })).revision).toBe(1);
    const renamed = await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', label: 'Dana Whitfield-Ng' }] });
    expect(renamed.revision).toBe(2);
    const moved = await backend.service.applyPatch({ planId: plan.id, viewport: { x: 1, y: 2, zoom: 1 } });
    expect(moved.revision).toBe(2);
    const retitled = await backend.service.updatePlan({ id: plan.id, changes: { title: 'FY27 growth plan' } });
    expect(retitled.title).toBe('FY27 growth plan');
    const log = await backend.service.listChanges({ planId: plan.id });
    expect(log.revision).toBe(3);
    expect(log.changes.map((entry) => entry.revision)).toEqual([1, 2, 3]);
    expect(log.changes[1]).toMatchObject({ changedAt: '2026-12-01T09:00:00.000Z', change: { updateNodes: [{ id: 'dana', label: 'Dana Whitfield-Ng' }] } });
    expect(log.changes[2]?.change).toEqual({ plan: { title: 'FY27 growth plan' } });
    expect((await backend.service.listChanges({ planId: plan.id, afterRevision: 2 })).changes.map((entry) => entry.revision)).toEqual([3]);
  });

  it('refused changes take no revision', async () => {
    const { plan } = await planWithStakeholder();
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'ghost', label: 'x' }] })).rejects.toThrow();
    const next = await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: 'dana', label: 'Dana' }] });
    expect(next.revision).toBe(2);
  });
});

describe("the account's name, stored once", () => {
  it('renaming the account node on the map renames the account, in one transaction, for every plan of it', async () => {
    const { account, plan, root } = await planWithStakeholder();
    const second = await backend.service.createPlan({ accountId: account.id, title: 'FY28' });
    await backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: root.id, label: '  Globex Corporation ' }] });
    const [listed] = await backend.service.listAccounts({});
    expect(listed?.name).toBe('Globex Corporation');
    expect((await backend.service.loadPlan({ planId: second.id })).nodes.find((node) => node.kind === 'account')?.label).toBe('Globex Corporation');
    const rows = backend.library.db.prepare("SELECT label FROM nodes WHERE kind = 'account'").pluck().all();
    expect(rows).toEqual(['', '']);
    // The other plan logs the rename too, so its open windows hear of it.
    expect((await backend.service.listChanges({ planId: second.id })).changes.at(-1)?.change).toEqual({ account: { name: 'Globex Corporation' } });
  });

  it('renaming the account (home screen, CLI) shows on the map; a patch can set account fields directly', async () => {
    const { account, plan } = await planWithStakeholder();
    await backend.service.updateAccount({ id: account.id, changes: { name: 'Globex Inc' } });
    expect((await backend.service.loadPlan({ planId: plan.id })).nodes.find((node) => node.kind === 'account')?.label).toBe('Globex Inc');
    await backend.service.applyPatch({ planId: plan.id, account: { industry: 'Energy' }, plan: { growthTarget: 3_000_000 } });
    const document = await backend.service.loadPlan({ planId: plan.id });
    expect(document.account.industry).toBe('Energy');
    expect(document.plan.growthTarget).toBe(3_000_000);
  });

  it('refuses an account node name the account cannot take, and keeps the old one', async () => {
    const { plan, root } = await planWithStakeholder();
    await expect(backend.service.applyPatch({ planId: plan.id, updateNodes: [{ id: root.id, label: 'x'.repeat(501) }] })).rejects.toThrow(
      /account node's name/,
    );
    expect((await backend.service.loadPlan({ planId: plan.id })).account.name).toBe('Globex');
  });

  it('an imported plan file takes its account name from the account record', async () => {
    const { plan } = await planWithStakeholder();
    const file = await backend.service.exportPlanFile({ planId: plan.id });
    const edited = { ...file, account: { ...file.account, name: 'Globex Renamed' } };
    const imported = await backend.service.importPlanFile({ file: edited });
    const document = await backend.service.loadPlan({ planId: imported.planId });
    expect(document.account.name).toBe('Globex Renamed');
    expect(document.nodes.find((node) => node.kind === 'account')?.label).toBe('Globex Renamed');
  });
});

describe('the plan limits hold for patches too', () => {
  it('refuses a change that would take a plan past its node limit or depth, writing nothing', async () => {
    const { plan, root } = await planWithStakeholder();
    const { MAX_PLAN_NODES, MAX_TREE_DEPTH } = await import('../../shared/limits.ts');
    const many = Array.from({ length: MAX_PLAN_NODES - 1 }, (_, index) => ({ id: `t${index}`, kind: 'topic', label: `Topic ${index}`, parentId: root.id }));
    await expect(backend.service.applyPatch({ planId: plan.id, upsertNodes: many })).rejects.toThrow(
      'This change was not made: the plan has 5,001 nodes; a plan holds at most 5,000.',
    );
    expect((await backend.service.loadPlan({ planId: plan.id })).nodes).toHaveLength(2);
    const chain = Array.from({ length: MAX_TREE_DEPTH }, (_, index) => ({ id: `c${index}`, kind: 'topic', label: `Level ${index + 2}`, parentId: index === 0 ? 'dana' : `c${index - 1}` }));
    await expect(backend.service.applyPatch({ planId: plan.id, upsertNodes: chain })).rejects.toThrow(/levels/);
    expect((await backend.service.loadPlan({ planId: plan.id })).nodes).toHaveLength(2);
  });
});
