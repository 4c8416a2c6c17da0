import { afterEach, describe, expect, it } from 'vitest';
import { dropNodes, dropRefusal, refuseDrop } from '../../../renderer/commands/dropNodes.ts';
import { demoteBranch, moveDown, moveUp, promoteBranch } from '../../../renderer/commands/moveBranch.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { byId, openPlan } from '../planFixture.ts';
import { branchSeed } from './clipboardFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const edgeIds = async (open: OpenPlan) => (await open.saved()).edges.map((edge) => edge.id).sort();

describe('Moving branches by keyboard', () => {
  it('Alt+Right demotes Sam under Dana, saved as field updates with every relation kept; undo puts him back', async () => {
    plan = await openPlan(branchSeed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s2'] });
    expect(runCommand(store, demoteBranch, undefined)).toBe(true);
    expect(store.getState().nodes.s2!.parentId).toBe('s1');
    const entry = store.getState().past.at(-1)!;
    expect(entry.label).toBe('Demote');
    expect(entry.forward.upsertNodes).toBeUndefined();
    expect(entry.forward.updateNodes!.find((update) => update.id === 's2')).toMatchObject({ parentId: 's1' });
    expect(byId(await plan.saved()).get('s2')!.parentId).toBe('s1');
    expect(await edgeIds(plan)).toEqual(['e1', 'e2']);

    store.getState().undo();
    const saved = byId(await plan.saved());
    expect(saved.get('s2')!.parentId).toBe(plan.root.id);
    expect(saved.get('s2')!.position).toEqual({ x: 300, y: 200 });
  });

  it('Alt+Left promotes a need to right after its stakeholder; Alt+Up and Alt+Down reorder; refusals say why', async () => {
    plan = await openPlan(branchSeed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['n1'] });
    runCommand(store, promoteBranch, undefined);
    expect(store.getState().nodes.n1!.parentId).toBe(plan.root.id);
    expect(store.getState().nodes.t1!.parentId).toBe('n1');
    const order = () => Object.values(store.getState().nodes).filter((node) => node.parentId === plan.root.id).sort((a, b) => a.order - b.order).map((node) => node.id);
    expect(order().indexOf('n1')).toBe(order().indexOf('s1') + 1);
    runCommand(store, moveUp, undefined);
    expect(order().indexOf('n1')).toBeLessThan(order().indexOf('s1'));
    runCommand(store, moveDown, undefined);
    expect(order().indexOf('n1')).toBe(order().indexOf('s1') + 1);
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, promoteBranch, undefined);
    expect(store.getState().notice).toBe('"Dana Whitfield" already hangs from the account; it cannot go higher.');
    expect(await edgeIds(plan)).toEqual(['e1', 'e2']);
  });
});

describe('Dropping a dragged node', () => {
  it('onto another node makes it the last child there, laid out beside it; relations stay; one undo step', async () => {
    plan = await openPlan(branchSeed);
    const { store } = plan;
    store.getState().previewPositions([{ id: 's2', x: 310, y: 10 }]);
    const args = { moves: [{ id: 's2', from: { x: 300, y: 200 }, to: { x: 310, y: 10 } }], targetId: 'n1' };
    expect(dropRefusal(store.getState(), args)).toBeNull();
    runCommand(store, dropNodes, args);
    const sam = store.getState().nodes.s2!;
    expect(sam.parentId).toBe('n1');
    expect(sam.position.x).toBeGreaterThan(store.getState().nodes.n1!.position.x);
    expect(store.getState().past).toHaveLength(1);
    expect(byId(await plan.saved()).get('s2')!.parentId).toBe('n1');
    store.getState().undo();
    expect(byId(await plan.saved()).get('s2')).toMatchObject({ parentId: plan.root.id, position: { x: 300, y: 200 } });
  });

  it('into its own branch is refused with the reason, and the node goes back', async () => {
    plan = await openPlan(branchSeed);
    const { store } = plan;
    store.getState().previewPositions([{ id: 's1', x: 900, y: 10 }]);
    const args = { moves: [{ id: 's1', from: { x: 300, y: 0 }, to: { x: 900, y: 10 } }], targetId: 't1' };
    expect(dropRefusal(store.getState(), args)).toBe('"Dana Whitfield" cannot be moved into its own branch ("Detail" is part of it).');
    runCommand(store, refuseDrop, args);
    expect(store.getState().nodes.s1!.position).toEqual({ x: 300, y: 0 });
    expect(store.getState().notice).toContain('own branch');
    expect(store.getState().past).toHaveLength(0);
  });

  it('between siblings reorders them', async () => {
    plan = await openPlan(branchSeed);
    const { store } = plan;
    store.getState().previewPositions([{ id: 's2', x: 300, y: -60 }]);
    runCommand(store, dropNodes, { moves: [{ id: 's2', from: { x: 300, y: 200 }, to: { x: 300, y: -60 } }], targetId: null });
    const { nodes } = store.getState();
    expect(nodes.s2!.order).toBeLessThan(nodes.s1!.order);
    expect(nodes.s2!.position.y).toBeLessThan(nodes.s1!.position.y);
    expect(store.getState().past.at(-1)!.label).toBe('Reorder');
  });
});
