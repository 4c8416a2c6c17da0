import { afterEach, describe, expect, it } from 'vitest';
import { addDirectReport, addManager, setManager } from '../../../renderer/commands/orgChart.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { openPlan, seedEdge, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('ceo', 'stakeholder', 'Sam', root, 300, 0),
    seedNode('cfo', 'stakeholder', 'Dana', root, 300, 100),
    seedNode('buyer', 'stakeholder', 'Jonas', root, 300, 200),
  ],
  edges: [seedEdge('e1', 'reportsTo', 'cfo', 'ceo'), seedEdge('e2', 'reportsTo', 'buyer', 'cfo')],
});

const managers = (edges: { kind: string; source: string; target: string }[]) =>
  edges.filter((edge) => edge.kind === 'reportsTo').map((edge) => `${edge.source}→${edge.target}`).sort();

describe('org chart commands', () => {
  it('sets a manager in one undo step that is saved, undone and redone', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    expect(runCommand(store, setManager, { reportId: 'buyer', managerId: 'ceo' })).toBe(true);
    expect(managers(Object.values(store.getState().edges))).toEqual(['buyer→ceo', 'cfo→ceo']);
    expect(store.getState().past).toHaveLength(1);
    expect(managers((await plan.saved()).edges)).toEqual(['buyer→ceo', 'cfo→ceo']);
    store.getState().undo();
    expect(managers((await plan.saved()).edges)).toEqual(['buyer→cfo', 'cfo→ceo']);
    store.getState().redo();
    expect(managers((await plan.saved()).edges)).toEqual(['buyer→ceo', 'cfo→ceo']);
  });

  it('refuses a manager who already reports to the person, with a sentence, and changes nothing', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, setManager, { reportId: 'ceo', managerId: 'buyer' });
    expect(store.getState().notice).toBe('Sam cannot report to Jonas, who already reports to Sam (directly or through others).');
    expect(store.getState().past).toEqual([]);
    expect(managers((await plan.saved()).edges)).toEqual(['buyer→cfo', 'cfo→ceo']);
  });

  it('adds a placeholder direct report and a manager in between, each one undo step', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['buyer'] });
    runCommand(store, addDirectReport, undefined);
    const reportId = store.getState().selection.nodeIds[0]!;
    const report = store.getState().nodes[reportId]!;
    expect(report).toMatchObject({ kind: 'stakeholder', label: 'Unknown — reports to Jonas', data: { placeholder: true } });
    expect(managers(Object.values(store.getState().edges))).toContain(`${reportId}→buyer`);

    store.getState().select({ nodeIds: ['cfo'] });
    runCommand(store, addManager, undefined);
    const managerId = store.getState().selection.nodeIds[0]!;
    expect(managers((await plan.saved()).edges)).toEqual([`${managerId}→ceo`, `${reportId}→buyer`, 'buyer→cfo', `cfo→${managerId}`].sort());
    store.getState().undo();
    store.getState().undo();
    const saved = await plan.saved();
    expect(managers(saved.edges)).toEqual(['buyer→cfo', 'cfo→ceo']);
    expect(saved.nodes.filter((node) => node.kind === 'stakeholder')).toHaveLength(3);
  });
});
