import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as connectTcp } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeSocket } from 'ws';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { PlanDocument } from '../../shared/model.ts';
import { containsWords, internalValues } from '../backend/export/forbiddenValues.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { REPO, atlas, userErrorLine } from './helpers.ts';

const ROOM_ADDRESS = '127.0.0.2';
const NOTES_SECRET = 'Workshop-Secret-Notes-9921';
const LABEL_SECRET = 'Workshop-Secret-Label-4417';

const folder = tempFolder('atlas-workshop-');
const libraryPath = folder.path('atlas.db');
let child: ChildProcess;
let stdout = '';
let planId = '';
let otherPlanId = '';
let full: PlanDocument;
let hostBase = '';
let hostToken = '';
let roomBase = '';
let roomPort = 0;
let joinCode = '';

/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One participant's view of the room: every response body and live message they received, as text. */
interface Person {
  name: string;
  token: string;
  participantId: string;
  traffic: string[];
  live: LiveServerMessage[];
  socket?: NodeSocket;
  closed?: Promise<number>;
}

async function call(base: string, token: string, method: string, body: unknown, traffic?: string[]): Promise<{ status: number; json: any }> {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  traffic?.push(text);
  return { status: response.status, json: JSON.parse(text) };
}

const host = async (method: string, body: unknown = {}) => {
  const { status, json } = await call(hostBase, hostToken, method, body);
  if (status !== 200) throw new Error(`${method}: ${status} ${JSON.stringify(json)}`);
  return json.result;
};
const as = (person: Person, method: string, body: unknown) => call(roomBase, person.token, method, body, person.traffic);

async function join(name: string): Promise<Person> {
  const response = await fetch(`${roomBase}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: joinCode, name }),
  });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const { result } = JSON.parse(text) as { result: { token: string; participantId: string } };
  return { name, token: result.token, participantId: result.participantId, traffic: [text], live: [] };
}

async function openLive(person: Person, afterRevision: number): Promise<void> {
  const socket = new NodeSocket(`ws://${ROOM_ADDRESS}:${roomPort}/api/live?token=${person.token}`);
  socket.on('message', (data) => {
    person.traffic.push(String(data));
    person.live.push(JSON.parse(String(data)) as LiveServerMessage);
  });
  person.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'subscribe', planId, afterRevision }));
  person.socket = socket;
}

/** A raw request with the Host and Origin headers a test chooses. */
function rawStatus(options: { path: string; method?: string; headers: Record<string, string>; body?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: ROOM_ADDRESS, port: roomPort, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end(options.body);
  });
}

const liveRevision = (person: Person) =>
  Math.max(0, ...person.live.flatMap((message) => (message.type === 'changes' ? message.changes.map((change) => change.revision) : message.type === 'reload' ? [message.revision] : [])));

beforeAll(async () => {
  const library = openLibrary(libraryPath);
  const service = createPlanService(library);
  planId = (await service.createSamplePlan({})).planId;
  full = await service.loadPlan({ planId });
  const account = await service.createAccount({ name: 'Initech Other' });
  otherPlanId = (await service.createPlan({ accountId: account.id, title: 'Unrelated plan' })).id;
  library.close();

  const rendererDir = folder.path('renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
  child = spawn(process.execPath, ['electron/cli/atlas.ts', 'workshop', planId, '--host', ROOM_ADDRESS, '--port', '0', '--data', libraryPath], {
    cwd: REPO,
    env: { ...process.env, ATLAS_DATA: '', ATLAS_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (data) => (stdout += String(data)));
  let stderr = '';
  child.stderr!.on('data', (data) => (stderr += String(data)));
  await until(() => stdout.includes('Join code:') || child.exitCode !== null, 'the workshop to start', 30_000);
  if (!stdout.includes('Join code:')) throw new Error(`atlas workshop did not start: ${stderr}`);
  const hostMatch = /Your own address \(host\): (http:\/\/127\.0\.0\.1:\d+)\/\?token=([A-Za-z0-9_-]+)#\/plans\//.exec(stdout)!;
  [, hostBase, hostToken] = hostMatch as unknown as [string, string, string];
  const joinMatch = /Join address: (http:\/\/127\.0\.0\.2:(\d+))\/join\?code=([A-Z0-9]{6})/.exec(stdout)!;
  roomBase = joinMatch[1]!;
  roomPort = Number(joinMatch[2]);
  joinCode = joinMatch[3]!;
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await until(() => child.exitCode !== null, 'atlas workshop to stop').catch(() => child.kill('SIGKILL'));
  }
  folder.cleanup();
});

describe('atlas workshop (a real process, the room on 127.0.0.2)', () => {
  it('prints the host address and a join address with a six-character code, and nothing else of the library answers', async () => {
    expect(stdout).toContain(`Join code: ${joinCode}`);
    expect(await rawStatus({ path: `/join?code=${joinCode}`, headers: { host: `${ROOM_ADDRESS}:${roomPort}` } })).toBe(200);
    // Host and Origin checks accept exactly the join address.
    expect(await rawStatus({ path: '/join', headers: { host: `127.0.0.1:${roomPort}` } })).toBe(403);
    expect(await rawStatus({ path: '/join', headers: { host: `evil.example:${roomPort}` } })).toBe(403);
    const form = `code=${joinCode}&name=Mallory`;
    const formHeaders = { host: `${ROOM_ADDRESS}:${roomPort}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(form.length) };
    expect(await rawStatus({ path: '/join', method: 'POST', headers: { ...formHeaders, origin: 'http://evil.example' }, body: form })).toBe(403);
    expect(await rawStatus({ path: '/join', method: 'POST', headers: { ...formHeaders, origin: `http://127.0.0.1:${roomPort}` }, body: form })).toBe(403);
    const wrongCode = await fetch(`${roomBase}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'AAAAAA', name: 'Eve' }) });
    expect(wrongCode.status).toBe(403);
    // The host's token means nothing on the room listener; the room has no library.
    expect((await call(roomBase, hostToken, 'listAccounts', {})).status).toBe(401);
    const status = await host('workshopStatus');
    expect(status.participants).toEqual([]);
    expect(Buffer.from(status.joinQrSvg.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8')).toMatch(/^<svg /);
  });

  it('lets two people join by name, one editing and one in the customer view, and keeps the customer view free of internal values', async () => {
    const ana = await join('Ana');
    const cy = await join('Cy');
    await host('setParticipantRole', { participantId: ana.participantId, role: 'edit' });
    expect((await host('workshopStatus')).participants.map((p: { name: string; role: string }) => `${p.name}:${p.role}`)).toEqual(['Ana:edit', 'Cy:customer']);

    const anaPlan = (await as(ana, 'loadPlan', { planId })).json.result as PlanDocument;
    const cyPlan = (await as(cy, 'loadPlan', { planId })).json.result as PlanDocument;
    expect(cyPlan.nodes.length).toBeLessThan(anaPlan.nodes.length);
    await openLive(ana, anaPlan.revision ?? 0);
    await openLive(cy, cyPlan.revision ?? 0);
    const hasPresence = (person: Person) =>
      person.live.some((message) => message.type === 'presence' && ['Ana', 'Cy'].every((name) => message.people.some((present) => present.name === name)));
    await until(() => hasPresence(ana) && hasPresence(cy), 'presence of Ana and Cy');
    expect((await host('workshopStatus')).participants.every((p: { connected: boolean }) => p.connected)).toBe(true);

    const shownStakeholder = cyPlan.nodes.find((node) => node.kind === 'stakeholder')!;
    const hidden = anaPlan.nodes.find((node) => !cyPlan.nodes.some((shown) => shown.id === node.id))!;
    const first = await as(ana, 'applyPatch', { planId, updateNodes: [{ id: shownStakeholder.id, label: 'Dana Whitfield (CFO)', data: { notes: NOTES_SECRET } }] });
    expect(first.status).toBe(200);
    const second = await as(ana, 'applyPatch', { planId, updateNodes: [{ id: hidden.id, label: LABEL_SECRET }] });
    expect(second.status).toBe(200);
    const last = second.json.result.revision as number;
    await until(() => liveRevision(cy) >= last && liveRevision(ana) >= last, 'both changes on the live channel');

    // The customer sees the shared part of the change; the editor sees all of it.
    expect(cy.traffic.join('\n')).toContain('Dana Whitfield (CFO)');
    expect(ana.traffic.join('\n')).toContain(NOTES_SECRET);
    // The change log names the participant, not the host.
    const log = await host('listChanges', { planId, afterRevision: last - 2 });
    expect(log.changes.map((change: { author: string }) => change.author)).toEqual(['Ana', 'Ana']);

    // What the customer view may call, and what it may not.
    expect((await as(cy, 'listAccounts', {})).json.result.map((account: { plans: unknown[] }) => account.plans.length)).toEqual([1]);
    expect((await as(cy, 'libraryStatus', {})).json.result.readOnly).toBe(true);
    const exported = await as(cy, 'exportDocument', { planId, format: 'md', edition: 'internal' });
    expect(exported.status).toBe(200);
    cy.traffic.push(Buffer.from(exported.json.result.base64, 'base64').toString('utf8'));
    for (const [method, body] of [
      ['applyPatch', { planId, updateNodes: [{ id: shownStakeholder.id, label: 'Changed by the customer' }] }],
      ['listChanges', { planId }],
      ['exportPlanFile', { planId }],
      ['exportDocument', { planId, format: 'json' }],
      ['loadPlan', { planId: otherPlanId }],
      ['listBackups', {}],
      ['listTrash', {}],
      ['createAccount', { name: 'Sneaky' }],
    ] as const) {
      expect((await as(cy, method, body)).status, method).toBe(403);
    }
    // The editor reaches only this plan too.
    for (const [method, body] of [
      ['loadPlan', { planId: otherPlanId }],
      ['applyPatch', { planId: otherPlanId, plan: { title: 'Taken over' } }],
      ['listBackups', {}],
      ['importPlanFile', { file: {} }],
      ['deletePlan', { id: planId }],
    ] as const) {
      expect((await as(ana, method, body)).status, method).toBe(403);
    }

    const forbidden = [...internalValues(full), NOTES_SECRET, LABEL_SECRET, hidden.id];
    expect(forbidden.length).toBeGreaterThan(20);
    const cyText = cy.traffic.join('\n');
    expect(forbidden.filter((value) => containsWords(cyText, value))).toEqual([]);
    // The scan can fail: the editor's traffic holds internal values.
    expect(forbidden.filter((value) => containsWords(ana.traffic.join('\n'), value)).length).toBeGreaterThan(10);

    // Removing Cy revokes the token at once and closes the socket.
    await host('removeParticipant', { participantId: cy.participantId });
    await cy.closed;
    expect((await as(cy, 'loadPlan', { planId })).status).toBe(401);
    const refusedSocket = new NodeSocket(`ws://${ROOM_ADDRESS}:${roomPort}/api/live?token=${cy.token}`);
    await expect(
      new Promise((resolve, reject) => {
        refusedSocket.once('open', resolve);
        refusedSocket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
        refusedSocket.once('error', reject);
      }),
    ).rejects.toThrow('HTTP 401');
    expect((await host('workshopStatus')).participants.map((p: { name: string }) => p.name)).toEqual(['Ana']);

    // The host turns Ana's role to the customer view: her window is told to reload, and she sees and may do less.
    const reloadsBefore = ana.live.filter((message) => message.type === 'reload').length;
    await host('setParticipantRole', { participantId: ana.participantId, role: 'customer' });
    await until(() => ana.live.filter((message) => message.type === 'reload').length > reloadsBefore, 'a reload for Ana');
    expect((await as(ana, 'loadPlan', { planId })).json.result.nodes.length).toBe(cyPlan.nodes.length);
    expect((await as(ana, 'applyPatch', { planId, updateNodes: [{ id: shownStakeholder.id, label: 'Not any more' }] })).status).toBe(403);

    // Guessing the code is throttled per computer: after ten wrong codes in a minute even the right one waits.
    const tryCode = (code: string) =>
      fetch(`${roomBase}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'Guesser' }) });
    for (let i = 0; i < 9; i += 1) expect((await tryCode('WWWWWW')).status).toBe(403);
    const throttled = await tryCode(joinCode);
    expect(throttled.status).toBe(403);
    expect(await throttled.text()).toContain('Too many wrong join codes');

    // Ending the workshop closes Ana's socket and the room listener: nothing answers on 127.0.0.2 any more.
    await host('endWorkshop');
    await ana.closed;
    const refused = await new Promise<string>((resolve) => {
      const socket = connectTcp({ host: ROOM_ADDRESS, port: roomPort });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    // The host keeps working on 127.0.0.1, and the participants' changes are in the library.
    const after = (await host('loadPlan', { planId })) as PlanDocument;
    expect(after.nodes.find((node) => node.id === shownStakeholder.id)?.label).toBe('Dana Whitfield (CFO)');
  }, 60_000);

  it('stops on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    await until(() => child.exitCode !== null, 'atlas workshop to stop');
    expect(child.exitCode).toBe(0);
  });
});

describe('atlas workshop refuses bad arguments in one sentence', () => {
  it('names a host that is not an IPv4 address, a bad port and a plan that is not there', () => {
    expect(userErrorLine(atlas(['workshop', planId, '--host', 'room.example', '--data', libraryPath]))).toContain('--host must be an IPv4 address');
    expect(userErrorLine(atlas(['workshop', planId, '--host', ROOM_ADDRESS, '--port', '70000', '--data', libraryPath]))).toContain('--port must be');
    expect(userErrorLine(atlas(['workshop', 'No such plan', '--host', ROOM_ADDRESS, '--data', libraryPath], { ATLAS_RENDERER_DIR: folder.path('renderer') }))).toContain('No plan has the id or title');
    expect(userErrorLine(atlas(['workshop', planId, '--host', ROOM_ADDRESS, '--join-as', 'boss', '--data', libraryPath]))).toContain('--join-as must be one of edit, view, customer');
  });
});
