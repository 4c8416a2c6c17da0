import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `electron/cli/atlas.ts` lives. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** What one run of the CLI produced. */
export interface AtlasRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node electron/cli/atlas.ts ...args` as a real process (Node 22 under vitest), without ATLAS_DATA unless given. */
export function atlas(args: readonly string[], env: Record<string, string> = {}): AtlasRun {
  const { ATLAS_DATA: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['electron/cli/atlas.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder and a function that removes it. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SHA-256 of a file's bytes. */
export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Asserts the shape of a user error: exit 1 and exactly one `atlas: ` line on stderr, no stack. */
export function userErrorLine(run: AtlasRun): string {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  if (run.status !== 1 || lines.length !== 1 || !lines[0]!.startsWith('atlas: ')) {
    throw new Error(`Expected exit 1 with one "atlas:" line, got exit ${run.status} and stderr:\n${run.stderr}`);
  }
  return lines[0]!;
}
