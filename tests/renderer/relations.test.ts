import { afterEach, describe, expect, it } from 'vitest';
import { addRelation, relationKindsBetween, removeRelation, updateRelation } from '../../renderer/commands/relations.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { openPlan, seedEdge, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('s1', 'stakeholder', 'Dana', root, 300, 0),
    seedNode('s2', 'stakeholder', 'Sam', root, 300, 100),
    seedNode('n1', 'need', 'Cut costs', root, -300, 0),
    seedNode('m1', 'teamMember', 'Maya', root, -300, 100),
  ],
});

describe('relations', () => {
  it('offers only the kinds allowed for the pair', async () => {
    plan = await openPlan(seed);
    const state = plan.store.getState();
    expect(relationKindsBetween(state, 's1', 'n1')).toEqual(['hasNeed', 'related']);
    expect(relationKindsBetween(state, 's1', 's2')).toEqual(['reportsTo', 'influences', 'related']);
    expect(relationKindsBetween(state, 's1', 's1')).toEqual([]);
  });

  it('connects a stakeholder to a need ("has need") as one undo step, saved', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, addRelation, { source: 's1', target: 'n1', kind: 'hasNeed' });
    const edge = Object.values(store.getState().edges)[0]!;
    expect(edge).toMatchObject({ kind: 'hasNeed', source: 's1', target: 'n1' });
    expect(store.getState().selection.edgeId).toBe(edge.id);
    expect((await plan.saved()).edges).toEqual([edge]);
    store.getState().undo();
    expect((await plan.saved()).edges).toEqual([]);
    store.getState().redo();
    expect((await plan.saved()).edges).toHaveLength(1);
  });

  it('refuses a kind the pair does not allow, with a sentence', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, addRelation, { source: 'n1', target: 's1', kind: 'hasNeed' });
    expect(store.getState().edges).toEqual({});
    expect(store.getState().notice).toMatch(/cannot go from a need to a stakeholder/);
  });

  it('selects the existing relation instead of adding a duplicate', async () => {
    plan = await openPlan((root) => ({ ...seed(root), edges: [seedEdge('e1', 'hasNeed', 's1', 'n1')] }));
    const { store } = plan;
    runCommand(store, addRelation, { source: 's1', target: 'n1', kind: 'hasNeed' });
    expect(Object.keys(store.getState().edges)).toEqual(['e1']);
    expect(store.getState().selection.edgeId).toBe('e1');
  });

  it('changes a relation kind (keeping data that still fits), edits its fields, and removes it; each undoable', async () => {
    plan = await openPlan((root) => ({ ...seed(root), edges: [seedEdge('e1', 'related', 'm1', 's1')] }));
    const { store } = plan;
    runCommand(store, updateRelation, { id: 'e1', kind: 'covers' });
    expect(store.getState().edges.e1).toMatchObject({ kind: 'covers', data: { strength: 'unknown' } });
    runCommand(store, updateRelation, { id: 'e1', data: { strength: 'trusted-advisor' } });
    expect((await plan.saved()).edges[0]).toMatchObject({ kind: 'covers', data: { strength: 'trusted-advisor' } });
    runCommand(store, removeRelation, { id: 'e1' });
    expect((await plan.saved()).edges).toEqual([]);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect((await plan.saved()).edges[0]).toMatchObject({ kind: 'related', data: { note: '' } });
  });

  it('refuses to change to a kind the pair does not allow', async () => {
    plan = await openPlan((root) => ({ ...seed(root), edges: [seedEdge('e1', 'related', 'm1', 's1')] }));
    const { store } = plan;
    runCommand(store, updateRelation, { id: 'e1', kind: 'hasNeed' });
    expect(store.getState().edges.e1!.kind).toBe('related');
    expect(store.getState().notice).toMatch(/not allowed/);
  });
});
