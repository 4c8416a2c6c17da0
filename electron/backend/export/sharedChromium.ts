import type { Browser } from 'playwright-core';

/** How long the shared Chromium may sit unused before it is closed. */
export const CHROMIUM_IDLE_MS = 60_000;

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Launch {
  executablePath: string;
  browser: Promise<Browser>;
}

let current: Launch | null = null;
let idleTimer: NodeJS.Timeout | null = null;
const running = new Set<Promise<unknown>>();

function launch(executablePath: string): Launch {
  // playwright-core is loaded here, not at the top, so a process can close the browser without loading it.
  const browser = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: LAUNCH_ARGS }));
  const started: Launch = { executablePath, browser };
  browser.then(
    (opened) => opened.on('disconnected', () => forget(started)),
    () => forget(started),
  );
  return started;
}

function forget(launched: Launch): void {
  if (current === launched) current = null;
}

async function connectedBrowser(executablePath: string): Promise<Browser> {
  if (current && current.executablePath !== executablePath) void closeSharedChromium();
  current ??= launch(executablePath);
  const launched = current;
  const browser = await launched.browser;
  if (browser.isConnected()) return browser;
  // It crashed or was killed before its 'disconnected' event arrived: start another.
  forget(launched);
  current ??= launch(executablePath);
  return current.browser;
}

/**
 * Runs `work` with the Chromium this process shares between PDF exports. The first call launches it (calls made
 * meanwhile wait for the same launch), a crashed browser or another executable gets a new one, and it is closed
 * after `idleMs` without work, by a timer that never keeps the process alive. The open browser does keep it alive:
 * a process that is done calls closeSharedChromium (the CLI and the server do).
 */
export async function withSharedChromium<T>(executablePath: string, work: (browser: Browser) => Promise<T>, idleMs = CHROMIUM_IDLE_MS): Promise<T> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const task = connectedBrowser(executablePath).then(work);
  running.add(task);
  try {
    return await task;
  } finally {
    running.delete(task);
    if (running.size === 0 && current) {
      idleTimer = setTimeout(() => void closeSharedChromium(), idleMs);
      idleTimer.unref();
    }
  }
}

/** Closes the shared Chromium, if one is open, once the work under way is done; the next export launches another. */
export async function closeSharedChromium(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const closing = current;
  current = null;
  if (!closing) return;
  await Promise.allSettled([...running]);
  const browser = await closing.browser.catch(() => null);
  // A browser that crashed or was killed is closed already.
  await browser?.close().catch(() => undefined);
}
