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
import type { PresenceUpdate } from '../../../shared/workshop.ts';
import type { ApiCaller } from './apiRoute.ts';
import { isOwnHost, isOwnOrigin, tokenMatches } from './requestGuard.ts';

/** Most messages one connection may send in a window, and the window (a client subscribes once per plan it opens). */
const RATE_LIMIT = { messages: 20, windowMs: 10_000 };
/** Most presence updates one connection may send in a window (a client sends at most one per PRESENCE_INTERVAL_MS). */
const PRESENCE_RATE_LIMIT = { messages: 100, windowMs: 10_000 };
/** Close code of a connection the workshop is over for (after a farewell message): the client must not reconnect. */
export const FAREWELL_CLOSE_CODE = 4000;
/** How long a closing connection may take to answer the close before it is cut. */
const CLOSE_GRACE_MS = 2000;
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
  /** A workshop's presence: told of every connection, what it follows and the presence updates it sends. */
  presence?: LivePresenceHooks;
}

/** One open connection of the live channel, as a workshop's presence sees it. */
export interface LiveConnection {
  /** Whose connection this is ('host', or a participant's id). */
  readonly holder: string;
  /**
   * False for a window that never subscribes (the desktop app's, which hears every plan): it is told who it is when it
   * opens and again with its first presence update, in case it was not listening yet.
   */
  readonly subscribes: boolean;
  /** True while it follows `planId`. */
  follows(planId: string): boolean;
  send(message: LiveServerMessage): void;
  /** Sends a message already turned into JSON (one broadcast serialised once for many connections). */
  sendJson(json: string): void;
}

/** What the live channel tells a workshop's presence. */
export interface LivePresenceHooks {
  opened(connection: LiveConnection): void;
  /** The connection started following `planId` (sent after its catch-up has been asked for). */
  subscribed(connection: LiveConnection, planId: string): void;
  /** A valid presence update about a plan the connection follows. */
  update(connection: LiveConnection, update: PresenceUpdate): void;
  closed(connection: LiveConnection): void;
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
  /**
   * Closes every connection of one holder at once (a removed participant), after the farewell when given; resolves
   * when they are closed.
   */
  closeHolder(holder: string, farewell?: LiveServerMessage): Promise<void>;
  /** Sends a message to every open connection, or to those of one holder. */
  broadcast(message: LiveServerMessage, holder?: string): void;
  /** Stops the channel: sends the farewell (when given) to every connection, closes them; resolves when closed. */
  close(farewell?: LiveServerMessage): Promise<void>;
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

  const sendJson = (socket: WebSocket, json: string) => {
    if (socket.readyState === socket.OPEN) socket.send(json);
  };
  const send = (socket: WebSocket, message: LiveServerMessage) => sendJson(socket, JSON.stringify(message));
  const closeGently = (socket: WebSocket, farewell?: LiveServerMessage) =>
    new Promise<void>((resolve) => {
      if (socket.readyState === socket.CLOSED) return resolve();
      // A client that does not answer the close is cut off; it holds no access any more.
      const cut = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
      socket.once('close', () => {
        clearTimeout(cut);
        resolve();
      });
      if (farewell) send(socket, farewell);
      if (socket.readyState === socket.OPEN) socket.close(FAREWELL_CLOSE_CODE, farewell ? 'The workshop is over for you.' : 'Closed.');
    });
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
    const plans = new Set<string>();
    const connection: LiveConnection = {
      holder: access.holder,
      subscribes: true,
      follows: (planId) => plans.has(planId),
      send: (message) => send(socket, message),
      sendJson: (json) => sendJson(socket, json),
    };
    options.presence?.opened(connection);
    const messages = rateLimit(RATE_LIMIT);
    const presenceUpdates = rateLimit(PRESENCE_RATE_LIMIT);

    socket.on('message', (data, isBinary) => {
      let parsed;
      try {
        parsed = isBinary ? null : liveClientMessageSchema.safeParse(JSON.parse(String(data)));
      } catch {
        parsed = null;
      }
      const isPresence = parsed?.success === true && parsed.data.type === 'presence';
      if (!(isPresence ? presenceUpdates() : messages())) {
        socket.close(1008, 'Too many messages.');
        return;
      }
      if (!parsed?.success) {
        send(socket, { type: 'error', message: 'The live channel takes subscribe, unsubscribe and presence messages only.' });
        return;
      }
      const message = parsed.data;
      if (message.type === 'presence') {
        // Outside a workshop, and about a plan this connection does not follow, a presence update means nothing.
        if (plans.has(message.planId)) options.presence?.update(connection, message);
        return;
      }
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
      options.presence?.subscribed(connection, message.planId);
    });
    socket.on('close', () => {
      for (const planId of plans) unfollow(socket, planId);
      plans.clear();
      options.presence?.closed(connection);
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
    async closeHolder(holder, farewell) {
      await Promise.all([...wss.clients].filter((client) => accessOf.get(client)?.holder === holder).map((client) => closeGently(client, farewell)));
    },
    broadcast(message, holder) {
      const json = JSON.stringify(message);
      for (const client of wss.clients) if (holder === undefined || accessOf.get(client)?.holder === holder) sendJson(client, json);
    },
    async close(farewell) {
      stopFeed();
      options.server.off('upgrade', onUpgrade);
      await Promise.all([...wss.clients].map((client) => (farewell ? closeGently(client, farewell) : (client.terminate(), Promise.resolve()))));
      wss.close();
    },
  };
}

/** A sliding-window counter: each call counts one message and says whether it is still within the limit. */
function rateLimit(limit: { messages: number; windowMs: number }): () => boolean {
  let windowStart = Date.now();
  let inWindow = 0;
  return () => {
    const now = Date.now();
    if (now - windowStart > limit.windowMs) {
      windowStart = now;
      inWindow = 0;
    }
    inWindow += 1;
    return inWindow <= limit.messages;
  };
}
