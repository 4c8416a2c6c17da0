import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../shared/api.ts';
import { customerView } from '../../shared/document/editions.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { PlanDocument } from '../../shared/model.ts';
import { lockRefusal } from '../../shared/workshop.ts';
import type { WorkshopStatus } from '../../shared/workshop.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { createWorkshopHost } from '../../electron/cli/server/workshopHost.ts';
import type { WorkshopHost } from '../../electron/cli/server/workshopHost.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { openLive, tcpAnswer, until } from '../cli/workshopClients.ts';
import { FakeBrowserWindow, FakeWebContents, ipcHandlers, ipcListeners } from './fakeElectron.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { setupApiIpc } = await import('../../electron/main/ipc.ts');
const { setupWorkshopIpc } = await import('../../electron/main/workshopIpc.ts');

const ROOM = '127.0.0.2';
const folder = tempFolder('atlas-workshop-ipc-');
let library: Library;
let workshop: WorkshopHost;
let plan: PlanDocument;
const window = new FakeBrowserWindow({});

const trusted = () => ({ sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } });
const stranger = () => {
  const contents = new FakeWebContents();
  return { sender: contents, senderFrame: { ...contents.mainFrame } };
};

async function invoke(channel: string, event: unknown, input: unknown): Promise<any> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler(event, input);
}

function sendPresence(event: unknown, update: unknown): void {
  for (const listener of ipcListeners.get('atlas-desktop:presence') ?? []) listener(event, update);
}

/** What the window was sent on the workshop channel. */
const workshopMessages = () =>
  window.webContents.sent.filter(([channel]) => channel === 'atlas:workshop').map(([, message]) => message as LiveServerMessage);
const lastPresence = () => workshopMessages().findLast((message) => message.type === 'presence') as Extract<LiveServerMessage, { type: 'presence' }> | undefined;

const update = (selection: string[], editing: string | null = null) => ({ type: 'presence', planId: plan.plan.id, selection, editing, view: 'map', viewport: { x: 3, y: 4, zoom: 1 } });

beforeAll(async () => {
  library = openLibrary(folder.path('atlas.db'));
  const service = createPlanService(library);
  plan = await service.loadPlan({ planId: (await service.createSamplePlan({})).planId });
  const rendererDir = folder.path('renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
  workshop = createWorkshopHost({ service, rendererDir, log: () => undefined });
  setupApiIpc(workshop.hostCaller, () => window as never);
  const watchWindow = setupWorkshopIpc(workshop, () => window as never);
  watchWindow(window as never);
  window.webContents.emit('did-finish-load');
});

afterAll(async () => {
  await workshop.close();
  library.close();
  folder.cleanup();
});

describe('the desktop app as a workshop host (IPC)', () => {
  it('answers the workshop methods over IPC and tells the window who it is and who is here', async () => {
    const started = await invoke(ipcChannel('startWorkshop'), trusted(), { planId: plan.plan.id, host: ROOM, joinRole: 'edit', hostName: 'Hana' });
    expect(started, JSON.stringify(started)).toMatchObject({ ok: true, result: { running: true, address: ROOM, hostName: 'Hana' } });
    await until(() => lastPresence() !== undefined, 'presence for the window');
    expect(workshopMessages()[0]).toEqual({ type: 'you', planId: plan.plan.id, you: { id: 'host', name: 'Hana', colour: expect.any(String), role: 'host' } });
    expect(lastPresence()?.people.map((person) => person.id)).toEqual(['host']);

    // The window's presence, validated in main and from our window only.
    const [first, second] = customerView(plan).nodes.filter((node) => node.kind === 'stakeholder');
    sendPresence(stranger(), update([first!.id]));
    sendPresence(trusted(), { ...update([first!.id]), selection: 'everything' });
    sendPresence(trusted(), update([second!.id]));
    await until(() => lastPresence()?.people[0]?.selection[0] === second!.id, "the window's selection");
    expect(lastPresence()?.host).toEqual({ view: 'map', viewport: { x: 3, y: 4, zoom: 1 } });
    expect(workshopMessages().some((message) => message.type === 'presence' && message.people[0]!.selection.includes(first!.id))).toBe(false);

    // A participant's editing lock refuses the host's change to that node, with the sentence.
    const status = started.result as Extract<WorkshopStatus, { running: true }>;
    const joined = (await (
      await fetch(`http://${ROOM}:${status.port}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: status.joinCode, name: 'Ana' }) })
    ).json()) as { result: { token: string; participantId: string } };
    const ana = await openLive(`ws://${ROOM}:${status.port}`, joined.result.token, plan.plan.id, plan.revision ?? 0);
    await ana.waitFor('you');
    ana.send(update([first!.id], first!.id));
    await until(() => lastPresence()?.people.find((person) => person.id === joined.result.participantId)?.editing === first!.id, "Ana's lock in the window");
    const refused = await invoke(ipcChannel('applyPatch'), trusted(), { planId: plan.plan.id, updateNodes: [{ id: first!.id, label: 'By the host' }] });
    expect(refused).toEqual({ ok: false, error: { code: 'refused', message: lockRefusal('Ana', first!.label) } });
    const allowed = await invoke(ipcChannel('applyPatch'), trusted(), { planId: plan.plan.id, updateNodes: [{ id: second!.id, label: 'By the host' }] });
    expect(allowed.ok).toBe(true);

    // A page load is a new window for the workshop: it is told who it is again.
    const yousBefore = workshopMessages().filter((message) => message.type === 'you').length;
    window.webContents.emit('did-finish-load');
    await until(() => workshopMessages().filter((message) => message.type === 'you').length > yousBefore, "'you' after the page loaded");

    const ended = await invoke(ipcChannel('endWorkshop'), trusted(), {});
    expect(ended).toEqual({ ok: true, result: { running: false } });
    expect(await ana.closed).toBe(4000);
    expect(lastPresence()?.people.map((person) => person.id)).toEqual(['host']);
    expect(await tcpAnswer(ROOM, status.port)).toBe('ECONNREFUSED');
    expect(workshopMessages().every((message) => message.type === 'presence' || message.type === 'you')).toBe(true);
  }, 30_000);

  it('refuses the workshop methods to a foreign sender', async () => {
    expect(await invoke(ipcChannel('startWorkshop'), stranger(), { planId: plan.plan.id, host: ROOM })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await invoke(ipcChannel('workshopStatus'), trusted(), {})).toEqual({ ok: true, result: { running: false } });
  });

  it('turns full screen on and off for projector mode, for our window only', async () => {
    expect(await invoke('atlas-desktop:setFullScreen', trusted(), true)).toEqual({ ok: true, result: undefined });
    expect(window.fullScreen).toBe(true);
    expect(await invoke('atlas-desktop:setFullScreen', trusted(), 'yes')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke('atlas-desktop:setFullScreen', stranger(), false)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(window.fullScreen).toBe(true);
    await invoke('atlas-desktop:setFullScreen', trusted(), false);
    expect(window.fullScreen).toBe(false);
  });
});
