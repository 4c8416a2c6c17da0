import { afterEach, describe, expect, it } from 'vitest';
import { commitRename } from '../../renderer/commands/renameNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { updateNode } from '../../renderer/commands/updateNode.ts';
import { createPlanStore } from '../../renderer/store/planStore.ts';
import type { PlanStore } from '../../renderer/store/types.ts';
import type { StoreApi } from 'zustand/vanilla';
import { openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  plan.close();
});

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
});

/** A second window on the same plan, and both windows hearing every accepted change as the live channel tells it. */
async function twoLiveWindows(gate?: Promise<void>): Promise<[StoreApi<PlanStore>, StoreApi<PlanStore>]> {
  // The second window's saves can be held back, as a slow network would.
  const api = { applyPatch: async (input: Parameters<typeof plan.service.applyPatch>[0]) => { await gate; return plan.service.applyPatch(input); } };
  const other = createPlanStore(await plan.service.loadPlan({ planId: plan.planId }), { api });
  for (const store of [plan.store, other]) {
    stops.push(plan.service.subscribeChanges((planId, change) => {
      if (planId === plan.planId) store.getState().hearChanges([change]);
    }));
  }
  stops.push(() => other.getState().dispose());
  return [plan.store, other];
}

const settle = async (...stores: StoreApi<PlanStore>[]) => {
  for (const store of stores) await store.getState().flush();
};

describe('changes heard on the live channel', () => {
  it('show in the other window at once, without entering its undo list', async () => {
    plan = await openPlan(seed);
    const [first, second] = await twoLiveWindows();
    runCommand(first, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    runCommand(second, updateNode, { id: 's1', changes: { data: { support: 'mentor' } } });
    await settle(first, second);
    for (const store of [first, second]) {
      expect(store.getState().nodes.s1?.data).toMatchObject({ title: 'CFO', support: 'mentor' });
      expect(store.getState().revision).toBe(3);
      expect(store.getState().past).toHaveLength(1);
    }
  });

  it('undo undoes only your own change, and the other window hears the undo', async () => {
    plan = await openPlan(seed);
    const [first, second] = await twoLiveWindows();
    runCommand(first, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    await settle(first);
    runCommand(second, updateNode, { id: 's1', changes: { data: { support: 'mentor' } } });
    await settle(second);
    first.getState().undo();
    await settle(first);
    for (const store of [first, second]) expect(store.getState().nodes.s1?.data).toMatchObject({ title: '', support: 'mentor' });
    expect((await plan.saved()).nodes.find((node) => node.id === 's1')?.data).toMatchObject({ title: '', support: 'mentor' });
  });

  it("undo and redo step through your own changes only, with another window's change heard in between", async () => {
    plan = await openPlan(seed);
    const [first, second] = await twoLiveWindows();
    runCommand(first, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    await settle(first);
    runCommand(second, updateNode, { id: 's1', changes: { data: { support: 'mentor' } } });
    runCommand(second, commitRename, { id: 'n1', label: 'Cut logistics costs' });
    await settle(second);
    runCommand(first, commitRename, { id: 's1', label: 'Dana W.' });
    await settle(first);
    expect(first.getState().past.map((entry) => entry.label)).toEqual(['Edit stakeholder', 'Rename stakeholder']);

    first.getState().undo();
    await settle(first);
    expect(first.getState().nodes.s1).toMatchObject({ label: 'Dana Whitfield', data: { title: 'CFO', support: 'mentor' } });
    first.getState().undo();
    await settle(first);
    expect(first.getState().nodes.s1).toMatchObject({ label: 'Dana Whitfield', data: { title: '', support: 'mentor' } });
    expect(first.getState().nodes.n1?.label).toBe('Cut logistics costs');
    // Nothing left to undo: the other window's changes were never on this window's list.
    expect(first.getState().undo()).toBe(false);
    expect(first.getState().past).toHaveLength(0);

    first.getState().redo();
    first.getState().redo();
    await settle(first, second);
    for (const store of [first, second]) {
      expect(store.getState().nodes.s1).toMatchObject({ label: 'Dana W.', data: { title: 'CFO', support: 'mentor' } });
      expect(store.getState().nodes.n1?.label).toBe('Cut logistics costs');
    }
    const saved = (await plan.saved()).nodes.find((node) => node.id === 's1');
    expect(saved).toMatchObject({ label: 'Dana W.', data: { title: 'CFO', support: 'mentor' } });
    expect(second.getState().past.map((entry) => entry.label)).toEqual(['Edit stakeholder', 'Rename need']);
  });

  it('two windows setting the same field end with what the library holds', async () => {
    plan = await openPlan(seed);
    const [first, second] = await twoLiveWindows();
    runCommand(first, commitRename, { id: 's1', label: 'Dana W.' });
    runCommand(second, commitRename, { id: 's1', label: 'Dana Whitfield-Ng' });
    await settle(first, second);
    const stored = (await plan.saved()).nodes.find((node) => node.id === 's1')!.label;
    expect(first.getState().nodes.s1?.label).toBe(stored);
    expect(second.getState().nodes.s1?.label).toBe(stored);
  });

  it('a node deleted in one window while the other renames it: the rename is refused there, with a message', async () => {
    plan = await openPlan(seed);
    let open = () => {};
    const [first, second] = await twoLiveWindows(new Promise<void>((resolve) => (open = resolve)));
    runCommand(second, commitRename, { id: 'n1', label: 'Cut logistics costs' });
    await plan.service.applyPatch({ planId: plan.planId, deleteNodes: ['n1'] });
    expect(second.getState().nodes.n1).toBeUndefined();
    open();
    await settle(first, second);
    expect(first.getState().nodes.n1).toBeUndefined();
    expect(second.getState().nodes.n1).toBeUndefined();
    expect(second.getState().notice ?? '').toMatch(/not saved/);
  });

  it('a missing revision is reported as a gap, and changes already in are skipped', async () => {
    plan = await openPlan(seed);
    await plan.service.applyPatch({ planId: plan.planId, updateNodes: [{ id: 's1', label: 'A' }] });
    await plan.service.applyPatch({ planId: plan.planId, updateNodes: [{ id: 's1', label: 'B' }] });
    const { changes } = await plan.service.listChanges({ planId: plan.planId, afterRevision: 1 });
    expect(plan.store.getState().hearChanges([changes[1]!])).toBe('gap');
    expect(plan.store.getState().nodes.s1?.label).toBe('Dana Whitfield');
    expect(plan.store.getState().hearChanges(changes)).toBe('ok');
    expect(plan.store.getState().hearChanges(changes)).toBe('ok');
    expect(plan.store.getState().nodes.s1?.label).toBe('B');
    expect(plan.store.getState().past).toHaveLength(0);
  });
});
