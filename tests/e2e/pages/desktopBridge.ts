import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/desktop.ts';

/**
 * A stand-in for the preload's `window.atlasDesktop`, the thin Electron adapter and the only thing the e2e tests
 * mock: the native menu's command ids reach the real renderer exactly as the main process sends them (through
 * `runMenuCommand`), full-screen requests are recorded in `window.__fullScreen`, and data still goes through the
 * real server. Add it with `context.addInitScript(FAKE_DESKTOP_BRIDGE)`.
 */
export const FAKE_DESKTOP_BRIDGE = `
  window.__fullScreen = [];
  window.atlasDesktop = {
    onMenuCommand(listener) { window.__atlasMenu = listener; return () => { window.__atlasMenu = undefined; }; },
    saveFile: async () => null,
    openExternal: async () => {},
    onPlanChanges: () => () => {},
    onWorkshopMessage: () => () => {},
    sendPresence: () => {},
    setFullScreen: async (on) => { window.__fullScreen.push(on); },
  };
`;

/** Runs a native menu command in the page, as a click on the desktop app's menu item does. */
export async function runMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((id) => (window as unknown as { __atlasMenu(id: string): void }).__atlasMenu(id), command);
}
