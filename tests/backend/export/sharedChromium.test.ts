import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { findChromium } from '../../../electron/backend/export/pdf.ts';
import { closeSharedChromium, withSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error('These tests need Chromium (tests/setup/system-deps.sh installs it).');
const chromium = executablePath;
const browserOf = () => withSharedChromium(chromium, async (browser) => browser);
const pdfOptions = { planId: 'p', format: 'pdf', edition: 'internal', paper: 'a4', includeMap: false } as const;

describe('the Chromium PDF exports share', () => {
  afterEach(closeSharedChromium);

  it('is launched once and used by the exports that follow, each printing the whole document', async () => {
    const first = await exportDocument(sampleDocument(), pdfOptions, { today: TODAY });
    const browser = await browserOf();
    const second = await exportDocument(sampleDocument(), { ...pdfOptions, edition: 'customer' }, { today: TODAY });
    expect(await browserOf()).toBe(browser);
    for (const exported of [first, second]) expect(Buffer.from(exported.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(browser.contexts()).toHaveLength(0);
  });

  it('is launched once for exports that start together', async () => {
    const seen = await Promise.all([browserOf(), browserOf(), browserOf()]);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]?.isConnected()).toBe(true);
  });

  it('closes on request, after the work under way, and launches again when needed', async () => {
    let during: Browser | null = null;
    const printing = withSharedChromium(chromium, async (browser) => {
      during = browser;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return browser.isConnected();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = closeSharedChromium();
    expect(await printing).toBe(true);
    await closing;
    expect((during as Browser | null)?.isConnected()).toBe(false);
    const next = await browserOf();
    expect(next).not.toBe(during);
    expect(next.isConnected()).toBe(true);
  });

  it('is replaced when it crashed', async () => {
    const crashed = await browserOf();
    const disconnected = new Promise((resolve) => crashed.once('disconnected', resolve));
    const session = await crashed.newBrowserCDPSession();
    // The browser dies before it can answer.
    session.send('Browser.crash').catch(() => undefined);
    await disconnected;
    const exported = await exportDocument(sampleDocument(), pdfOptions, { today: TODAY });
    expect(Buffer.from(exported.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(await browserOf()).not.toBe(crashed);
  });

  it('closes itself after the idle time', async () => {
    const browser = await withSharedChromium(chromium, async (opened) => opened, 200);
    expect(browser.isConnected()).toBe(true);
    await new Promise((resolve) => browser.once('disconnected', resolve));
    expect(await browserOf()).not.toBe(browser);
  });
});
