import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlas, sha256, tempFolder, userErrorLine } from '../helpers.ts';
import { RUNNING_AS_ROOT } from './otherUser.ts';
import { callApi, fakeRenderer, startServerProcess } from './processes.ts';

const DISK_FULL = 'The disk is full: free some space; nothing was lost.';

/** Fills the file system holding `folder` with `filler` until not one more block fits. */
function fill(filler: string): void {
  const block = Buffer.alloc(4096, 1);
  const chunks: Buffer[] = [];
  for (;;) {
    try {
      writeFileSync(filler, Buffer.concat([...chunks, block]));
      chunks.push(block);
    } catch {
      return;
    }
  }
}

const skipReason = RUNNING_AS_ROOT ? null : 'mounting a small tmpfs needs root (CI runs as root)';
if (skipReason) console.log(`Skipping the full-disk tests: ${skipReason}.`);

describe.skipIf(skipReason !== null)('a full disk: one sentence, nothing lost, writes resume once space is freed', () => {
  const folder = tempFolder();
  const mount = join(folder.dir, 'small-disk');
  const source = join(folder.dir, 'source.db');
  const planFile = join(folder.dir, 'plan.json');
  const library = join(mount, 'atlas.db');
  const filler = join(mount, 'filler.bin');

  beforeAll(() => {
    expect(atlas(['demo', '--data', source]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', source]).status).toBe(0);
    mkdirSync(mount);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { encoding: 'utf8' });
    expect(mounted.status, mounted.stderr).toBe(0);
    copyFileSync(source, library);
  });
  afterAll(() => {
    spawnSync('umount', [mount]);
    folder.remove();
  });

  it('says the disk is full for the CLI and the server, keeps every stored edit, and writes again after space is freed', async () => {
    const server = await startServerProcess(library, fakeRenderer(folder.dir));
    try {
      const accounts = (await callApi(server, 'listAccounts', {})).body.result as { plans: { id: string }[] }[];
      const planId = accounts[0]!.plans[0]!.id;
      const plan = (await callApi(server, 'loadPlan', { planId })).body.result as { nodes: { id: string; kind: string }[] };
      const rootId = plan.nodes.find((node) => node.kind === 'account')!.id;
      const note = (id: string) => ({
        planId,
        upsertNodes: [{ id, kind: 'topic', label: `Note ${id} ${'x'.repeat(400)}`, parentId: rootId, data: {} }],
      });
      expect((await callApi(server, 'applyPatch', note('before'))).status).toBe(200);

      fill(filler);
      expect(statfsSync(mount).bfree).toBeLessThan(2);
      // Write until SQLite needs a page the disk has not got (the WAL may have some room left at first).
      const acknowledged = ['before'];
      let answer = await callApi(server, 'applyPatch', note('full-0'));
      for (let attempt = 1; answer.status === 200 && attempt < 200; attempt += 1) {
        acknowledged.push(`full-${attempt - 1}`);
        answer = await callApi(server, 'applyPatch', note(`full-${attempt}`));
      }
      expect(answer.status).toBe(507);
      expect(answer.body.error).toEqual({ code: 'disk-full', message: DISK_FULL });
      expect(userErrorLine(atlas(['import', planFile, '--data', library]))).toBe(`atlas: ${DISK_FULL}`);

      rmSync(filler);
      expect((await callApi(server, 'applyPatch', note('after'))).status).toBe(200);
      const stored = (await callApi(server, 'loadPlan', { planId })).body.result as { nodes: { id: string }[] };
      const ids = new Set(stored.nodes.map((node) => node.id));
      expect([...acknowledged, 'after'].filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await server.stop();
    }
    expect(server.stderr()).toBe('');
    expect(atlas(['import', planFile, '--data', library]).status).toBe(0);
    const db = new Database(library, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('opening a library on a full disk says the disk is full, never that the library is damaged', () => {
    const second = join(mount, 'second.db');
    copyFileSync(source, second);
    const before = sha256(second);
    fill(filler);
    try {
      for (const args of [['list'], ['check'], ['import', planFile]]) {
        expect(userErrorLine(atlas([...args, '--data', second])), args.join(' ')).toBe(`atlas: ${DISK_FULL}`);
      }
    } finally {
      rmSync(filler);
    }
    expect(sha256(second)).toBe(before);
    expect(atlas(['list', '--data', second]).stdout).toMatch(/73 nodes/);
  });
});
