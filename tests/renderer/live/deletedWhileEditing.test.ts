import { afterEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { deletedWhileEditingNotice } from '../../../shared/workshop.ts';
import { commitRename } from '../../../renderer/commands/renameNode.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { updateNode } from '../../../renderer/commands/updateNode.ts';
import { createPlanStore } from '../../../renderer/store/planStore.ts';
import type { PlanStore } from '../../../renderer/store/types.ts';
import { openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  plan.close();
});

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
});

/**
 * This window (its saves held back until `release`, as a slow network would), hearing every accepted change as the
 * live channel tells it; and the sentences of every write it sent, with the backend's answer.
 */
async function editingWindow() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const sent: { labels: string[]; refused: string | null }[] = [];
  const api = {
    async applyPatch(input: Parameters<typeof plan.service.applyPatch>[0]) {
      await gate;
      const record = { labels: [...(input.upsertNodes ?? []), ...(input.updateNodes ?? [])].map((node) => node.label ?? ''), refused: null as string | null };
      sent.push(record);
      try {
        return await plan.service.applyPatch(input);
      } catch (error) {
        record.refused = (error as Error).message;
        throw error;
      }
    },
  };
  const store = createPlanStore(await plan.service.loadPlan({ planId: plan.planId }), { api });
  stops.push(plan.service.subscribeChanges((planId, change) => void (planId === plan.planId && store.getState().hearChanges([change]))));
  stops.push(() => store.getState().dispose());
  return { store, sent, release };
}

/** Someone else deletes the need and its branch, as a workshop participant's change is logged. */
const anaDeletesTheNeed = (author = 'Ana') => plan.service.call('applyPatch', { planId: plan.planId, deleteNodes: ['n1'] }, { author });

describe('a node deleted while you edit it', () => {
  it('on the map: the name field closes, the notice names who deleted it, and the typed name is never sent', async () => {
    plan = await openPlan(seed);
    const { store, sent, release } = await editingWindow();
    store.getState().select({ nodeIds: ['n1'], edgeId: null });
    store.getState().startRename('n1');
    await anaDeletesTheNeed();
    expect(store.getState().renamingNodeId).toBeNull();
    expect(store.getState().nodes.n1).toBeUndefined();
    expect(store.getState().selection.nodeIds).toEqual([]);
    expect(store.getState().notice).toBe('Ana deleted “Cut costs” while you were editing it; your edit was dropped.');
    // The closing field commits what was typed (as on blur): the node is gone, so nothing is made of it.
    expect(runCommand(store, commitRename, { id: 'n1', label: 'Cut logistics costs' })).toBe(false);
    release();
    await store.getState().flush();
    expect(sent).toEqual([]);
    expect(store.getState().notice).toBe('Ana deleted “Cut costs” while you were editing it; your edit was dropped.');
    expect(store.getState().past).toHaveLength(0);
    expect((await plan.saved()).nodes.map((node) => node.id)).not.toContain('n1');
  });

  it('in the inspector: the edits still on their way are dropped without an error after the notice', async () => {
    plan = await openPlan(seed);
    const { store, sent, release } = await editingWindow();
    store.getState().select({ nodeIds: ['n1'], edgeId: null });
    store.getState().setInspecting('n1');
    runCommand(store, updateNode, { id: 'n1', changes: { label: 'Cut logistics' }, burst: 'b1' });
    runCommand(store, updateNode, { id: 'n1', changes: { label: 'Cut logistics costs' }, burst: 'b1' });
    // An edit of another node in the same moment is kept.
    runCommand(store, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    await anaDeletesTheNeed();
    expect(store.getState().inspectingNodeId).toBeNull();
    expect(store.getState().notice).toBe('Ana deleted “Cut logistics costs” while you were editing it; your edit was dropped.');
    release();
    await store.getState().flush();
    // The backend refused the dropped edits (the node is gone) and the person is not told a second time.
    expect(sent.some((write) => write.refused !== null)).toBe(true);
    expect(store.getState().notice).toBe('Ana deleted “Cut logistics costs” while you were editing it; your edit was dropped.');
    expect(store.getState().save.state).toBe('saved');
    expect(store.getState().nodes.n1).toBeUndefined();
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Edit stakeholder']);
    const saved = await plan.saved();
    expect(saved.nodes.map((node) => node.id)).not.toContain('n1');
    expect(saved.nodes.find((node) => node.id === 's1')?.data).toMatchObject({ title: 'CFO' });
  });

  it('says "Someone" when the change log names no author', async () => {
    plan = await openPlan(seed);
    const { store, release } = await editingWindow();
    store.getState().startRename('n1');
    await anaDeletesTheNeed('');
    expect(store.getState().notice).toBe(deletedWhileEditingNotice('', 'Cut costs'));
    expect(store.getState().notice).toBe('Someone deleted “Cut costs” while you were editing it; your edit was dropped.');
    release();
  });

  it('a node deleted that you are not editing tells you nothing', async () => {
    plan = await openPlan(seed);
    const { store, release } = await editingWindow();
    store.getState().setInspecting('s1');
    await plan.service.call('applyPatch', { planId: plan.planId, deleteNodes: ['n1'] }, { author: 'Ana' });
    expect(store.getState().nodes.n1).toBeUndefined();
    expect(store.getState().inspectingNodeId).toBe('s1');
    expect(store.getState().notice).toBeNull();
    release();
  });

  it('a finished rename the backend refuses because the node was deleted still says it was not saved', async () => {
    plan = await openPlan(seed);
    const { store, release } = await editingWindow();
    runCommand(store, commitRename, { id: 'n1', label: 'Cut logistics costs' });
    await anaDeletesTheNeed();
    release();
    await store.getState().flush();
    expect(store.getState().notice ?? '').toMatch(/^That change was not saved and has been undone: /);
  });
});
