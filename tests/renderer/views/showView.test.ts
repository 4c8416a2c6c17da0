import { afterEach, describe, expect, it } from 'vitest';
import { commandForKey, commandForMenu } from '../../../renderer/commands/registry.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { loadSavedView, saveView } from '../../../renderer/views/savedView.ts';
import { openPlan } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

const press = (key: string, ctrlKey = true) => ({ key, ctrlKey, metaKey: false, shiftKey: false, altKey: false });

describe('view switching', () => {
  it('switches views from Ctrl+1…5 and the View menu, without an undo step or a save', async () => {
    plan = await openPlan();
    const { store } = plan;
    runCommand(store, commandForKey(press('2'))!, undefined);
    expect(store.getState().view).toBe('orgChart');
    runCommand(store, commandForMenu('view.powerMap')!, undefined);
    expect(store.getState().view).toBe('powerMap');
    runCommand(store, commandForKey(press('4'))!, undefined);
    expect(store.getState().view).toBe('coverage');
    runCommand(store, commandForKey(press('5'))!, undefined);
    expect(store.getState().view).toBe('outline');
    runCommand(store, commandForMenu('view.map')!, undefined);
    expect(store.getState().view).toBe('map');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().hasUnsavedChanges()).toBe(false);
    expect(commandForKey(press('2', false))).toBeUndefined();
  });

  it('remembers the last view per plan, and falls back to the map for anything else', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    expect(loadSavedView('p1', storage)).toBe('map');
    saveView('p1', 'coverage', storage);
    expect(loadSavedView('p1', storage)).toBe('coverage');
    expect(loadSavedView('p2', storage)).toBe('map');
    values.set('atlas.view.p3', 'spreadsheet');
    expect(loadSavedView('p3', storage)).toBe('map');
  });
});
