import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import QRCode from 'qrcode';
import type { ApiParsedInput } from '../../../shared/api.ts';
import { AtlasError } from '../../../shared/errors.ts';
import type { LiveServerMessage } from '../../../shared/live.ts';
import type { NetworkAddress, PresenceUpdate, WorkshopStatus } from '../../../shared/workshop.ts';
import type { PlanService, WorkshopHandlers } from '../../backend/service.ts';
import type { ApiCaller } from './apiRoute.ts';
import type { LiveConnection, LivePresenceHooks } from './liveSocket.ts';
import { Participants, createJoinCode } from './participants.ts';
import { refuseLockedChange } from './workshopCalls.ts';
import { followWorkshopPlan } from './workshopPlan.ts';
import type { WorkshopPlan } from './workshopPlan.ts';
import { HOST_HOLDER, WorkshopPresence } from './workshopPresence.ts';
import { openRoom } from './workshopRoom.ts';
import type { Room } from './workshopRoom.ts';

/** What the workshop host needs. */
export interface WorkshopHostOptions {
  service: PlanService;
  /** The built app, served to participants. */
  rendererDir: string;
  log?: (message: string) => void;
  /** This machine's network interfaces (os.networkInterfaces unless given). */
  interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** One of the host's own windows that has no live channel (the desktop app's): presence reaches it by a function. */
export interface HostWindow {
  /** Tells the workshop this window's selection, editing, view and viewport (validated by the caller). */
  update(update: PresenceUpdate): void;
  /** The window closed or loaded again. */
  close(): void;
}

/** The host side of workshops, for the desktop app and browser mode alike. */
export interface WorkshopHost {
  /** The contract's workshop methods (attached to the service by `createWorkshopHost`). */
  handlers: WorkshopHandlers;
  /** The live channel hooks of the host's own server: its windows' presence (browser mode). */
  hostPresence: LivePresenceHooks;
  /** A window without a live channel; `send` gets the 'you' and 'presence' messages for it. */
  connectWindow(send: (message: Extract<LiveServerMessage, { type: 'presence' | 'you' }>) => void): HostWindow;
  /** The service as the host's windows call it: a change that runs into a participant's editing lock is refused. */
  hostCaller: ApiCaller;
  /** Ends a running workshop and detaches the handlers from the service. */
  close(): Promise<void>;
}

/** A running workshop. */
interface Running {
  planId: string;
  hostName: string;
  address: string;
  joinRole: ApiParsedInput<'startWorkshop'>['joinRole'];
  plan: WorkshopPlan;
  participants: Participants;
  presence: WorkshopPresence;
  room: Room;
  joinUrl: string;
  joinQrSvg: string;
  ended: Promise<void> | null;
}

const NOT_RUNNING = 'No workshop is running; start one first.';
const REMOVED: LiveServerMessage = { type: 'farewell', reason: 'removed', message: 'The host removed you from the workshop.' };
const ENDED: LiveServerMessage = { type: 'farewell', reason: 'ended', message: 'The workshop has ended.' };

/** The IPv4 addresses of this machine on its networks (not loopback), for the host to pick the room's. */
export function roomAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): NetworkAddress[] {
  return Object.entries(interfaces).flatMap(([interfaceName, addresses]) =>
    (addresses ?? []).filter((entry) => (entry.family === 'IPv4' || (entry.family as unknown) === 4) && !entry.internal).map((entry) => ({ address: entry.address, interfaceName })),
  );
}

/**
 * Creates the workshop host of one plan service and attaches its workshop methods to it. One workshop runs at a time;
 * its room listener exists only while it runs. The host's own windows follow its presence through `hostPresence`
 * (a live channel) or `connectWindow` (the desktop app).
 */
export function createWorkshopHost(options: WorkshopHostOptions): WorkshopHost {
  const { service } = options;
  const log = options.log ?? ((message: string) => console.error(message));
  const hostConnections = new Set<LiveConnection>();
  let running: Running | null = null;
  let starting = false;

  const runningNow = (): Running => {
    if (!running || running.ended) throw new AtlasError('conflict', NOT_RUNNING);
    return running;
  };

  const status = (): WorkshopStatus => {
    if (!running || running.ended) return { running: false };
    const { planId, hostName, address, joinRole, plan, participants, presence, room, joinUrl, joinQrSvg } = running;
    return {
      running: true,
      planId,
      planTitle: plan.title(),
      hostName,
      address,
      port: room.port,
      joinCode: participants.joinCode,
      joinUrl,
      joinQrSvg,
      joinRole,
      participants: participants.list(presence.connectedParticipants()),
    };
  };

  const start = async (input: ApiParsedInput<'startWorkshop'>): Promise<WorkshopStatus> => {
    if (running || starting) {
      const title = running?.plan.title();
      throw new AtlasError('conflict', title === undefined ? 'A workshop is starting already.' : `A workshop is already running on “${title}”; end it before starting another.`);
    }
    starting = true;
    let plan: WorkshopPlan | null = null;
    try {
      let presence: WorkshopPresence | null = null;
      plan = followWorkshopPlan(service, input.planId, (removed) => presence?.planChanged(removed));
      const participants = new Participants(createJoinCode());
      presence = new WorkshopPresence({ plan, participants, hostName: input.hostName, hostConnections: () => hostConnections });
      const room = await openRoom({ service, plan, participants, presence, address: input.host, port: input.port, rendererDir: options.rendererDir, joinRole: input.joinRole, log });
      const joinUrl = `http://${input.host}:${room.port}/join?code=${participants.joinCode}`;
      const joinQrSvg = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(joinUrl, { type: 'svg', margin: 1 })).toString('base64')}`;
      running = { planId: input.planId, hostName: input.hostName, address: input.host, joinRole: input.joinRole, plan, participants, presence, room, joinUrl, joinQrSvg, ended: null };
      presence.greetHost();
      log(`The workshop on "${plan.title()}" is open at ${joinUrl}`);
      return status();
    } catch (error) {
      plan?.stop();
      throw error;
    } finally {
      starting = false;
    }
  };

  const end = async (): Promise<WorkshopStatus> => {
    const current = running;
    if (!current) return { running: false };
    current.ended ??= (async () => {
      current.participants.end();
      current.presence.end();
      await current.room.close(ENDED);
      current.plan.stop();
      running = null;
      log('The workshop has ended.');
    })();
    await current.ended;
    return { running: false };
  };

  const handlers: WorkshopHandlers = {
    workshopAddresses: () => roomAddresses(options.interfaces?.()),
    startWorkshop: start,
    workshopStatus: status,
    setParticipantRole({ participantId, role }) {
      const current = runningNow();
      const participant = current.participants.setRole(participantId, role);
      current.presence.roleChanged(participant);
      // Their window loads the plan again as the new role may see it.
      current.room.live.broadcast({ type: 'reload', planId: current.planId, revision: service.readPlan(current.planId).revision ?? 0 }, participant.id);
      return status();
    },
    removeParticipant({ participantId }) {
      const current = runningNow();
      const participant = current.participants.remove(participantId);
      current.presence.removed(participant.id);
      void current.room.live.closeHolder(participant.id, REMOVED);
      log(`${participant.name} was removed from the workshop.`);
      return status();
    },
    endWorkshop: end,
  };
  const detach = service.attachWorkshop(handlers);

  const hostPresence: LivePresenceHooks = {
    opened(connection) {
      hostConnections.add(connection);
      if (running && !running.ended && connection.follows(running.planId)) running.presence.subscribed(connection, running.planId);
    },
    subscribed: (connection, planId) => running?.presence.subscribed(connection, planId),
    update: (connection, update) => running?.presence.update(connection, update),
    closed(connection) {
      hostConnections.delete(connection);
      running?.presence.left(HOST_HOLDER);
    },
  };

  return {
    handlers,
    hostPresence,
    connectWindow(send) {
      const connection: LiveConnection = {
        holder: HOST_HOLDER,
        subscribes: false,
        // The desktop window hears every plan's changes; it picks the messages about the plan it shows.
        follows: () => true,
        send: (message) => {
          if (message.type === 'presence' || message.type === 'you') send(message);
        },
        sendJson: (json) => connection.send(JSON.parse(json) as LiveServerMessage),
      };
      hostPresence.opened(connection);
      let open = true;
      return {
        update: (update) => {
          if (open) hostPresence.update(connection, update);
        },
        close: () => {
          if (open) hostPresence.closed(connection);
          open = false;
        },
      };
    },
    hostCaller: {
      async call(method, input) {
        if (method === 'applyPatch' && running && !running.ended) {
          const { plan, presence } = running;
          refuseLockedChange({ service, plan, locks: () => presence.locks() }, HOST_HOLDER, input);
        }
        return service.call(method, input);
      },
    },
    async close() {
      await end();
      detach();
    },
  };
}
