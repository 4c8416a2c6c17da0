import { afterEach, describe, expect, it } from 'vitest';
import { toggleCollapse } from '../../renderer/commands/collapse.ts';
import { moveNodes } from '../../renderer/commands/moveNodes.ts';
import { commitRename, startRename } from '../../renderer/commands/renameNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { tidyUp } from '../../renderer/commands/tidyUp.ts';
import { updateNode } from '../../renderer/commands/updateNode.ts';
import { byId, openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0), seedNode('n1', 'need', 'Cut costs', 's1', 600, 0)],
});

describe('rename', () => {
  it('F2 starts renaming the selected node; committing a new name is one undo step', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'] });
    runCommand(store, startRename, undefined);
    expect(store.getState().renamingNodeId).toBe('s1');
    runCommand(store, commitRename, { id: 's1', label: '  Dana W.  ' });
    expect(store.getState().nodes.s1!.label).toBe('Dana W.');
    expect(byId(await plan.saved()).get('s1')!.label).toBe('Dana W.');
    store.getState().undo();
    expect(byId(await plan.saved()).get('s1')!.label).toBe('Dana Whitfield');
  });

  it('keeps the name when the new one is empty or unchanged', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, commitRename, { id: 's1', label: '   ' });
    runCommand(store, commitRename, { id: 's1', label: 'Dana Whitfield' });
    expect(store.getState().nodes.s1!.label).toBe('Dana Whitfield');
    expect(store.getState().past).toHaveLength(0);
  });

  it('renaming the account node renames the account too (and undo renames it back)', async () => {
    plan = await openPlan(seed);
    const { store, root } = plan;
    runCommand(store, commitRename, { id: root.id, label: 'Contoso Group' });
    expect(store.getState().account.name).toBe('Contoso Group');
    await plan.saved();
    expect((await plan.service.listAccounts({}))[0]!.name).toBe('Contoso Group');
    store.getState().undo();
    await plan.saved();
    expect((await plan.service.listAccounts({}))[0]!.name).toBe('Contoso Health');
  });
});

describe('inspector edits', () => {
  it('a typing burst in one field is one undo step; the original value comes back on undo', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    for (const title of ['C', 'CF', 'CFO']) runCommand(store, updateNode, { id: 's1', changes: { data: { title } }, burst: 'focus-1' });
    runCommand(store, updateNode, { id: 's1', changes: { data: { buyingRole: 'economic-buyer' } }, burst: 'focus-2' });
    expect(store.getState().past).toHaveLength(2);
    expect(byId(await plan.saved()).get('s1')!.data).toMatchObject({ title: 'CFO', buyingRole: 'economic-buyer' });
    store.getState().undo();
    expect(store.getState().nodes.s1!.data).toMatchObject({ title: 'CFO', buyingRole: 'unknown' });
    store.getState().undo();
    expect(byId(await plan.saved()).get('s1')!.data).toMatchObject({ title: '', buyingRole: 'unknown' });
    store.getState().redo();
    expect(store.getState().nodes.s1!.data).toMatchObject({ title: 'CFO' });
  });

  it('changes the internal flag and ignores changes that change nothing', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, updateNode, { id: 's1', changes: { data: { title: '' } } });
    expect(store.getState().past).toHaveLength(0);
    runCommand(store, updateNode, { id: 's1', changes: { internal: true } });
    expect(byId(await plan.saved()).get('s1')!.internal).toBe(true);
  });
});

describe('drag', () => {
  it('records the drag of several nodes as one step with their start positions as the inverse', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    // The canvas previews every drag frame without saving; the drag end records one step.
    store.getState().previewPositions([{ id: 's1', x: 310, y: 5 }, { id: 'n1', x: 610, y: 5 }]);
    store.getState().previewPositions([{ id: 's1', x: 340, y: 40 }, { id: 'n1', x: 640, y: 40 }]);
    runCommand(store, moveNodes, {
      moves: [
        { id: 's1', from: { x: 300, y: 0 }, to: { x: 340, y: 40 } },
        { id: 'n1', from: { x: 600, y: 0 }, to: { x: 640, y: 40 } },
      ],
    });
    expect(store.getState().past).toHaveLength(1);
    expect(byId(await plan.saved()).get('n1')!.position).toEqual({ x: 640, y: 40 });
    store.getState().undo();
    const saved = byId(await plan.saved());
    expect(saved.get('s1')!.position).toEqual({ x: 300, y: 0 });
    expect(saved.get('n1')!.position).toEqual({ x: 600, y: 0 });
  });
});

describe('collapse', () => {
  it('collapses and expands a branch, saved with the plan, one undo step each', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    expect(runCommand(store, toggleCollapse, { id: 'n1' })).toBe(false);
    runCommand(store, toggleCollapse, { id: 's1' });
    expect(byId(await plan.saved()).get('s1')!.collapsed).toBe(true);
    store.getState().undo();
    expect(byId(await plan.saved()).get('s1')!.collapsed).toBe(false);
  });
});

describe('tidy up', () => {
  it('lays out the whole map in one undo step', async () => {
    plan = await openPlan((root) => ({
      nodes: [
        seedNode('s1', 'stakeholder', 'Dana', root, 10, 10),
        seedNode('s2', 'stakeholder', 'Sam', root, 12, 12),
        seedNode('n1', 'need', 'Cut costs', 's1', 14, 14),
      ],
    }));
    const { store } = plan;
    runCommand(store, tidyUp, undefined);
    expect(store.getState().past).toHaveLength(1);
    const saved = byId(await plan.saved());
    expect(saved.get(plan.root.id)!.position).toEqual({ x: 0, y: 0 });
    expect(saved.get('n1')!.position.x).toBeGreaterThan(saved.get('s1')!.position.x);
    store.getState().undo();
    expect(byId(await plan.saved()).get('s2')!.position).toEqual({ x: 12, y: 12 });
  });
});
