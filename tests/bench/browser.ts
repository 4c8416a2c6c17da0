import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Flags for Debian's Chromium in a container without a GPU or network (as the app's tests use). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Extra flags for measuring: precise heap figures, and no throttling of a page the harness is not focusing. */
export const MEASURING_ARGS = [
  '--enable-precise-memory-info',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** The window every canvas is measured in. */
export const WINDOW = { width: 1280, height: 800 } as const;

/** Launches Debian's Chromium for measuring. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...MEASURING_ARGS] });
}
