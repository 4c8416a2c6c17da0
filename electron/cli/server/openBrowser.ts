import { spawn } from 'node:child_process';

function opener(): { command: string; args: string[] } | null {
  if (process.platform === 'darwin') return { command: 'open', args: [] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""'] };
  // Without a display there is no browser to show the page in.
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [] };
}

/** Asks the desktop to open `url` in the default browser; never throws, returns false when it could not try. */
export function openInBrowser(url: string): boolean {
  const command = opener();
  if (command === null) return false;
  try {
    const child = spawn(command.command, [...command.args, url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
