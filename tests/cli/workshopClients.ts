import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { connect as connectTcp } from 'node:net';
import { WebSocket as NodeSocket } from 'ws';
import { TOKEN_HEADER } from '../../shared/http.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import { REPO } from './helpers.ts';

/** Waits (bounded) until `check` holds. */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One contract call over HTTP: the status and the parsed body. */
export async function callApi(base: string, token: string, method: string, body: unknown = {}): Promise<{ status: number; json: any; text: string }> {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text), text };
}

/** A live-channel connection and everything it received (parsed, and as text). */
export interface LiveClient {
  socket: NodeSocket;
  received: LiveServerMessage[];
  texts: string[];
  closed: Promise<number>;
  send(message: unknown): void;
  /** The latest message of a type, once it satisfies `check` (presence messages tell the whole state, so only the latest counts). */
  waitFor<T extends LiveServerMessage['type']>(type: T, check?: (message: Extract<LiveServerMessage, { type: T }>) => boolean, what?: string): Promise<Extract<LiveServerMessage, { type: T }>>;
  of<T extends LiveServerMessage['type']>(type: T): Extract<LiveServerMessage, { type: T }>[];
}

/** Opens the live channel at `wsBase` with a token (and subscribes to `planId` when given). */
export async function openLive(wsBase: string, token: string, planId?: string, afterRevision = 0): Promise<LiveClient> {
  const socket = new NodeSocket(`${wsBase}/api/live?token=${token}`);
  const received: LiveServerMessage[] = [];
  const texts: string[] = [];
  socket.on('message', (data) => {
    texts.push(String(data));
    received.push(JSON.parse(String(data)) as LiveServerMessage);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
  const of = <T extends LiveServerMessage['type']>(type: T) => received.filter((message): message is Extract<LiveServerMessage, { type: T }> => message.type === type);
  const client: LiveClient = {
    socket,
    received,
    texts,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    of,
    async waitFor(type, check = () => true, what = type) {
      let found: ReturnType<typeof of<typeof type>>[number] | undefined;
      await until(() => {
        const latest = of(type).at(-1);
        found = latest !== undefined && check(latest as never) ? latest : undefined;
        return found !== undefined;
      }, what);
      return found as never;
    },
  };
  if (planId) client.send({ type: 'subscribe', planId, afterRevision });
  return client;
}

/** What a TCP connection to the address gets: 'connected', or the error code (ECONNREFUSED once nothing listens). */
export function tcpAnswer(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connectTcp({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/** `atlas serve` as a real process on a stub app; resolves once it printed its address. */
export async function spawnServe(libraryPath: string, rendererDir: string): Promise<{ child: ChildProcess; base: string; token: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['electron/cli/atlas.ts', 'serve', '--port', '0', '--data', libraryPath], {
    cwd: REPO,
    env: { ...process.env, ATLAS_DATA: '', ATLAS_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (data) => (stdout += String(data)));
  child.stderr!.on('data', (data) => (stderr += String(data)));
  const pattern = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/;
  await until(() => pattern.test(stdout) || child.exitCode !== null, 'atlas serve to start', 30_000);
  const match = pattern.exec(stdout);
  if (!match) throw new Error(`atlas serve did not start: ${stderr}`);
  return {
    child,
    base: match[1]!,
    token: match[2]!,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await until(() => child.exitCode !== null, 'atlas serve to stop').catch(() => child.kill('SIGKILL'));
      }
      return child.exitCode;
    },
  };
}
