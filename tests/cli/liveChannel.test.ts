import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeSocket } from 'ws';
import { startServer } from '../../electron/cli/serve.ts';
import type { RunningServer } from '../../electron/cli/serve.ts';
import { webSocketFeed } from '../../renderer/live/liveFeed.ts';
import type { LiveState } from '../../renderer/live/liveFeed.ts';
import { LIVE_CATCH_UP_LIMIT, LIVE_MAX_MESSAGE_BYTES, LIVE_PATH } from '../../shared/live.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { LoggedChange } from '../../shared/patch.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
let server: RunningServer;
let planId = '';
let rootId = '';

async function api<T>(method: string, body: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { result: T; error?: { message: string } };
  if (!response.ok) throw new Error(json.error?.message);
  return json.result;
}

/** A raw WebSocket with the headers a test chooses, and every message it receives. */
function connect(options: { token?: string | null; origin?: string; host?: string } = {}) {
  const url = new URL(LIVE_PATH, server.baseUrl.replace('http', 'ws'));
  if (options.token !== null) url.searchParams.set('token', options.token ?? server.token);
  const headers: Record<string, string> = {};
  if (options.origin) headers.origin = options.origin;
  if (options.host) headers.host = options.host;
  const socket = new NodeSocket(url, { headers });
  const received: LiveServerMessage[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as LiveServerMessage));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  return { socket, received, opened, closed };
}

/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const revisions = (messages: readonly LiveServerMessage[]) =>
  messages.flatMap((message) => (message.type === 'changes' ? message.changes.map((change) => change.revision) : []));

const rename = (label: string) => api('applyPatch', { planId, updateNodes: [{ id: rootId, label }] });

beforeAll(async () => {
  const rendererDir = folder.path('renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
  server = await startServer({ libraryPath: folder.path('atlas.db'), port: 0, rendererDir, log: () => undefined });
  const account = await api<{ id: string }>('createAccount', { name: 'Globex' });
  planId = (await api<{ id: string }>('createPlan', { accountId: account.id, title: 'FY27' })).id;
  rootId = (await api<{ nodes: { id: string }[] }>('loadPlan', { planId })).nodes[0]!.id;
});
afterAll(async () => {
  await server.close();
  folder.cleanup();
});

describe('the live channel', () => {
  it('refuses a wrong or missing token, another origin and another host name', async () => {
    await expect(connect({ token: 'nope' }).opened).rejects.toThrow('HTTP 401');
    await expect(connect({ token: null }).opened).rejects.toThrow('HTTP 401');
    await expect(connect({ origin: 'http://evil.example' }).opened).rejects.toThrow('HTTP 403');
    await expect(connect({ host: `attacker.example:${server.port}` }).opened).rejects.toThrow('HTTP 403');
  });

  it('sends what was missed since a revision, then every accepted change in order', async () => {
    await rename('Globex 1');
    await rename('Globex 2');
    const client = connect();
    await client.opened;
    client.socket.send(JSON.stringify({ type: 'subscribe', planId, afterRevision: 1 }));
    await until(() => revisions(client.received).includes(2), 'the missed revision 2');
    await rename('Globex 3');
    await until(() => revisions(client.received).includes(3), 'the live revision 3');
    expect(revisions(client.received)).toEqual([2, 3]);
    const last = client.received.at(-1) as Extract<LiveServerMessage, { type: 'changes' }>;
    expect(last.changes[0]?.change).toEqual({ updateNodes: [{ id: rootId, label: 'Globex 3' }] });
    client.socket.close();
  });

  it('asks a client too far behind to reload, and answers nonsense with a sentence', async () => {
    const client = connect();
    await client.opened;
    client.socket.send('{"type":"hello"}');
    client.socket.send(JSON.stringify({ type: 'subscribe', planId, afterRevision: 999_999 }));
    await until(() => client.received.length >= 2, 'two answers');
    expect(client.received[0]).toEqual({ type: 'error', message: 'The live channel takes subscribe, unsubscribe and presence messages only.' });
    expect(client.received[1]).toMatchObject({ type: 'reload', planId });
    expect(LIVE_CATCH_UP_LIMIT).toBeGreaterThan(0);
    client.socket.close();
  });

  it('closes a connection that sends too much or too often', async () => {
    const big = connect();
    await big.opened;
    big.socket.send('x'.repeat(LIVE_MAX_MESSAGE_BYTES + 1));
    expect(await big.closed).toBe(1009);
    const chatty = connect();
    await chatty.opened;
    for (let i = 0; i < 25; i += 1) chatty.socket.send(JSON.stringify({ type: 'unsubscribe', planId }));
    expect(await chatty.closed).toBe(1008);
  });

  it("the renderer's feed reconnects by itself after the server drops it, and catches up from its revision", async () => {
    const states: LiveState[] = [];
    const heard: LoggedChange[] = [];
    let revision = (await api<{ revision: number }>('listChanges', { planId })).revision;
    const feed = webSocketFeed({ baseUrl: server.baseUrl, token: server.token });
    const stop = feed.follow(planId, {
      revision: () => revision,
      changes(entries) {
        for (const entry of entries) {
          if (entry.revision <= revision) continue;
          if (entry.revision !== revision + 1) return 'gap';
          heard.push(entry);
          revision = entry.revision;
        }
        return 'ok';
      },
      reload: () => undefined,
      state: (state) => states.push(state),
    });
    try {
      await until(() => states.at(-1) === 'live', 'the feed to connect');
      await rename('Globex live');
      await until(() => heard.some((entry) => entry.change.updateNodes?.[0]?.label === 'Globex live'), 'the live rename');

      server.dropLiveConnections();
      await until(() => states.includes('offline'), 'the feed to notice the drop');
      await rename('Globex while away');
      await until(() => states.at(-1) === 'live' && heard.some((entry) => entry.change.updateNodes?.[0]?.label === 'Globex while away'), 'the catch-up');
      expect(heard.map((entry) => entry.revision)).toEqual([...new Set(heard.map((entry) => entry.revision))].sort((a, b) => a - b));
    } finally {
      stop();
    }
  });
});
