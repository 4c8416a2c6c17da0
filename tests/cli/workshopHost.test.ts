import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { customerView } from '../../shared/document/editions.ts';
import type { PlanDocument } from '../../shared/model.ts';
import { PRESENCE_INTERVAL_MS, lockRefusal } from '../../shared/workshop.ts';
import type { WorkshopStatus } from '../../shared/workshop.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { callApi, openLive, spawnServe, tcpAnswer, until } from './workshopClients.ts';
import type { LiveClient } from './workshopClients.ts';

const ROOM = '127.0.0.2';
const folder = tempFolder('atlas-workshop-host-');
let serve: Awaited<ReturnType<typeof spawnServe>>;
let planId = '';
let planTitle = '';
let otherPlanId = '';
let full: PlanDocument;
let shown: PlanDocument;

type Running = Extract<WorkshopStatus, { running: true }>;
const host = async (method: string, body: unknown = {}) => {
  const { status, json } = await callApi(serve.base, serve.token, method, body);
  if (status !== 200) throw new Error(`${method}: ${status} ${JSON.stringify(json)}`);
  return json.result;
};
const hostRefusal = async (method: string, body: unknown = {}) => {
  const { status, json } = await callApi(serve.base, serve.token, method, body);
  return { status, message: json.error?.message as string | undefined };
};

interface Person {
  id: string;
  token: string;
  live: LiveClient;
}

async function join(workshop: Running, name: string): Promise<Person> {
  const response = await fetch(`http://${ROOM}:${workshop.port}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: workshop.joinCode, name }),
  });
  const { result } = (await response.json()) as { result: { token: string; participantId: string } };
  const live = await openLive(`ws://${ROOM}:${workshop.port}`, result.token, planId);
  return { id: result.participantId, token: result.token, live };
}

const presenceOf = (live: LiveClient, check: (people: { id: string; selection: string[]; editing: string | null }[]) => boolean, what: string) =>
  live.waitFor('presence', (message) => check(message.people), what);

const presence = (selection: string[], editing: string | null = null, view: string | null = null, viewport: { x: number; y: number; zoom: number } | null = null) => ({
  type: 'presence',
  planId,
  selection,
  editing,
  view,
  viewport,
});

beforeAll(async () => {
  const library = openLibrary(folder.path('atlas.db'));
  const service = createPlanService(library);
  planId = (await service.createSamplePlan({})).planId;
  full = await service.loadPlan({ planId });
  planTitle = full.plan.title;
  shown = customerView(full);
  const account = await service.createAccount({ name: 'Initech Other' });
  otherPlanId = (await service.createPlan({ accountId: account.id, title: 'Unrelated plan' })).id;
  library.close();
  const rendererDir = folder.path('renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
  serve = await spawnServe(folder.path('atlas.db'), rendererDir);
}, 60_000);

afterAll(async () => {
  await serve?.stop();
  folder.cleanup();
});

describe('workshops started from the app through the contract (atlas serve, a real process; the room on 127.0.0.2)', () => {
  it('starts a workshop on the address given, refuses a second one, and after the end nothing answers on the room address', async () => {
    expect(await host('workshopStatus')).toEqual({ running: false });
    const addresses = (await host('workshopAddresses')) as { address: string; interfaceName: string }[];
    expect(addresses.every((entry) => /^\d+\.\d+\.\d+\.\d+$/.test(entry.address) && !entry.address.startsWith('127.'))).toBe(true);

    const started = (await host('startWorkshop', { planId, host: ROOM, joinRole: 'edit', hostName: 'Hana' })) as Running;
    expect(started).toMatchObject({ running: true, planId, planTitle, hostName: 'Hana', address: ROOM, joinRole: 'edit', participants: [] });
    expect(started.joinUrl).toBe(`http://${ROOM}:${started.port}/join?code=${started.joinCode}`);
    expect(Buffer.from(started.joinQrSvg.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8')).toMatch(/^<svg /);
    expect(await host('workshopStatus')).toEqual(started);
    expect((await fetch(started.joinUrl)).status).toBe(200);

    const second = await hostRefusal('startWorkshop', { planId: otherPlanId, host: ROOM });
    expect(second).toEqual({ status: 409, message: `A workshop is already running on “${planTitle}”; end it before starting another.` });

    // A participant reaches none of the host's controls.
    const ana = await join(started, 'Ana');
    for (const [method, body] of [
      ['workshopStatus', {}],
      ['workshopAddresses', {}],
      ['setParticipantRole', { participantId: ana.id, role: 'edit' }],
      ['removeParticipant', { participantId: ana.id }],
      ['endWorkshop', {}],
      ['startWorkshop', { planId, host: ROOM }],
    ] as const) {
      const refused = await callApi(`http://${ROOM}:${started.port}`, ana.token, method, body);
      expect(refused.status, method).toBe(403);
      expect(refused.json.error.message, method).toBe('Only the host controls the workshop.');
    }
    await until(() => ana.live.of('you').length > 0, 'Ana to be told who she is');
    expect((await host('workshopStatus')).participants).toEqual([{ id: ana.id, name: 'Ana', role: 'edit', colour: expect.stringMatching(/^#[0-9a-f]{6}$/), connected: true }]);

    expect(await host('endWorkshop')).toEqual({ running: false });
    expect(await host('workshopStatus')).toEqual({ running: false });
    expect(await ana.live.closed).toBe(4000);
    expect(await tcpAnswer(ROOM, started.port)).toBe('ECONNREFUSED');
    // Ending twice is no error; the host's own server goes on.
    expect(await host('endWorkshop')).toEqual({ running: false });
    expect((await host('loadPlan', { planId })).plan.id).toBe(planId);
  }, 60_000);

  it('says in one sentence what is wrong with an address or a port', async () => {
    const badAddress = await hostRefusal('startWorkshop', { planId, host: 'room.example' });
    expect(badAddress.status).toBe(400);
    expect(badAddress.message).toContain('expected an IPv4 address of this machine, such as 192.168.1.20');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, ROOM, resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      expect(await hostRefusal('startWorkshop', { planId, host: ROOM, port })).toEqual({
        status: 400,
        message: `Port ${port} is already in use on ${ROOM}; choose another with --port, or 0 for any free port.`,
      });
    } finally {
      taken.close();
    }
    expect(await hostRefusal('startWorkshop', { planId: 'no-such-plan', host: ROOM })).toMatchObject({ status: 404 });
    expect(await host('workshopStatus')).toEqual({ running: false });
    expect(await hostRefusal('removeParticipant', { participantId: 'p1' })).toEqual({ status: 409, message: 'No workshop is running; start one first.' });
  });

  it('tells everyone who is here, what they select and edit, keeps editing locks first come first served, and says farewell', async () => {
    const stakeholders = shown.nodes.filter((node) => node.kind === 'stakeholder');
    const [dana, second] = [stakeholders[0]!, stakeholders[1]!];
    const internal = full.nodes.find((node) => !shown.nodes.some((visible) => visible.id === node.id))!;
    expect(internal).toBeDefined();

    // Before any workshop, the host's live channel neither answers nor keeps presence.
    const hostLive = await openLive(serve.base.replace('http', 'ws'), serve.token, planId, full.revision ?? 0);
    hostLive.send(presence([internal.id], null, 'map', { x: 1, y: 2, zoom: 1 }));
    const workshop = (await host('startWorkshop', { planId, host: ROOM, joinRole: 'edit', hostName: 'Hana' })) as Running;
    expect((await hostLive.waitFor('you')).you).toEqual({ id: 'host', name: 'Hana', colour: expect.any(String), role: 'host' });
    const firstPresence = await hostLive.waitFor('presence');
    // Nothing about presence came before the workshop started: its first such message is 'you'.
    expect(hostLive.received.find((message) => message.type === 'presence' || message.type === 'you')?.type).toBe('you');
    expect(firstPresence.people[0]).toMatchObject({ id: 'host', name: 'Hana', role: 'host', selection: [], editing: null });
    expect(firstPresence.host).toEqual({ view: null, viewport: null });

    const ana = await join(workshop, 'Ana');
    const bo = await join(workshop, 'Bo');
    const cy = await join(workshop, 'Cy');
    await host('setParticipantRole', { participantId: cy.id, role: 'customer' });
    expect((await ana.live.waitFor('you')).you).toMatchObject({ id: ana.id, name: 'Ana', role: 'edit' });
    await cy.live.waitFor('you', (message) => message.you.role === 'customer', 'Cy to be told she has the customer view');
    await presenceOf(hostLive, (people) => people.map((person) => person.id).join() === ['host', ana.id, bo.id, cy.id].join(), 'everyone, host first');

    // A selection reaches the others and the host; only the host's view and viewport are passed on.
    ana.live.send(presence([dana.id, internal.id], null, 'orgChart', { x: 9, y: 9, zoom: 2 }));
    for (const other of [bo.live, hostLive]) await presenceOf(other, (people) => people.find((person) => person.id === ana.id)?.selection.join() === [dana.id, internal.id].join(), "Ana's selection");
    await presenceOf(cy.live, (people) => people.find((person) => person.id === ana.id)?.selection.join() === dana.id, "Ana's selection as the customer view shows it");
    hostLive.send(presence([], null, 'map', { x: 10, y: 20, zoom: 1.5 }));
    const followed = await bo.live.waitFor('presence', (message) => message.host.view === 'map', "the host's view");
    expect(followed.host).toEqual({ view: 'map', viewport: { x: 10, y: 20, zoom: 1.5 } });

    // Editing locks: Ana first, Bo's claim does not take it, and changes to the node are refused to everyone else.
    ana.live.send(presence([dana.id], dana.id));
    await presenceOf(bo.live, (people) => people.find((person) => person.id === ana.id)?.editing === dana.id, "Ana's lock");
    bo.live.send(presence([dana.id], dana.id));
    await presenceOf(hostLive, (people) => people.find((person) => person.id === bo.id)?.selection.join() === dana.id, "Bo's update");
    const afterClaim = (await hostLive.waitFor('presence')).people;
    expect(afterClaim.find((person) => person.id === ana.id)?.editing).toBe(dana.id);
    expect(afterClaim.find((person) => person.id === bo.id)?.editing).toBeNull();
    const sentence = lockRefusal('Ana', dana.label);
    const boRename = await callApi(`http://${ROOM}:${workshop.port}`, bo.token, 'applyPatch', { planId, updateNodes: [{ id: dana.id, label: 'Renamed by Bo' }] });
    expect([boRename.status, boRename.json.error?.message]).toEqual([403, sentence]);
    expect(await hostRefusal('applyPatch', { planId, updateNodes: [{ id: dana.id, data: { notes: 'by the host' } }] })).toEqual({ status: 403, message: sentence });
    // Moving the node stays allowed; the holder's own change goes through; a participant's viewport is not saved.
    const moved = await callApi(`http://${ROOM}:${workshop.port}`, bo.token, 'applyPatch', { planId, positions: [{ id: dana.id, x: 5, y: 5 }], viewport: { x: 777, y: 777, zoom: 3 } });
    expect(moved.status, moved.text).toBe(200);
    expect((await host('loadPlan', { planId })).viewport).toEqual(full.viewport);
    const anaRename = await callApi(`http://${ROOM}:${workshop.port}`, ana.token, 'applyPatch', { planId, updateNodes: [{ id: dana.id, label: 'Dana (by Ana)' }] });
    expect(anaRename.status, anaRename.text).toBe(200);

    // A lock goes when its holder stops editing; then the next one may take it.
    ana.live.send(presence([], null));
    bo.live.send(presence([dana.id], dana.id));
    await presenceOf(hostLive, (people) => people.find((person) => person.id === bo.id)?.editing === dana.id, "Bo's lock once Ana let go");
    // It goes too when its holder's connection closes.
    bo.live.socket.close();
    await presenceOf(hostLive, (people) => !people.some((person) => person.id === bo.id) && people.every((person) => person.editing === null), 'Bo gone with his lock');
    expect((await host('applyPatch', { planId, updateNodes: [{ id: dana.id, label: 'Dana (by the host)' }] })).revision).toBeGreaterThan(0);

    // The customer view never hears of an internal node, whoever selects or edits it.
    ana.live.send(presence([internal.id, second.id], internal.id));
    await presenceOf(hostLive, (people) => people.find((person) => person.id === ana.id)?.editing === internal.id, "Ana editing an internal node");
    await presenceOf(cy.live, (people) => people.find((person) => person.id === ana.id)?.selection.join() === second.id, "Ana's latest selection, as Cy may see it");
    expect(cy.live.of('presence').every((message) => message.people.every((person) => person.editing !== internal.id && !person.selection.includes(internal.id)))).toBe(true);
    expect(cy.live.texts.join('\n')).not.toContain(internal.id);
    expect(hostLive.texts.join('\n')).toContain(internal.id);

    // A node deleted while someone edits it takes their lock with it.
    const leaf = shown.nodes.find((node) => node.kind !== 'account' && ![dana.id, second.id].includes(node.id) && !full.nodes.some((child) => child.parentId === node.id))!;
    ana.live.send(presence([leaf.id], leaf.id));
    await presenceOf(hostLive, (people) => people.find((person) => person.id === ana.id)?.editing === leaf.id, 'Ana editing the leaf');
    await host('applyPatch', { planId, deleteNodes: [leaf.id] });
    await presenceOf(hostLive, (people) => people.find((person) => person.id === ana.id)?.editing === null, "Ana's lock gone with the node");

    // Presence updates have their own rate limit, and are passed on at most once per 100 ms.
    const heardBefore = hostLive.of('presence').length;
    const burstStart = Date.now();
    for (let index = 0; index < 30; index += 1) ana.live.send(presence([stakeholders[index % stakeholders.length]!.id]));
    ana.live.send(presence([second.id]));
    await presenceOf(hostLive, (people) => people.find((person) => person.id === ana.id)?.selection.join() === second.id && people.find((person) => person.id === ana.id)?.editing === null, 'the end of the burst');
    const burstMs = Date.now() - burstStart;
    expect(hostLive.of('presence').length - heardBefore).toBeLessThanOrEqual(Math.ceil(burstMs / 100) + 1);
    expect(ana.live.socket.readyState).toBe(ana.live.socket.OPEN);
    expect(PRESENCE_INTERVAL_MS).toBeGreaterThanOrEqual(100);

    // A role change: 'you' first, then the reload.
    await host('setParticipantRole', { participantId: ana.id, role: 'view' });
    await ana.live.waitFor('reload');
    const roleMessages = ana.live.received.filter((message) => message.type === 'you' || message.type === 'reload').slice(-2);
    expect(roleMessages.map((message) => message.type)).toEqual(['you', 'reload']);
    expect(roleMessages[0]).toMatchObject({ you: { id: ana.id, role: 'view' } });

    // Removed: a farewell, then the socket closes; the token is refused at once.
    await host('removeParticipant', { participantId: cy.id });
    expect(await cy.live.closed).toBe(4000);
    expect(cy.live.received.at(-1)).toEqual({ type: 'farewell', reason: 'removed', message: 'The host removed you from the workshop.' });
    expect((await callApi(`http://${ROOM}:${workshop.port}`, cy.token, 'loadPlan', { planId })).status).toBe(401);
    await presenceOf(hostLive, (people) => people.map((person) => person.id).join() === ['host', ana.id].join(), 'Cy gone');

    // Ended: a farewell to every participant, and the host hears that only the host is left.
    await host('endWorkshop');
    expect(await ana.live.closed).toBe(4000);
    expect(ana.live.received.at(-1)).toEqual({ type: 'farewell', reason: 'ended', message: 'The workshop has ended.' });
    const last = await hostLive.waitFor('presence', (message) => message.people.length === 1, 'the host alone');
    expect(last.people).toEqual([expect.objectContaining({ id: 'host', selection: [], editing: null })]);
    expect(await tcpAnswer(ROOM, workshop.port)).toBe('ECONNREFUSED');
    hostLive.socket.close();
  }, 60_000);

  it('closes a connection that floods presence updates', async () => {
    const workshop = (await host('startWorkshop', { planId, host: ROOM })) as Running;
    const flooder = await join(workshop, 'Flo');
    for (let index = 0; index < 101; index += 1) flooder.live.send(presence([]));
    expect(await flooder.live.closed).toBe(1008);
    await host('endWorkshop');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    expect(await serve.stop()).toBe(0);
  });
});
