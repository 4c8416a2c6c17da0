import { describe, expect, it } from 'vitest';
import { applyPlanChange, composeChanges, diffNode, invertChange, parentsFirst, toFieldChanges } from '../../shared/changes.ts';
import type { MapContent, PlanContent } from '../../shared/changes.ts';
import type { PlanNode, PlanNodeOf } from '../../shared/model.ts';
import { seedEdge, seedNode } from '../renderer/planFixture.ts';

const root = seedNode('root', 'account', 'Contoso', 'x', 0, 0, { parentId: null });
const s1 = seedNode('s1', 'stakeholder', 'Dana', 'root', 300, 0) as PlanNodeOf<'stakeholder'>;
const n1 = seedNode('n1', 'need', 'Cut costs', 's1', 600, 0);
const e1 = seedEdge('e1', 'hasNeed', 's1', 'n1');
const content: MapContent = { nodes: { root, s1, n1 }, edges: { e1 } };

describe('plan changes', () => {
  it('applying then applying the inverse gives back the same content', () => {
    const renamed = { ...s1, label: 'Dana W.' };
    const t1 = seedNode('t1', 'topic', 'Note', 'n1', 900, 0);
    const forward = { upsertNodes: [renamed, t1], deleteEdges: ['e1'], positions: [{ id: 'n1', x: 650, y: 20 }] };
    const after = applyPlanChange(content, forward);
    expect(after.nodes.s1!.label).toBe('Dana W.');
    expect(after.nodes.n1!.position).toEqual({ x: 650, y: 20 });
    expect(after.edges.e1).toBeUndefined();
    const back = applyPlanChange(after, invertChange(content, forward));
    expect(back).toEqual(content);
  });

  it('deleting a node deletes its relations, and the inverse restores both (parents before children)', () => {
    const forward = { deleteNodes: ['n1', 's1'] };
    const after = applyPlanChange(content, forward);
    expect(after.edges).toEqual({});
    const inverse = invertChange(content, forward);
    expect(inverse.upsertNodes!.map((node) => node.id)).toEqual(['s1', 'n1']);
    expect(inverse.upsertEdges).toEqual([e1]);
    expect(applyPlanChange(after, inverse)).toEqual(content);
  });

  it('keeps the identity of the content when nothing changes', () => {
    expect(applyPlanChange(content, { positions: [{ id: 's1', x: 300, y: 0 }] })).toBe(content);
    expect(applyPlanChange(content, { upsertNodes: [s1] })).toBe(content);
  });

  it('composes patches so the last operation on each item wins', () => {
    const moved = composeChanges({ upsertNodes: [{ ...s1, label: 'A' }] }, { positions: [{ id: 's1', x: 1, y: 2 }] });
    expect(moved).toEqual({ upsertNodes: [{ ...s1, label: 'A', position: { x: 1, y: 2 } }] });
    const createdThenDeleted = composeChanges({ upsertNodes: [n1], upsertEdges: [e1] }, { deleteNodes: ['n1'] });
    expect(createdThenDeleted).toEqual({ deleteNodes: ['n1'], deleteEdges: ['e1'] });
    const deletedThenRestored = composeChanges({ deleteNodes: ['n1'] }, { upsertNodes: [n1] });
    expect(deletedThenRestored).toEqual({ upsertNodes: [n1] });
    const positionsOfDeleted = composeChanges({ positions: [{ id: 'n1', x: 5, y: 5 }] }, { deleteNodes: ['n1'] });
    expect(positionsOfDeleted).toEqual({ deleteNodes: ['n1'] });
    expect(composeChanges({ viewport: { x: 1, y: 1, zoom: 1 } }, { viewport: { x: 2, y: 2, zoom: 2 } })).toEqual({ viewport: { x: 2, y: 2, zoom: 2 } });
  });

  it('orders nodes parents first whatever order they come in', () => {
    const t1 = seedNode('t1', 'topic', 'Note', 'n1', 900, 0);
    expect(parentsFirst([t1, n1, s1]).map((node) => node.id)).toEqual(['s1', 'n1', 't1']);
  });

  it('turns whole-record upserts of existing records into the fields that differ', () => {
    const change = toFieldChanges(content, {
      upsertNodes: [{ ...s1, label: 'Dana W.', data: { ...s1.data, support: 'mentor' } } as PlanNode, n1],
      positions: [{ id: 'n1', x: 600, y: 0 }],
    });
    expect(change).toEqual({ updateNodes: [{ id: 's1', label: 'Dana W.', data: { support: 'mentor' } }] });
    expect(diffNode(s1, s1)).toBeNull();
  });

  it('an update merges field by field, so two updates of different fields both hold', () => {
    const title = { updateNodes: [{ id: 's1', data: { title: 'CFO' } }] };
    const support = { updateNodes: [{ id: 's1', data: { support: 'supporter' } }] };
    const both = applyPlanChange(applyPlanChange(content, title), support);
    expect(both.nodes.s1!.data).toMatchObject({ title: 'CFO', support: 'supporter' });
    expect(composeChanges(title, support)).toEqual({ updateNodes: [{ id: 's1', data: { title: 'CFO', support: 'supporter' } }] });
  });

  it('the inverse of an update restores only the fields it set, so other edits made since survive an undo', () => {
    const forward = { updateNodes: [{ id: 's1', data: { support: 'mentor' } }] };
    const inverse = invertChange(content, forward);
    expect(inverse).toEqual({ updateNodes: [{ id: 's1', data: { support: s1.data.support } }] });
    const someoneElse = applyPlanChange(applyPlanChange(content, forward), { updateNodes: [{ id: 's1', data: { title: 'CEO' } }] });
    const undone = applyPlanChange(someoneElse, inverse);
    expect(undone.nodes.s1!.data).toMatchObject({ title: 'CEO', support: s1.data.support });
  });

  it("keeps the account's name and the account node's label one fact", () => {
    const plan = { id: 'p', accountId: 'a', title: 'FY27', periodStart: null, periodEnd: null, growthTarget: null, currency: 'USD', status: 'draft' as const, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const account = { id: 'a', name: 'Contoso', industry: '', website: '', revenue: null, revenueCurrency: 'USD', tier: 'strategic' as const, tierCriteria: [], accountManager: '', renewalDate: null, notes: '', createdAt: plan.createdAt, updatedAt: plan.createdAt };
    const whole: PlanContent = { ...content, account, plan };
    const renamedOnMap = applyPlanChange(whole, { updateNodes: [{ id: 'root', label: 'Contoso Group' }] });
    expect(renamedOnMap.account.name).toBe('Contoso Group');
    const renamedAccount = applyPlanChange(whole, { account: { name: 'Contoso Health' } });
    expect(renamedAccount.nodes.root!.label).toBe('Contoso Health');
    expect(applyPlanChange(renamedOnMap, invertChange(whole, { updateNodes: [{ id: 'root', label: 'Contoso Group' }] })).account.name).toBe('Contoso');
  });
});
