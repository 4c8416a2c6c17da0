import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlas, tempFolder } from '../helpers.ts';
import { callApi, fakeRenderer, startServerProcess } from './processes.ts';

const ROUNDS = 3;
const CLIENTS = 8;

describe('kill -9 of a server during a burst of patches', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  let planId = '';
  let rootId = '';

  beforeAll(() => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    const db = new Database(library, { readonly: true });
    planId = db.prepare('SELECT id FROM plans').pluck().get() as string;
    rootId = db.prepare("SELECT id FROM nodes WHERE kind = 'account'").pluck().get() as string;
    db.close();
  });
  afterAll(() => folder.remove());

  it('loses no acknowledged edit and leaves the library whole', { timeout: 90_000 }, async () => {
    const renderer = fakeRenderer(folder.dir);
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const server = await startServerProcess(library, renderer);
      let killed = false;
      const client = async (index: number): Promise<void> => {
        for (let step = 0; step < 2000 && !killed; step += 1) {
          const id = `r${round}-c${index}-${step}`;
          try {
            const answer = await callApi(server, 'applyPatch', {
              planId,
              upsertNodes: [{ id, kind: 'topic', label: `Burst ${id}`, parentId: rootId, data: {} }],
            });
            if (answer.status === 200) acknowledged.push(id);
          } catch {
            return; // The server is gone: this edit was never acknowledged.
          }
        }
      };
      const burst = Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
      // Kill once the burst is well under way (a condition, not a fixed wait).
      const before = acknowledged.length;
      const deadline = Date.now() + 30_000;
      while (acknowledged.length < before + 300 && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
      expect(acknowledged.length).toBeGreaterThanOrEqual(before + 300);
      server.child.kill('SIGKILL');
      killed = true;
      await burst;
      await server.stop();
      expect(server.child.signalCode).toBe('SIGKILL');
    }
    const db = new Database(library, { readonly: true });
    const stored = new Set(db.prepare('SELECT id FROM nodes WHERE plan_id = ?').pluck().all(planId) as string[]);
    console.log(`${acknowledged.length} acknowledged edits over ${ROUNDS} kills`);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(atlas(['check', '--data', library]).status).toBe(0);
  });
});
