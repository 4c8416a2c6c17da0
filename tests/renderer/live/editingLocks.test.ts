import { afterEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { AtlasError } from '../../../shared/errors.ts';
import type { PlanPatch, PlanPatchInput } from '../../../shared/patch.ts';
import { editingLocks, lockConflict, lockRefusal } from '../../../shared/workshop.ts';
import type { PresentPerson } from '../../../shared/workshop.ts';
import { commitRename, startRename } from '../../../renderer/commands/renameNode.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { locksOfOthers, nodePresence } from '../../../renderer/live/presenceMarks.ts';
import { workshopStore } from '../../../renderer/live/workshopStore.ts';
import { createPlanStore } from '../../../renderer/store/planStore.ts';
import type { PlanStore } from '../../../renderer/store/types.ts';
import { openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
const extraStores: StoreApi<PlanStore>[] = [];
afterEach(() => {
  workshopStore.getState().clear();
  for (const store of extraStores.splice(0)) store.getState().dispose();
  plan.close();
});

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('s2', 'stakeholder', 'Ravi Patel', root, 300, 120)],
});

const BEN = { id: 'p-ben', name: 'Ben', colour: '#15803d', role: 'edit' } as const;
function person(id: string, name: string, selection: string[], editing: string | null): PresentPerson {
  return { id, name, colour: id === 'p-ana' ? '#c2410c' : '#1d4ed8', role: id === 'host' ? 'host' : 'edit', selection, editing };
}

/** This window is Ben in a workshop where Ana (and perhaps Ben) hold what they edit. */
function inWorkshop(planId: string, ana: { selection?: string[]; editing: string | null }, ben: { selection?: string[]; editing: string | null } = { editing: null }) {
  workshopStore.getState().heardYou(planId, BEN);
  workshopStore.getState().heardPresence(
    planId,
    [person('host', 'Hana', [], null), person('p-ana', 'Ana', ana.selection ?? [], ana.editing), person(BEN.id, 'Ben', ben.selection ?? [], ben.editing)],
    { view: 'map', viewport: null },
  );
}

describe('a node someone else in the workshop is editing', () => {
  it('cannot be renamed: starting a rename shows who is editing it instead', async () => {
    plan = await openPlan(seed);
    inWorkshop(plan.planId, { editing: 's1' });
    plan.store.getState().select({ nodeIds: ['s1'], edgeId: null });
    expect(runCommand(plan.store, startRename, undefined)).toBe(true);
    expect(plan.store.getState().renamingNodeId).toBeNull();
    expect(plan.store.getState().notice).toBe('Ana is editing “Dana Whitfield”.');

    // Another node is free.
    plan.store.getState().select({ nodeIds: ['s2'], edgeId: null });
    runCommand(plan.store, startRename, undefined);
    expect(plan.store.getState().renamingNodeId).toBe('s2');
  });

  it('opens for the one holding the lock, and for the others once they have finished', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'], edgeId: null });
    inWorkshop(plan.planId, { editing: null }, { editing: 's1' });
    runCommand(plan.store, startRename, undefined);
    expect(plan.store.getState().renamingNodeId).toBe('s1');
    plan.store.getState().startRename(null);

    inWorkshop(plan.planId, { editing: 's1' });
    runCommand(plan.store, startRename, undefined);
    expect(plan.store.getState().renamingNodeId).toBeNull();
    inWorkshop(plan.planId, { editing: null });
    runCommand(plan.store, startRename, undefined);
    expect(plan.store.getState().renamingNodeId).toBe('s1');
  });

  it('without a workshop, every node can be renamed', async () => {
    plan = await openPlan(seed);
    plan.store.getState().select({ nodeIds: ['s1'], edgeId: null });
    runCommand(plan.store, startRename, undefined);
    expect(plan.store.getState().renamingNodeId).toBe('s1');
    expect(plan.store.getState().notice).toBeNull();
  });

  it("is refused by the server when this window had not heard of the lock yet: rolled back with the refused-change notice", async () => {
    plan = await openPlan(seed);
    // The host's side of the rule: a change to a node someone else holds is refused with the lock sentence.
    const held = editingLocks([person('p-ana', 'Ana', [], 's1')]);
    const api = {
      async applyPatch(input: PlanPatchInput) {
        const conflict = lockConflict({ updateNodes: input.updateNodes ?? [], upsertNodes: input.upsertNodes ?? [] } as Pick<PlanPatch, 'updateNodes' | 'upsertNodes'>, held, BEN.id);
        if (conflict) throw new AtlasError('conflict', lockRefusal(conflict.name, (await plan.service.loadPlan({ planId: input.planId })).nodes.find((node) => node.id === conflict.nodeId)!.label));
        return plan.service.applyPatch(input);
      },
    };
    const ben = createPlanStore(await plan.service.loadPlan({ planId: plan.planId }), { api });
    extraStores.push(ben);
    runCommand(ben, commitRename, { id: 's1', label: 'Dana W.' });
    runCommand(ben, commitRename, { id: 's2', label: 'Ravi Patel (CIO)' });
    expect(ben.getState().nodes.s1?.label).toBe('Dana W.');
    await ben.getState().flush();
    expect(ben.getState().nodes.s1?.label).toBe('Dana Whitfield');
    expect(ben.getState().nodes.s2?.label).toBe('Ravi Patel (CIO)');
    expect(ben.getState().notice).toBe(`That change was not saved and has been undone: ${lockRefusal('Ana', 'Dana Whitfield')}`);
    expect(ben.getState().past.map((entry) => entry.label)).toEqual(['Rename stakeholder']);
    expect((await plan.saved()).nodes.find((node) => node.id === 's2')?.label).toBe('Ravi Patel (CIO)');
  });
});

describe("other people's marks on the map", () => {
  it("show each other person's selection and who edits what, never this window's own", async () => {
    plan = await openPlan(seed);
    inWorkshop(plan.planId, { selection: ['s1', 's2'], editing: 's2' }, { selection: ['s1'], editing: 's1' });
    const view = workshopStore.getState();
    expect(nodePresence(view, 's1')).toMatchObject({ selectedBy: [{ name: 'Ana', colour: '#c2410c' }], editingBy: null });
    expect(nodePresence(view, 's2')).toMatchObject({ selectedBy: [{ name: 'Ana' }], editingBy: { name: 'Ana' } });
    expect(nodePresence(view, plan.root.id)).toBeUndefined();
    expect([...locksOfOthers(view).keys()]).toEqual(['s2']);
    // A node's key stays the same while its marks do not change (its card keeps the marks it has and does not re-render).
    const before = nodePresence(view, 's1')!;
    inWorkshop(plan.planId, { selection: ['s1', 's2'], editing: 's2' }, { selection: [], editing: null });
    expect(nodePresence(workshopStore.getState(), 's1')!.key).toBe(before.key);
  });
});
