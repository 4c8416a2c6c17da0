import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_MAX_MESSAGE_BYTES } from '../../../shared/live.ts';
import { MAX_PRESENCE_SELECTION, PRESENCE_INTERVAL_MS, presenceUpdateSchema } from '../../../shared/workshop.ts';
import type { PresenceUpdate } from '../../../shared/workshop.ts';
import { createPresenceSender, presenceOf } from '../../../renderer/live/presenceSender.ts';

const PLAN = 'plan-1';

function presence(selection: string[], editing: string | null = null): PresenceUpdate {
  return { type: 'presence', planId: PLAN, selection, editing, view: null, viewport: null };
}

describe('the presence sender', () => {
  let sent: { at: number; update: PresenceUpdate }[];
  let start: number;
  beforeEach(() => {
    vi.useFakeTimers();
    start = Date.now();
    sent = [];
  });
  afterEach(() => vi.useRealTimers());

  const sender = () => createPresenceSender((update) => sent.push({ at: Date.now() - start, update }));

  it('sends the first change at once, then at most one message per interval, always the latest', () => {
    const presenceSender = sender();
    presenceSender.update(presence(['a']));
    expect(sent).toEqual([{ at: 0, update: presence(['a']) }]);

    vi.advanceTimersByTime(20);
    presenceSender.update(presence(['a', 'b']));
    vi.advanceTimersByTime(20);
    presenceSender.update(presence(['b']));
    vi.advanceTimersByTime(20);
    presenceSender.update(presence(['b'], 'b'));
    expect(sent).toHaveLength(1);

    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS - 60);
    expect(sent).toEqual([
      { at: 0, update: presence(['a']) },
      { at: PRESENCE_INTERVAL_MS, update: presence(['b'], 'b') },
    ]);

    // A change in the next interval waits for its end too.
    presenceSender.update(presence([]));
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS - 1);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent.at(-1)).toEqual({ at: 2 * PRESENCE_INTERVAL_MS, update: presence([]) });

    // Quiet for a while: the next change goes at once again.
    vi.advanceTimersByTime(5 * PRESENCE_INTERVAL_MS);
    presenceSender.update(presence(['c']));
    expect(sent.at(-1)).toEqual({ at: 7 * PRESENCE_INTERVAL_MS, update: presence(['c']) });
    expect(sent).toHaveLength(4);
    presenceSender.dispose();
  });

  it('sends nothing when nothing changed since the last message', () => {
    const presenceSender = sender();
    presenceSender.update(presence(['a']));
    presenceSender.update(presence(['a']));
    // Changed and changed back within one interval: the others already know.
    presenceSender.update(presence(['a', 'b']));
    vi.advanceTimersByTime(10);
    presenceSender.update(presence(['a']));
    vi.advanceTimersByTime(10 * PRESENCE_INTERVAL_MS);
    presenceSender.update(presence(['a']));
    vi.advanceTimersByTime(10 * PRESENCE_INTERVAL_MS);
    expect(sent.map((message) => message.update)).toEqual([presence(['a'])]);
    expect(vi.getTimerCount()).toBe(0);
    presenceSender.dispose();
  });

  it('sends nothing more once disposed', () => {
    const presenceSender = sender();
    presenceSender.update(presence(['a']));
    presenceSender.update(presence(['b']));
    presenceSender.dispose();
    vi.advanceTimersByTime(10 * PRESENCE_INTERVAL_MS);
    presenceSender.update(presence(['c']));
    expect(sent.map((message) => message.update)).toEqual([presence(['a'])]);
  });
});

describe('a window’s presence message', () => {
  const source = {
    planId: PLAN,
    selection: Array.from({ length: MAX_PRESENCE_SELECTION + 5 }, (_, index) => `node-${index}`),
    renamingNodeId: null,
    inspectingNodeId: 'node-3',
    view: 'orgChart',
    viewport: { x: 10, y: -20, zoom: 0.8 },
  };

  it('tells at most MAX_PRESENCE_SELECTION selected nodes and the node edited in the inspector', () => {
    const message = presenceOf(source, false);
    expect(message.selection).toHaveLength(MAX_PRESENCE_SELECTION);
    expect(message.selection[0]).toBe('node-0');
    expect(message.editing).toBe('node-3');
  });

  it('always fits one live message, however long the ids', () => {
    const longIds = Array.from({ length: MAX_PRESENCE_SELECTION }, (_, index) => `${'x'.repeat(60)}${String(index).padStart(4, '0')}`);
    const message = presenceOf({ ...source, selection: longIds }, true);
    expect(JSON.stringify(message).length).toBeLessThanOrEqual(LIVE_MAX_MESSAGE_BYTES);
    expect(JSON.stringify({ ...message, selection: longIds.slice(0, message.selection.length + 1) }).length).toBeGreaterThan(LIVE_MAX_MESSAGE_BYTES);
    expect(message.selection).toEqual(longIds.slice(0, message.selection.length));
    expect(presenceUpdateSchema.safeParse(message).success).toBe(true);
    // Ids as the app makes them (16 characters): all MAX_PRESENCE_SELECTION fit.
    const appIds = Array.from({ length: MAX_PRESENCE_SELECTION }, (_, index) => `Ab3dEf7hIj${String(index).padStart(6, '0')}`);
    expect(presenceOf({ ...source, selection: appIds }, true).selection).toHaveLength(MAX_PRESENCE_SELECTION);
  });

  it('names the node renamed on the map before the one in the inspector', () => {
    expect(presenceOf({ ...source, renamingNodeId: 'node-7' }, false).editing).toBe('node-7');
    expect(presenceOf({ ...source, inspectingNodeId: null }, false).editing).toBeNull();
  });

  it('tells the view and viewport for the host only', () => {
    expect(presenceOf(source, true)).toMatchObject({ view: 'orgChart', viewport: { x: 10, y: -20, zoom: 0.8 } });
    expect(presenceOf(source, false)).toMatchObject({ view: null, viewport: null });
  });
});
