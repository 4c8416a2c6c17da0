import { afterEach, describe, expect, it } from 'vitest';
import { indentNode, outdentNode } from '../../../renderer/commands/outlineIndent.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { byId, openPlan, seedEdge, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

/** Two stakeholders under the root, the second with a need below it and relations to the rest of the plan. */
async function seeded(): Promise<OpenPlan> {
  return openPlan((root) => ({
    nodes: [
      seedNode('dana', 'stakeholder', 'Dana', root, 300, 0, { order: 0, collapsed: true }),
      seedNode('dana-need', 'need', 'Budget', 'dana', 600, 0),
      seedNode('raj', 'stakeholder', 'Raj', root, 300, 100, { order: 1 }),
      seedNode('raj-need', 'need', 'Uptime', 'raj', 600, 100),
      seedNode('mia', 'teamMember', 'Mia', root, 300, 200, { order: 2 }),
    ],
    edges: [seedEdge('reports', 'reportsTo', 'raj', 'dana'), seedEdge('covers', 'covers', 'mia', 'raj'), seedEdge('need', 'hasNeed', 'raj', 'raj-need')],
  }));
}

describe('indent and outdent (outline Tab and Shift+Tab)', () => {
  it('indents a branch under the item above, moves it as one piece, keeps every relation, expands the new parent, one undo step', async () => {
    plan = await seeded();
    const { store } = plan;
    store.getState().select({ nodeIds: ['raj'], edgeId: null });
    expect(runCommand(store, indentNode, undefined)).toBe(true);
    const saved = await plan.saved();
    const nodes = byId(saved);
    expect(nodes.get('raj')!.parentId).toBe('dana');
    expect(nodes.get('raj')!.order).toBe(1);
    expect(nodes.get('dana')!.collapsed).toBe(false);
    expect(saved.edges.map((edge) => edge.id).sort()).toEqual(['covers', 'need', 'reports']);
    // The need below keeps its place beside Raj.
    const raj = nodes.get('raj')!.position;
    const need = nodes.get('raj-need')!.position;
    expect(need.x - raj.x).toBe(300);
    expect(need.y - raj.y).toBe(0);
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    const undone = byId(await plan.saved());
    expect(undone.get('raj')!.parentId).toBe(plan.root.id);
    expect(undone.get('raj')!.position).toEqual({ x: 300, y: 100 });
    expect(undone.get('dana')!.collapsed).toBe(true);
  });

  it('outdents a node to right after its parent', async () => {
    plan = await seeded();
    const { store } = plan;
    store.getState().select({ nodeIds: ['dana-need'], edgeId: null });
    runCommand(store, outdentNode, undefined);
    const nodes = byId(await plan.saved());
    expect(nodes.get('dana-need')!.parentId).toBe(plan.root.id);
    expect(nodes.get('dana-need')!.order).toBe(0.5);
  });

  it('refuses with a notice and changes nothing when there is nowhere to go', async () => {
    plan = await seeded();
    const { store } = plan;
    store.getState().select({ nodeIds: ['dana'], edgeId: null });
    runCommand(store, indentNode, undefined);
    expect(store.getState().notice).toContain('cannot be indented');
    runCommand(store, outdentNode, undefined);
    expect(store.getState().notice).toContain('top level');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().hasUnsavedChanges()).toBe(false);
  });
});
