import type { StoreApi } from 'zustand/vanilla';
import type { AtlasApi } from '../../shared/api.ts';
import type { DesktopBridge } from '../../shared/desktop.ts';
import { TOKEN_QUERY } from '../../shared/http.ts';
import { LIVE_PATH } from '../../shared/live.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { LoggedChange } from '../../shared/patch.ts';
import type { PresenceUpdate } from '../../shared/workshop.ts';
import { workshopStore } from './workshopStore.ts';
import type { WorkshopState } from './workshopStore.ts';

/** Whether the window hears other windows' and programs' changes right now; 'ended' once a workshop said farewell. */
export type LiveState = 'connecting' | 'live' | 'offline' | 'ended';

/** What following a plan reports to the plan screen. */
export interface PlanFollower {
  /** The revision the window has; the feed asks for the changes after it. */
  revision(): number;
  /** Changes in revision order; 'gap' when one is missing before them. */
  changes(entries: readonly LoggedChange[]): 'ok' | 'gap';
  /** The window is too far behind: load the plan afresh. */
  reload(): void;
  state(state: LiveState): void;
}

/** Tells a window the changes accepted for the plans it follows, and in a workshop who is here. */
export interface LiveFeed {
  /** Starts following a plan; returns the function that stops (and forgets the plan's workshop). */
  follow(planId: string, follower: PlanFollower): () => void;
  /**
   * Tells the workshop this window's presence on a plan it follows. Without a connection it is kept, and the latest
   * one is told again once connected; for a plan not followed it is dropped.
   */
  sendPresence(update: PresenceUpdate): void;
}

/** Waits before reconnecting: 0.5 s, 1 s, 2 s … at most 10 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.max(0, attempt - 1));
}

/** Puts a workshop message about `planId` into the workshop store. */
function hearWorkshop(workshop: StoreApi<WorkshopState>, planId: string, message: LiveServerMessage): void {
  if (message.type === 'you' && message.planId === planId) workshop.getState().heardYou(planId, message.you);
  else if (message.type === 'presence' && message.planId === planId) workshop.getState().heardPresence(planId, message.people, message.host);
}

/** Forgets the workshop of a plan no longer shown. */
function forgetWorkshop(workshop: StoreApi<WorkshopState>, planId: string): void {
  const shown = workshop.getState().planId;
  if (shown === planId || shown === null) workshop.getState().clear();
}

/** What a feed needs besides its transport: the workshop store it fills (the window's unless a test gives one). */
interface FeedOptions {
  workshop?: StoreApi<WorkshopState>;
}

/**
 * Browser mode: a WebSocket to the server's live channel. It subscribes from the window's revision (the server
 * sends what was missed, or asks for a reload), reconnects by itself with backoff, and resubscribes after a gap.
 * In a workshop it fills the workshop store and tells the window's presence; after the host's farewell (removed,
 * or the workshop ended) it never reconnects: the token is revoked.
 */
export function webSocketFeed(options: FeedOptions & { baseUrl: string; token: string | null; setTimer?: typeof setTimeout }): LiveFeed {
  const setTimer = options.setTimer ?? setTimeout;
  const workshop = options.workshop ?? workshopStore;
  const presenceSenders = new Map<string, (update: PresenceUpdate) => void>();
  return {
    follow(planId, follower) {
      let socket: WebSocket | null = null;
      let open = false;
      let stopped = false;
      let ended = false;
      let attempt = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let presence: PresenceUpdate | null = null;

      const subscribe = () => socket?.send(JSON.stringify({ type: 'subscribe', planId, afterRevision: follower.revision() }));
      const tellPresence = () => {
        if (socket && open && presence) socket.send(JSON.stringify(presence));
      };
      const connect = () => {
        if (stopped || ended) return;
        follower.state('connecting');
        const url = new URL(LIVE_PATH, options.baseUrl);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        if (options.token) url.searchParams.set(TOKEN_QUERY, options.token);
        const current = new WebSocket(url);
        socket = current;
        open = false;
        current.addEventListener('open', () => {
          if (socket !== current) return;
          attempt = 0;
          open = true;
          follower.state('live');
          subscribe();
          // The server forgot this window's presence with the old connection.
          tellPresence();
        });
        current.addEventListener('message', (event) => {
          if (socket !== current) return;
          let message: LiveServerMessage;
          try {
            message = JSON.parse(String(event.data)) as LiveServerMessage;
          } catch {
            return;
          }
          if (message.type === 'changes' && message.planId === planId) {
            if (follower.changes(message.changes) === 'gap') subscribe();
          } else if (message.type === 'reload' && message.planId === planId) {
            follower.reload();
          } else if (message.type === 'farewell') {
            ended = true;
            workshop.getState().heardFarewell(message.message);
            follower.state('ended');
            current.close();
          } else {
            hearWorkshop(workshop, planId, message);
          }
        });
        current.addEventListener('close', () => {
          if (socket !== current) return;
          socket = null;
          open = false;
          if (stopped || ended) return;
          follower.state('offline');
          attempt += 1;
          timer = setTimer(connect, reconnectDelay(attempt));
        });
      };
      const send = (update: PresenceUpdate) => {
        presence = update;
        tellPresence();
      };
      presenceSenders.set(planId, send);
      connect();
      return () => {
        stopped = true;
        if (presenceSenders.get(planId) === send) presenceSenders.delete(planId);
        if (timer !== null) clearTimeout(timer);
        socket?.close();
        socket = null;
        forgetWorkshop(workshop, planId);
      };
    },
    sendPresence(update) {
      presenceSenders.get(update.planId)?.(update);
    },
  };
}

/**
 * The desktop app: the main process tells every accepted change over IPC. After listening starts, the changes
 * accepted since the window's revision are fetched once, so none falls between loading the plan and listening.
 * A workshop's presence comes and goes over IPC too.
 */
export function desktopFeed(bridge: DesktopBridge, api: Pick<AtlasApi, 'listChanges'>, options: FeedOptions = {}): LiveFeed {
  const workshop = options.workshop ?? workshopStore;
  const followed = new Map<string, number>();
  return {
    follow(planId, follower) {
      let stopped = false;
      const catchUp = async () => {
        try {
          const missed = await api.listChanges({ planId, afterRevision: follower.revision() });
          if (!stopped && missed.changes.length > 0) follower.changes(missed.changes);
        } catch {
          // The next change heard finds the gap and asks again.
        }
      };
      const stopChanges = bridge.onPlanChanges((changedPlan, changes) => {
        if (changedPlan === planId && follower.changes(changes) === 'gap') void catchUp();
      });
      const stopWorkshop = bridge.onWorkshopMessage((message) => hearWorkshop(workshop, planId, message));
      followed.set(planId, (followed.get(planId) ?? 0) + 1);
      follower.state('live');
      void catchUp();
      return () => {
        stopped = true;
        stopChanges();
        stopWorkshop();
        const count = (followed.get(planId) ?? 1) - 1;
        if (count > 0) followed.set(planId, count);
        else followed.delete(planId);
        forgetWorkshop(workshop, planId);
      };
    },
    sendPresence(update) {
      if (followed.has(update.planId)) bridge.sendPresence(update);
    },
  };
}
