import { afterEach, describe, expect, it } from 'vitest';
import { updateNode } from '../../renderer/commands/updateNode.ts';
import { commitRename } from '../../renderer/commands/renameNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { createPlanStore } from '../../renderer/store/planStore.ts';
import { byId, openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
});

describe('two windows on one plan', () => {
  it('each keeps its change when they edit different fields of the same stakeholder', async () => {
    plan = await openPlan(seed);
    const other = createPlanStore(await plan.service.loadPlan({ planId: plan.planId }), { api: plan.service });
    runCommand(other, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    await other.getState().flush();
    // This window never saw the new title: it changes the support only, and must not wipe the title.
    runCommand(plan.store, updateNode, { id: 's1', changes: { data: { support: 'supporter' } } });
    const saved = byId(await plan.saved()).get('s1');
    expect(saved?.data).toMatchObject({ title: 'CFO', support: 'supporter' });
    // Without a live channel this window has not heard revision 2 (the title), so its own revision 3 waits apart.
    expect(other.getState().revision).toBe(2);
    expect(plan.store.getState().revision).toBe(1);
    const missed = await plan.service.listChanges({ planId: plan.planId, afterRevision: 1 });
    expect(plan.store.getState().hearChanges(missed.changes)).toBe('ok');
    expect(plan.store.getState().revision).toBe(3);
    expect(plan.store.getState().nodes.s1?.data).toMatchObject({ title: 'CFO', support: 'supporter' });
    other.getState().dispose();
  });
});

describe('a refused change', () => {
  it('is undone on the map with a sentence saying why, leaves the undo stack, and later edits keep saving', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    // Someone else deletes the need while this window still shows it.
    await plan.service.applyPatch({ planId: plan.planId, deleteNodes: ['n1'] });
    runCommand(store, commitRename, { id: 'n1', label: 'Cut logistics costs' });
    expect(store.getState().nodes.n1?.label).toBe('Cut logistics costs');
    runCommand(store, commitRename, { id: 's1', label: 'Dana Whitfield-Ng' });
    await store.getState().flush();

    const state = store.getState();
    expect(state.nodes.n1?.label).toBe('Cut costs');
    expect(state.notice).toMatch(/^That change was not saved and has been undone: .*node "n1" does not exist in this plan; it may have been deleted\.$/);
    expect(state.past.map((entry) => entry.label)).toEqual(['Rename stakeholder']);
    expect(state.save).toEqual({ state: 'saved', message: null });
    expect(byId(await plan.saved()).get('s1')?.label).toBe('Dana Whitfield-Ng');

    runCommand(store, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    expect(byId(await plan.saved()).get('s1')?.data).toMatchObject({ title: 'CFO' });
  });

  it('an invalid value is refused by the backend and reverted, the other fields of the node stay as they were', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    runCommand(store, updateNode, { id: 's1', changes: { data: { support: 'fan' } } });
    await store.getState().flush();
    expect(store.getState().nodes.s1?.data).toMatchObject({ title: 'CFO', support: 'unknown' });
    expect(store.getState().notice).toMatch(/data\.support: expected one of/);
    expect(byId(await plan.saved()).get('s1')?.data).toMatchObject({ title: 'CFO', support: 'unknown' });
  });
});

describe("the account's name", () => {
  it('renaming the account node renames the account; renaming the account renames the node', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, commitRename, { id: plan.root.id, label: 'Contoso Group' });
    expect(store.getState().account.name).toBe('Contoso Group');
    const saved = await plan.saved();
    expect(saved.account.name).toBe('Contoso Group');
    store.getState().updateAccount({ name: 'Contoso Holdings' });
    expect(store.getState().nodes[plan.root.id]?.label).toBe('Contoso Holdings');
    expect((await plan.saved()).account.name).toBe('Contoso Holdings');
    store.getState().undo();
    expect(store.getState().account.name).toBe('Contoso Health');
    expect((await plan.saved()).account.name).toBe('Contoso Health');
  });
});
