import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import { customerChange } from '../../../shared/customerChange.ts';
import { customerView } from '../../../shared/document/editions.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/http.ts';
import type { LiveServerMessage } from '../../../shared/live.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import type { LoggedChange } from '../../../shared/patch.ts';
import { openLibrary } from '../../backend/library.ts';
import { closeSharedChromium } from '../../backend/export/sharedChromium.ts';
import { createPlanService } from '../../backend/service.ts';
import type { PlanService } from '../../backend/service.ts';
import { findPlan } from '../findPlan.ts';
import { sendError, sendResult, sendThrown } from './apiResponses.ts';
import { handleApiRequest } from './apiRoute.ts';
import type { ApiCaller } from './apiRoute.ts';
import { serveService } from './httpServer.ts';
import type { RunningServer } from './httpServer.ts';
import { sendJoinPage } from './joinPage.ts';
import { attachLiveChannel } from './liveSocket.ts';
import type { LiveAccess } from './liveSocket.ts';
import { Participants, createJoinCode } from './participants.ts';
import type { Participant } from './participants.ts';
import { BodyTooLargeError, readBody } from './readBody.ts';
import { isOwnOrigin, tokenMatches } from './requestGuard.ts';
import { handleStaticRequest } from './staticRoute.ts';
import { isWorkshopRole, participantCall, refusal } from './workshopAccess.ts';
import type { WorkshopRole } from './workshopAccess.ts';

/** Where the host's controls answer on the host's own server (POST, host token): status, setRole, remove, end. */
export const WORKSHOP_CONTROL_PREFIX = '/api/workshop/';
/** Largest body of a join or a host control. */
const SMALL_BODY_BYTES = 4096;
/** Wrong join codes one address may try in a window before it must wait (guessing a code takes millions of tries). */
const WRONG_CODES = { tries: 10, windowMs: 60_000 };

/** What a workshop needs. */
export interface StartWorkshopOptions {
  libraryPath: string;
  /** The plan's id or title, as `atlas` commands take it. */
  plan: string;
  /** The address of the room's network to listen on (tests use 127.0.0.2). */
  host: string;
  /** Port of the room listener; 0 picks a free one. */
  port?: number;
  rendererDir: string;
  /** The role someone who joins starts with (the host changes it); by default the customer view, which shows least. */
  joinRole?: WorkshopRole;
  log?: (message: string) => void;
}

/** A running workshop: the host's own server and, until `end()`, the room listener. */
export interface RunningWorkshop {
  /** The host's server on 127.0.0.1 (full access with its token). */
  hostServer: RunningServer;
  /** The host's own address, token and plan included. */
  hostUrl: string;
  planId: string;
  planTitle: string;
  joinCode: string;
  /** `http://ADDRESS:PORT/join?code=CODE`. */
  joinUrl: string;
  roomPort: number;
  /** The join address as a QR code, an SVG data URL (for a Join panel on the projector). */
  joinQrSvg: string;
  /** Revokes every participant token, closes their sockets and the room listener. */
  end(): Promise<void>;
  /** Ends the workshop and stops the host's server and the library. */
  close(): Promise<void>;
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

/** The customer view of the plan as of the latest change, and what a customer-view participant gets for that change. */
function followCustomerView(service: PlanService, planId: string) {
  let seen: PlanDocument = customerView(service.readPlan(planId));
  let last: { revision: number; message: LiveServerMessage } | null = null;
  const stop = service.subscribeChanges((changedPlan, change) => {
    if (changedPlan !== planId) return;
    let message: LiveServerMessage;
    try {
      const now = customerView(service.readPlan(planId));
      const delivery = customerChange(change, seen, now);
      seen = now;
      message = delivery.type === 'change' ? { type: 'changes', planId, changes: [delivery.change] } : { type: 'reload', planId, revision: change.revision };
    } catch {
      message = { type: 'reload', planId, revision: change.revision };
    }
    last = { revision: change.revision, message };
  });
  return {
    stop,
    /** The message for a change; a change this follower has not worked out (it cannot happen) reloads. */
    messageFor(change: LoggedChange): LiveServerMessage {
      return last?.revision === change.revision ? last.message : { type: 'reload', planId, revision: change.revision };
    },
  };
}

/**
 * Starts a workshop on one plan: the host's own server on 127.0.0.1, as `atlas serve` runs it, and a room listener on
 * `host` that serves only the join page, the app, and that one plan to participants who joined with the code.
 */
export async function startWorkshop(options: StartWorkshopOptions): Promise<RunningWorkshop> {
  const log = options.log ?? ((message: string) => console.error(message));
  const library = openLibrary(options.libraryPath);
  const cleanups: (() => unknown)[] = [() => library.close()];
  try {
    const service = createPlanService(library);
    const found = findPlan(await service.listAccounts({}), options.plan);
    const planId = found.plan.id;
    const participants = new Participants(createJoinCode());
    const joinRole = options.joinRole ?? 'customer';
    // Subscribed before any live channel, so a change's customer form is ready when the channel delivers it.
    const customer = followCustomerView(service, planId);
    cleanups.push(customer.stop);

    let roomPort = 0;
    const roomHost = () => `${options.host}:${roomPort}`;
    const roomOrigin = () => `http://${roomHost()}`;
    const isRoomOrigin = (origin: string | undefined) => origin === undefined || origin === roomOrigin();

    const callerOf = (token: string | undefined): ApiCaller | null => {
      if (!participants.holding(token)) return null;
      return {
        async call(method, input) {
          // Checked again at each call: a participant removed meanwhile is refused at once.
          const participant = participants.holding(token);
          if (!participant) throw new AtlasError('refused', 'You are no longer in this workshop.');
          const decision = participantCall(participant.role, planId, method, input);
          if (!decision.allowed) throw refusal(decision.message);
          const output = await service.call(method, decision.input, { author: participant.name });
          if (decision.readOnly) {
            const status = output as { readOnly: boolean };
            return status.readOnly ? status : decision.readOnly;
          }
          return decision.shape ? decision.shape(output) : output;
        },
      };
    };

    const accessOf = (participant: Participant): LiveAccess => ({
      holder: participant.id,
      mayFollow: (id) => id === planId,
      shape(changedPlan, change) {
        const now = participants.get(participant.id);
        if (!now || changedPlan !== planId) return null;
        return now.role === 'customer' ? customer.messageFor(change) : { type: 'changes', planId, changes: [change] };
      },
      get reloadToCatchUp() {
        return participants.get(participant.id)?.role === 'customer';
      },
    });

    const room = createServer((req, res) => {
      handleRoom(req, res).catch((thrown: unknown) => {
        if (res.headersSent) res.destroy();
        else sendThrown(res, thrown, log);
      });
    });
    const roomLive = attachLiveChannel({
      server: room,
      service,
      token: '',
      port: () => roomPort,
      log,
      authorize: (token) => {
        const participant = participants.holding(token);
        return participant ? accessOf(participant) : null;
      },
      isAllowedHost: (host) => host === roomHost(),
      isAllowedOrigin: isRoomOrigin,
      onConnectionsChange: () => tellPresence(),
    });

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
        await handleApiRequest(req, res, path, {
          service,
          token: '',
          port: roomPort,
          log,
          maxBodyBytes: 1024 * 1024,
          callerFor: callerOf,
          isAllowedOrigin: isRoomOrigin,
        });
        return;
      }
      await handleStaticRequest(req, res, path, options.rendererDir);
    };

    const wrongCodes = new Map<string, { since: number; count: number }>();
    const tooManyWrongCodes = (address: string): boolean => {
      const entry = wrongCodes.get(address);
      if (!entry || Date.now() - entry.since > WRONG_CODES.windowMs) return false;
      return entry.count >= WRONG_CODES.tries;
    };
    const countWrongCode = (address: string) => {
      const entry = wrongCodes.get(address);
      if (!entry || Date.now() - entry.since > WRONG_CODES.windowMs) wrongCodes.set(address, { since: Date.now(), count: 1 });
      else entry.count += 1;
    };

    const handleJoin = async (req: IncomingMessage, res: ServerResponse, codeInAddress: string): Promise<void> => {
      const planTitle = found.plan.title;
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
        if (tooManyWrongCodes(address)) throw new AtlasError('refused', 'Too many wrong join codes from this computer; wait a minute and try again.');
        const body = await readSmallBody(req);
        if (!participants.codeMatches(body.code)) countWrongCode(address);
        participant = participants.join(body.code, body.name, joinRole);
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
      tellPresence();
      if (asForm) {
        res.writeHead(303, { Location: appAddress, 'Cache-Control': 'no-store', 'Content-Length': 0, 'Referrer-Policy': 'no-referrer' });
        res.end();
        return;
      }
      sendResult(res, { participantId: participant.id, name: participant.name, role: participant.role, token: participant.token, planId, address: appAddress });
    };

    const hostServer = await serveService({
      service,
      rendererDir: options.rendererDir,
      port: 0,
      log,
      routes: async (req, res, path, guard) => {
        if (!path.startsWith(WORKSHOP_CONTROL_PREFIX)) return false;
        if (req.method !== 'POST') {
          sendError(res, 'invalid-input', 'Workshop controls must use POST.', { status: 405, headers: { Allow: 'POST' } });
          return true;
        }
        if (!isOwnOrigin(req.headers.origin, guard.port)) {
          sendError(res, 'refused', 'Requests from other web sites are refused.');
          return true;
        }
        if (!tokenMatches(req.headers[TOKEN_HEADER], guard.token)) {
          sendError(res, 'refused', 'Only the host controls the workshop.', { status: 401 });
          return true;
        }
        try {
          sendResult(res, await control(path.slice(WORKSHOP_CONTROL_PREFIX.length), await readSmallBody(req)));
        } catch (error) {
          sendThrown(res, error, log);
        }
        return true;
      },
    });
    cleanups.push(() => hostServer.close(), () => closeSharedChromium());

    const tellPresence = () => {
      const message: LiveServerMessage = { type: 'presence', people: participants.present(roomLive.holders(), 'Host') };
      roomLive.broadcast(message);
      hostServer.broadcastLive(message);
    };

    let ended: Promise<void> | null = null;
    const end = () => {
      ended ??= new Promise<void>((resolve) => {
        participants.end();
        roomLive.close();
        room.close(() => resolve());
        room.closeAllConnections();
        hostServer.broadcastLive({ type: 'presence', people: participants.present(new Set(), 'Host') });
        log('The workshop has ended.');
      });
      return ended;
    };

    const status = () => ({
      planId,
      planTitle: found.plan.title,
      joinCode: participants.joinCode,
      joinUrl,
      joinQrSvg,
      ended: participants.hasEnded,
      participants: participants.list(roomLive.holders()),
    });

    const control = async (action: string, body: Record<string, unknown>): Promise<unknown> => {
      const id = typeof body.participantId === 'string' ? body.participantId : '';
      switch (action) {
        case 'status':
          return status();
        case 'setRole': {
          if (!isWorkshopRole(body.role)) throw new AtlasError('invalid-input', 'The role must be edit, view or customer.');
          const participant = participants.setRole(id, body.role);
          // Their window loads the plan again as the new role may see it.
          roomLive.broadcast({ type: 'reload', planId, revision: service.readPlan(planId).revision ?? 0 }, participant.id);
          tellPresence();
          return status();
        }
        case 'remove': {
          const participant = participants.remove(id);
          roomLive.closeHolder(participant.id);
          log(`${participant.name} was removed from the workshop.`);
          tellPresence();
          return status();
        }
        case 'end':
          await end();
          return status();
        default:
          throw new AtlasError('not-found', `There is no workshop control named "${action}".`);
      }
    };

    try {
      roomPort = await listenOn(room, options.port ?? 0, options.host);
    } catch (error) {
      roomLive.close();
      if (error instanceof Error && 'code' in error && error.code === 'EADDRNOTAVAIL') {
        throw new AtlasError('invalid-input', `${options.host} is not an address of this machine; give one of its network addresses with --host.`);
      }
      if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
        throw new AtlasError('invalid-input', `Port ${options.port} is already in use on ${options.host}; choose another with --port, or 0 for any free port.`);
      }
      throw error;
    }
    const joinUrl = `http://${roomHost()}/join?code=${participants.joinCode}`;
    const joinQrSvg = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(joinUrl, { type: 'svg', margin: 1 })).toString('base64')}`;
    return {
      hostServer,
      hostUrl: `${hostServer.url}#/plans/${planId}`,
      planId,
      planTitle: found.plan.title,
      joinCode: participants.joinCode,
      joinUrl,
      roomPort,
      joinQrSvg,
      end,
      close: async () => {
        await end();
        for (const cleanup of cleanups.reverse()) await cleanup();
      },
    };
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup();
    throw error;
  }
}
