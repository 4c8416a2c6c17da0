import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../../shared/layout.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { CLIPBOARD_FORMAT, CLIPBOARD_MIME_TYPE } from '../../../renderer/commands/clipboardFormat.ts';
import { clearHeldClipboard, heldClipboard } from '../../../renderer/commands/clipboardMemory.ts';
import { copy } from '../../../renderer/commands/copy.ts';
import { paste } from '../../../renderer/commands/paste.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { hiddenNodeIds } from '../../../renderer/store/tree.ts';
import { byId, openPlan, seedNode } from '../planFixture.ts';
import { branchSeed, transfer } from './clipboardFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
beforeEach(() => clearHeldClipboard());
afterEach(() => plan.close());

const seed = branchSeed;

function newNodes(before: readonly string[], plan: OpenPlan): PlanNode[] {
  return Object.values(plan.store.getState().nodes).filter((node) => !before.includes(node.id));
}

describe('Copy', () => {
  it('copies the selected node with its whole branch and only the relations inside it, to the event data and to memory', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    const clipboard = transfer();
    expect(runCommand(store, copy, { clipboard })).toBe(true);
    const payload = JSON.parse(clipboard.data.get(CLIPBOARD_MIME_TYPE)!);
    expect(payload).toMatchObject({ format: CLIPBOARD_FORMAT, version: 1 });
    expect(payload.nodes.map((node: PlanNode) => node.id)).toEqual(['s1', 'n1', 't1']);
    expect(payload.edges.map((edge: { id: string }) => edge.id)).toEqual(['e2']);
    expect(clipboard.data.get('text/plain')).toBe('Dana Whitfield\n\tCut costs\n\t\tDetail');
    expect(heldClipboard()?.json).toBe(clipboard.data.get(CLIPBOARD_MIME_TYPE));
    expect(store.getState().past).toHaveLength(0);
  });

  it('is not available with nothing selected', async () => {
    plan = await openPlan(seed);
    expect(runCommand(plan.store, copy, undefined)).toBe(false);
    expect(heldClipboard()).toBeNull();
  });
});

describe('Copy and Paste', () => {
  it('pastes the branch under the selected node with fresh ids, its inner relation remapped and the outside relation dropped', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, copy, undefined);
    const before = Object.keys(store.getState().nodes);
    const edgesBefore = Object.keys(store.getState().edges);
    store.getState().select({ nodeIds: ['g1'] });
    expect(runCommand(store, paste, undefined)).toBe(true);

    const added = newNodes(before, plan);
    expect(added).toHaveLength(3);
    for (const node of added) expect(before).not.toContain(node.id);
    const dana = added.find((node) => node.label === 'Dana Whitfield')!;
    const need = added.find((node) => node.label === 'Cut costs')!;
    const detail = added.find((node) => node.label === 'Detail')!;
    expect(dana.parentId).toBe('g1');
    expect(need.parentId).toBe(dana.id);
    expect(detail.parentId).toBe(need.id);
    expect(dana.data).toEqual(store.getState().nodes.s1!.data);

    const addedEdges = Object.values(store.getState().edges).filter((edge) => !edgesBefore.includes(edge.id));
    expect(addedEdges).toHaveLength(1);
    expect(addedEdges[0]).toMatchObject({ kind: 'hasNeed', source: dana.id, target: need.id });
    expect(store.getState().selection).toEqual({ nodeIds: [dana.id], edgeId: null });
    expect(store.getState().past.at(-1)!.label).toBe('Paste 3 items');

    // g1 is left of the root, so the pasted branch goes left of it and grows to the left (mirrored).
    const goal = store.getState().nodes.g1!;
    expect(dana.position.x).toBeLessThan(goal.position.x);
    expect(need.position.x).toBeLessThan(dana.position.x);
    expect(detail.position.x).toBeLessThan(need.position.x);

    const saved = byId(await plan.saved());
    expect(saved.get(dana.id)!.parentId).toBe('g1');
    expect(saved.get(detail.id)!.parentId).toBe(need.id);
    expect((await plan.saved()).edges).toHaveLength(3);
  });

  it('pastes under the account when nothing is selected, without overlapping anything on the map', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, copy, undefined);
    const before = Object.keys(store.getState().nodes);
    store.getState().select({ nodeIds: [] });
    runCommand(store, paste, undefined);
    const added = newNodes(before, plan);
    const top = added.find((node) => node.label === 'Dana Whitfield')!;
    expect(top.parentId).toBe(plan.root.id);
    for (const node of added) {
      for (const id of before) expect(boxesOverlap(node.position, store.getState().nodes[id]!.position)).toBe(false);
    }
    // The branch keeps its shape, growing away from the account on whichever side it landed.
    const need = added.find((node) => node.label === 'Cut costs')!;
    const side = Math.sign(top.position.x - plan.root.position.x);
    expect(need.position.x - top.position.x).toBe(300 * side);
    expect(need.position.y - top.position.y).toBe(0);
  });

  it('moves the whole pasted branch down until none of its nodes overlaps a node already there', async () => {
    plan = await openPlan((root) => {
      const seeded = seed(root);
      // Sits exactly where the pasted need would land beside Sam.
      seeded.nodes.push(seedNode('x1', 'topic', 'In the way', 'g1', 900, 200));
      return seeded;
    });
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, copy, undefined);
    const before = Object.keys(store.getState().nodes);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    const added = newNodes(before, plan);
    for (const node of added) {
      for (const id of before) expect(boxesOverlap(node.position, store.getState().nodes[id]!.position)).toBe(false);
    }
    const top = added.find((node) => node.label === 'Dana Whitfield')!;
    expect(top.position).toEqual({ x: 600, y: 288 });
    expect(added.find((node) => node.label === 'Cut costs')!.position).toEqual({ x: 900, y: 288 });
  });

  it('undo removes everything pasted in one step and redo brings it back with the same ids', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, copy, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    const pastedIds = Object.keys(store.getState().nodes).filter((id) => !['s1', 'n1', 't1', 'g1', 's2', plan.root.id].includes(id));
    expect((await plan.saved()).nodes).toHaveLength(9);

    store.getState().undo();
    expect(Object.keys(store.getState().nodes)).toHaveLength(6);
    expect(store.getState().selection.nodeIds).toEqual(['s2']);
    const undone = await plan.saved();
    expect(undone.nodes).toHaveLength(6);
    expect(undone.edges.map((edge) => edge.id).sort()).toEqual(['e1', 'e2']);

    store.getState().redo();
    const redone = await plan.saved();
    expect(redone.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(pastedIds));
    expect(redone.edges).toHaveLength(3);
  });

  it('pastes the same copy twice as two independent branches', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, copy, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    const copies = Object.values(store.getState().nodes).filter((node) => node.label === 'Dana Whitfield' && node.parentId === 's2');
    expect(copies).toHaveLength(2);
    expect(boxesOverlap(copies[0]!.position, copies[1]!.position)).toBe(false);
    expect(copies[0]!.order).not.toBe(copies[1]!.order);
    const saved = await plan.saved();
    expect(saved.nodes).toHaveLength(12);
    expect(saved.edges).toHaveLength(4);
  });

  it('pasting into a collapsed parent expands it, places the branch beside its children, and undo collapses it again', async () => {
    plan = await openPlan((root) => {
      const seeded = seed(root);
      seeded.nodes[1] = { ...seeded.nodes[1]!, collapsed: true };
      return seeded;
    });
    const { store } = plan;
    store.getState().select({ nodeIds: ['g1'] });
    runCommand(store, copy, undefined);
    store.getState().select({ nodeIds: ['n1'] });
    runCommand(store, paste, undefined);
    const state = store.getState();
    expect(state.nodes.n1!.collapsed).toBe(false);
    const pasted = Object.values(state.nodes).find((node) => node.label === 'Grow' && node.parentId === 'n1')!;
    expect(hiddenNodeIds(state.nodes).has(pasted.id)).toBe(false);
    expect(boxesOverlap(pasted.position, state.nodes.t1!.position)).toBe(false);
    expect(pasted.position.x).toBe(state.nodes.t1!.position.x);
    expect(byId(await plan.saved()).get('n1')!.collapsed).toBe(false);

    store.getState().undo();
    expect(store.getState().nodes[pasted.id]).toBeUndefined();
    expect(byId(await plan.saved()).get('n1')!.collapsed).toBe(true);
  });

  it('copying the account copies the whole map; pasting leaves the account out and pastes its branches', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id] });
    runCommand(store, copy, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    const state = store.getState();
    const accounts = Object.values(state.nodes).filter((node) => node.kind === 'account');
    expect(accounts).toHaveLength(1);
    const underSam = Object.values(state.nodes).filter((node) => node.parentId === 's2').map((node) => node.label);
    expect(underSam.sort()).toEqual(['Dana Whitfield', 'Grow', 'Sam Ortiz']);
    expect(state.selection.nodeIds).toHaveLength(3);
    // Both relations were inside the copied map, so both come along.
    expect(Object.values(state.edges)).toHaveLength(4);
    expect((await plan.saved()).nodes).toHaveLength(11);
  });
});
