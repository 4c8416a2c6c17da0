import { afterEach, describe, expect, it } from 'vitest';
import { revealNode } from '../../../renderer/commands/revealNode.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { hiddenNodeIds } from '../../../renderer/store/tree.ts';
import { byId, openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

describe('revealNode (choosing a search result)', () => {
  it('selects a node in sight without an edit', async () => {
    plan = await openPlan((root) => ({ nodes: [seedNode('dana', 'stakeholder', 'Dana', root, 300, 0)] }));
    runCommand(plan.store, revealNode, { id: 'dana' });
    expect(plan.store.getState().selection.nodeIds).toEqual(['dana']);
    expect(plan.store.getState().past).toEqual([]);
    expect(plan.store.getState().hasUnsavedChanges()).toBe(false);
  });

  it('expands every collapsed branch above a hidden node, as one undo step, and selects it', async () => {
    plan = await openPlan((root) => ({
      nodes: [
        seedNode('people', 'topic', 'People', root, 300, 0, { collapsed: true }),
        seedNode('dana', 'stakeholder', 'Dana', 'people', 600, 0, { collapsed: true }),
        seedNode('need', 'need', 'Budget', 'dana', 900, 0),
      ],
    }));
    const { store } = plan;
    expect(hiddenNodeIds(store.getState().nodes).has('need')).toBe(true);
    runCommand(store, revealNode, { id: 'need' });
    expect(hiddenNodeIds(store.getState().nodes).size).toBe(0);
    expect(store.getState().selection.nodeIds).toEqual(['need']);
    expect(store.getState().past).toHaveLength(1);
    const saved = byId(await plan.saved());
    expect(saved.get('people')!.collapsed).toBe(false);
    expect(saved.get('dana')!.collapsed).toBe(false);
    store.getState().undo();
    expect(byId(await plan.saved()).get('people')!.collapsed).toBe(true);
  });
});
