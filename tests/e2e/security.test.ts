import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/cli/server/contentPolicy.ts';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../shared/http.ts';
import { launchBrowser, startAtlas } from './harness.ts';
import type { RunningAtlas } from './harness.ts';

let atlas: RunningAtlas;
let browser: Browser;

/** A raw request, so the test controls Host, Origin and the path exactly. */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const port = Number(new URL(atlas.baseUrl).port);
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: atlas.token, ...headers },
    body: JSON.stringify(body),
  });

async function accountNames(): Promise<string[]> {
  const listed = await call('listAccounts', {});
  return (JSON.parse(listed.body).result as Array<{ name: string }>).map((account) => account.name);
}

beforeAll(async () => {
  [atlas, browser] = await Promise.all([startAtlas(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.all([atlas?.close(), browser?.close()]);
});

describe('browser mode security, against the real build', () => {
  it('answers a valid call with the token', async () => {
    const listed = await call('listAccounts', {});
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toEqual({ result: [] });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const without = await send({ method: 'POST', path: '/api/listAccounts', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([401, 403]).toContain(without.status);
    const wrong = await call('listAccounts', {}, { [TOKEN_HEADER]: 'not-the-token' });
    expect([401, 403]).toContain(wrong.status);
    expect(JSON.parse(wrong.body).error.message).toMatch(/token/);
  });

  it('refuses a foreign Origin and a foreign Host', async () => {
    expect((await call('createAccount', { name: 'Evil Corp' }, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('createAccount', { name: 'Rebound' }, { host: 'rebind.example:80' })).status).toBe(403);
    expect(await accountNames()).toEqual([]);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await send({
      method: 'POST',
      path: '/api/importPlanFile',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: atlas.token, 'content-length': String(MAX_BODY_BYTES + 1) },
    });
    expect(response.status).toBe(413);
  });

  it('refuses GET on the API', async () => {
    expect((await send({ path: '/api/listAccounts', headers: { [TOKEN_HEADER]: atlas.token } })).status).toBe(405);
    expect((await send({ path: '/api/' })).status).toBe(405);
  });

  it('refuses path traversal on static files', async () => {
    for (const path of ['/../package.json', '/../../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json']) {
      const response = await send({ path });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('account-atlas');
    }
  });

  it('serves the built page with the CSP header, nosniff and no caching', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toMatch(/<script type="module"[^>]* src="\.\/assets\/[^"]+\.js"/);
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('runs the real renderer in Chromium without any CSP violation, its API calls passing the guards', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    try {
      const firstApiCall = page.waitForResponse((response) => response.url().includes('/api/'));
      await page.goto(atlas.url, { waitUntil: 'networkidle' });
      expect((await firstApiCall).status()).toBe(200);
      expect(await page.evaluate(() => document.querySelectorAll('script[src]').length)).toBeGreaterThan(0);
      expect(await page.evaluate(() => 'atlas' in window)).toBe(false);
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a page from another origin cannot write to the library', async () => {
    const foreign: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>elsewhere</title>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
      const outcome = await page.evaluate(
        async ({ base, header, token }) => {
          const results: string[] = [];
          // A simple cross-site POST needs no preflight; the server must refuse it by its Origin.
          await fetch(`${base}/api/createAccount`, { method: 'POST', mode: 'no-cors', body: '{"name":"Simple CSRF"}' })
            .then(() => results.push('simple: sent'))
            .catch(() => results.push('simple: blocked'));
          // Sending the token header needs a CORS preflight, which the server does not grant.
          await fetch(`${base}/api/createAccount`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [header]: token },
            body: '{"name":"Preflighted CSRF"}',
          })
            .then((response) => results.push(`preflighted: ${response.status}`))
            .catch(() => results.push('preflighted: blocked'));
          return results;
        },
        { base: atlas.baseUrl, header: TOKEN_HEADER, token: atlas.token },
      );
      expect(outcome).toContain('preflighted: blocked');
      expect(await accountNames()).toEqual([]);
    } finally {
      await page.close();
      await new Promise((resolve) => foreign.close(resolve));
    }
  });
});
