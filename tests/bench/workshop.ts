import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { PlanDocument } from '../../shared/model.ts';
import { PRESENCE_INTERVAL_MS } from '../../shared/workshop.ts';
import { resultOf, round } from './results.ts';
import { quantile } from './stats.ts';
import type { BenchResult } from './results.ts';

/** The room's address in the bench: loopback only. */
const ROOM_ADDRESS = '127.0.0.2';

interface Client {
  token: string;
  /** The participant's id in presence. */
  id: string;
  /** What this client last heard of each person's selection (person id → first selected node). */
  seenSelections: Map<string, string>;
  socket: WebSocket;
  /** Node id → label, from the plan as loaded and every change received, in revision order. */
  labels: Map<string, string>;
  revisions: Set<number>;
  duplicates: number;
  gaps: number;
  lastRevision: number;
}

async function until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** CPU time (ms) and resident memory (MB) of a process, from /proc. */
function processUsage(pid: number): { cpuMs: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / 100, rssMb: rssKb / 1024 };
}

/**
 * A workshop under load: `atlas workshop` as a real process with its room on 127.0.0.2, `participants` joined over
 * HTTP, each on the live channel, each renaming its own node once a second for `seconds` while telling its selection
 * every PRESENCE_INTERVAL_MS. Measures the fan-out latency of changes (one client's send to every other client's
 * receipt) and of presence, changes lost or received twice, whether every client's plan equals the library's at the
 * end, and the server's CPU and memory.
 */
export async function benchWorkshop(options: { participants: number; seconds: number; log: (line: string) => void }): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-workshop-'));
  const libraryPath = join(dir, 'atlas.db');
  const library = openLibrary(libraryPath);
  const planId = (await createPlanService(library).createSamplePlan({})).planId;
  library.close();
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Atlas</title>');
  const child = spawn(process.execPath, ['electron/cli/atlas.ts', 'workshop', planId, '--host', ROOM_ADDRESS, '--port', '0', '--join-as', 'edit', '--data', libraryPath], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ATLAS_DATA: '', ATLAS_RENDERER_DIR: join(dir, 'renderer') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout!.on('data', (data) => (stdout += String(data)));
  const clients: Client[] = [];
  try {
    await until(() => stdout.includes('Join code:'), 'the workshop to start', 30_000);
    const [, roomBase, roomPort, code] = /Join address: (http:\/\/127\.0\.0\.2:(\d+))\/join\?code=(\w+)/.exec(stdout)!;
    const [, hostBase, hostToken] = /\(host\): (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(stdout)!;
    const call = async (base: string, token: string, method: string, body: unknown) => {
      const response = await fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(body) });
      const json = (await response.json()) as { result: unknown; error?: { message: string } };
      if (!response.ok) throw new Error(`${method}: ${json.error?.message}`);
      return json.result;
    };

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    /** The latest presence each participant sent: the node it selected, and when. */
    const presenceSent = new Map<string, { nodeId: string; at: number }>();
    const presenceLatencies: number[] = [];
    for (let i = 0; i < options.participants; i += 1) {
      const joined = (await (
        await fetch(`${roomBase}/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: `Participant ${i + 1}` }) })
      ).json()) as { result: { token: string; participantId: string } };
      const token = joined.result.token;
      const plan = (await call(roomBase!, token, 'loadPlan', { planId })) as PlanDocument;
      const socket = new WebSocket(`ws://${ROOM_ADDRESS}:${roomPort}/api/live?token=${token}`);
      const client: Client = { token, id: joined.result.participantId, seenSelections: new Map(), socket, labels: new Map(plan.nodes.map((node) => [node.id, node.label])), revisions: new Set(), duplicates: 0, gaps: 0, lastRevision: plan.revision ?? 0 };
      socket.on('message', (data) => {
        const received = performance.now();
        const message = JSON.parse(String(data)) as LiveServerMessage;
        if (message.type === 'presence') {
          for (const person of message.people) {
            const selected = person.selection[0];
            if (selected === undefined || person.id === client.id || client.seenSelections.get(person.id) === selected) continue;
            client.seenSelections.set(person.id, selected);
            const sent = presenceSent.get(person.id);
            if (sent?.nodeId === selected) presenceLatencies.push(received - sent.at);
          }
          return;
        }
        if (message.type !== 'changes') return;
        for (const change of message.changes) {
          if (client.revisions.has(change.revision)) {
            client.duplicates += 1;
            continue;
          }
          if (change.revision !== client.lastRevision + 1) client.gaps += 1;
          client.revisions.add(change.revision);
          client.lastRevision = Math.max(client.lastRevision, change.revision);
          for (const update of change.change.updateNodes ?? []) if (update.label !== undefined) client.labels.set(update.id, update.label);
          const [sender] = (change.changeId ?? '').split('x');
          const sent = change.changeId ? sentAt.get(change.changeId) : undefined;
          if (sent !== undefined && sender !== `c${clients.indexOf(client)}`) latencies.push(received - sent);
        }
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      socket.send(JSON.stringify({ type: 'subscribe', planId, afterRevision: client.lastRevision }));
      clients.push(client);
    }
    const plan = (await call(hostBase!, hostToken!, 'loadPlan', { planId })) as PlanDocument;
    const targets = plan.nodes.filter((node) => node.kind !== 'account');
    options.log(`workshop: ${options.participants} participants joined; ${options.seconds} s of one change a second each`);

    const before = processUsage(child.pid!);
    const started = performance.now();
    let accepted = 0;
    let refused = 0;
    const senders = clients.map(async (client, index) => {
      const node = targets[index % targets.length]!;
      // Spread the senders over the second so the load is steady, as people typing are.
      await new Promise((resolve) => setTimeout(resolve, (1000 * index) / clients.length));
      for (let second = 0; second < options.seconds; second += 1) {
        const due = started + (1000 * index) / clients.length + second * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const changeId = `c${index}x${second}`;
        sentAt.set(changeId, performance.now());
        try {
          await call(roomBase!, client.token, 'applyPatch', { planId, changeId, updateNodes: [{ id: node.id, label: `${node.label} ${index}.${second}` }] });
          accepted += 1;
        } catch {
          refused += 1;
        }
      }
    });
    // Meanwhile everyone tells their presence as a browser does (at most every PRESENCE_INTERVAL_MS), switching
    // between two selected nodes so every update is news to the others.
    let presenceRunning = true;
    const presenceSenders = clients.map(async (client, index) => {
      await new Promise((resolve) => setTimeout(resolve, (PRESENCE_INTERVAL_MS * index) / clients.length));
      for (let tick = 0; presenceRunning; tick += 1) {
        const nodeId = targets[(index + (tick % 2)) % targets.length]!.id;
        presenceSent.set(client.id, { nodeId, at: performance.now() });
        client.socket.send(JSON.stringify({ type: 'presence', planId, selection: [nodeId], editing: null, view: null, viewport: null }));
        await new Promise((resolve) => setTimeout(resolve, PRESENCE_INTERVAL_MS));
      }
    });
    await Promise.all(senders);
    presenceRunning = false;
    await Promise.all(presenceSenders);
    const elapsedMs = performance.now() - started;
    const after = processUsage(child.pid!);
    const final = (await call(hostBase!, hostToken!, 'loadPlan', { planId })) as PlanDocument;
    const finalRevision = final.revision ?? 0;
    await until(() => clients.every((client) => client.lastRevision >= finalRevision), 'every client to hear the last change', 10_000).catch(() => undefined);
    const expectedPerClient = accepted;
    const lost = clients.reduce((sum, client) => sum + Math.max(0, expectedPerClient - client.revisions.size), 0);
    const duplicates = clients.reduce((sum, client) => sum + client.duplicates, 0);
    const library = new Map(final.nodes.map((node) => [node.id, node.label]));
    const unequal = clients.filter((client) => [...library].some(([id, label]) => client.labels.get(id) !== label && final.nodes.find((node) => node.id === id)?.kind !== 'account')).length;
    const size = options.participants;
    const base = { group: 'workshop' as const, subject: 'ours' as const, size };
    options.log(`workshop: ${accepted} changes accepted, ${refused} refused, ${latencies.length} receipts timed`);
    return [
      {
        ...base,
        unit: 'ms',
        measure: 'workshop-fanout',
        note: `over all ${latencies.length} receipts (send → every other client's receipt); samples: the slowest`,
        median: round(quantile(latencies, 0.5)),
        p95: round(quantile(latencies, 0.95)),
        runs: 1,
        samples: [round(latencies.reduce((slowest, latency) => Math.max(slowest, latency), 0))],
      },
      {
        ...base,
        unit: 'ms',
        measure: 'workshop-presence-fanout',
        note: `over ${presenceLatencies.length} receipts (a selection sent → each other client hears it; presence goes out at most every 100 ms); samples: the slowest`,
        median: round(quantile(presenceLatencies, 0.5)),
        p95: round(quantile(presenceLatencies, 0.95)),
        runs: 1,
        samples: [round(presenceLatencies.reduce((slowest, latency) => Math.max(slowest, latency), 0))],
      },
      resultOf({ ...base, unit: 'count', measure: 'workshop-lost', note: `changes accepted but not received, over ${clients.length} clients; ${refused} refused` }, [lost + refused]),
      resultOf({ ...base, unit: 'count', measure: 'workshop-duplicates', note: 'changes received twice' }, [duplicates]),
      resultOf({ ...base, unit: 'count', measure: 'workshop-unequal-clients', note: 'clients whose labels differ from the library at the end' }, [unequal]),
      resultOf({ ...base, unit: 'ms', measure: 'workshop-server-cpu-per-s', note: 'server CPU time per second of wall time (1000 = one core)' }, [((after.cpuMs - before.cpuMs) * 1000) / elapsedMs]),
      resultOf({ ...base, unit: 'MB', measure: 'workshop-server-rss', note: 'server resident memory at the end' }, [after.rssMb]),
    ];
  } finally {
    for (const client of clients) client.socket.terminate();
    child.kill('SIGTERM');
    await until(() => child.exitCode !== null || child.signalCode !== null, 'atlas workshop to stop', 10_000).catch(() => child.kill('SIGKILL'));
    rmSync(dir, { recursive: true, force: true });
  }
}
