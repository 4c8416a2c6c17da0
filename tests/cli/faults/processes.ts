import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_HEADER } from '../../../shared/http.ts';
import { REPO } from '../helpers.ts';
import { asOtherUser } from './otherUser.ts';

/** A server process started by a test. */
export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  token: string;
  /** Everything it wrote to stderr so far. */
  stderr: () => string;
  /** SIGTERM, and resolves once it has exited. */
  stop: () => Promise<void>;
}

/** A stand-in renderer build in `folder` (the fault tests only use the API). */
export function fakeRenderer(folder: string): string {
  const dir = join(folder, 'renderer');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Atlas</title>');
  return dir;
}

/** Starts tests/cli/faults/serverProcess.ts on `library` and waits (at most 30 s) for its address. */
export function startServerProcess(
  library: string,
  rendererDir: string,
  options: { asOtherUser?: boolean } = {},
): Promise<ServerProcess> {
  const args = ['tests/cli/faults/serverProcess.ts', library, rendererDir];
  const [program, argv] = options.asOtherUser ? asOtherUser(process.execPath, args) : [process.execPath, args];
  const child = spawn(program, argv, {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within 30 s:\n${stderr}`));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before listening:\n${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (!stdout.includes('\n') || line === undefined) return;
      clearTimeout(timer);
      const { baseUrl, token } = JSON.parse(line) as { baseUrl: string; token: string };
      resolve({
        child,
        baseUrl,
        token,
        stderr: () => stderr,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** What one API call answered. */
export interface ApiAnswer {
  status: number;
  body: { result?: unknown; error?: { code: string; message: string } };
}

/** Calls `method` on a server over real HTTP. */
export async function callApi(server: Pick<ServerProcess, 'baseUrl' | 'token'>, method: string, input: unknown): Promise<ApiAnswer> {
  const response = await fetch(`${server.baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
}
