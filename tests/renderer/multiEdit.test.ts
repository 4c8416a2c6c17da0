import { afterEach, describe, expect, it } from 'vitest';
import type { PlanNode } from '../../shared/model.ts';
import { openConnectTo } from '../../renderer/commands/connectTo.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { setFieldOnNodes } from '../../renderer/commands/updateNodes.ts';
import { byId, openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('a1', 'action', 'Book the workshop', root, 300, 0),
    seedNode('a2', 'action', 'Send the case study', root, 300, 100),
    seedNode('a3', 'action', 'Draft the proposal', root, 300, 200, { data: { owner: 'Maya', dueDate: null, status: 'done', horizon: '90-days', customerInput: '', notes: '' } } as Partial<PlanNode>),
  ],
});

const owners = (document: Awaited<ReturnType<OpenPlan['saved']>>) =>
  ['a1', 'a2', 'a3'].map((id) => (byId(document).get(id)!.data as { owner: string }).owner);

describe('setting a field on several nodes', () => {
  it('sets the owner of three actions in one undo step, saved field by field', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const ids = ['a1', 'a2', 'a3'];
    const burst = 'typing';
    for (const text of ['L', 'Lu', 'Luis']) runCommand(store, setFieldOnNodes, { ids, key: 'owner', value: text, burst });
    expect(owners(await plan.saved())).toEqual(['Luis', 'Luis', 'Luis']);
    expect(store.getState().past).toHaveLength(1);
    // Only the owner changed: the third action keeps its status.
    expect((byId(await plan.saved()).get('a3')!.data as { status: string }).status).toBe('done');
    store.getState().undo();
    expect(owners(await plan.saved())).toEqual(['', '', 'Maya']);
    store.getState().redo();
    expect(owners(await plan.saved())).toEqual(['Luis', 'Luis', 'Luis']);
  });

  it('makes no undo step when every node already holds the value', async () => {
    plan = await openPlan(seed);
    runCommand(plan.store, setFieldOnNodes, { ids: ['a1', 'a2'], key: 'status', value: 'not-started' });
    expect(plan.store.getState().past).toHaveLength(0);
  });
});

describe('Connect to…', () => {
  it('opens for one selected node and not for none or several', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    expect(runCommand(store, openConnectTo, undefined)).toBe(false);
    store.getState().select({ nodeIds: ['a1', 'a2'], edgeId: null });
    expect(runCommand(store, openConnectTo, undefined)).toBe(false);
    store.getState().select({ nodeIds: ['a1'], edgeId: null });
    expect(runCommand(store, openConnectTo, undefined)).toBe(true);
    expect(store.getState().connectFrom).toBe('a1');
  });
});
