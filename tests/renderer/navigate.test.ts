import { afterEach, describe, expect, it } from 'vitest';
import { selectDown, selectLeft, selectRight, selectUp } from '../../renderer/commands/navigate.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import { openPlan, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

describe('arrow keys move the selection along the map', () => {
  it('goes into a branch, back to the parent, and between siblings on each side of the account', async () => {
    plan = await openPlan((root) => ({
      nodes: [
        seedNode('s1', 'stakeholder', 'Dana', root, 300, -50, { order: 0 }),
        seedNode('s2', 'stakeholder', 'Sam', root, 300, 50, { order: 1 }),
        seedNode('n1', 'need', 'Cut costs', 's1', 600, -50),
        seedNode('c1', 'competitor', 'RouteMax', root, -300, 0),
      ],
    }));
    const { store, root } = plan;
    const selected = () => store.getState().selection.nodeIds[0];
    runCommand(store, selectRight, undefined);
    expect(selected()).toBe(root.id);
    runCommand(store, selectRight, undefined);
    expect(selected()).toBe('s1');
    runCommand(store, selectDown, undefined);
    expect(selected()).toBe('s2');
    runCommand(store, selectUp, undefined);
    expect(selected()).toBe('s1');
    runCommand(store, selectRight, undefined);
    expect(selected()).toBe('n1');
    runCommand(store, selectLeft, undefined);
    expect(selected()).toBe('s1');
    runCommand(store, selectLeft, undefined);
    expect(selected()).toBe(root.id);
    runCommand(store, selectLeft, undefined);
    expect(selected()).toBe('c1');
    runCommand(store, selectRight, undefined);
    expect(selected()).toBe(root.id);
    expect(store.getState().past).toHaveLength(0);
  });
});
