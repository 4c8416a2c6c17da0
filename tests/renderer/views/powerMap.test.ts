import { afterEach, describe, expect, it } from 'vitest';
import { placeOnPowerMap } from '../../../renderer/commands/powerMap.ts';
import { runCommand } from '../../../renderer/commands/run.ts';
import { byId, openPlan, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

describe('power map command', () => {
  it('sets support and influence together as one undo step, saved', async () => {
    plan = await openPlan((root) => ({ nodes: [seedNode('tom', 'stakeholder', 'Tom', root, 0, 0)] }));
    const { store } = plan;
    runCommand(store, placeOnPowerMap, { id: 'tom', cell: { support: 'enemy', influence: 'high' } });
    expect(store.getState().past).toHaveLength(1);
    expect(byId(await plan.saved()).get('tom')!.data).toMatchObject({ support: 'enemy', influence: 'high' });
    store.getState().undo();
    expect(byId(await plan.saved()).get('tom')!.data).toMatchObject({ support: 'unknown', influence: 'unknown' });
    runCommand(store, placeOnPowerMap, { id: 'tom', cell: { support: 'unknown' as never, influence: 'unknown' as never } });
    expect(store.getState().past).toHaveLength(0);
  });
});
