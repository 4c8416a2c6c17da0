import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX, TOKEN_QUERY } from '../../../shared/http.ts';
import { sendError, sendThrown } from './apiResponses.ts';
import { handleApiRequest } from './apiRoute.ts';
import type { ApiCaller } from './apiRoute.ts';
import type { ChangeFeed } from '../../../shared/live.ts';
import { attachLiveChannel } from './liveSocket.ts';
import type { LivePresenceHooks } from './liveSocket.ts';
import { createToken, isOwnHost } from './requestGuard.ts';
import { handleStaticRequest } from './staticRoute.ts';

/** Browser mode only ever listens on the loopback interface. */
export const LOOPBACK_HOST = '127.0.0.1';

/** A running browser-mode server. */
export interface RunningServer {
  /** Address to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  /** `http://127.0.0.1:PORT` without the token. */
  baseUrl: string;
  token: string;
  port: number;
  /** Drops every live-channel connection (clients reconnect by themselves and catch up). */
  dropLiveConnections(): void;
  close(): Promise<void>;
}

/** How to serve a service over HTTP. */
export interface ServeServiceOptions {
  /** The service; when it tells accepted changes, the live channel serves them at /api/live. */
  service: ApiCaller & Partial<ChangeFeed>;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  log?: (message: string) => void;
  /** The host's side of a workshop's presence on the live channel (the host's own windows). */
  presence?: LivePresenceHooks;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Serves the renderer build and the contract of `service` on 127.0.0.1, guarded by a fresh per-run token. */
export async function serveService(options: ServeServiceOptions): Promise<RunningServer> {
  const token = createToken();
  const log = options.log ?? ((message: string) => console.error(message));
  let port = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isOwnHost(req.headers.host, port)) {
      sendError(res, 'refused', 'Requests for another host name are refused.');
      return;
    }
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.search(/[?#]/);
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    if (path === API_PATH_PREFIX.slice(0, -1) || path.startsWith(API_PATH_PREFIX)) {
      await handleApiRequest(req, res, path, { service: options.service, token, port, maxBodyBytes: options.maxBodyBytes, log });
      return;
    }
    await handleStaticRequest(req, res, path, options.rendererDir);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((thrown: unknown) => {
      if (res.headersSent) res.destroy();
      else sendThrown(res, thrown, log);
    });
  });
  const { subscribeChanges } = options.service;
  const live = subscribeChanges
    ? attachLiveChannel({
        server,
        service: { call: options.service.call.bind(options.service), subscribeChanges },
        token,
        port: () => port,
        log,
        presence: options.presence,
      })
    : null;
  port = await listen(server, options.port ?? 0);
  const baseUrl = `http://${LOOPBACK_HOST}:${port}`;
  return {
    url: `${baseUrl}/?${TOKEN_QUERY}=${token}`,
    baseUrl,
    token,
    port,
    dropLiveConnections: () => live?.dropConnections(),
    close: async () => {
      await live?.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
