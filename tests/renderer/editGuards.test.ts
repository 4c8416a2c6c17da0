import { afterEach, describe, expect, it } from 'vitest';
import { DELETE_CONFIRM_THRESHOLD, deleteSelection } from '../../renderer/commands/deleteSelection.ts';
import { commitRename } from '../../renderer/commands/renameNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import type { Confirmation } from '../../renderer/commands/command.ts';
import { openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

/** A branch of `count` topics under one topic, so selecting the topic deletes count + 1 items. */
const branch = (count: number) => (root: string) => ({
  nodes: [
    seedNode('b', 'topic', 'Branch', root, 300, 0),
    ...Array.from({ length: count }, (_, index) => seedNode(`t${index}`, 'topic', `Topic ${index}`, 'b', 600, index * 60)),
  ],
});

describe('deleting many items at once asks first', () => {
  it('deletes up to 20 items at once without asking', async () => {
    plan = await openPlan(branch(DELETE_CONFIRM_THRESHOLD - 1));
    plan.store.getState().select({ nodeIds: ['b'] });
    const asked: Confirmation[] = [];
    runCommand(plan.store, deleteSelection, undefined, null, { confirm: (question) => asked.push(question) });
    expect(asked).toEqual([]);
    expect((await plan.saved()).nodes).toHaveLength(1);
  });

  it('asks before deleting 21 items, naming how many, and deletes only when confirmed', async () => {
    plan = await openPlan(branch(DELETE_CONFIRM_THRESHOLD));
    plan.store.getState().select({ nodeIds: ['b'] });
    let proceed: (() => void) | null = null;
    const asked: Confirmation[] = [];
    const hooks = { confirm: (question: Confirmation, go: () => void) => (asked.push(question), (proceed = go)) };
    runCommand(plan.store, deleteSelection, undefined, null, hooks);
    expect(asked).toEqual([expect.objectContaining({ title: 'Delete 21 items?', confirmLabel: 'Delete 21 items' })]);
    expect((await plan.saved()).nodes).toHaveLength(22);
    proceed!();
    expect((await plan.saved()).nodes).toHaveLength(1);
    plan.store.getState().undo();
    expect((await plan.saved()).nodes).toHaveLength(22);
  });

  it('without a way to ask, deletes nothing and says why', async () => {
    plan = await openPlan(branch(DELETE_CONFIRM_THRESHOLD));
    plan.store.getState().select({ nodeIds: ['b'] });
    runCommand(plan.store, deleteSelection, undefined);
    expect(plan.store.getState().notice).toMatch(/^This deletes 21 items of the map/);
    expect((await plan.saved()).nodes).toHaveLength(22);
  });
});

describe('edits the library cannot take are refused before they start', () => {
  it('refuses every edit, undo and redo of a read-only library with a notice', async () => {
    plan = await openPlan(branch(1));
    plan.store.getState().select({ nodeIds: ['t0'] });
    const hooks = { readOnly: 'its folder cannot be written' };
    runCommand(plan.store, deleteSelection, undefined, null, hooks);
    expect(plan.store.getState().notice).toBe('Editing is off: this library is read-only (its folder cannot be written).');
    expect(plan.store.getState().past).toEqual([]);
    expect((await plan.saved()).nodes).toHaveLength(3);
  });

  it('refuses to change or delete a node whose stored record is damaged', async () => {
    plan = await openPlan(branch(1));
    const node = plan.store.getState().nodes.t0!;
    plan.store.setState({ nodes: { ...plan.store.getState().nodes, t0: { ...node, damaged: 'its stored data is not valid JSON' } } });
    plan.store.getState().select({ nodeIds: ['t0'] });
    runCommand(plan.store, deleteSelection, undefined);
    expect(plan.store.getState().notice).toBe(
      '“Topic 0” is damaged in the library (its stored data is not valid JSON), so it cannot be changed or deleted; restore a backup to get it back.',
    );
    runCommand(plan.store, commitRename, { id: 't0', label: 'Renamed' });
    expect(plan.store.getState().past).toEqual([]);
    expect((await plan.saved()).nodes.find((saved) => saved.id === 't0')!.label).toBe('Topic 0');
  });
});
