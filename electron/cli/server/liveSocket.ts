import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { ApiOutput } from '../../../shared/api.ts';
import { isAtlasError } from '../../../shared/errors.ts';
import { TOKEN_QUERY } from '../../../shared/http.ts';
import { LIVE_CATCH_UP_LIMIT, LIVE_MAX_MESSAGE_BYTES, LIVE_PATH, liveClientMessageSchema } from '../../../shared/live.ts';
import type { ChangeFeed, LiveServerMessage } from '../../../shared/live.ts';
import type { LoggedChange } from '../../../shared/patch.ts';
import type { ApiCaller } from './apiRoute.ts';
import { isOwnHost, isOwnOrigin, tokenMatches } from './requestGuard.ts';

/** Most messages one connection may send in a window, and the window (a client subscribes once per plan it opens). */
const RATE_LIMIT = { messages: 20, windowMs: 10_000 };
/** Plans one connection may follow at once (a window shows one plan). */
const MAX_PLANS_PER_CONNECTION = 4;

/** What the live channel needs from the running server. */
export interface LiveChannelOptions {
  server: Server;
  service: ApiCaller & ChangeFeed;
  token: string;
  /** The port, read when a request comes (it is known once the server listens). */
  port: () => number;
  log: (message: string) => void;
  /** Who may connect and what they get; by default only holders of `token`, with everything. */
  authorize?: (token: string | undefined) => LiveAccess | null;
  /** Host and Origin checks; by default this server's own loopback address. */
  isAllowedHost?: (host: string | undefined) => boolean;
  isAllowedOrigin?: (origin: string | undefined) => boolean;
  /** Told when a connection opens or closes (a workshop's presence). */
  onConnectionsChange?: () => void;
}

/** What one connection may follow and how changes are shaped for it (a workshop participant's role). */
export interface LiveAccess {
  /** Whose connection this is (a participant's id; closed together when they are removed). */
  holder: string;
  mayFollow(planId: string): boolean;
  /** The message this connection gets for an accepted change; null sends nothing. By default the change as it is. */
  shape?(planId: string, change: LoggedChange): LiveServerMessage | null;
  /** True when a catch-up must be a reload (a connection whose changes are shaped cannot replay the log). */
  reloadToCatchUp?: boolean;
}

/** The live channel of a running server. */
export interface LiveChannel {
  /** Open connections (for tests and the workshop's participant count). */
  connections(): number;
  /** Closes every connection (the clients reconnect by themselves). */
  dropConnections(): void;
  /** Holders with at least one open connection. */
  holders(): Set<string>;
  /** Closes every connection of one holder at once (a removed participant). */
  closeHolder(holder: string): void;
  /** Sends a message to every open connection (presence), or to those of one holder. */
  broadcast(message: LiveServerMessage, holder?: string): void;
  close(): void;
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Serves `GET /api/live` as a WebSocket: a client subscribes to a plan from the revision it has, gets the changes
 * it missed (or is told to reload when it is too far behind), then every change the service accepts for that
 * plan, in revision order. The same checks as the API guard it: own Host and Origin, the per-run token.
 */
export function attachLiveChannel(options: LiveChannelOptions): LiveChannel {
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_MAX_MESSAGE_BYTES });
  const followers = new Map<string, Set<WebSocket>>();
  const accessOf = new WeakMap<WebSocket, LiveAccess>();
  const fullAccess: LiveAccess = { holder: 'host', mayFollow: () => true };
  const authorize = options.authorize ?? ((token) => (tokenMatches(token, options.token) ? fullAccess : null));
  const isAllowedHost = options.isAllowedHost ?? ((host) => isOwnHost(host, options.port()));
  const isAllowedOrigin = options.isAllowedOrigin ?? ((origin) => isOwnOrigin(origin, options.port()));

  const send = (socket: WebSocket, message: LiveServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const follow = (socket: WebSocket, planId: string) => {
    let sockets = followers.get(planId);
    if (!sockets) followers.set(planId, (sockets = new Set()));
    sockets.add(socket);
  };
  const unfollow = (socket: WebSocket, planId: string) => {
    const sockets = followers.get(planId);
    sockets?.delete(socket);
    if (sockets?.size === 0) followers.delete(planId);
  };

  const stopFeed = options.service.subscribeChanges((planId, change) => {
    for (const socket of followers.get(planId) ?? []) {
      const shape = accessOf.get(socket)?.shape;
      const message = shape ? shape(planId, change) : { type: 'changes' as const, planId, changes: [change] };
      if (message) send(socket, message);
    }
  });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== LIVE_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isAllowedHost(req.headers.host)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (!isAllowedOrigin(req.headers.origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    const access = authorize(url.searchParams.get(TOKEN_QUERY) ?? undefined);
    if (!access) return refuseUpgrade(socket, 401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => {
      accessOf.set(ws, access);
      wss.emit('connection', ws, req);
    });
  };

  wss.on('connection', (socket: WebSocket) => {
    const access = accessOf.get(socket) ?? fullAccess;
    options.onConnectionsChange?.();
    const plans = new Set<string>();
    let windowStart = Date.now();
    let inWindow = 0;

    socket.on('message', (data, isBinary) => {
      const now = Date.now();
      if (now - windowStart > RATE_LIMIT.windowMs) {
        windowStart = now;
        inWindow = 0;
      }
      inWindow += 1;
      if (inWindow > RATE_LIMIT.messages) {
        socket.close(1008, 'Too many messages.');
        return;
      }
      let parsed;
      try {
        parsed = isBinary ? null : liveClientMessageSchema.safeParse(JSON.parse(String(data)));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        send(socket, { type: 'error', message: 'The live channel takes subscribe and unsubscribe messages only.' });
        return;
      }
      const message = parsed.data;
      if (message.type === 'unsubscribe') {
        plans.delete(message.planId);
        unfollow(socket, message.planId);
        return;
      }
      if (!access.mayFollow(message.planId)) {
        send(socket, { type: 'error', message: 'This connection may follow only the workshop\'s plan.' });
        return;
      }
      if (!plans.has(message.planId) && plans.size >= MAX_PLANS_PER_CONNECTION) {
        send(socket, { type: 'error', message: `One connection follows at most ${MAX_PLANS_PER_CONNECTION} plans.` });
        return;
      }
      // Follow first, then send the backlog: a change accepted in between comes twice, never not at all; the client
      // skips revisions it has.
      plans.add(message.planId);
      follow(socket, message.planId);
      void catchUp(socket, message.planId, message.afterRevision, access);
    });
    socket.on('close', () => {
      for (const planId of plans) unfollow(socket, planId);
      options.onConnectionsChange?.();
    });
    socket.on('error', () => socket.terminate());
  });

  const catchUp = async (socket: WebSocket, planId: string, afterRevision: number, access: LiveAccess) => {
    try {
      const missed = (await options.service.call('listChanges', { planId, afterRevision })) as ApiOutput<'listChanges'>;
      const tooFar = missed.revision - afterRevision > LIVE_CATCH_UP_LIMIT || afterRevision > missed.revision;
      if (tooFar || (access.reloadToCatchUp === true && missed.revision !== afterRevision)) {
        send(socket, { type: 'reload', planId, revision: missed.revision });
      } else if (missed.changes.length > 0) {
        send(socket, { type: 'changes', planId, changes: missed.changes });
      }
    } catch (error) {
      send(socket, { type: 'error', message: isAtlasError(error) ? error.message : 'The plan could not be followed.' });
      if (!isAtlasError(error)) options.log(`Live channel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  options.server.on('upgrade', onUpgrade);
  return {
    connections: () => wss.clients.size,
    dropConnections() {
      for (const client of wss.clients) client.terminate();
    },
    holders() {
      return new Set([...wss.clients].flatMap((client) => (client.readyState === client.OPEN ? [accessOf.get(client)?.holder ?? 'host'] : [])));
    },
    closeHolder(holder) {
      for (const client of wss.clients) if (accessOf.get(client)?.holder === holder) client.terminate();
    },
    broadcast(message, holder) {
      for (const client of wss.clients) if (holder === undefined || accessOf.get(client)?.holder === holder) send(client, message);
    },
    close() {
      stopFeed();
      options.server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
