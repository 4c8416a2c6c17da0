import { spawnSync } from 'node:child_process';
import { REPO } from '../helpers.ts';
import type { AtlasRun } from '../helpers.ts';

/** True when the tests run as root, who can write any file whatever its mode. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

/**
 * The command that runs a program as an unprivileged user: as root, `setpriv` to nobody (65534), since chmod alone
 * does not stop root; otherwise the current user, whom chmod does stop.
 */
export function asOtherUser(program: string, args: readonly string[]): [string, string[]] {
  if (!RUNNING_AS_ROOT) return [program, [...args]];
  return ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', program, ...args]];
}

/** Runs the `atlas` CLI as a user who may read the library but not write it. */
export function atlasAsOtherUser(args: readonly string[]): AtlasRun {
  const { ATLAS_DATA: _ignored, ...env } = process.env;
  const [program, argv] = asOtherUser(process.execPath, ['electron/cli/atlas.ts', ...args]);
  const result = spawnSync(program, argv, { cwd: REPO, encoding: 'utf8', env: { ...env, HOME: '/tmp' }, timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
