import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/backend/export/pdf.ts';
import { withSharedChromium } from '../../electron/backend/export/sharedChromium.ts';
import { startServer } from '../../electron/cli/serve.ts';
import { TOKEN_HEADER } from '../../shared/http.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { tempFolder } from '../backend/tempLibrary.ts';

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('browser-mode server and PDF exports', () => {
  it('prints PDFs with one shared Chromium and closes it when the server closes', async () => {
    const rendererDir = folder.path('renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>Atlas</title>');
    const server = await startServer({ libraryPath: folder.path('atlas.db'), port: 0, rendererDir, log: () => undefined });
    try {
      const call = async (method: string, body: unknown) => {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { result: Record<string, string> }).result;
      };
      const { planId } = await call('importPlanFile', { file: buildSamplePlan('2027-03-12') });
      const printed = await Promise.all(['internal', 'customer'].map((edition) => call('exportDocument', { planId, format: 'pdf', edition })));
      for (const document of printed) expect(Buffer.from(document.base64 ?? '', 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      const browser = await withSharedChromium(findChromium() ?? '', async (opened) => opened);
      expect(browser.isConnected()).toBe(true);
      await server.close();
      expect(browser.isConnected()).toBe(false);
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
