import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import type { PlanService } from '../../electron/backend/service.ts';
import { PLAN_SECTIONS, kinds } from '../../shared/kinds/index.ts';
import { METHOD_QUESTIONS } from '../../shared/templates/planTemplates.ts';
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

async function newPlan() {
  const account = await service.createAccount({ name: 'Contoso Health', industry: 'Healthcare', tier: 'strategic' });
  const plan = await service.createPlan({ accountId: account.id, title: 'FY27 plan', growthTarget: 1_000_000 });
  const document = await service.loadPlan({ planId: plan.id });
  const root = document.nodes[0] as PlanNode;
  return { account, plan, root };
}

function node(id: string, kind: PlanNode['kind'], parentId: string, label = id, data: Record<string, unknown> = {}) {
  return { id, kind, label, parentId, data };
}

/** Everything stored, to prove a refused call wrote nothing. */
function dump(): unknown {
  const tables = ['accounts', 'plans', 'nodes', 'edges', 'snapshots'];
  return tables.map((table) => library.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
}

describe('accounts and plans', () => {
  it('creates an account with defaults and a plan with its account node at the root', async () => {
    const { account, plan, root } = await newPlan();
    expect(account).toMatchObject({ tier: 'strategic', tierCriteria: [], revenue: null, createdAt: clock.toISOString() });
    expect(plan).toMatchObject({ accountId: account.id, currency: 'USD', status: 'draft', growthTarget: 1_000_000 });
    expect(root).toMatchObject({ kind: 'account', label: 'Contoso Health', parentId: null, data: kinds.account.defaults() });
    const listed = await service.listAccounts({});
    expect(listed).toHaveLength(1);
    expect(listed[0]?.plans).toEqual([{ ...plan, nodeCount: 1 }]);
  });

  it('starts a plan from the method template: the six sections under the account, their questions under them, in one go', async () => {
    const account = await service.createAccount({ name: 'Contoso Health' });
    const plan = await service.createPlan({ accountId: account.id, title: 'FY27 plan', template: 'method' });
    expect(plan).not.toHaveProperty('template');
    const document = await service.loadPlan({ planId: plan.id });
    const root = document.nodes.find((node) => node.kind === 'account')!;
    expect(root).toMatchObject({ label: 'Contoso Health', parentId: null });
    const branches = document.nodes.filter((node) => node.parentId === root.id).sort((a, b) => a.order - b.order);
    expect(branches.map((node) => node.label)).toEqual(PLAN_SECTIONS.map((section) => section.title));
    const questions = Object.values(METHOD_QUESTIONS).flat();
    expect(document.nodes).toHaveLength(1 + 6 + questions.length);
    expect(document.nodes.filter((node) => node.parentId !== root.id && node.parentId !== null).map((node) => node.label).sort()).toEqual([...questions].sort());
    await expect(service.createPlan({ accountId: account.id, title: 'P', template: 'kanban' as never })).rejects.toThrow(/template/);
  });

  it('renames an account and the centre of its maps with it', async () => {
    const { account, plan } = await newPlan();
    const renamed = await service.updateAccount({ id: account.id, changes: { name: 'Contoso Group', tierCriteria: ['high-profile'] } });
    expect(renamed).toMatchObject({ name: 'Contoso Group', tierCriteria: ['high-profile'], industry: 'Healthcare' });
    const document = await service.loadPlan({ planId: plan.id });
    expect(document.nodes[0]?.label).toBe('Contoso Group');
  });

  it('updates and deletes plans; a deleted account goes to the trash with its plans and maps until deleted for good', async () => {
    const { account, plan, root } = await newPlan();
    await service.applyPatch({ planId: plan.id, upsertNodes: [node('s1', 'stakeholder', root.id)] });
    expect(await service.updatePlan({ id: plan.id, changes: { title: 'FY28 plan', status: 'active' } })).toMatchObject({
      title: 'FY28 plan',
      status: 'active',
    });
    await service.deleteAccount({ id: account.id });
    expect(await service.listAccounts({})).toEqual([]);
    await expect(service.loadPlan({ planId: plan.id })).rejects.toThrow(`There is no plan with id "${plan.id}".`);
    expect(library.db.prepare('SELECT count(*) FROM nodes WHERE plan_id = ?').pluck().get(plan.id)).toBe(2);
    await service.deleteForever({ id: account.id });
    expect(library.db.prepare('SELECT count(*) FROM nodes WHERE plan_id = ?').pluck().get(plan.id)).toBe(0);
  });

  it('refuses invalid input with a message naming the field, and writes nothing', async () => {
    const { account, plan } = await newPlan();
    const before = dump();
    await expect(service.createAccount({ name: 'X', tier: 'gold' as 'key' })).rejects.toThrow(/tier: expected strategic, key or standard/);
    await expect(service.createAccount({ name: '   ' })).rejects.toThrow(/name: an account needs a name/);
    await expect(service.createPlan({ accountId: account.id, title: 'P', periodStart: '2026-02-30' })).rejects.toThrow(
      /periodStart: not a real calendar date/,
    );
    await expect(service.updatePlan({ id: plan.id, changes: { currency: 'dollars' } })).rejects.toThrow(/changes\.currency/);
    await expect(service.createAccount({ name: 'X', colour: 'red' } as never)).rejects.toThrow(/colour/);
    await expect(service.call('dropTables', {})).rejects.toThrow('There is no API method called "dropTables".');
    expect(dump()).toEqual(before);
  });
});

describe('applying patches', () => {
  it('adds nodes with defaults filled in and the kind\'s internal default', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({
      planId: plan.id,
      upsertNodes: [node('s1', 'stakeholder', root.id, 'Dana Whitfield', { title: 'CFO', buyingRole: 'economic-buyer' }), node('c1', 'competitor', root.id)],
    });
    const { nodes } = await service.loadPlan({ planId: plan.id });
    const dana = nodes.find((each) => each.id === 's1');
    expect(dana?.data).toEqual({ ...kinds.stakeholder.defaults(), title: 'CFO', buyingRole: 'economic-buyer' });
    expect(dana?.internal).toBe(false);
    expect(nodes.find((each) => each.id === 'c1')?.internal).toBe(true);
  });

  it('is idempotent: the same patch twice leaves the same state', async () => {
    const { plan, root } = await newPlan();
    const patch = {
      planId: plan.id,
      upsertNodes: [node('s1', 'stakeholder', root.id), node('n1', 'need', 's1')],
      upsertEdges: [{ id: 'e1', kind: 'hasNeed' as const, source: 's1', target: 'n1' }],
      deleteNodes: ['never-existed'],
    };
    await service.applyPatch(patch);
    const once = await service.loadPlan({ planId: plan.id });
    await service.applyPatch(patch);
    const twice = await service.loadPlan({ planId: plan.id });
    expect({ ...twice, plan: null, revision: null }).toEqual({ ...once, plan: null, revision: null });
  });

  it('deletes a branch with its relations, but refuses to orphan children or delete the account node', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({
      planId: plan.id,
      upsertNodes: [node('g1', 'goal', root.id), node('a1', 'action', 'g1'), node('s1', 'stakeholder', root.id), node('n1', 'need', root.id)],
      upsertEdges: [
        { id: 'e1', kind: 'achieves', source: 'a1', target: 'g1' },
        { id: 'e2', kind: 'addresses', source: 'g1', target: 'n1' },
        { id: 'e3', kind: 'hasNeed', source: 's1', target: 'n1' },
      ],
    });
    await expect(service.applyPatch({ planId: plan.id, deleteNodes: ['g1'] })).rejects.toThrow(/still has child "a1"/);
    await expect(service.applyPatch({ planId: plan.id, deleteNodes: [root.id] })).rejects.toThrow(/cannot be deleted/);
    await service.applyPatch({ planId: plan.id, deleteNodes: ['a1', 'g1'] });
    const { nodes, edges } = await service.loadPlan({ planId: plan.id });
    expect(nodes.map((each) => each.id).sort()).toEqual(['n1', root.id, 's1'].sort());
    expect(edges.map((each) => each.id)).toEqual(['e3']);
  });

  it('refuses relations the kinds do not allow, or to missing nodes, naming them, and rolls the whole patch back', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({ planId: plan.id, upsertNodes: [node('s1', 'stakeholder', root.id), node('n1', 'need', root.id)] });
    const before = dump();
    await expect(
      service.applyPatch({
        planId: plan.id,
        upsertNodes: [node('g1', 'goal', root.id)],
        upsertEdges: [{ id: 'bad', kind: 'hasNeed', source: 'n1', target: 's1' }],
      }),
    ).rejects.toThrow('upsertEdges[0]: the "has need" relation cannot go from a need to a stakeholder.');
    await expect(
      service.applyPatch({ planId: plan.id, upsertEdges: [{ id: 'x', kind: 'related', source: 's1', target: 'ghost' }] }),
    ).rejects.toThrow('upsertEdges[0].target: node "ghost" does not exist in this plan.');
    await expect(service.applyPatch({ planId: plan.id, upsertNodes: [node('o', 'topic', 'ghost')] })).rejects.toThrow(
      /parent node "ghost" does not exist/,
    );
    await expect(
      service.applyPatch({ planId: plan.id, upsertNodes: [node('s1', 'stakeholder', 'n1'), node('n1', 'need', 's1')] }),
    ).rejects.toThrow(/inside its own branch/);
    await expect(
      service.applyPatch({ planId: plan.id, upsertNodes: [node('s1', 'stakeholder', root.id, 'Dana', { support: 3 })] }),
    ).rejects.toThrow(/upsertNodes\[0\]\.data\.support: expected one of unknown, enemy/);
    await expect(service.applyPatch({ planId: plan.id, upsertNodes: [node('z', 'planet' as 'topic', root.id)] })).rejects.toThrow(
      /upsertNodes\[0\]\.kind: expected one of account, stakeholder/,
    );
    expect(dump()).toEqual(before);
  });

  it('re-checks relations when a node changes kind', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({
      planId: plan.id,
      upsertNodes: [node('s1', 'stakeholder', root.id), node('n1', 'need', root.id)],
      upsertEdges: [{ id: 'e1', kind: 'hasNeed', source: 's1', target: 'n1' }],
    });
    await expect(service.applyPatch({ planId: plan.id, upsertNodes: [node('n1', 'goal', root.id)] })).rejects.toThrow(
      /relation "e1": the "has need" relation cannot go from a stakeholder to a goal/,
    );
  });

  it('saves a batch of positions and the viewport', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({ planId: plan.id, upsertNodes: [node('s1', 'stakeholder', root.id)] });
    await service.applyPatch({
      planId: plan.id,
      positions: [{ id: 's1', x: 120.5, y: -40 }, { id: root.id, x: 3, y: 4 }],
      viewport: { x: 10, y: 20, zoom: 0.75 },
    });
    const document = await service.loadPlan({ planId: plan.id });
    expect(document.nodes.find((each) => each.id === 's1')?.position).toEqual({ x: 120.5, y: -40 });
    expect(document.viewport).toEqual({ x: 10, y: 20, zoom: 0.75 });
    await expect(service.applyPatch({ planId: plan.id, positions: [{ id: 'ghost', x: 0, y: 0 }] })).rejects.toThrow(
      'positions[0]: node "ghost" does not exist in this plan.',
    );
  });
});

describe('snapshots', () => {
  it('freezes the plan: later edits do not change a snapshot', async () => {
    const { plan, root } = await newPlan();
    await service.applyPatch({ planId: plan.id, upsertNodes: [node('m1', 'milestone', root.id, 'Renewal signed', { target: 1, actual: 0 })] });
    const summary = await service.takeSnapshot({ planId: plan.id, label: 'Q1 review' });
    expect(summary).toMatchObject({ label: 'Q1 review', nodeCount: 2, takenAt: clock.toISOString() });
    await service.applyPatch({ planId: plan.id, upsertNodes: [node('m1', 'milestone', root.id, 'Renewal signed', { target: 1, actual: 1 })] });
    expect(await service.listSnapshots({ planId: plan.id })).toEqual([summary]);
    const snapshot = await service.loadSnapshot({ id: summary.id });
    expect(snapshot.content.nodes.find((each) => each.id === 'm1')?.data).toMatchObject({ actual: 0 });
  });
});

describe('plan files', () => {
  it('round-trips the sample plan through export and import into an empty library, byte for byte', async () => {
    const { planId } = await service.createSamplePlan({});
    await service.takeSnapshot({ planId, label: 'Kick-off' });
    const first = JSON.stringify(await service.exportPlanFile({ planId }), null, 2);

    const other = openLibrary(temp.path('other.db'));
    const otherService = createPlanService(other, { now: () => new Date('2030-01-01T00:00:00.000Z') });
    const imported = await otherService.importPlanFile({ file: JSON.parse(first) });
    const second = JSON.stringify(await otherService.exportPlanFile({ planId: imported.planId }), null, 2);
    other.close();
    expect(second).toBe(first);
  });

  it('gives an import new ids when the library already has them', async () => {
    const { planId, accountId } = await service.createSamplePlan({});
    const file = await service.exportPlanFile({ planId });
    const copy = await service.importPlanFile({ file });
    expect(copy.planId).not.toBe(planId);
    expect(copy.accountId).not.toBe(accountId);
    const original = await service.loadPlan({ planId });
    const imported = await service.loadPlan({ planId: copy.planId });
    expect(imported.nodes).toHaveLength(original.nodes.length);
    expect(imported.edges).toHaveLength(original.edges.length);
  });

  it('gives an import new ids when its plan and account are in the trash, so the import is not trashed too', async () => {
    const { planId, accountId } = await service.createSamplePlan({});
    const file = await service.exportPlanFile({ planId });
    await service.deleteAccount({ id: accountId });
    const copy = await service.importPlanFile({ file });
    expect(copy.planId).not.toBe(planId);
    expect(copy.accountId).not.toBe(accountId);
    const accounts = await service.listAccounts({});
    expect(accounts.flatMap((account) => account.plans.map((plan) => plan.id))).toContain(copy.planId);
    await expect(service.deletePlan({ id: copy.planId })).resolves.toEqual({ deleted: true });
  });

  it('refuses a file without an account node and writes nothing', async () => {
    const { planId } = await service.createSamplePlan({});
    const file = await service.exportPlanFile({ planId });
    const before = dump();
    const withoutRoot = { ...file, plan: { ...file.plan, id: 'fresh-plan' }, nodes: [], edges: [] };
    await expect(service.importPlanFile({ file: withoutRoot })).rejects.toThrow(/exactly one account node/);
    expect(dump()).toEqual(before);
  });
});
