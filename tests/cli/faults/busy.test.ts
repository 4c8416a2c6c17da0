import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, atlas, sha256, tempFolder, userErrorLine } from '../helpers.ts';

describe('a library another program keeps locked', () => {
  const folder = tempFolder();
  const library = join(folder.dir, 'atlas.db');
  const planFile = join(folder.dir, 'plan.json');
  afterAll(() => folder.remove());

  it('makes a CLI change wait, then give up with one line and exit 1; reading still works', async () => {
    expect(atlas(['demo', '--data', library]).status).toBe(0);
    expect(atlas(['export', 'Northwind', '--format', 'json', '--out', planFile, '--data', library]).status).toBe(0);
    // Another program takes the write lock and keeps it until it is stopped.
    const holder = spawn(
      process.execPath,
      ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(library)}); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setInterval(() => {}, 1000);`],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const before = sha256(library);
      const started = Date.now();
      expect(userErrorLine(atlas(['import', planFile, '--data', library]))).toBe('atlas: The library is busy in another program; try again.');
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
      // Reading never waits for the lock.
      const reading = Date.now();
      expect(atlas(['list', '--data', library]).stdout).toMatch(/73 nodes/);
      expect(Date.now() - reading).toBeLessThan(4_500);
      expect(sha256(library)).toBe(before);
    } finally {
      holder.kill('SIGKILL');
    }
    expect(atlas(['import', planFile, '--data', library]).status).toBe(0);
  });
});
