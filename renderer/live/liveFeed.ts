import type { AtlasApi } from '../../shared/api.ts';
import type { DesktopBridge } from '../../shared/desktop.ts';
import { TOKEN_QUERY } from '../../shared/http.ts';
import { LIVE_PATH } from '../../shared/live.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { LoggedChange } from '../../shared/patch.ts';

/** Whether the window hears other windows' and programs' changes right now. */
export type LiveState = 'connecting' | 'live' | 'offline';

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

/** Tells a window the changes accepted for the plans it follows. */
export interface LiveFeed {
  /** Starts following a plan; returns the function that stops. */
  follow(planId: string, follower: PlanFollower): () => void;
}

/** Waits before reconnecting: 0.5 s, 1 s, 2 s … at most 10 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Browser mode: a WebSocket to the server's live channel. It subscribes from the window's revision (the server
 * sends what was missed, or asks for a reload), reconnects by itself with backoff, and resubscribes after a gap.
 */
export function webSocketFeed(options: { baseUrl: string; token: string | null; setTimer?: typeof setTimeout }): LiveFeed {
  const setTimer = options.setTimer ?? setTimeout;
  return {
    follow(planId, follower) {
      let socket: WebSocket | null = null;
      let stopped = false;
      let attempt = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;

      const subscribe = () => socket?.send(JSON.stringify({ type: 'subscribe', planId, afterRevision: follower.revision() }));
      const connect = () => {
        if (stopped) return;
        follower.state('connecting');
        const url = new URL(LIVE_PATH, options.baseUrl);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        if (options.token) url.searchParams.set(TOKEN_QUERY, options.token);
        const current = new WebSocket(url);
        socket = current;
        current.addEventListener('open', () => {
          attempt = 0;
          follower.state('live');
          subscribe();
        });
        current.addEventListener('message', (event) => {
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
          }
        });
        current.addEventListener('close', () => {
          if (socket !== current) return;
          socket = null;
          if (stopped) return;
          follower.state('offline');
          attempt += 1;
          timer = setTimer(connect, reconnectDelay(attempt));
        });
      };
      connect();
      return () => {
        stopped = true;
        if (timer !== null) clearTimeout(timer);
        socket?.close();
        socket = null;
      };
    },
  };
}

/**
 * The desktop app: the main process tells every accepted change over IPC. After listening starts, the changes
 * accepted since the window's revision are fetched once, so none falls between loading the plan and listening.
 */
export function desktopFeed(bridge: DesktopBridge, api: Pick<AtlasApi, 'listChanges'>): LiveFeed {
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
      const stop = bridge.onPlanChanges((changedPlan, changes) => {
        if (changedPlan === planId && follower.changes(changes) === 'gap') void catchUp();
      });
      follower.state('live');
      void catchUp();
      return () => {
        stopped = true;
        stop();
      };
    },
  };
}
