import { afterEach, describe, expect, it } from 'vitest';
import { addChild, addNodeOfKind, addSibling, defaultChildKind } from '../../renderer/commands/addNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { boxesOverlap } from '../../shared/layout.ts';
import { byId, openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

describe('palette: add a node of a kind', () => {
  it('adds under the account when nothing is selected, selects it, starts renaming, saves, and undoes/redoes as one step', async () => {
    plan = await openPlan();
    const { store } = plan;
    expect(runCommand(store, addNodeOfKind, { kind: 'stakeholder' })).toBe(true);
    const state = store.getState();
    const added = Object.values(state.nodes).find((node) => node.kind === 'stakeholder')!;
    expect(added.parentId).toBe(plan.root.id);
    expect(added.label).toBe('New stakeholder');
    expect(state.selection.nodeIds).toEqual([added.id]);
    expect(state.renamingNodeId).toBe(added.id);
    expect(state.past).toHaveLength(1);
    expect(state.past[0]!.forward.upsertNodes).toEqual([added]);
    expect(state.past[0]!.inverse).toEqual({ deleteNodes: [added.id] });
    expect(byId(await plan.saved()).get(added.id)?.kind).toBe('stakeholder');

    store.getState().undo();
    expect(store.getState().nodes[added.id]).toBeUndefined();
    expect(byId(await plan.saved()).has(added.id)).toBe(false);

    store.getState().redo();
    expect(store.getState().nodes[added.id]).toEqual(added);
    expect(byId(await plan.saved()).get(added.id)?.label).toBe('New stakeholder');
  });

  it('adds under the selected node, placed without overlapping its siblings', async () => {
    plan = await openPlan((root) => ({
      nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
    }));
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, addNodeOfKind, { kind: 'need' });
    const added = Object.values(store.getState().nodes).find((node) => node.kind === 'need' && node.id !== 'n1')!;
    expect(added.parentId).toBe('s1');
    expect(added.order).toBeGreaterThan(store.getState().nodes.n1!.order);
    for (const other of Object.values(store.getState().nodes)) {
      if (other.id !== added.id) expect(boxesOverlap(other.position, added.position)).toBe(false);
    }
  });

  it('adds a sibling right after a selected node of the same kind: Stakeholder twice gives two stakeholders side by side', async () => {
    plan = await openPlan((root) => ({
      nodes: [seedNode('s1', 'stakeholder', 'Dana', root, 300, 0), seedNode('s2', 'stakeholder', 'Omar', root, 300, 200, { order: 1 })],
    }));
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, addNodeOfKind, { kind: 'stakeholder' });
    const first = store.getState().selection.nodeIds[0]!;
    runCommand(store, addNodeOfKind, { kind: 'stakeholder' });
    const second = store.getState().selection.nodeIds[0]!;
    const nodes = store.getState().nodes;
    expect(nodes[first]!.parentId).toBe(plan.root.id);
    expect(nodes[second]!.parentId).toBe(plan.root.id);
    const order = Object.values(nodes)
      .filter((node) => node.kind === 'stakeholder')
      .sort((a, b) => a.order - b.order)
      .map((node) => node.id);
    expect(order).toEqual(['s1', first, second, 's2']);
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Add stakeholder', 'Add stakeholder']);
    const saved = byId(await plan.saved());
    expect(saved.get(second)?.parentId).toBe(plan.root.id);
  });

  it('expands a collapsed parent in the same step, and undo collapses it again', async () => {
    plan = await openPlan((root) => ({
      nodes: [seedNode('s1', 'stakeholder', 'Dana', root, 300, 0, { collapsed: true }), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
    }));
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, addNodeOfKind, { kind: 'need' });
    expect(store.getState().nodes.s1!.collapsed).toBe(false);
    expect(store.getState().past).toHaveLength(1);
    expect(byId(await plan.saved()).get('s1')!.collapsed).toBe(false);
    store.getState().undo();
    expect(store.getState().nodes.s1!.collapsed).toBe(true);
    expect(byId(await plan.saved()).get('s1')!.collapsed).toBe(true);
    expect((await plan.saved()).nodes).toHaveLength(3);
  });
});

describe('Tab: add a child', () => {
  it('picks a sensible kind: stakeholder → need, goal → action (or goal in a goal build), opportunity → action, account → topic', async () => {
    plan = await openPlan((root) => ({
      nodes: [
        seedNode('s1', 'stakeholder', 'Dana', root, 300, 0),
        seedNode('g1', 'goal', 'Grow', root, 300, 100),
        seedNode('g2', 'goal', 'Build', root, 300, 200),
        seedNode('g3', 'goal', 'Renewal', 'g2', 600, 200),
        seedNode('o1', 'opportunity', 'RFP', root, 300, 300),
        seedNode('c1', 'competitor', 'RouteMax', root, -300, 0),
      ],
    }));
    const state = plan.store.getState();
    expect(defaultChildKind(state, state.nodes.s1!)).toBe('need');
    expect(defaultChildKind(state, state.nodes.g1!)).toBe('action');
    expect(defaultChildKind(state, state.nodes.g2!)).toBe('goal');
    expect(defaultChildKind(state, state.nodes.o1!)).toBe('action');
    expect(defaultChildKind(state, state.nodes.c1!)).toBe('topic');
    expect(defaultChildKind(state, state.nodes[plan.root.id]!)).toBe('topic');
  });

  it('is disabled without a single selection, and adds a child of the selected node as one undo step', async () => {
    plan = await openPlan((root) => ({ nodes: [seedNode('s1', 'stakeholder', 'Dana', root, 300, 0)] }));
    const { store } = plan;
    expect(runCommand(store, addChild, undefined)).toBe(false);
    store.getState().select({ nodeIds: ['s1'] });
    expect(runCommand(store, addChild, undefined)).toBe(true);
    const child = Object.values(store.getState().nodes).find((node) => node.parentId === 's1')!;
    expect(child.kind).toBe('need');
    expect(store.getState().renamingNodeId).toBe(child.id);
    store.getState().undo();
    expect(Object.values(store.getState().nodes).some((node) => node.parentId === 's1')).toBe(false);
    expect((await plan.saved()).nodes).toHaveLength(2);
  });
});

describe('Enter: add a sibling', () => {
  it('adds the same kind under the same parent, ordered right after the selected node', async () => {
    plan = await openPlan((root) => ({
      nodes: [
        seedNode('a1', 'action', 'Call Dana', root, 300, 0, { order: 0 }),
        seedNode('a2', 'action', 'Send proposal', root, 300, 100, { order: 1 }),
      ],
    }));
    const { store } = plan;
    store.getState().select({ nodeIds: ['a1'] });
    runCommand(store, addSibling, undefined);
    const sibling = store.getState().nodes[store.getState().selection.nodeIds[0]!]!;
    expect(sibling.kind).toBe('action');
    expect(sibling.parentId).toBe(plan.root.id);
    expect(sibling.order).toBeGreaterThan(0);
    expect(sibling.order).toBeLessThan(1);
    expect(byId(await plan.saved()).get(sibling.id)?.order).toBe(sibling.order);
    store.getState().undo();
    expect(store.getState().nodes[sibling.id]).toBeUndefined();
  });

  it('on the account adds a topic branch instead (the account has no siblings)', async () => {
    plan = await openPlan();
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id] });
    runCommand(store, addSibling, undefined);
    const added = store.getState().nodes[store.getState().selection.nodeIds[0]!]!;
    expect(added.kind).toBe('topic');
    expect(added.parentId).toBe(plan.root.id);
  });
});

describe('cancelling a new node (Escape in its first name field)', () => {
  it('takes the add back: the node goes, from the library too, and undo and redo have nothing for it', async () => {
    plan = await openPlan((root) => ({ nodes: [seedNode('s1', 'stakeholder', 'Dana', root, 300, 0)] }));
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, addNodeOfKind, { kind: 'need' });
    const added = store.getState().selection.nodeIds[0]!;
    expect(store.getState().freshNodeId).toBe(added);
    expect(store.getState().withdrawAdd(added)).toBe(true);
    const state = store.getState();
    expect(state.nodes[added]).toBeUndefined();
    expect(state.past).toHaveLength(0);
    expect(state.future).toHaveLength(0);
    expect(state.selection.nodeIds).toEqual(['s1']);
    expect(state.renamingNodeId).toBeNull();
    expect(byId(await plan.saved()).has(added)).toBe(false);
  });

  it('leaves a node alone once it is no longer the one just added (renamed again with F2, or another edit came after)', async () => {
    plan = await openPlan();
    const { store } = plan;
    runCommand(store, addNodeOfKind, { kind: 'action' });
    const added = store.getState().selection.nodeIds[0]!;
    store.getState().startRename(null);
    store.getState().startRename(added);
    expect(store.getState().withdrawAdd(added)).toBe(false);
    expect(store.getState().nodes[added]).toBeDefined();
    expect(store.getState().past).toHaveLength(1);
  });
});
