import { describe, expect, it } from 'vitest';
import { createSaveQueue, retryDelay } from '../../renderer/save/saveQueue.ts';
import type { SaveOperation, SaveStatus } from '../../renderer/save/saveQueue.ts';
import { AtlasError } from '../../shared/errors.ts';

/** A transport that fails while `down` is true, and a manual timer, so retries can be stepped through. */
function harness() {
  const sent: SaveOperation[] = [];
  const statuses: SaveStatus[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const link = { down: false };
  const queue = createSaveQueue({
    send: async (operation) => {
      if (link.down) throw new AtlasError('unavailable', 'Account Atlas could not reach its server.');
      sent.push(operation);
    },
    onStatus: (status) => statuses.push(status),
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
  return { queue, sent, statuses, timers, link, settle };
}

describe('save queue', () => {
  it('sends writes in order and reports Saving… then Saved', async () => {
    const { queue, sent, statuses, settle } = harness();
    queue.enqueue({ kind: 'patch', patch: { positions: [{ id: 'a', x: 1, y: 1 }] } });
    queue.enqueue({ kind: 'plan', changes: { title: 'FY27' } });
    expect(queue.hasUnsaved()).toBe(true);
    await queue.idle();
    await settle();
    expect(sent.map((operation) => operation.kind)).toEqual(['patch', 'plan']);
    expect(statuses[0]!.state).toBe('saving');
    expect(statuses.at(-1)).toEqual({ state: 'saved', message: null });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps a failed write, merges later writes behind it, retries with backoff, and never drops anything', async () => {
    const { queue, sent, statuses, timers, link, settle } = harness();
    link.down = true;
    queue.enqueue({ kind: 'patch', patch: { positions: [{ id: 'a', x: 1, y: 1 }] } });
    await settle();
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'Account Atlas could not reach its server.' });
    expect(timers.map((timer) => timer.ms)).toEqual([1000]);
    queue.enqueue({ kind: 'patch', patch: { positions: [{ id: 'b', x: 2, y: 2 }] } });
    timers.shift()!.callback();
    await settle();
    expect(timers.map((timer) => timer.ms)).toEqual([2000]);
    expect(queue.hasUnsaved()).toBe(true);

    link.down = false;
    queue.retry();
    await settle();
    expect(timers).toEqual([]);
    expect(sent).toEqual([{ kind: 'patch', patch: { positions: [{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 2, y: 2 }] } }]);
    expect(statuses.at(-1)!.state).toBe('saved');
  });

  it('merges consecutive account and plan changes into one write each, in order', async () => {
    const { queue, sent, link, settle } = harness();
    link.down = true;
    queue.enqueue({ kind: 'account', changes: { name: 'A' } });
    await settle();
    queue.enqueue({ kind: 'account', changes: { industry: 'Retail' } });
    queue.enqueue({ kind: 'plan', changes: { title: 'T' } });
    link.down = false;
    queue.retry();
    await queue.idle();
    await settle();
    expect(sent).toEqual([
      { kind: 'account', changes: { name: 'A', industry: 'Retail' } },
      { kind: 'plan', changes: { title: 'T' } },
    ]);
  });

  it('waits 1 s, 2 s, 4 s … up to 30 s between automatic retries', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});
