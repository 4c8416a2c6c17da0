import { afterEach, describe, expect, it } from 'vitest';
import { ROOT_DELETE_NOTICE, deleteSelection } from '../../renderer/commands/deleteSelection.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { byId, openPlan, seedEdge, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0),
    seedNode('n1', 'need', 'Cut costs', 's1', 600, 0),
    seedNode('t1', 'topic', 'Detail', 'n1', 900, 0),
    seedNode('g1', 'goal', 'Grow', root, -300, 0),
  ],
  edges: [seedEdge('e1', 'addresses', 'g1', 'n1'), seedEdge('e2', 'hasNeed', 's1', 'n1')],
});

describe('Delete: remove the selection', () => {
  it('removes a node with its whole branch and every relation touching it, as one undo step', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    expect(runCommand(store, deleteSelection, undefined)).toBe(true);
    const state = store.getState();
    expect(Object.keys(state.nodes).sort()).toEqual([plan.root.id, 'g1'].sort());
    expect(state.edges).toEqual({});
    expect(state.past).toHaveLength(1);
    expect(new Set(state.past[0]!.forward.deleteNodes)).toEqual(new Set(['s1', 'n1', 't1']));
    expect(new Set(state.past[0]!.forward.deleteEdges)).toEqual(new Set(['e1', 'e2']));
    expect(state.selection.nodeIds).toEqual([plan.root.id]);
    const saved = await plan.saved();
    expect(saved.nodes).toHaveLength(2);
    expect(saved.edges).toHaveLength(0);

    store.getState().undo();
    const restored = await plan.saved();
    expect(restored.nodes).toHaveLength(5);
    expect(restored.edges.map((edge) => edge.id).sort()).toEqual(['e1', 'e2']);
    expect(byId(restored).get('t1')!.parentId).toBe('n1');
    expect(store.getState().selection.nodeIds).toEqual(['s1']);

    store.getState().redo();
    expect((await plan.saved()).nodes).toHaveLength(2);
  });

  it('removes a branch under a collapsed parent the same way', async () => {
    plan = await openPlan((root) => {
      const seeded = seed(root);
      seeded.nodes[1] = { ...seeded.nodes[1]!, collapsed: true };
      return seeded;
    });
    const { store } = plan;
    store.getState().select({ nodeIds: ['n1'] });
    runCommand(store, deleteSelection, undefined);
    expect(store.getState().nodes.t1).toBeUndefined();
    expect((await plan.saved()).nodes.map((node) => node.id).sort()).toEqual([plan.root.id, 'g1', 's1'].sort());
    store.getState().undo();
    expect(byId(await plan.saved()).get('n1')!.collapsed).toBe(true);
  });

  it('refuses to delete the account and says so, deleting nothing', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id] });
    runCommand(store, deleteSelection, undefined);
    expect(store.getState().notice).toBe(ROOT_DELETE_NOTICE);
    expect(Object.keys(store.getState().nodes)).toHaveLength(5);
    expect(store.getState().past).toHaveLength(0);
  });

  it('deletes the other selected nodes when the account is among them', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id, 'g1'] });
    runCommand(store, deleteSelection, undefined);
    expect(store.getState().nodes.g1).toBeUndefined();
    expect(store.getState().nodes[plan.root.id]).toBeDefined();
    expect(store.getState().past.at(-1)!.label).toContain('the account stays');
  });

  it('removes only the relation when a relation is selected', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [], edgeId: 'e1' });
    runCommand(store, deleteSelection, undefined);
    expect(Object.keys(store.getState().edges)).toEqual(['e2']);
    expect(Object.keys(store.getState().nodes)).toHaveLength(5);
    expect((await plan.saved()).edges.map((edge) => edge.id)).toEqual(['e2']);
    store.getState().undo();
    expect((await plan.saved()).edges).toHaveLength(2);
  });
});
