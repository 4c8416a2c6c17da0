import { describe, expect, it } from 'vitest';
import { createSaveQueue, retryDelay } from '../../renderer/save/saveQueue.ts';
import type { SaveOperation, SaveStatus } from '../../renderer/save/saveQueue.ts';
import type { PlanChange } from '../../shared/changes.ts';
import { AtlasError } from '../../shared/errors.ts';

/** A transport that fails while `down` is true and refuses what `refuse` matches, and a manual timer. */
function harness(refuse: (change: PlanChange) => boolean = () => false) {
  const sent: PlanChange[] = [];
  const refused: { operation: SaveOperation; message: string }[] = [];
  const saved: SaveOperation[] = [];
  const statuses: SaveStatus[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const link = { down: false };
  let revision = 0;
  const queue = createSaveQueue({
    send: async (change) => {
      if (link.down) throw new AtlasError('unavailable', 'Account Atlas could not reach its server.');
      if (refuse(change)) throw new AtlasError('invalid-input', 'Invalid input: updateNodes[0]: node "x" does not exist in this plan.');
      sent.push(change);
      revision += 1;
      return revision;
    },
    onStatus: (status) => statuses.push(status),
    onSaved: (operation) => saved.push(operation),
    onRefused: (operation, message) => refused.push({ operation, message }),
    setTimer: (callback, ms) => {
      const timer = { callback, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const index = timers.indexOf(handle as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { queue, sent, saved, refused, statuses, timers, link, settle };
}

let opCount = 0;
const op = (change: PlanChange, entryIds: number[] = []): SaveOperation => ({ change, changeId: `c${(opCount += 1)}`, entryIds });

describe('save queue', () => {
  it('sends writes in order and reports Saving… then Saved', async () => {
    const { queue, sent, statuses, settle } = harness();
    queue.enqueue(op({ positions: [{ id: 'a', x: 1, y: 1 }] }));
    queue.enqueue(op({ plan: { title: 'FY27' } }));
    expect(queue.hasUnsaved()).toBe(true);
    await queue.idle();
    await settle();
    expect(sent).toEqual([{ positions: [{ id: 'a', x: 1, y: 1 }] }, { plan: { title: 'FY27' } }]);
    expect(statuses[0]!.state).toBe('saving');
    expect(statuses.at(-1)).toEqual({ state: 'saved', message: null });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps a write that could not reach the backend, queues later writes behind it, retries with backoff, drops nothing', async () => {
    const { queue, sent, statuses, timers, link, settle } = harness();
    link.down = true;
    queue.enqueue(op({ positions: [{ id: 'a', x: 1, y: 1 }] }));
    await settle();
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'Account Atlas could not reach its server.' });
    expect(timers.map((timer) => timer.ms)).toEqual([1000]);
    queue.enqueue(op({ positions: [{ id: 'b', x: 2, y: 2 }] }));
    queue.enqueue(op({ positions: [{ id: 'c', x: 3, y: 3 }] }));
    timers.shift()!.callback();
    await settle();
    expect(timers.map((timer) => timer.ms)).toEqual([2000]);
    expect(queue.hasUnsaved()).toBe(true);

    link.down = false;
    queue.retry();
    await queue.idle();
    await settle();
    expect(timers).toEqual([]);
    expect(sent).toEqual([{ positions: [{ id: 'a', x: 1, y: 1 }] }, { positions: [{ id: 'b', x: 2, y: 2 }, { id: 'c', x: 3, y: 3 }] }]);
    expect(statuses.at(-1)!.state).toBe('saved');
  });

  it('drops a refused write without retrying it, reports it once, and later writes keep saving', async () => {
    const { queue, sent, refused, timers, statuses, settle } = harness((change) => change.updateNodes?.[0]?.id === 'x');
    queue.enqueue(op({ updateNodes: [{ id: 'x', label: 'Ghost' }] }, [7]));
    await settle();
    expect(refused).toHaveLength(1);
    expect(refused[0]!.operation.entryIds).toEqual([7]);
    expect(refused[0]!.message).toMatch(/does not exist/);
    expect(timers).toEqual([]);
    queue.enqueue(op({ updateNodes: [{ id: 'y', label: 'Real' }] }));
    await queue.idle();
    await settle();
    expect(sent).toEqual([{ updateNodes: [{ id: 'y', label: 'Real' }] }]);
    expect(statuses.at(-1)).toEqual({ state: 'saved', message: null });
  });

  it('a refused merged write is split, so only its refused part is dropped', async () => {
    const { queue, sent, refused, link, settle } = harness((change) => Boolean(change.updateNodes?.some((update) => update.id === 'x')));
    link.down = true;
    queue.enqueue(op({ positions: [{ id: 'a', x: 1, y: 1 }] }, [1]));
    await settle();
    queue.enqueue(op({ updateNodes: [{ id: 'y', label: 'Kept' }] }, [2]));
    queue.enqueue(op({ updateNodes: [{ id: 'x', label: 'Refused' }] }, [3]));
    queue.enqueue(op({ updateNodes: [{ id: 'z', label: 'Kept too' }] }, [4]));
    link.down = false;
    queue.retry();
    await queue.idle();
    await settle();
    expect(refused.map((entry) => entry.operation.entryIds)).toEqual([[3]]);
    expect(sent).toEqual([
      { positions: [{ id: 'a', x: 1, y: 1 }] },
      { updateNodes: [{ id: 'y', label: 'Kept' }] },
      { updateNodes: [{ id: 'z', label: 'Kept too' }] },
    ]);
  });

  it('merges field-level changes waiting behind the write in flight, field by field', async () => {
    const { queue, sent, link, settle } = harness();
    link.down = true;
    queue.enqueue(op({ account: { name: 'A' } }));
    await settle();
    queue.enqueue(op({ updateNodes: [{ id: 's', data: { title: 'CFO' } }] }));
    queue.enqueue(op({ updateNodes: [{ id: 's', data: { support: 'mentor' } }] }));
    link.down = false;
    queue.retry();
    await queue.idle();
    await settle();
    expect(sent).toEqual([{ account: { name: 'A' } }, { updateNodes: [{ id: 's', data: { title: 'CFO', support: 'mentor' } }] }]);
  });

  it('waits 1 s, 2 s, 4 s … up to 30 s between automatic retries', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
