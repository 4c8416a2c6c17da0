import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/cli/server/startServer.ts';
import type { RunningServer } from '../../electron/cli/server/httpServer.ts';
import { createHttpClient } from '../../renderer/api/httpClient.ts';
import { readToken } from '../../renderer/api/token.ts';
import { isAtlasError } from '../../shared/errors.ts';

let folder: string;
let server: RunningServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'atlas-client-'));
  server = await startServer({ libraryPath: join(folder, 'atlas.db'), rendererDir: folder, log: () => undefined });
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the browser-mode client against the real server', () => {
  it('calls methods with the token and returns their results', async () => {
    const api = createHttpClient({ fetch, baseUrl: server.baseUrl, token: server.token });
    const account = await api.createAccount({ name: 'Contoso Health' });
    expect(account.name).toBe('Contoso Health');
    expect((await api.listAccounts({})).map((item) => item.id)).toEqual([account.id]);
  });

  it('turns an error body into an AtlasError with the server’s sentence', async () => {
    const api = createHttpClient({ fetch, baseUrl: server.baseUrl, token: server.token });
    const error = await api.createAccount({ name: '' }).catch((caught: unknown) => caught);
    expect(isAtlasError(error)).toBe(true);
    expect((error as Error & { code: string }).code).toBe('invalid-input');
    expect((error as Error).message).toMatch(/name/);
  });

  it('is refused without the token', async () => {
    const api = createHttpClient({ fetch, baseUrl: server.baseUrl, token: null });
    const error = await api.listAccounts({}).catch((caught: unknown) => caught);
    expect(isAtlasError(error)).toBe(true);
    expect((error as Error & { code: string }).code).toBe('refused');
  });

  it('says so in one sentence when the server is gone', async () => {
    const api = createHttpClient({ fetch, baseUrl: 'http://127.0.0.1:9', token: server.token });
    const error = await api.listAccounts({}).catch((caught: unknown) => caught);
    expect((error as Error & { code: string }).code).toBe('unavailable');
  });
});

describe('the token', () => {
  it('is read from ?token=, kept for reloads, and removed from the visible address', () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void replaced.push(String(url)) };
    expect(readToken({ location: { href: 'http://127.0.0.1:5000/?token=abc123#/plans/p1' }, storage, history })).toBe('abc123');
    expect(replaced).toEqual(['/#/plans/p1']);
    expect(readToken({ location: { href: 'http://127.0.0.1:5000/#/plans/p1' }, storage, history })).toBe('abc123');
  });
});
