import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import type { WebSocket as ServerSocket } from 'ws';
import type { DesktopBridge } from '../../../shared/desktop.ts';
import type { LiveServerMessage } from '../../../shared/live.ts';
import type { PresentPerson, PresenceUpdate, WorkshopSelf } from '../../../shared/workshop.ts';
import { desktopFeed, webSocketFeed } from '../../../renderer/live/liveFeed.ts';
import type { LiveFeed, LiveState, PlanFollower } from '../../../renderer/live/liveFeed.ts';
import { createWorkshopStore } from '../../../renderer/live/workshopStore.ts';

const PLAN = 'plan-1';
const OTHER_PLAN = 'plan-2';
const ANA: WorkshopSelf = { id: 'p-ana', name: 'Ana', colour: '#c2410c', role: 'edit' };
const people = (selection: string[]): PresentPerson[] => [
  { id: 'host', name: 'Hana', colour: '#1d4ed8', role: 'host', selection: [], editing: null },
  { ...ANA, selection, editing: null },
];
const presence = (selection: string[], planId = PLAN): PresenceUpdate => ({ type: 'presence', planId, selection, editing: null, view: null, viewport: null });

/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A follower that records what the feed tells it. */
function recordingFollower() {
  const states: LiveState[] = [];
  const follower: PlanFollower = { revision: () => 0, changes: () => 'ok', reload: () => undefined, state: (state) => void states.push(state) };
  return { follower, states };
}

describe('the live feed over a WebSocket, in a workshop', () => {
  let server: WebSocketServer;
  let baseUrl = '';
  let connections: { socket: ServerSocket; received: { type: string }[] }[] = [];
  /** Every socket the feed opened; `closed` settles once the feed's own close handling has run. */
  let clientSockets: { socket: WebSocket; closed: Promise<void> }[] = [];
  let reconnects = 0;
  let stop = () => {};

  beforeAll(async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('connection', (socket) => {
      const connection = { socket, received: [] as { type: string }[] };
      socket.on('message', (data) => connection.received.push(JSON.parse(String(data)) as { type: string }));
      connections.push(connection);
    });
    const BaseSocket = globalThis.WebSocket;
    vi.stubGlobal(
      'WebSocket',
      class RecordingSocket extends BaseSocket {
        constructor(url: string | URL) {
          super(url);
          // Listeners run in order and the feed adds its own after this one: a microtask runs after all of them.
          const closed = new Promise<void>((resolve) => this.addEventListener('close', () => queueMicrotask(resolve)));
          clientSockets.push({ socket: this, closed });
        }
      },
    );
  });

  afterEach(() => {
    stop();
    connections = [];
    clientSockets = [];
    reconnects = 0;
  });

  afterAll(async () => {
    vi.unstubAllGlobals();
    for (const client of server.clients) client.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const open = (workshop = createWorkshopStore()) => {
    const feed: LiveFeed = webSocketFeed({
      baseUrl,
      token: 'token-1',
      workshop,
      setTimer: ((callback: () => void) => {
        reconnects += 1;
        return setTimeout(callback, 0);
      }) as typeof setTimeout,
    });
    const { follower, states } = recordingFollower();
    stop = feed.follow(PLAN, follower);
    return { feed, workshop, states };
  };
  const tell = (index: number, message: LiveServerMessage) => connections[index]!.socket.send(JSON.stringify(message));

  it("fills the workshop store from 'you' and 'presence' of the plan it follows, not another plan's", async () => {
    const { workshop } = open();
    await until(() => connections[0]?.received.length === 1, 'the subscription');
    tell(0, { type: 'you', planId: PLAN, you: ANA });
    tell(0, { type: 'presence', planId: OTHER_PLAN, people: people(['x']), host: { view: 'coverage', viewport: null } });
    tell(0, { type: 'presence', planId: PLAN, people: people(['n1']), host: { view: 'map', viewport: { x: 1, y: 2, zoom: 1 } } });
    await until(() => workshop.getState().people.length === 2, 'the presence');
    expect(workshop.getState()).toMatchObject({ planId: PLAN, you: ANA, people: people(['n1']), host: { view: 'map', viewport: { x: 1, y: 2, zoom: 1 } }, farewell: null });
  });

  it('sends presence after subscribing, keeps the latest while disconnected and tells it again once reconnected', async () => {
    const { feed, states } = open();
    feed.sendPresence(presence(['early']));
    await until(() => connections[0]?.received.length === 2, 'the subscription and the presence');
    expect(connections[0]!.received).toEqual([{ type: 'subscribe', planId: PLAN, afterRevision: 0 }, presence(['early'])]);

    feed.sendPresence(presence(['n1', 'n2']));
    feed.sendPresence(presence(['elsewhere'], OTHER_PLAN));
    await until(() => connections[0]!.received.length === 3, 'the second presence');
    expect(connections[0]!.received[2]).toEqual(presence(['n1', 'n2']));

    connections[0]!.socket.terminate();
    await clientSockets[0]!.closed;
    expect(states).toContain('offline');
    feed.sendPresence(presence(['while away']));
    await until(() => connections[1]?.received.length === 2, 'the resubscription and the latest presence');
    expect(connections[1]!.received).toEqual([{ type: 'subscribe', planId: PLAN, afterRevision: 0 }, presence(['while away'])]);
    // Nothing was sent for the plan the window does not follow.
    expect(connections.flatMap((connection) => connection.received).filter((message) => JSON.stringify(message).includes(OTHER_PLAN))).toEqual([]);
    expect(reconnects).toBe(1);
  });

  it('after a farewell keeps the sentence, says the feed has ended and never reconnects', async () => {
    const { workshop, states } = open();
    await until(() => connections[0]?.received.length === 1, 'the subscription');
    tell(0, { type: 'you', planId: PLAN, you: ANA });
    tell(0, { type: 'presence', planId: PLAN, people: people([]), host: { view: null, viewport: null } });
    tell(0, { type: 'farewell', reason: 'removed', message: 'The host removed you from the workshop.' });
    await clientSockets[0]!.closed;
    expect(workshop.getState()).toMatchObject({ farewell: 'The host removed you from the workshop.', people: [] });
    expect(states.at(-1)).toBe('ended');
    expect(states).not.toContain('offline');
    expect(reconnects).toBe(0);
    expect(connections).toHaveLength(1);
  });

  it('forgets the workshop when the plan closes', async () => {
    const { workshop } = open();
    await until(() => connections[0]?.received.length === 1, 'the subscription');
    tell(0, { type: 'you', planId: PLAN, you: ANA });
    await until(() => workshop.getState().you !== null, "'you'");
    workshop.getState().setProjector(true);
    stop();
    expect(workshop.getState()).toMatchObject({ planId: null, you: null, people: [], farewell: null, projector: true });
    await clientSockets[0]!.closed;
    expect(reconnects).toBe(0);
  });
});

describe('the live feed in the desktop app, in a workshop', () => {
  function fakeBridge() {
    const listeners = new Set<(message: Extract<LiveServerMessage, { type: 'presence' | 'you' }>) => void>();
    const sent: PresenceUpdate[] = [];
    const bridge: DesktopBridge = {
      onMenuCommand: () => () => undefined,
      onPlanChanges: () => () => undefined,
      onWorkshopMessage(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      sendPresence: (update) => void sent.push(update),
      setFullScreen: async () => undefined,
      openExternal: async () => undefined,
      saveFile: async () => null,
    };
    return { bridge, listeners, sent, tell: (message: Extract<LiveServerMessage, { type: 'presence' | 'you' }>) => listeners.forEach((listener) => listener(message)) };
  }

  it('hears presence over IPC for the plan it follows and sends presence for that plan only', async () => {
    const { bridge, listeners, sent, tell } = fakeBridge();
    const workshop = createWorkshopStore();
    const feed = desktopFeed(bridge, { listChanges: async () => ({ changes: [], revision: 0 }) } as never, { workshop });
    const stopFollowing = feed.follow(PLAN, recordingFollower().follower);
    tell({ type: 'you', planId: PLAN, you: { ...ANA, id: 'host', role: 'host' } });
    tell({ type: 'presence', planId: OTHER_PLAN, people: people(['x']), host: { view: null, viewport: null } });
    expect(workshop.getState().people).toEqual([]);
    tell({ type: 'presence', planId: PLAN, people: people(['n1']), host: { view: 'map', viewport: null } });
    expect(workshop.getState()).toMatchObject({ planId: PLAN, you: { id: 'host', role: 'host' }, people: people(['n1']) });

    feed.sendPresence(presence(['n1']));
    feed.sendPresence(presence(['x'], OTHER_PLAN));
    expect(sent).toEqual([presence(['n1'])]);

    stopFollowing();
    expect(listeners.size).toBe(0);
    expect(workshop.getState().you).toBeNull();
    feed.sendPresence(presence(['n2']));
    expect(sent).toHaveLength(1);
  });
});
