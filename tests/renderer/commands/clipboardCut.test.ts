import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../../shared/model.ts';
import { CLIPBOARD_MIME_TYPE } from '../../../renderer/commands/clipboardFormat.ts';
import { clearHeldClipboard, heldClipboard } from '../../../renderer/commands/clipboardMemory.ts';
import { ROOT_CUT_NOTICE, cut } from '../../../renderer/commands/cut.ts';
import { ROOT_DUPLICATE_NOTICE, duplicate } from '../../../renderer/commands/duplicate.ts';
import { paste } from '../../../renderer/commands/paste.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { byId, openPlan } from '../planFixture.ts';
import { branchSeed, transfer } from './clipboardFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
beforeEach(() => clearHeldClipboard());
afterEach(() => plan.close());

const seed = branchSeed;

describe('Cut', () => {
  it('copies and removes the branch with every relation touching it as one step; undo restores all of it', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    const clipboard = transfer();
    expect(runCommand(store, cut, { clipboard })).toBe(true);
    const state = store.getState();
    expect(Object.keys(state.nodes).sort()).toEqual([plan.root.id, 'g1', 's2'].sort());
    expect(state.edges).toEqual({});
    expect(state.past).toHaveLength(1);
    expect(state.past[0]!.label).toBe('Cut 3 items');
    expect(state.selection.nodeIds).toEqual([plan.root.id]);
    expect(JSON.parse(clipboard.data.get(CLIPBOARD_MIME_TYPE)!).nodes).toHaveLength(3);
    expect((await plan.saved()).nodes).toHaveLength(3);

    store.getState().undo();
    const restored = await plan.saved();
    expect(restored.nodes).toHaveLength(6);
    expect(restored.edges.map((edge) => edge.id).sort()).toEqual(['e1', 'e2']);
    expect(byId(restored).get('t1')!.parentId).toBe('n1');
    expect(store.getState().selection.nodeIds).toEqual(['s1']);
  });

  it('cut then paste elsewhere in the same plan is a move: the branch keeps its ids and every relation', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['n1'] });
    runCommand(store, cut, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    expect(store.getState().nodes.n1!.parentId).toBe('s2');
    expect(store.getState().past.at(-1)!.label).toBe('Move 2 items');
    const saved = await plan.saved();
    expect(byId(saved).get('n1')!.parentId).toBe('s2');
    expect(byId(saved).get('t1')!.parentId).toBe('n1');
    expect(saved.edges.map((edge) => `${edge.id} ${edge.source}>${edge.target}`).sort()).toEqual(['e1 g1>n1', 'e2 s1>n1']);
    expect(store.getState().notice).toBeNull();
  });

  it('a second paste of the same cut is a copy with fresh ids', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['n1'] });
    runCommand(store, cut, undefined);
    store.getState().select({ nodeIds: ['s2'] });
    runCommand(store, paste, undefined);
    runCommand(store, paste, undefined);
    const needs = Object.values(store.getState().nodes).filter((node) => node.label === 'Cut costs');
    expect(needs.map((node) => node.id === 'n1').sort()).toEqual([false, true]);
    expect((await plan.saved()).edges).toHaveLength(2);
  });

  it('pasted into another plan, a cut is a copy and says how many relations to the rest of its plan it left out', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'] });
    runCommand(plan.store, cut, undefined);
    const first = plan;
    const other = await openPlan();
    try {
      other.store.getState().select({ nodeIds: [other.root.id] });
      runCommand(other.store, paste, undefined);
      const state = other.store.getState();
      const dana = Object.values(state.nodes).find((node) => node.label === 'Dana Whitfield')!;
      expect(dana.id).not.toBe('s1');
      expect(Object.values(state.edges)).toHaveLength(1);
      expect(state.notice).toBe('1 relation to items outside the pasted branches was left out.');
    } finally {
      other.close();
      plan = first;
    }
  });

  it('refuses to cut the account and says so', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id] });
    runCommand(store, cut, undefined);
    expect(store.getState().notice).toBe(ROOT_CUT_NOTICE);
    expect(Object.keys(store.getState().nodes)).toHaveLength(6);
    expect(store.getState().past).toHaveLength(0);
    expect(heldClipboard()).toBeNull();
  });

  it('cuts the other selected branches when the account is among them', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id, 'g1'] });
    runCommand(store, cut, undefined);
    expect(store.getState().nodes.g1).toBeUndefined();
    expect(store.getState().past.at(-1)!.label).toBe('Cut goal (the account stays)');
    expect(JSON.parse(heldClipboard()!.json).nodes.map((node: PlanNode) => node.id)).toEqual(['g1']);
  });
});

describe('Duplicate', () => {
  it('pastes a copy of the branch as a sibling right after it, with its inner relation, leaving the clipboard alone', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, duplicate, undefined);
    const state = store.getState();
    const twin = Object.values(state.nodes).find((node) => node.label === 'Dana Whitfield' && node.id !== 's1')!;
    expect(twin.parentId).toBe(plan.root.id);
    expect(twin.order).toBeGreaterThan(state.nodes.s1!.order);
    expect(twin.order).toBeLessThan(state.nodes.s2!.order);
    expect(twin.position.x).toBe(state.nodes.s1!.position.x);
    expect(Object.values(state.edges).filter((edge) => edge.kind === 'hasNeed')).toHaveLength(2);
    expect(state.selection.nodeIds).toEqual([twin.id]);
    expect(heldClipboard()).toBeNull();
    expect((await plan.saved()).nodes).toHaveLength(9);
    store.getState().undo();
    expect((await plan.saved()).nodes).toHaveLength(6);
  });

  it('refuses to duplicate the account and says so', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: [plan.root.id] });
    runCommand(store, duplicate, undefined);
    expect(store.getState().notice).toBe(ROOT_DUPLICATE_NOTICE);
    expect(store.getState().past).toHaveLength(0);
  });
});
