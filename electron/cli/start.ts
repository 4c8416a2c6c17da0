import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, runBuild } from './build.ts';
import { runServe } from './serve.ts';

/** How long Electron must stay up before we trust that it started. */
const STARTUP_GRACE_MS = 3000;

/** Whether Electron came up (and its exit code to wait for), or why it could not. */
export type Launch = { started: true; exitCode: Promise<number> } | { started: false; reason: string };

/**
 * Finds the Electron binary the way the electron package does, without its fallback of downloading one
 * (requiring the electron package would try the network when the binary is missing).
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativeBinary = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && relativeBinary === undefined) return { missing: 'the Electron binary was not downloaded' };
  const binary = override ? join(override, relativeBinary ?? 'electron') : join(packageDir, 'dist', relativeBinary!);
  return existsSync(binary) ? binary : { missing: `the Electron binary is missing at ${binary}` };
}

/** Starts the desktop app; reports it as not started when the binary is missing, there is no display, or it dies at once. */
export function launchElectron(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Launch> {
  const binary = electronBinary(env);
  if (typeof binary !== 'string') return Promise.resolve({ started: false, reason: binary.missing });
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return Promise.resolve({ started: false, reason: 'no display is available' });
  }
  return new Promise((resolve) => {
    const child = spawn(binary, [PROJECT_ROOT, ...args], { stdio: 'inherit', env });
    const exited = new Promise<number>((resolveExit) => child.once('exit', (code) => resolveExit(code ?? 1)));
    const timer = setTimeout(() => resolve({ started: true, exitCode: exited }), STARTUP_GRACE_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ started: false, reason: error.message });
    });
    void exited.then((code) => {
      if (code === 0) return;
      clearTimeout(timer);
      resolve({ started: false, reason: `Electron exited with code ${code} while starting` });
    });
  });
}

/** `npm start`: builds, runs the desktop app, or browser mode when the Electron runtime cannot run here. */
export async function runStart(argv: string[]): Promise<number> {
  await runBuild();
  const launch = await launchElectron(argv);
  if (launch.started) return launch.exitCode;
  console.log(`Electron runtime not available here (${launch.reason}); starting browser mode instead.`);
  return runServe(argv.includes('--open') ? argv : [...argv, '--open']);
}

if (import.meta.main) {
  try {
    process.exitCode = await runStart(process.argv.slice(2));
  } catch (error) {
    console.error(`Account Atlas could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
