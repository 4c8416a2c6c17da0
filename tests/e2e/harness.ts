import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

/** Flags for Debian's Chromium in a container without a GPU or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A running `atlas serve` with its address, token and library. */
export interface RunningAtlas {
  /** The printed address, token included. */
  url: string;
  token: string;
  /** `http://127.0.0.1:PORT`. */
  baseUrl: string;
  dataPath: string;
  /** Everything the server wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** Stops the server (Ctrl+C) and removes the library if the harness created it. */
  close(): Promise<void>;
}

const RUNNING_LINE = /^Account Atlas is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/;
const STARTUP_TIMEOUT_MS = 60_000;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts browser mode as a user would: `node electron/cli/atlas.ts serve --port 0 --data PATH` in a child
 * process, and reads the address from the line it prints.
 */
export async function startAtlas(options: { dataPath?: string } = {}): Promise<RunningAtlas> {
  const ownFolder = options.dataPath === undefined ? mkdtempSync(join(tmpdir(), 'atlas-e2e-')) : null;
  const dataPath = options.dataPath ?? join(ownFolder!, 'atlas.db');
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'electron/cli/atlas.ts'), 'serve', '--port', '0', '--data', dataPath], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ATLAS_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const close = async (): Promise<void> => {
    child.kill('SIGINT');
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    if (ownFolder !== null) rmSync(ownFolder, { recursive: true, force: true });
  };
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`atlas serve did not start within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const found = RUNNING_LINE.exec(line.trim());
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`atlas serve exited with code ${code} before starting:\n${stderr}`));
      });
    });
    const [, url, port, token] = match as unknown as [string, string, string, string];
    return { url, token, baseUrl: `http://127.0.0.1:${port}`, dataPath, stderr: () => stderr, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Launches Debian's Chromium through playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
