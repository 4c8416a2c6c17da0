import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atlas, sha256, tempFolder, userErrorLine } from '../helpers.ts';
import { atlasAsOtherUser } from './otherUser.ts';
import { callApi, fakeRenderer, startServerProcess } from './processes.ts';

/** Commands that only read: each must work on a read-only library. */
const READS: { args: string[]; expect: RegExp }[] = [
  { args: ['check'], expect: /^OK: .*read-only: its (file|folder) cannot be written.* holds 1 account, 1 plan and 73 nodes\.$/m },
  { args: ['list'], expect: /Northwind Logistics \(Strategic\)/ },
  { args: ['show', 'Northwind'], expect: /Dana Whitfield/ },
  { args: ['export', 'Northwind', '--format', 'md', '--out', '-'], expect: /^# Northwind Logistics/m },
  { args: ['export', 'Northwind', '--format', 'json', '--out', '-'], expect: /"title": "Northwind Logistics/ },
];

describe('a read-only library opens read-only: reading works, writing says why, nothing changes', () => {
  const folder = tempFolder();
  const source = join(folder.dir, 'source.db');
  const planFile = join(folder.dir, 'plan.json');
  const cases: { name: string; library: string }[] = [];

  beforeAll(() => {
    expect(atlas(['demo', '--data', source]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', source]).status).toBe(0);
    chmodSync(folder.dir, 0o755);
    chmodSync(planFile, 0o644);
    // The file read-only in a folder the user may write (SQLite makes its -shm index there)…
    const fileFolder = join(folder.dir, 'file-read-only');
    mkdirSync(fileFolder, { mode: 0o777 });
    chmodSync(fileFolder, 0o777);
    copyFileSync(source, join(fileFolder, 'atlas.db'));
    chmodSync(join(fileFolder, 'atlas.db'), 0o444);
    cases.push({ name: 'chmod 444 file', library: join(fileFolder, 'atlas.db') });
    // …and a folder the user may read but not write, where no index can be made (a copy in memory is read).
    const readOnlyFolder = join(folder.dir, 'folder-read-only');
    mkdirSync(readOnlyFolder);
    copyFileSync(source, join(readOnlyFolder, 'atlas.db'));
    chmodSync(join(readOnlyFolder, 'atlas.db'), 0o644);
    chmodSync(readOnlyFolder, 0o555);
    cases.push({ name: 'chmod 555 folder', library: join(readOnlyFolder, 'atlas.db') });
  });
  afterAll(() => {
    chmodSync(join(folder.dir, 'folder-read-only'), 0o755);
    folder.remove();
  });

  it.each([0, 1])('reads and refuses writes in one sentence (case %i)', (index) => {
    const { name, library } = cases[index]!;
    const before = sha256(library);
    for (const read of READS) {
      const run = atlasAsOtherUser([...read.args, '--data', library]);
      expect(run.stderr, `${name}: ${read.args.join(' ')}`).toBe('');
      expect(run.status, `${name}: ${read.args.join(' ')}`).toBe(0);
      expect(run.stdout, `${name}: ${read.args.join(' ')}`).toMatch(read.expect);
    }
    for (const write of [['demo'], ['import', planFile]]) {
      const line = userErrorLine(atlasAsOtherUser([...write, '--data', library]));
      expect(line, `${name}: ${write.join(' ')}`).toMatch(
        /^atlas: The library is read-only \(its (file|folder) cannot be written\): nothing was changed\.$/,
      );
    }
    expect(sha256(library), name).toBe(before);
    expect(atlas(['list', '--data', library]).stdout).toMatch(/73 nodes/);
  });

  it('serves browser mode read-only: the app reads, learns why editing is off, and every write is refused', async () => {
    const { library } = cases[1]!;
    const before = sha256(library);
    const server = await startServerProcess(library, fakeRenderer(join(folder.dir, 'file-read-only')), { asOtherUser: true });
    try {
      expect((await callApi(server, 'libraryStatus', {})).body.result).toEqual({ readOnly: true, reason: 'its folder cannot be written' });
      const accounts = await callApi(server, 'listAccounts', {});
      expect(accounts.status).toBe(200);
      const account = (accounts.body.result as { id: string; plans: { id: string }[] }[])[0]!;
      const plan = await callApi(server, 'loadPlan', { planId: account.plans[0]!.id });
      const nodes = (plan.body.result as { nodes: { id: string }[] }).nodes;
      expect(nodes).toHaveLength(73);
      const writes = await Promise.all([
        callApi(server, 'createAccount', { name: 'Contoso' }),
        callApi(server, 'deleteAccount', { id: account.id }),
        callApi(server, 'applyPatch', { planId: account.plans[0]!.id, positions: [{ id: nodes[0]!.id, x: 1, y: 2 }] }),
      ]);
      for (const write of writes) {
        expect(write.status).toBe(403);
        expect(write.body.error).toEqual({
          code: 'read-only',
          message: 'The library is read-only (its folder cannot be written): nothing was changed.',
        });
      }
    } finally {
      await server.stop();
    }
    expect(server.stderr()).toBe('');
    expect(sha256(library)).toBe(before);
  });

  it('leaves nothing behind in the read-only folder', () => {
    expect(readdirSync(join(folder.dir, 'folder-read-only'))).toEqual(['atlas.db']);
  });
});
