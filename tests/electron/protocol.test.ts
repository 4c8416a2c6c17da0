import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/cli/server/contentPolicy.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { fakeElectron } from './fakeElectron.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { appProtocolResponse, isAppUrl, registerAppScheme, setupAppProtocol } = await import('../../electron/main/protocol.ts');

const folder = tempFolder();
const rendererDir = folder.path('renderer');
mkdirSync(`${rendererDir}/assets`, { recursive: true });
writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
writeFileSync(`${rendererDir}/assets/index-abc.js`, 'console.log(1)');
writeFileSync(`${rendererDir}/assets/index-abc.css`, 'body{}');
writeFileSync(folder.path('secret.txt'), 'secret');
afterAll(() => folder.cleanup());

const fetchApp = (url: string, method = 'GET') => appProtocolResponse(rendererDir, new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers app as a privileged standard, secure scheme and handles it', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    setupAppProtocol(rendererDir);
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the page with the CSP, nosniff and no caching', async () => {
    const response = await fetchApp('app://atlas/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Atlas</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await fetchApp('app://atlas/')).status).toBe(200);
  });

  it('gives assets their MIME type', async () => {
    expect((await fetchApp('app://atlas/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetchApp('app://atlas/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses path traversal, other hosts, missing files and non-GET methods', async () => {
    for (const url of [
      'app://atlas/../secret.txt',
      'app://atlas/%2e%2e/secret.txt',
      'app://atlas/assets/..%2f..%2fsecret.txt',
      'app://atlas/assets%5c..%5c..%5csecret.txt',
      'app://atlas/missing.js',
      'app://atlas/assets',
      'app://other/index.html',
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await fetchApp('app://atlas/index.html', 'POST')).status).toBe(405);
  });

  it('recognises only app://atlas URLs as the app', () => {
    expect(isAppUrl('app://atlas/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://atlas/index.html')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });
});
