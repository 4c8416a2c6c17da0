import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasError } from '../../../shared/errors.ts';
import { API_PATH_PREFIX, TOKEN_QUERY } from '../../../shared/http.ts';
import type { LiveServerMessage } from '../../../shared/live.ts';
import type { WorkshopRole } from '../../../shared/workshop.ts';
import type { PlanService } from '../../backend/service.ts';
import { sendError, sendResult, sendThrown } from './apiResponses.ts';
import { handleApiRequest } from './apiRoute.ts';
import { sendJoinPage } from './joinPage.ts';
import { attachLiveChannel } from './liveSocket.ts';
import type { LiveChannel } from './liveSocket.ts';
import type { Participant, Participants } from './participants.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import { handleStaticRequest } from './staticRoute.ts';
import { participantCaller } from './workshopCalls.ts';
import type { WorkshopPlan } from './workshopPlan.ts';
import type { WorkshopPresence } from './workshopPresence.ts';

/** Largest body of a join. */
const SMALL_BODY_BYTES = 4096;
/** Wrong join codes one address may try in a window before it must wait (guessing a code takes millions of tries). */
const WRONG_CODES = { tries: 10, windowMs: 60_000 };

/** What the room listener serves. */
export interface RoomOptions {
  service: PlanService;
  plan: WorkshopPlan;
  participants: Participants;
  presence: WorkshopPresence;
  /** The address of the room's network to listen on (tests use 127.0.0.2), and the port (0 picks a free one). */
  address: string;
  port: number;
  rendererDir: string;
  joinRole: WorkshopRole;
  log: (message: string) => void;
}

/** The listener on the room's network, while the workshop runs. */
export interface Room {
  port: number;
  live: LiveChannel;
  /** Says the farewell to every participant's connection, closes them and stops listening. */
  close(farewell: LiveServerMessage): Promise<void>;
}

function listenOn(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function pathOf(rawUrl: string): string {
  const queryStart = rawUrl.search(/[?#]/);
  return queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
}

async function readSmallBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = (await readBody(req, SMALL_BODY_BYTES)).toString('utf8');
  const contentType = req.headers['content-type'] ?? '';
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) return Object.fromEntries(new URLSearchParams(body));
  if (!/^application\/json\b/i.test(contentType)) throw new AtlasError('invalid-input', 'Send a form or a JSON body.');
  try {
    const parsed: unknown = body === '' ? {} : JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new AtlasError('invalid-input', 'The request body is not a JSON object.');
}

/** Counts wrong join codes per address, so a code cannot be guessed. */
function wrongCodeCounter() {
  const wrongCodes = new Map<string, { since: number; count: number }>();
  const current = (address: string) => {
    const entry = wrongCodes.get(address);
    return entry && Date.now() - entry.since <= WRONG_CODES.windowMs ? entry : null;
  };
  return {
    tooMany: (address: string) => (current(address)?.count ?? 0) >= WRONG_CODES.tries,
    count(address: string) {
      const entry = current(address);
      if (entry) entry.count += 1;
      else wrongCodes.set(address, { since: Date.now(), count: 1 });
    },
  };
}

/**
 * Opens the room listener on the chosen address: it serves the join page, the app, and the workshop's one plan to
 * participants who joined with the code; Host and Origin checks accept exactly the join address.
 */
export async function openRoom(options: RoomOptions): Promise<Room> {
  const { service, plan, participants, presence, log } = options;
  const planId = plan.planId;
  let roomPort = 0;
  const roomHost = () => `${options.address}:${roomPort}`;
  const roomOrigin = () => `http://${roomHost()}`;
  const isRoomOrigin = (origin: string | undefined) => origin === undefined || origin === roomOrigin();
  const callerFor = participantCaller({ service, plan, participants, locks: () => presence.locks() });
  const wrongCodes = wrongCodeCounter();

  const handleJoin = async (req: IncomingMessage, res: ServerResponse, codeInAddress: string): Promise<void> => {
    const planTitle = plan.title();
    if (req.method === 'GET' || req.method === 'HEAD') {
      sendJoinPage(res, { planTitle, code: codeInAddress });
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 'invalid-input', 'Open the join page, or send the join form.', { status: 405, headers: { Allow: 'GET, POST' } });
      return;
    }
    if (!isRoomOrigin(req.headers.origin)) {
      sendError(res, 'refused', 'Requests from other web sites are refused.');
      return;
    }
    const asForm = /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '');
    const address = req.socket.remoteAddress ?? '';
    let participant: Participant;
    try {
      if (wrongCodes.tooMany(address)) throw new AtlasError('refused', 'Too many wrong join codes from this computer; wait a minute and try again.');
      const body = await readSmallBody(req);
      if (!participants.codeMatches(body.code)) wrongCodes.count(address);
      participant = participants.join(body.code, body.name, options.joinRole);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.once('finish', () => req.socket.destroySoon());
        sendError(res, 'invalid-input', 'The request is too large.', { status: 413, headers: { Connection: 'close' } });
        return;
      }
      if (asForm && error instanceof AtlasError) {
        sendJoinPage(res, { planTitle, code: codeInAddress, message: error.message, status: error.code === 'refused' ? 403 : 400 });
        return;
      }
      throw error;
    }
    log(`${participant.name} joined the workshop.`);
    const appAddress = `/?${TOKEN_QUERY}=${participant.token}#/plans/${planId}`;
    if (asForm) {
      res.writeHead(303, { Location: appAddress, 'Cache-Control': 'no-store', 'Content-Length': 0, 'Referrer-Policy': 'no-referrer' });
      res.end();
      return;
    }
    sendResult(res, { participantId: participant.id, name: participant.name, role: participant.role, token: participant.token, planId, address: appAddress });
  };

  const handleRoom = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.headers.host !== roomHost()) {
      sendError(res, 'refused', 'Requests for another host name are refused.');
      return;
    }
    const rawUrl = req.url ?? '/';
    const path = pathOf(rawUrl);
    if (path === '/join') {
      await handleJoin(req, res, new URL(rawUrl, roomOrigin()).searchParams.get('code') ?? '');
      return;
    }
    if (path === API_PATH_PREFIX.slice(0, -1) || path.startsWith(API_PATH_PREFIX)) {
      await handleApiRequest(req, res, path, { service, token: '', port: roomPort, log, maxBodyBytes: 1024 * 1024, callerFor, isAllowedOrigin: isRoomOrigin });
      return;
    }
    await handleStaticRequest(req, res, path, options.rendererDir);
  };

  const server = createServer((req, res) => {
    handleRoom(req, res).catch((thrown: unknown) => {
      if (res.headersSent) res.destroy();
      else sendThrown(res, thrown, log);
    });
  });
  const live = attachLiveChannel({
    server,
    service,
    token: '',
    port: () => roomPort,
    log,
    authorize: (token) => {
      const participant = participants.holding(token);
      if (!participant) return null;
      const id = participant.id;
      return {
        holder: id,
        mayFollow: (followed) => followed === planId,
        shape(changedPlan, change) {
          const now = participants.get(id);
          if (!now || changedPlan !== planId) return null;
          return now.role === 'customer' ? plan.customerMessageFor(change) : { type: 'changes', planId, changes: [change] };
        },
        get reloadToCatchUp() {
          return participants.get(id)?.role === 'customer';
        },
      };
    },
    isAllowedHost: (host) => host === roomHost(),
    isAllowedOrigin: isRoomOrigin,
    presence: presence.roomHooks,
  });

  try {
    roomPort = await listenOn(server, options.port, options.address);
  } catch (error) {
    await live.close();
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRNOTAVAIL') {
      throw new AtlasError('invalid-input', `${options.address} is not an address of this machine; give one of its network addresses with --host.`);
    }
    if (code === 'EADDRINUSE') {
      throw new AtlasError('invalid-input', `Port ${options.port} is already in use on ${options.address}; choose another with --port, or 0 for any free port.`);
    }
    throw error;
  }

  return {
    port: roomPort,
    live,
    async close(farewell) {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await live.close(farewell);
      server.closeAllConnections();
      await stopped;
    },
  };
}
