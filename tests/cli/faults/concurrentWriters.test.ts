import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, atlas, tempFolder } from '../helpers.ts';
import { callApi, fakeRenderer, startServerProcess } from './processes.ts';
import type { ApiAnswer, ServerProcess } from './processes.ts';

const RUN_MS = 10_000;
const CLIENTS = 20;

/** Runs `atlas import` again and again until `until`; resolves to the exit code and stderr of every run. */
async function importLoop(library: string, planFile: string, until: number): Promise<{ code: number | null; stderr: string }[]> {
  const runs: { code: number | null; stderr: string }[] = [];
  while (Date.now() < until) {
    runs.push(
      await new Promise((resolve) => {
        const child = spawn(process.execPath, ['electron/cli/atlas.ts', 'import', planFile, '--data', library], {
          cwd: REPO,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('exit', (code) => resolve({ code, stderr }));
      }),
    );
  }
  return runs;
}

describe('several writers on one library: two servers, a looping CLI import and 20 clients', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  const planFile = join(folder.dir, 'plan.json');
  const servers: ServerProcess[] = [];
  let planId = '';
  let rootId = '';

  beforeAll(async () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', library]).status).toBe(0);
    const renderer = fakeRenderer(folder.dir);
    servers.push(await startServerProcess(library, renderer), await startServerProcess(library, renderer));
    const accounts = (await callApi(servers[0]!, 'listAccounts', {})).body.result as { plans: { id: string }[] }[];
    planId = accounts[0]!.plans[0]!.id;
    const plan = (await callApi(servers[0]!, 'loadPlan', { planId })).body.result as { nodes: { id: string; kind: string }[] };
    rootId = plan.nodes.find((node) => node.kind === 'account')!.id;
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    folder.remove();
  });

  it('answers every call and every import without an error of any kind', { timeout: 60_000 }, async () => {
    const until = Date.now() + RUN_MS;
    const failures: string[] = [];
    const acknowledged: string[] = [];
    let calls = 0;
    const check = (method: string, answer: ApiAnswer): void => {
      calls += 1;
      if (answer.status !== 200) failures.push(`${method}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    };
    const client = async (index: number): Promise<void> => {
      const server = servers[index % servers.length]!;
      for (let step = 0; Date.now() < until; step += 1) {
        if (step % 4 === 0) {
          const id = `c${index}-${step}`;
          const answer = await callApi(server, 'applyPatch', {
            planId,
            upsertNodes: [{ id, kind: 'topic', label: `Client ${index} note ${step}`, parentId: rootId, data: {}, position: { x: step, y: index } }],
          });
          check('applyPatch', answer);
          if (answer.status === 200) acknowledged.push(id);
        } else if (step % 4 === 1) {
          check('listAccounts', await callApi(server, 'listAccounts', {}));
        } else if (step % 4 === 2) {
          check('loadPlan', await callApi(server, 'loadPlan', { planId }));
        } else {
          check('createAccount', await callApi(server, 'createAccount', { name: `Client ${index} account ${step}` }));
        }
      }
    };
    const [imports] = await Promise.all([
      importLoop(library, planFile, until),
      ...Array.from({ length: CLIENTS }, (_, index) => client(index)),
    ]);

    const failedImports = imports.filter((run) => run.code !== 0);
    console.log(`${calls} HTTP calls, ${imports.length} imports, ${failures.length + failedImports.length} errors in ${RUN_MS / 1000} s`);
    expect(failures).toEqual([]);
    expect(failedImports).toEqual([]);
    expect(imports.length).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(CLIENTS * 4);
    for (const server of servers) expect(server.stderr()).toBe('');

    const db = new Database(library, { readonly: true });
    const stored = new Set(db.prepare('SELECT id FROM nodes WHERE plan_id = ?').pluck().all(planId) as string[]);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
