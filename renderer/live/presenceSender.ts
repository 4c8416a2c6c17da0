import { LIVE_MAX_MESSAGE_BYTES } from '../../shared/live.ts';
import type { Viewport } from '../../shared/plan.ts';
import { MAX_PRESENCE_SELECTION, PRESENCE_INTERVAL_MS } from '../../shared/workshop.ts';
import type { PresenceUpdate } from '../../shared/workshop.ts';

/** Tells the workshop a window's presence, coalesced. */
export interface PresenceSender {
  /** The window's presence now; sent at once when the last message is older than the interval, else when it ends. */
  update(presence: PresenceUpdate): void;
  /** Stops: nothing waiting is sent. */
  dispose(): void;
}

/** Timers, injected so tests can drive them. */
export interface PresenceTimers {
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const realTimers: PresenceTimers = {
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Two presence updates say the same. */
function samePresence(a: PresenceUpdate, b: PresenceUpdate): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Sends at most one presence message per PRESENCE_INTERVAL_MS: the first change goes at once, changes within the
 * interval wait and only the latest of them is sent when it ends; nothing is sent when nothing changed since the
 * last message.
 */
export function createPresenceSender(send: (update: PresenceUpdate) => void, timers: PresenceTimers = realTimers): PresenceSender {
  let lastSent: PresenceUpdate | null = null;
  let waiting: PresenceUpdate | null = null;
  let timer: unknown = null;
  let disposed = false;

  const transmit = (update: PresenceUpdate) => {
    lastSent = update;
    send(update);
    timer = timers.setTimer(intervalOver, PRESENCE_INTERVAL_MS);
  };
  function intervalOver() {
    timer = null;
    const next = waiting;
    waiting = null;
    if (!disposed && next && !(lastSent && samePresence(next, lastSent))) transmit(next);
  }

  return {
    update(presence) {
      if (disposed) return;
      if (timer !== null) {
        waiting = presence;
        return;
      }
      if (lastSent && samePresence(presence, lastSent)) return;
      transmit(presence);
    },
    dispose() {
      disposed = true;
      waiting = null;
      if (timer !== null) timers.clearTimer(timer);
      timer = null;
    },
  };
}

/** What a window's presence is made of: the open plan's selection, the node edited, view and viewport. */
export interface PresenceSource {
  planId: string;
  selection: readonly string[];
  /** The node renamed on the map, else the node whose inspector fields have focus. */
  renamingNodeId: string | null;
  inspectingNodeId: string | null;
  view: string;
  viewport: Viewport | null;
}

/**
 * The presence message of a window; only the host tells its view and viewport (participants follow them). A large
 * selection is cut to MAX_PRESENCE_SELECTION nodes, and further when their ids would not fit one live message.
 */
export function presenceOf(source: PresenceSource, host: boolean): PresenceUpdate {
  const message: PresenceUpdate = {
    type: 'presence',
    planId: source.planId,
    selection: source.selection.slice(0, MAX_PRESENCE_SELECTION),
    editing: source.renamingNodeId ?? source.inspectingNodeId,
    view: host ? source.view : null,
    viewport: host ? source.viewport : null,
  };
  // Ids are ASCII, so characters are bytes.
  let size = JSON.stringify(message).length;
  while (size > LIVE_MAX_MESSAGE_BYTES && message.selection.length > 0) size -= JSON.stringify(message.selection.pop()).length + 1;
  return message;
}
