import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/cli/serve.ts';
import type { RunningServer } from '../../electron/cli/serve.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/cli/server/contentPolicy.ts';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../shared/http.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
const rendererDir = folder.path('renderer');
let server: RunningServer;
const logged: string[] = [];

/** A raw HTTP request, so tests can send any Host, Origin or path (fetch would normalise or forbid them). */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  mkdirSync(`${rendererDir}/assets`, { recursive: true });
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(`${rendererDir}/assets/app.js`, 'export {};');
  writeFileSync(folder.path('secret.txt'), 'top secret');
  server = await startServer({ libraryPath: folder.path('atlas.db'), port: 0, rendererDir, log: (line) => logged.push(line) });
});

afterAll(async () => {
  await server.close();
  folder.cleanup();
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints an address with a 32-character token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers a valid call through the real service, and a second one sees its write', async () => {
    const created = await api('createAccount', { name: 'Contoso' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body).result.name).toBe('Contoso');
    const listed = await api('listAccounts', {});
    expect(listed.status).toBe(200);
    expect(listed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(listed.body).result.map((account: { name: string }) => account.name)).toEqual(['Contoso']);
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const missing = await send({ method: 'POST', path: '/api/listAccounts', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.code).toBe('refused');
    const wrong = await api('listAccounts', {}, { [TOKEN_HEADER]: `${server.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host with 403 JSON', async () => {
    const origin = await api('listAccounts', {}, { origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body).error.message).toMatch(/other web sites/);
    expect((await api('listAccounts', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
    const host = await api('listAccounts', {}, { host: `evil.example:${server.port}` });
    expect(host.status).toBe(403);
    expect(host.headers['content-type']).toContain('application/json');
    expect((await send({ path: '/', headers: { host: 'attacker.test' } })).status).toBe(403);
    expect((await api('listAccounts', {}, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('accepts only POST with a JSON body on /api/', async () => {
    const get = await send({ path: '/api/listAccounts', headers: { [TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(JSON.parse(get.body).error.message).toMatch(/POST/);
    expect((await send({ path: '/api/' })).status).toBe(405);
    const form = await send({
      method: 'POST',
      path: '/api/listAccounts',
      headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: server.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('answers 404 JSON for an unknown method', async () => {
    const unknown = await api('dropDatabase', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error).toEqual({ code: 'not-found', message: 'There is no API method named "dropDatabase".' });
  });

  it('maps AtlasErrors to statuses with their sentence', async () => {
    const invalid = await api('createAccount', { name: 7 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('invalid-input');
    const missing = await api('loadPlan', { planId: 'no-such-plan' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toMatch(/\S+\./);
    const malformed = await send({
      method: 'POST',
      path: '/api/listAccounts',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: '{not json',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toBe('The request body is not valid JSON.');
  });

  it('refuses an oversized body with 413 JSON without reading it all', async () => {
    const declared = await send({
      method: 'POST',
      path: '/api/importPlanFile',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.code).toBe('invalid-input');
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/importPlanFile',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const piece = Buffer.alloc(1024 * 1024, 0x20);
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += piece.length) req.write(piece);
      req.end();
    });
    expect(chunked).toBe(413);
  });

  it('serves the renderer with the CSP, nosniff, the right MIME types and an uncached page', async () => {
    const page = await send({ path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Atlas</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await send({ path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send({ path: '/missing.js' })).status).toBe(404);
    expect((await send({ method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });

  it('refuses path traversal on static files', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%00.js']) {
      const response = await send({ path });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('top secret');
    }
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const { serveService } = await import('../../electron/cli/server/httpServer.ts');
    const broken = await serveService({
      service: { call: async () => Promise.reject(new TypeError('cannot read x of undefined')) },
      rendererDir,
      log: (line) => logged.push(line),
    });
    try {
      const response = await fetch(`${broken.baseUrl}/api/listAccounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: broken.token },
        body: '{}',
      });
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('internal');
      expect(body.error.message).not.toContain('cannot read');
      expect(logged.some((line) => line.includes('cannot read x of undefined'))).toBe(true);
    } finally {
      await broken.close();
    }
  });
});
