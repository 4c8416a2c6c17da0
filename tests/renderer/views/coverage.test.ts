import { afterEach, describe, expect, it } from 'vitest';
import { setCoverage } from '../../../renderer/commands/coverage.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

const seed = (root: string) => ({
  nodes: [seedNode('dana', 'stakeholder', 'Dana', root, 300, 0), seedNode('maya', 'teamMember', 'Maya', root, -300, 0)],
});

const covers = async () =>
  (await plan.saved()).edges.filter((edge) => edge.kind === 'covers').map((edge) => `${edge.source}→${edge.target}:${String(edge.data.strength)}`);

describe('coverage command', () => {
  it('creates, changes and removes the covers relation, each one undo step', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    runCommand(store, setCoverage, { teamMemberId: 'maya', stakeholderId: 'dana', level: 'vendor' });
    expect(await covers()).toEqual(['maya→dana:vendor']);
    runCommand(store, setCoverage, { teamMemberId: 'maya', stakeholderId: 'dana', level: 'trusted-advisor' });
    expect(await covers()).toEqual(['maya→dana:trusted-advisor']);
    runCommand(store, setCoverage, { teamMemberId: 'maya', stakeholderId: 'dana', level: 'none' });
    expect(await covers()).toEqual([]);
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Add “covers” relation', 'Change coverage', 'Remove coverage']);
    store.getState().undo();
    expect(await covers()).toEqual(['maya→dana:trusted-advisor']);
    store.getState().undo();
    expect(await covers()).toEqual(['maya→dana:vendor']);
    store.getState().undo();
    expect(await covers()).toEqual([]);
    runCommand(store, setCoverage, { teamMemberId: 'maya', stakeholderId: 'dana', level: 'none' });
    expect(store.getState().past).toHaveLength(0);
  });
});
