import { afterEach, describe, expect, it } from 'vitest';
import { addNodeOfKind } from '../../renderer/commands/addNode.ts';
import { redo, undo } from '../../renderer/commands/history.ts';
import { commandForKey, commandForMenu } from '../../renderer/commands/registry.ts';
import { commitRename } from '../../renderer/commands/renameNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { openPlan } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('undo and redo', () => {
  it('are enabled only when there is something to undo or redo, and replay through the save path', async () => {
    plan = await openPlan();
    const { store } = plan;
    expect(runCommand(store, undo, undefined)).toBe(false);
    expect(runCommand(store, redo, undefined)).toBe(false);
    runCommand(store, addNodeOfKind, { kind: 'goal' });
    const goal = store.getState().selection.nodeIds[0]!;
    runCommand(store, commitRename, { id: goal, label: 'Grow EMEA' });
    expect(runCommand(store, undo, undefined)).toBe(true);
    expect(store.getState().nodes[goal]!.label).toBe('New goal');
    expect(runCommand(store, undo, undefined)).toBe(true);
    expect((await plan.saved()).nodes).toHaveLength(1);
    expect(runCommand(store, redo, undefined)).toBe(true);
    expect(runCommand(store, redo, undefined)).toBe(true);
    expect((await plan.saved()).nodes.find((node) => node.id === goal)!.label).toBe('Grow EMEA');
  });

  it('a new edit after an undo clears the redo list', async () => {
    plan = await openPlan();
    const { store } = plan;
    runCommand(store, addNodeOfKind, { kind: 'goal' });
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    runCommand(store, addNodeOfKind, { kind: 'need' });
    expect(store.getState().future).toHaveLength(0);
    expect(runCommand(store, redo, undefined)).toBe(false);
  });

  it('map to Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y and the native menu', () => {
    expect(commandForKey(press('z', { ctrlKey: true }))?.id).toBe('edit.undo');
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(press('y', { ctrlKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(press('z'))).toBeUndefined();
    expect(commandForMenu('edit.undo')?.id).toBe('edit.undo');
    expect(commandForMenu('edit.redo')?.id).toBe('edit.redo');
    expect(commandForMenu('edit.delete')?.id).toBe('edit.delete');
    expect(commandForMenu('view.fit')?.id).toBe('view.fit');
    expect(commandForMenu('view.minimap')?.id).toBe('view.minimap');
  });

  it('map keys to the map commands', () => {
    expect(commandForKey(press('Tab'))?.id).toBe('node.addChild');
    expect(commandForKey(press('Enter'))?.id).toBe('node.addSibling');
    expect(commandForKey(press('F2'))?.id).toBe('node.rename');
    expect(commandForKey(press('Delete'))?.id).toBe('edit.delete');
    expect(commandForKey(press('Backspace'))?.id).toBe('edit.delete');
    expect(commandForKey(press(' '))?.id).toBe('node.toggleCollapse');
    expect(commandForKey(press('ArrowRight'))?.id).toBe('select.right');
    expect(commandForKey(press('Tab', { shiftKey: true }))).toBeUndefined();
  });
});
